/** Filters for the entity lists; dates are partial and match on overlap with [from, to]. */
import { Field, ID, InputType } from 'type-graphql';
import type { EventKind as EventKindValue, OrganizationKind as OrgKindValue, PlaceKind as PlaceKindValue, ReportKind as ReportKindValue } from '../../model';
import { EventKind, OrganizationKind, PlaceKind, ReportKind } from '../enums/kind.enums';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import { IsEntityId } from './id.validators';

@InputType('OrganizationFilter')
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true, description: 'Keep organizations of any of these kinds.' })
  kinds?: OrgKindValue[];
}

@InputType('PlaceFilter')
export class PlaceFilter {
  @Field(() => [PlaceKind], { nullable: true })
  kinds?: PlaceKindValue[];
}

@InputType('ReportFilter')
export class ReportFilter {
  @Field(() => [ReportKind], { nullable: true })
  kinds?: ReportKindValue[];

  @Field(() => PartialDateScalar, { nullable: true, description: 'Published on or after this date.' })
  from?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Published on or before this date.' })
  to?: string;
}

@InputType('EventFilter')
export class EventFilter {
  @Field(() => [EventKind], { nullable: true })
  kinds?: EventKindValue[];

  @Field(() => PartialDateScalar, { nullable: true, description: 'Events whose dates reach this date or later.' })
  from?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Events whose dates reach this date or earlier.' })
  to?: string;

  @Field(() => ID, { nullable: true, description: 'Events in this place or in any place inside it.' })
  @IsEntityId()
  placeId?: string;

  @Field(() => ID, { nullable: true, description: 'Events this entity took part in or organized.' })
  @IsEntityId()
  participantId?: string;
}

