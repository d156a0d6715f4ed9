/** What an export is made from: the store's entities and relations, and which part of the graph they are. */
import type { EntityRecord, RelationRecord } from '../model';

/** The whole graph, or the entities within `depth` relations of `center` (at most `limit` of them). */
export type ExportScope =
  | { readonly kind: 'whole' }
  | { readonly kind: 'neighborhood'; readonly center: string; readonly depth: number; readonly limit: number };

export interface GraphSource {
  readonly scope: ExportScope;
  readonly nodes: readonly EntityRecord[];
  /** Every relation between two of the nodes. */
  readonly edges: readonly RelationRecord[];
  /** True when the store left out entities within the depth because of the limit. */
  readonly truncated: boolean;
}
