/**
 * The view's filters as address parameters, so that a copied address shows what its sender saw:
 * hide-types, hide-relations and hide-kinds (comma-separated, what is unticked) and hubs (how many
 * of the most connected nodes are hidden). Values that are not types or kinds are ignored.
 */
import { ENTITY_TYPES } from './api/types';
import type { TypeFilter } from './panels/legend';

export interface ViewFilters extends TypeFilter {
  /** How many hubs are hidden; 0 when "Hide hubs" is off. */
  readonly hubs: number;
}

export const MAX_HUBS = 50;
const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;

const list = (params: URLSearchParams, name: string, valid: (value: string) => boolean): Set<string> =>
  new Set((params.get(name) ?? '').split(',').filter((value) => value !== '' && valid(value)));

export function readFilters(params: URLSearchParams): ViewFilters {
  const hubs = Number(params.get('hubs'));
  return {
    hiddenEntityTypes: list(params, 'hide-types', (value) => (ENTITY_TYPES as readonly string[]).includes(value)),
    hiddenRelationTypes: list(params, 'hide-relations', (value) => ENUM_VALUE.test(value)),
    hiddenKinds: list(params, 'hide-kinds', (value) => ENUM_VALUE.test(value)),
    hubs: Number.isInteger(hubs) && hubs > 0 ? Math.min(hubs, MAX_HUBS) : 0,
  };
}

/** The parameters for setAddress: an empty value removes its parameter. */
export function filterParams(filters: ViewFilters): Record<string, string> {
  const joined = (values: ReadonlySet<string>) => [...values].sort().join(',');
  return {
    'hide-types': joined(filters.hiddenEntityTypes),
    'hide-relations': joined(filters.hiddenRelationTypes),
    'hide-kinds': joined(filters.hiddenKinds),
    hubs: filters.hubs > 0 ? String(filters.hubs) : '',
  };
}
