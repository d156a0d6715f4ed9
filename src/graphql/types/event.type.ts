import { Field, ObjectType } from 'type-graphql';
import { ENTITY_TYPE_DESCRIPTIONS, type DateBasis as Basis, type DateBound as Bound, type EventKind as Kind } from '../../model';
import { DateBasis, DateBound, EntityKind } from '../enums/kind.enums';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import { Entity } from './entity.interface';
import { Node } from './node.interface';

/** `place` and `participants` are resolved by EventResolver from the event's relations. */
@ObjectType('Event', { implements: [Node, Entity], description: ENTITY_TYPE_DESCRIPTIONS.Event, simpleResolvers: true })
export class Event extends Entity {
  @Field(() => EntityKind, { description: 'What sort of event it is (one of the EventKind values).' })
  kind!: Kind;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it began (or happened), as precisely as the sources say.' })
  startDate?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Absent for events of a single day, month or year.' })
  endDate?: string;

  @Field(() => DateBasis, { nullable: true, description: 'How the dates were obtained; STATED when absent.' })
  dateBasis?: Basis;

  @Field(() => String, { nullable: true, description: 'How an inferred date was worked out, in our words.' })
  dateReasoning?: string;

  @Field(() => DateBound, { nullable: true, description: 'Whether startDate is the day itself or a bound ("by", "after"); ON when absent.' })
  dateBound?: Bound;
}
