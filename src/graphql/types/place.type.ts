import { Field, ObjectType } from 'type-graphql';
import { ENTITY_TYPE_DESCRIPTIONS, type PlaceKind as Kind } from '../../model';
import { EntityKind } from '../enums/kind.enums';
import { Entity } from './entity.interface';
import { Node } from './node.interface';

/** `parent` is resolved by PlaceResolver from the place's LOCATED_IN relation. */
@ObjectType('Place', { implements: [Node, Entity], description: ENTITY_TYPE_DESCRIPTIONS.Place, simpleResolvers: true })
export class Place extends Entity {
  @Field(() => EntityKind, { description: 'What sort of place it is (one of the PlaceKind values).' })
  kind!: Kind;
}
