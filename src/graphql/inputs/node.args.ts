import { ArgsType, Field, ID } from 'type-graphql';
import { IsEntityId, IsNodeId } from './id.validators';

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
