import { ObjectType } from 'type-graphql';
import { ENTITY_TYPE_DESCRIPTIONS } from '../../model';
import { Entity } from './entity.interface';
import { Node } from './node.interface';

@ObjectType('Person', { implements: [Node, Entity], description: ENTITY_TYPE_DESCRIPTIONS.Person, simpleResolvers: true })
export class Person extends Entity {}
