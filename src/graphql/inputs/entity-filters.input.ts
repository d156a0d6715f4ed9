/** Filters for the entity lists; dates are partial and match on overlap with [from, to]. */
import { Field, ID, InputType } from 'type-graphql';
import type { EventKind as EventKindValue, OrganizationKind as OrgKindValue, PlaceKind as PlaceKindValue, ReportKind as ReportKindValue } from '../../model';
import { EventKind, OrganizationKind, PlaceKind, ReportKind } from '../enums/kind.enums';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import { IsEntityId } from './id.validators';

@InputType('OrganizationFilter', { description: 'Which organizations to list.' })
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true, description: 'Keep organizations of any of these kinds.' })
  kinds?: OrgKindValue[];
}

@InputType('PlaceFilter', { description: 'Which places to list.' })
export class PlaceFilter {
  @Field(() => [PlaceKind], { nullable: true, description: 'Only places of these kinds.' })
  kinds?: PlaceKindValue[];
}

@InputType('ReportFilter', { description: 'Which reports to list.' })
export class ReportFilter {
  @Field(() => [ReportKind], { nullable: true, description: 'Only reports of these kinds.' })
  kinds?: ReportKindValue[];

  @Field(() => PartialDateScalar, { nullable: true, description: 'Published on or after this date.' })
  from?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Published on or before this date.' })
  to?: string;
}

@InputType('EventFilter', { description: 'Which events to list.' })
export class EventFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Only events of these kinds.' })
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

