import { Field, ObjectType } from 'type-graphql';

@ObjectType('PageInfo', { description: 'Where a page starts and ends and whether items lie beyond it (Relay).', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The first item\'s cursor: pass as `before` to fetch the page before.' })
  startCursor?: string | null;

  @Field(() => String, { nullable: true, description: 'The last item\'s cursor: pass as `after` to fetch the next page.' })
  endCursor?: string | null;
}
