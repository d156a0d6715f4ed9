/**
 * The statistics chart's key and series list, in HTML beside the canvas: a marker per qualifier
 * with its meaning, and a checkbox per series (the canvas legend cannot be used by keyboard).
 */
import type { Chart, ChartDataset, PointStyle } from 'chart.js';
import type { Statistic } from '../api/types';
import { el } from '../dom';
import { qualifierWords } from '../format';

/**
 * One marker per qualifier. Chart.js draws the shapes; markSvg draws the same ones for the key.
 * Lines and crosses have no inside, which suits the vaguer qualifiers.
 */
export const QUALIFIER_MARKS: readonly { readonly qualifier: string; readonly style: PointStyle }[] = [
  { qualifier: 'EXACT', style: 'circle' },
  { qualifier: 'MORE_THAN', style: 'triangle' },
  { qualifier: 'AT_LEAST', style: 'rect' },
  { qualifier: 'ABOUT', style: 'rectRot' },
  { qualifier: 'NEARLY', style: 'star' },
  { qualifier: 'ORDER_OF_MAGNITUDE', style: 'cross' },
  { qualifier: 'LESS_THAN', style: 'crossRot' },
];

/** Per-day series (right axis) are dashed: lines, day spans and whiskers. */
export const PER_DAY_DASH = [6, 4];
const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes (a decorative icon: hidden from assistive technology at the root). */
function svg(tag: string, attributes: Readonly<Record<string, string | number>>, ...children: SVGElement[]): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** The outlines Chart.js draws for each point style, at radius about 6 in a 16px box. */
const MARK_SHAPES: Readonly<Record<string, () => SVGElement>> = {
  circle: () => svg('circle', { cx: 8, cy: 8, r: 5.5 }),
  triangle: () => svg('polygon', { points: '8,2 13.5,12 2.5,12' }),
  rect: () => svg('rect', { x: 3.5, y: 3.5, width: 9, height: 9 }),
  rectRot: () => svg('polygon', { points: '8,1.5 14.5,8 8,14.5 1.5,8' }),
  star: () => svg('path', { d: 'M8 2v12M2 8h12M3.8 3.8l8.4 8.4M12.2 3.8l-8.4 8.4' }),
  cross: () => svg('path', { d: 'M8 2v12M2 8h12' }),
  crossRot: () => svg('path', { d: 'M3.5 3.5l9 9M12.5 3.5l-9 9' }),
};

/** A marker as inline SVG, drawn as Chart.js draws the point style (for the key). */
function markSvg(style: PointStyle, filled: boolean): SVGElement {
  const shape = (MARK_SHAPES[String(style)] ?? MARK_SHAPES['circle']!)();
  const group = svg('g', { fill: filled ? '#374151' : '#ffffff', stroke: '#374151', 'stroke-width': 1.8 }, shape);
  return svg('svg', { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' }, group);
}

/** A series' line as inline SVG: its colour, solid or dashed. */
function lineSvg(color: string, dashed: boolean): SVGElement {
  const line = svg('line', { x1: 1, y1: 6, x2: 29, y2: 6, stroke: color, 'stroke-width': 3, ...(dashed && { 'stroke-dasharray': PER_DAY_DASH.join(' ') }) });
  return svg('svg', { viewBox: '0 0 30 12', width: 30, height: 12, 'aria-hidden': 'true' }, line);
}

/** The key to the markers: one entry per qualifier the figures use. */
export function renderKey(list: HTMLElement, stats: readonly Statistic[]): void {
  const used = new Set(stats.map((stat) => stat.qualifier));
  list.replaceChildren(
    ...QUALIFIER_MARKS.filter((mark) => used.has(mark.qualifier)).map((mark) =>
      el('li', {}, markSvg(mark.style, mark.qualifier === 'EXACT'), mark.qualifier === 'EXACT' ? 'exact figure' : qualifierWords(mark.qualifier)),
    ),
  );
}

/**
 * The series as checkboxes, what the canvas legend did but reachable by keyboard and screen
 * reader: cumulative series (left axis) and per-day series (right axis) in two groups.
 */
export function renderSeriesList<Point>(list: HTMLElement, chart: Chart<'scatter', Point[]>): void {
  const item = (dataset: ChartDataset<'scatter', Point[]>, index: number) => {
    const box = el('input', {
      type: 'checkbox',
      checked: true,
      'data-series': String(index),
      // The group heading says the axis; the accessible name says it too.
      'aria-label': dataset.label ?? '',
      onChange: (event: Event) => {
        chart.setDatasetVisibility(index, (event.target as HTMLInputElement).checked);
        chart.update();
      },
    });
    const claimant = (dataset.label ?? '').replace(/^[^:]*: /, '');
    return el('li', {}, el('label', {}, box, lineSvg(String(dataset.borderColor), dataset.yAxisID === 'daily'), claimant));
  };
  const group = (axis: string, title: string) =>
    el(
      'li',
      { className: 'series-group' },
      el('span', { className: 'series-axis' }, title),
      el('ul', {}, chart.data.datasets.flatMap((dataset, index) => (dataset.yAxisID === axis ? [item(dataset, index)] : []))),
    );
  list.replaceChildren(group('cumulative', 'Cumulative, left axis (solid lines)'), group('daily', 'Per day, right axis (dashed lines)'));
}
