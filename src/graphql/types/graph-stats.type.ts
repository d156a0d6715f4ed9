import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityRecord, EntityType, RelationType } from '../../model';
import { EntityTypeEnum } from '../enums/entity-type.enum';
import { RelationTypeEnum } from '../enums/relation-type.enum';
import { Entity } from './entity.interface';

@ObjectType('TypeCount', { simpleResolvers: true })
export class TypeCount {
  @Field(() => EntityTypeEnum)
  type!: EntityType;

  @Field(() => Int)
  count!: number;
}

@ObjectType('KindCount', { simpleResolvers: true })
export class KindCount {
  @Field(() => EntityTypeEnum)
  type!: EntityType;

  @Field(() => String, { description: 'A value of the kind enum of that type, e.g. PARADE for Event.' })
  kind!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('RelationTypeCount', { simpleResolvers: true })
export class RelationTypeCount {
  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ConnectedEntity', { simpleResolvers: true })
export class ConnectedEntity {
  @Field(() => Entity)
  entity!: EntityRecord;

  @Field(() => Int, { description: 'How many relations the entity takes part in.' })
  degree!: number;
}

@ObjectType('GraphStats', { description: 'Counts over the whole graph.', simpleResolvers: true })
export class GraphStats {
  @Field(() => String, {
    nullable: true,
    description: 'The version of the graph: a content hash of the dataset loaded, changing exactly when a reload changes the graph (also sent as the x-graph-version header).',
  })
  version!: string | null;

  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  relations!: number;

  @Field(() => Int)
  statistics!: number;

  @Field(() => [TypeCount])
  byType!: TypeCount[];

  @Field(() => [KindCount])
  byKind!: KindCount[];

  @Field(() => [RelationTypeCount])
  byRelationType!: RelationTypeCount[];

  @Field(() => [ConnectedEntity], { description: 'The entities with the most relations, most first.' })
  mostConnected!: ConnectedEntity[];
}
