import { Field, InputType } from 'type-graphql';
import type { EntitySortField, SortDirection } from '../../store/port';
import { EntitySortFieldEnum, SortDirectionEnum } from '../enums/paging.enums';

@InputType('EntityOrder', { description: 'How to order a list of entities; ties are broken by id.' })
export class EntityOrder {
  @Field(() => EntitySortFieldEnum, { description: 'What to sort by.' })
  field: EntitySortField = 'NAME';

  @Field(() => SortDirectionEnum, { description: 'Which way to sort.' })
  direction: SortDirection = 'ASC';
}
