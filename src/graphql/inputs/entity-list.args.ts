/** Arguments of the five root lists: paging, a filter and an order, with type-appropriate defaults. */
import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { EntityOrder } from './entity-order.input';
import { EventFilter, OrganizationFilter, PlaceFilter, ReportFilter } from './entity-filters.input';
import { PageArgs } from './page.args';

import type { EntitySort } from '../../store/port';

export const BY_NAME: EntitySort = { field: 'NAME', direction: 'ASC' };
export const BY_DATE: EntitySort = { field: 'DATE', direction: 'ASC' };

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => EntityOrder, { nullable: true, description: 'By name unless given.' })
  @ValidateNested()
  orderBy?: EntityOrder;
}

@ArgsType()
export class OrganizationsArgs extends PeopleArgs {
  @Field(() => OrganizationFilter, { nullable: true, description: 'Which items to list; all when absent.' })
  @ValidateNested()
  filter?: OrganizationFilter;
}

@ArgsType()
export class PlacesArgs extends PeopleArgs {
  @Field(() => PlaceFilter, { nullable: true, description: 'Which items to list; all when absent.' })
  @ValidateNested()
  filter?: PlaceFilter;
}

@ArgsType()
export class ReportsArgs extends PageArgs {
  @Field(() => ReportFilter, { nullable: true, description: 'Which items to list; all when absent.' })
  @ValidateNested()
  filter?: ReportFilter;

  @Field(() => EntityOrder, { nullable: true, description: 'By publication date (undated last) unless given.' })
  @ValidateNested()
  orderBy?: EntityOrder;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true, description: 'Which items to list; all when absent.' })
  @ValidateNested()
  filter?: EventFilter;

  @Field(() => EntityOrder, { nullable: true, description: 'By start date (undated last) unless given.' })
  @ValidateNested()
  orderBy?: EntityOrder;
}
