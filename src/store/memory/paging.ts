/** The embedded store's pages: keyset pages over answers already in their final order. */
import type { EntityRecord, RelationRecord } from '../../model';
import { keysetPage } from '../keyset-page';
import type { EntitySort, Page, PageArgs } from '../port';
import { compareEntityKeys, compareIdKeys, entitySortKey } from '../sort-keys';

export function entityPage<T extends EntityRecord>(ordered: readonly T[], sort: EntitySort, page: PageArgs): Page<T> {
  return keysetPage(ordered, (entity) => entitySortKey(entity, sort), compareEntityKeys(sort), page);
}

export function relationPage(ordered: readonly RelationRecord[], page: PageArgs): Page<RelationRecord> {
  return keysetPage(ordered, (relation) => ({ value: null, id: relation.id }), compareIdKeys, page);
}
