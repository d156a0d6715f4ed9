/**
 * Registers a GraphQL enum from one of the model's description tables, so a kind or type added
 * to src/model shows up in the schema (with its description) without touching the API.
 */
import { registerEnumType } from 'type-graphql';

export type EnumObject<K extends string> = { readonly [P in K]: P };
type ValuesConfig<K extends string> = NonNullable<Parameters<typeof registerEnumType<EnumObject<K>>>[1]['valuesConfig']>;

export function modelEnum<K extends string>(
  name: string,
  description: string,
  descriptions: Readonly<Record<K, string>>,
): EnumObject<K> {
  const values = Object.fromEntries(Object.keys(descriptions).map((key) => [key, key])) as EnumObject<K>;
  const valuesConfig = Object.fromEntries(
    Object.entries(descriptions).map(([key, text]) => [key, { description: text as string }]),
  ) as ValuesConfig<K>;
  registerEnumType(values, { name, description, valuesConfig });
  return values;
}
