/**
 * Exports of the current view, made in the browser: PNG (sigma's layers flattened onto one
 * canvas), GEXF (graphology-gexf's browser writer) and graphology's JSON serialisation.
 */
import { write as writeGexf } from 'graphology-gexf/browser';
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { ExplorerGraph } from '../graph/model';
import type { Shape } from '../graph/shape-program';
import { traceShape } from '../graph/shape-path';

/** What the PNG says around the drawing, so a picture shared alone still says what and whence. */
export interface PngCaption {
  readonly title: string;
  /** The entity types drawn, each with the colour and shape its nodes have in the graph. */
  readonly legend: readonly { readonly label: string; readonly color: string; readonly shape: Shape }[];
  readonly source: string;
}

/** Where the legend's swatches were drawn, in the PNG's pixels (the browser test samples them). */
export interface PngLayout {
  readonly width: number;
  readonly height: number;
  readonly swatches: readonly { readonly x: number; readonly y: number; readonly color: string; readonly shape: Shape }[];
}

const TITLE_BAND = 44;
const FOOT_BAND = 56;
/** The radius of a legend mark: a node's shape at about a node's size. */
const LEGEND_MARK = 7;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

let lastLayout: PngLayout | null = null;
export const lastPngLayout = (): PngLayout | null => lastLayout;

/**
 * Flattens sigma's stacked canvases (WebGL edges and nodes, 2D labels and hovers) onto a white
 * canvas in DOM order, under a title band and above a legend and source line. The WebGL layers do
 * not preserve their drawing buffer, so the view is re-rendered synchronously (refresh) and copied
 * in the same task, before the buffer is cleared.
 */
export function renderPng<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, caption: PngCaption): Promise<Blob> {
  sigma.refresh();
  const container = sigma.getContainer();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = Math.round(width * ratio);
  output.height = Math.round((height + TITLE_BAND + FOOT_BAND) * ratio);
  const context = output.getContext('2d');
  if (!context) return Promise.reject(new Error('renderPng: no 2D canvas context available.'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  for (const canvas of container.querySelectorAll('canvas')) context.drawImage(canvas, 0, TITLE_BAND * ratio, output.width, height * ratio);

  context.scale(ratio, ratio);
  context.fillStyle = '#111827';
  context.font = `600 18px ${FONT}`;
  context.textBaseline = 'middle';
  context.fillText(caption.title, 14, TITLE_BAND / 2, width - 28);
  context.strokeStyle = '#d1d5db';
  context.beginPath();
  context.moveTo(0, TITLE_BAND - 0.5);
  context.lineTo(width, TITLE_BAND - 0.5);
  context.moveTo(0, TITLE_BAND + height + 0.5);
  context.lineTo(width, TITLE_BAND + height + 0.5);
  context.stroke();

  // Marks centred on whole pixels (here and in x below): the browser test probes their edges.
  const legendY = Math.round(TITLE_BAND + height + 18);
  const swatches: { x: number; y: number; color: string; shape: Shape }[] = [];
  let x = 14;
  context.font = `13px ${FONT}`;
  for (const entry of caption.legend) {
    context.fillStyle = entry.color;
    context.beginPath();
    traceShape(context, entry.shape, x + LEGEND_MARK, legendY, LEGEND_MARK);
    context.fill();
    swatches.push({ x: Math.round((x + LEGEND_MARK) * ratio), y: Math.round(legendY * ratio), color: entry.color, shape: entry.shape });
    context.fillStyle = '#1f2937';
    context.fillText(entry.label, x + 2 * LEGEND_MARK + 7, legendY);
    x += Math.round(2 * LEGEND_MARK + 7 + context.measureText(entry.label).width + 18);
  }
  context.fillStyle = '#4b5563';
  context.font = `12px ${FONT}`;
  context.fillText(caption.source, 14, legendY + 22, width - 28);
  lastLayout = { width: output.width, height: output.height, swatches };
  return new Promise((resolve, reject) => output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('renderPng: the canvas gave no PNG.'))), 'image/png'));
}

/**
 * GEXF 1.2draft with positions, colours and sizes under viz:, and as attributes what the view knows
 * of each entity and relation, named as in the server's exports (src/export/attributes.ts): type,
 * kind, dates, aliases and sources, the lists as `liststring` joined with "|" as 1.2draft readers
 * (networkx, Gephi) expect. 1.2draft because the official 1.3 schema declares no viz elements, so
 * a drawn view cannot be valid 1.3; graphology-gexf names the 1.2draft viz namespace wrongly (an
 * extra slash and "1.1draft"), which is put right here. Pedantic keeps <meta> to what the schema allows.
 */
const GRAPHOLOGY_GEXF_VIZ_NS = 'http:///www.gexf.net/1.1draft/viz';
const GEXF_12_VIZ_NS = 'http://www.gexf.net/1.2draft/viz';

/** Absent values and empty lists are left out, as the server's writers leave them out. */
const present = (values: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value != null && value !== '' && !(Array.isArray(value) && value.length === 0)));

const writeViewGexf = (graph: ExplorerGraph): string =>
  writeGexf(graph, {
    version: '1.2',
    pedantic: true,
    formatNode: (_key, a) => ({
      label: a.label,
      viz: { x: a.x, y: a.y, size: a.size, color: a.color },
      attributes: present({ type: a.entityType, kind: a.kind, startDate: a.startDate, endDate: a.endDate, aliases: a.aliases, sources: a.sources }),
    }),
    formatEdge: (_key, a) => ({ label: a.label, viz: { color: a.color, thickness: a.size }, attributes: present({ type: a.relationType, sources: a.sources }) }),
  });

export const toGexf = (graph: ExplorerGraph): string =>
  writeViewGexf(graph).replace(`xmlns:viz="${GRAPHOLOGY_GEXF_VIZ_NS}"`, `xmlns:viz="${GEXF_12_VIZ_NS}"`);

export const toJson = (graph: ExplorerGraph): string => JSON.stringify(graph.export(), null, 2);

/** Saves `data` as a file through a temporary link: no server round trip. */
export function download(name: string, data: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The server's export of what the view is about: the neighbourhood of the entity the view is
 * centred on, at the depth chosen, or the whole graph when the view has no centre (a file, a path).
 * Those files carry every attribute (descriptions, roles, claims and more), beyond what the view holds.
 */
export function serverExportUrl(file: string, centre: string | null, depth: number): string {
  const url = new URL(`/export/graph.${file}`, location.href);
  if (centre !== null) {
    url.searchParams.set('center', centre);
    url.searchParams.set('depth', String(depth));
  }
  return url.pathname + url.search;
}

/** Downloads a file the server serves as an attachment, through a temporary link. */
export function downloadFrom(href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}
