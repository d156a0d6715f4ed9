/**
 * class-validator looks up a class's rules by scanning every registered class on each validate()
 * call (typestack/class-validator#2686): the largest single cost of checking a request's arguments.
 * A class's rules are all registered when its module loads, before any value of it is validated,
 * and never change afterwards, so the lookup is remembered per class and lookup options.
 */
import { getMetadataStorage } from 'class-validator';

type Lookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];

let installed = false;

export function rememberValidationMetadata(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage();
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const remembered = new WeakMap<Function, Map<string, ReturnType<Lookup>>>();
  storage.getTargetValidationMetadatas = (target, targetSchema, always, strictGroups, groups) => {
    const key = `${targetSchema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let byOptions = remembered.get(target);
    if (!byOptions) remembered.set(target, (byOptions = new Map()));
    let rules = byOptions.get(key);
    if (!rules) byOptions.set(key, (rules = lookup(target, targetSchema, always, strictGroups, groups)));
    return rules;
  };
}
