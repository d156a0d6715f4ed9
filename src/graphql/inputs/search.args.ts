import { Matches, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import type { EntityType } from '../../model';
import { EntityTypeEnum } from '../enums/entity-type.enum';
import { AtMost } from '../limits/at-most.decorator';
import { PageArgs } from './page.args';

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words of a name or alias; case, accents and small typos are forgiven.' })
  @Matches(/\S/, { message: 'must contain a non-blank character' })
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  query!: string;

  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Only entities of these types.' })
  types?: EntityType[];

  @Field(() => Int, { description: 'How many hits to return (at most the server\'s maximum page size).' })
  @Min(1, { message: 'must be at least 1' })
  @AtMost('maxPageSize')
  first: number = 10;
}

@ArgsType()
export class SearchConnectionArgs extends PageArgs {
  @Field(() => String, { description: 'Words of a name or alias; case, accents and small typos are forgiven.' })
  @Matches(/\S/, { message: 'must contain a non-blank character' })
  @MaxLength(200, { message: 'must be at most 200 characters long' })
  query!: string;

  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Only entities of these types.' })
  types?: EntityType[];
}
