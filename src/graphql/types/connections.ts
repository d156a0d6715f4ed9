/** Every connection type in the schema, each made by the one factory. */
import { connectionType } from './connection.factory';
import { Event } from './event.type';
import { Organization } from './organization.type';
import { Person } from './person.type';
import { Place } from './place.type';
import { Relation } from './relation.type';
import { Report } from './report.type';

export const PersonConnection = connectionType(Person, 'Person');
export const OrganizationConnection = connectionType(Organization, 'Organization');
export const EventConnection = connectionType(Event, 'Event');
export const PlaceConnection = connectionType(Place, 'Place');
export const ReportConnection = connectionType(Report, 'Report');
export const RelationConnection = connectionType(Relation, 'Relation');
