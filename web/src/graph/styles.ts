/**
 * How each entity type is drawn: a colour from the Okabe–Ito palette (distinguishable with the
 * common colour-vision deficiencies) and a shape, so type never depends on colour alone.
 */
import type { EntityType } from '../api/types';
import type { Shape } from './shape-program';

export interface TypeStyle {
  readonly color: string;
  readonly shape: Shape;
  readonly label: string;
}

export const TYPE_STYLES: Readonly<Record<EntityType, TypeStyle>> = {
  Person: { color: '#0072B2', shape: 'circle', label: 'Person' },
  Organization: { color: '#D55E00', shape: 'square', label: 'Organization' },
  Event: { color: '#009E73', shape: 'diamond', label: 'Event' },
  Place: { color: '#CC79A7', shape: 'triangle', label: 'Place' },
  Report: { color: '#B8860B', shape: 'hexagon', label: 'Report' },
};

/** Nodes of a type the page does not know (e.g. from an imported file). */
export const UNKNOWN_STYLE: TypeStyle = { color: '#6b7280', shape: 'circle', label: 'Other' };

export const styleOf = (type: string | undefined): TypeStyle =>
  (type && (TYPE_STYLES as Record<string, TypeStyle>)[type]) || UNKNOWN_STYLE;

export const EDGE_COLOR = '#9aa3ae';
export const DIM_COLOR = '#e3e6ea';
export const HIGHLIGHT_EDGE_COLOR = '#111827';
/** A relation opened on its own: the page's accent blue, so it never reads as a step of a path (black). */
export const SELECTED_EDGE_COLOR = '#1d4ed8';
