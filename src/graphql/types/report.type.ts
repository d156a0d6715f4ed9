import { Field, Int, ObjectType } from 'type-graphql';
import { ENTITY_TYPE_DESCRIPTIONS, type DateBasis as Basis, type ReportKind as Kind } from '../../model';
import { DateBasis, EntityKind } from '../enums/kind.enums';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import { Entity } from './entity.interface';
import { Node } from './node.interface';

/** `publisher`, `author` and `authors` are resolved by ReportResolver from PUBLISHED and AUTHORED relations. */
@ObjectType('Report', { implements: [Node, Entity], description: ENTITY_TYPE_DESCRIPTIONS.Report, simpleResolvers: true })
export class Report extends Entity {
  @Field(() => EntityKind, { description: 'What sort of report it is (one of the ReportKind values).' })
  kind!: Kind;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was published or made, as precisely as known.' })
  publishedOn?: string;

  @Field(() => DateBasis, { nullable: true, description: 'How the publication date was obtained; STATED when absent.' })
  dateBasis?: Basis;

  @Field(() => String, { nullable: true, description: 'How an inferred publication date was worked out, in our words.' })
  dateReasoning?: string;

  @Field(() => String, { nullable: true, description: 'For the source articles: the article\'s file in the corpus.' })
  sourceFile?: string;

  @Field(() => Int, { nullable: true, description: 'For the source articles: how many paragraphs (blocks between blank lines; the title is 1) citations count in.' })
  paragraphCount?: number;
}
