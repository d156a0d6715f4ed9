import { ArrayMaxSize } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { IsEntityId, IsNodeId } from './id.validators';

/** As many ids as a page may hold; a longer list is refused, naming the argument. */
const MAX_NODE_IDS = 100;

@ArgsType()
export class NodesArgs {
  @Field(() => [ID], { description: `Entity, relation and statistic ids, at most ${MAX_NODE_IDS}.` })
  @ArrayMaxSize(MAX_NODE_IDS, { message: `must hold at most ${MAX_NODE_IDS} ids` })
  @IsNodeId({ each: true })
  ids!: string[];
}

@ArgsType()
export class NodeArgs {
  @Field(() => ID, { description: 'An entity, relation ("rel/...") or statistic ("stat/...") id.' })
  @IsNodeId()
  id!: string;
}

@ArgsType()
export class EntityArgs {
  @Field(() => ID, { description: 'An entity id such as "person/gao-zhisheng".' })
  @IsEntityId()
  id!: string;
}
