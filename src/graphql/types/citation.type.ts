import { Field, Int, ObjectType } from 'type-graphql';

/** `report` is resolved by CitationResolver, batched per request. */
@ObjectType('Citation', {
  description: 'A report a fact is drawn from, and, for the source articles, the paragraphs where it stands (1 is the title).',
  simpleResolvers: true,
})
export class Citation {
  /** The report's id; the schema resolves it to the report. */
  reportId!: string;

  @Field(() => [Int], { description: 'Paragraph numbers of the article; empty when not recorded or the report is not an article.' })
  paragraphs!: number[];
}
