import { Field, ObjectType } from 'type-graphql';
import { ENTITY_TYPE_DESCRIPTIONS, type DateBasis as Basis, type EventKind as Kind } from '../../model';
import { DateBasis, EventKind } from '../enums/kind.enums';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import { Entity } from './entity.interface';
import { Node } from './node.interface';

/** `place` and `participants` are resolved by EventResolver from the event's relations. */
@ObjectType('Event', { implements: [Node, Entity], description: ENTITY_TYPE_DESCRIPTIONS.Event, simpleResolvers: true })
export class Event extends Entity {
  @Field(() => EventKind)
  kind!: Kind;

  @Field(() => PartialDateScalar, { nullable: true })
  startDate?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Absent for events of a single day, month or year.' })
  endDate?: string;

  @Field(() => DateBasis, { nullable: true, description: 'How the dates were obtained; STATED when absent.' })
  dateBasis?: Basis;
}
