/** Arguments of the graph-shaped queries: neighbourhood, shortest path and statistics of the graph. */
import { Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { RelationType } from '../../model';
import { RelationTypeEnum } from '../enums/relation-type.enum';
import { AtMost } from '../limits/at-most.decorator';
import { IsEntityId } from './id.validators';

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: 'The entity at the centre.' })
  @IsEntityId()
  id!: string;

  @Field(() => Int, { description: 'How many relations away from the centre to go.' })
  @Min(1, { message: 'must be at least 1' })
  @AtMost('maxNeighborhoodDepth')
  depth: number = 1;

  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Follow only these relation types.' })
  relationTypes?: RelationType[];

  @Field(() => Int, { description: 'Most entities to return, the centre included.' })
  @Min(1, { message: 'must be at least 1' })
  @AtMost('maxNeighborhoodNodes')
  limit: number = 50;
}

@ArgsType()
export class ShortestPathArgs {
  @Field(() => ID, { description: 'The entity the path starts at.' })
  @IsEntityId()
  fromId!: string;

  @Field(() => ID, { description: 'The entity the path ends at.' })
  @IsEntityId()
  toId!: string;

  @Field(() => Int, { description: 'Longest path to look for, in relations.' })
  @Min(1, { message: 'must be at least 1' })
  @AtMost('maxPathLength')
  maxLength: number = 4;

  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Follow only these relation types.' })
  relationTypes?: RelationType[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Entities the path may not pass through, such as the most connected ones; the two ends are never avoided. As many ids as a page may hold.',
  })
  @IsEntityId({ each: true })
  @AtMost('maxPageSize')
  avoid?: string[];
}

@ArgsType()
export class ShortestPathsArgs extends ShortestPathArgs {
  @Field(() => Int, { description: 'Most paths to return, taken from the start of the order the field describes.' })
  @Min(1, { message: 'must be at least 1' })
  @AtMost('maxPageSize')
  first: number = 3;
}

@ArgsType()
export class GraphStatsArgs {
  @Field(() => Int, { description: 'How many of the most connected entities to list.' })
  @Min(0, { message: 'must not be negative' })
  @AtMost('maxPageSize')
  mostConnected: number = 10;
}
