import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityRecord, EntityType, RelationType } from '../../model';
import { EntityTypeEnum } from '../enums/entity-type.enum';
import { EntityKind } from '../enums/kind.enums';
import { RelationTypeEnum } from '../enums/relation-type.enum';
import { Entity } from './entity.interface';

@ObjectType('TypeCount', { description: 'How many entities of one type the graph holds.', simpleResolvers: true })
export class TypeCount {
  @Field(() => EntityTypeEnum, { description: 'The entity type counted.' })
  type!: EntityType;

  @Field(() => Int, { description: 'How many entities of that type.' })
  count!: number;
}

@ObjectType('KindCount', { description: 'How many entities of one type and kind the graph holds.', simpleResolvers: true })
export class KindCount {
  @Field(() => EntityTypeEnum, { description: 'The entity type counted.' })
  type!: EntityType;

  @Field(() => EntityKind, { description: 'A kind of that type, e.g. PARADE for Event.' })
  kind!: string;

  @Field(() => Int, { description: 'How many entities of that type and kind.' })
  count!: number;
}

@ObjectType('RelationTypeCount', { description: 'How many relations of one type the graph holds.', simpleResolvers: true })
export class RelationTypeCount {
  @Field(() => RelationTypeEnum, { description: 'The relation type counted.' })
  type!: RelationType;

  @Field(() => Int, { description: 'How many relations of that type.' })
  count!: number;
}

@ObjectType('ConnectedEntity', { description: 'An entity and how many relations it has.', simpleResolvers: true })
export class ConnectedEntity {
  @Field(() => Entity, { description: 'The entity.' })
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

  @Field(() => Int, { description: 'How many entities the graph holds.' })
  entities!: number;

  @Field(() => Int, { description: 'How many relations the graph holds.' })
  relations!: number;

  @Field(() => Int, { description: 'How many statistics (figures as claims) the graph holds.' })
  statistics!: number;

  @Field(() => [TypeCount], { description: 'Entities by type.' })
  byType!: TypeCount[];

  @Field(() => [KindCount], { description: 'Entities by type and kind.' })
  byKind!: KindCount[];

  @Field(() => [RelationTypeCount], { description: 'Relations by type.' })
  byRelationType!: RelationTypeCount[];

  @Field(() => [ConnectedEntity], { description: 'The entities with the most relations, most first.' })
  mostConnected!: ConnectedEntity[];
}
