import { Field, ObjectType } from 'type-graphql';
import { ENTITY_TYPE_DESCRIPTIONS, type OrganizationKind as Kind } from '../../model';
import { EntityKind } from '../enums/kind.enums';
import { Entity } from './entity.interface';
import { Node } from './node.interface';

@ObjectType('Organization', { implements: [Node, Entity], description: ENTITY_TYPE_DESCRIPTIONS.Organization, simpleResolvers: true })
export class Organization extends Entity {
  @Field(() => EntityKind, { description: 'What sort of organization it is (one of the OrganizationKind values).' })
  kind!: Kind;
}
