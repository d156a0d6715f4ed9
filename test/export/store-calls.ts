/** How many store calls reading the whole graph should take, worked out from the dataset alone. */
import { ENTITY_TYPES, type Dataset } from '../../src/model';

/**
 * listEntities: one per page of each type (an empty type still takes one call).
 * relationsOf: one per `pageSize` entities, then for each further page r, one per `pageSize`
 * entities with more than r * pageSize outgoing relations.
 */
export function expectedWholeGraphCalls(dataset: Dataset, pageSize: number): { listEntities: number; relationsOf: number } {
  const listEntities = ENTITY_TYPES.reduce((sum, type) => {
    const count = dataset.entities.filter((entity) => entity.type === type).length;
    return sum + Math.max(1, Math.ceil(count / pageSize));
  }, 0);
  const outDegree = new Map<string, number>();
  for (const relation of dataset.relations) outDegree.set(relation.from, (outDegree.get(relation.from) ?? 0) + 1);
  let relationsOf = Math.ceil(dataset.entities.length / pageSize);
  for (let round = 1; ; round += 1) {
    const busy = [...outDegree.values()].filter((degree) => degree > round * pageSize).length;
    if (busy === 0) break;
    relationsOf += Math.ceil(busy / pageSize);
  }
  return { listEntities, relationsOf };
}
