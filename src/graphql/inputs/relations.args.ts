import { ArgsType, Field } from 'type-graphql';
import type { RelationType } from '../../model';
import type { Direction } from '../../store/port';
import { DirectionEnum } from '../enums/paging.enums';
import { RelationTypeEnum } from '../enums/relation-type.enum';
import { PageArgs } from './page.args';

@ArgsType()
export class RelationsArgs extends PageArgs {
  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Only relations of these types; all types when absent.' })
  types?: RelationType[];

  @Field(() => DirectionEnum, { description: 'Relations from this entity (OUT), to it (IN), or both (BOTH, the default).' })
  direction: Direction = 'BOTH';
}
