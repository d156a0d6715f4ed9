/**
 * What every person, organization, event, place and report has. `sources` and `relations` are
 * declared by EntityResolver so that all five types share one batched implementation.
 */
import { Field, InterfaceType } from 'type-graphql';
import type { EntityRecord } from '../../model';
import { Node } from './node.interface';

export function entityTypeName(record: EntityRecord): string {
  return record.type;
}

@InterfaceType('Entity', {
  implements: Node,
  description: 'A person, organization, event, place or report in the graph.',
  resolveType: entityTypeName,
})
export abstract class Entity extends Node {
  @Field(() => String, { description: 'The name the sources use most, as a person would look it up.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and spellings the sources use.' })
  aliases!: string[];

  @Field(() => String, { description: 'A short description in our own words.' })
  description!: string;
}
