/**
 * The statistics view: cumulative withdrawals (left axis) and daily withdrawal rates (right axis)
 * over time as a Chart.js chart, and a table of every claim with its source. Figures are claims,
 * so the chart keeps them apart the way a researcher reads them:
 * - one series per claimant and metric: a line joins only what one claimant said; a claimant has
 *   one colour, solid lines on the left (cumulative) axis and dashed ones on the right (per day);
 * - a claim sits at the middle of the days its date can mean, and a bar spans those days (a month
 *   is drawn as a month, a year as a year); a range gets a vertical whisker;
 * - each qualifier has its own marker (QUALIFIER_MARKS in stats-legend.ts), filled only for an exact figure, and the
 *   key under the chart says which is which; the tooltip and table spell it out.
 * The series list is a set of checkboxes (the canvas legend cannot be reached by keyboard).
 * Claims for the same date coincide; the tooltip lists every claim under the pointer.
 */
import {
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartDataset,
  type Plugin,
  type PointStyle,
  type TooltipItem,
} from 'chart.js';
import type { ApiClient } from '../api/client';
import type { Statistic } from '../api/types';
import { dayRange, decimalYear } from '../dates';
import { byId, el } from '../dom';
import { claimedFigure, compactNumber, enumWords, sourceLine, unitWords } from '../format';
import { describeError } from '../status';
import { createDataTable, type Column } from './data-table';
import { download } from './export';
import { PER_DAY_DASH, QUALIFIER_MARKS, renderKey, renderSeriesList } from './stats-legend';

Chart.register(ScatterController, LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

interface ClaimPoint {
  x: number;
  y: number;
  /** The first and the day after the last day the as-of date can mean, as decimal years. */
  from: number;
  to: number;
  stat: Statistic;
}

/** The plotted y: the value, or the middle of a range (the whiskers show the range itself). */
const plotted = (stat: Statistic): number => stat.value ?? ((stat.low ?? stat.high ?? 0) + (stat.high ?? stat.low ?? 0)) / 2;

const dayAfter = (isoDay: string): string => new Date(Date.parse(`${isoDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A claim placed over the days its as-of date means: "2023-08" spans August, "2023-08-03" one day. */
export function claimPoint(stat: Statistic): ClaimPoint {
  const days = dayRange(stat.asOf);
  const from = decimalYear(days?.first ?? stat.asOf);
  const to = days ? decimalYear(dayAfter(days.last)) : from;
  return { x: (from + to) / 2, y: plotted(stat), from, to, stat };
}

const pointStyleOf = (stat: Statistic): PointStyle => QUALIFIER_MARKS.find((mark) => mark.qualifier === stat.qualifier)?.style ?? 'circle';

/**
 * Twelve colours, one per claimant: Okabe-Ito (told apart with the common colour-vision
 * deficiencies; its yellow is unreadable on white) and then Paul Tol's darker muted tones.
 */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#882255', '#332288', '#999933', '#AA4499', '#117733'];
const LEGEND_LABEL = 60;
const shorten = (text: string) => (text.length > LEGEND_LABEL ? `${text.slice(0, LEGEND_LABEL - 1)}…` : text);

/** Draws each claim's span of days (horizontal) and, for a range, its low-high whisker (vertical). */
const claimExtents: Plugin<'scatter'> = {
  id: 'claimExtents',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const x = chart.scales['x'];
    chart.data.datasets.forEach((dataset, index) => {
      const meta = chart.getDatasetMeta(index);
      const y = chart.scales[String(dataset.yAxisID ?? 'y')];
      if (meta.hidden || !y || !x) return;
      (dataset.data as unknown as ClaimPoint[]).forEach((point, i) => {
        const element = meta.data[i];
        if (!element) return;
        ctx.save();
        ctx.strokeStyle = String(dataset.borderColor);
        ctx.setLineDash(dataset.yAxisID === 'daily' ? PER_DAY_DASH : []);
        ctx.lineWidth = 2;
        ctx.beginPath();
        const [left, right] = [x.getPixelForValue(point.from), x.getPixelForValue(point.to)];
        if (right - left >= 2) {
          ctx.moveTo(left, element.y);
          ctx.lineTo(right, element.y);
        }
        const { low, high } = point.stat;
        if (low !== null && high !== null) {
          for (const value of [low, high]) {
            ctx.moveTo(element.x - 6, y.getPixelForValue(value));
            ctx.lineTo(element.x + 6, y.getPixelForValue(value));
          }
          ctx.moveTo(element.x, y.getPixelForValue(low));
          ctx.lineTo(element.x, y.getPixelForValue(high));
        }
        ctx.stroke();
        ctx.restore();
      });
    });
  },
};

function tooltipLines(item: TooltipItem<'scatter'>): string[] {
  const { stat } = item.raw as ClaimPoint;
  return [
    `${claimedFigure(stat)} ${unitWords(stat.unit)}`,
    `As of ${stat.asOf}${stat.asOf.length < 10 ? ' (drawn across those days)' : ''}`,
    `Claimed by ${stat.claimedBy?.name ?? 'the report'}`,
    `Source: ${sourceLine(stat.source)}${stat.paragraphs.length ? `, ¶ ${stat.paragraphs.join(', ')}` : ''}`,
  ];
}

const claimantOf = (stat: Statistic): string => stat.claimedBy?.name ?? stat.source.name;

/** One dataset per metric and claimant, in the order of each group's first claim; one colour per claimant. */
function datasets(cumulative: readonly Statistic[], daily: readonly Statistic[]): ChartDataset<'scatter', ClaimPoint[]>[] {
  const groups = new Map<string, { axis: 'cumulative' | 'daily'; claimant: string; stats: Statistic[] }>();
  const colours = new Map<string, string>();
  for (const [axis, stats] of [['cumulative', cumulative], ['daily', daily]] as const) {
    for (const stat of stats) {
      const claimant = claimantOf(stat);
      const key = `${axis}\n${claimant}`;
      const group = groups.get(key) ?? { axis, claimant, stats: [] };
      group.stats.push(stat);
      groups.set(key, group);
      if (!colours.has(claimant)) colours.set(claimant, PALETTE[colours.size % PALETTE.length]!);
    }
  }
  return [...groups.values()].map((group) => {
    const color = colours.get(group.claimant)!;
    const points = group.stats.map(claimPoint).sort((a, b) => a.x - b.x);
    const perDay = group.axis === 'daily';
    return {
      label: `${perDay ? 'Per day (right axis)' : 'Cumulative (left axis)'}: ${shorten(group.claimant)}`,
      data: points,
      yAxisID: group.axis,
      borderColor: color,
      borderDash: perDay ? PER_DAY_DASH : [],
      backgroundColor: points.map((point) => (point.stat.qualifier === 'EXACT' ? color : '#ffffff')),
      pointStyle: points.map((point) => pointStyleOf(point.stat)),
      pointRadius: 6,
      pointHoverRadius: 9,
      pointBorderWidth: 2,
      showLine: points.length > 1,
      borderWidth: 1.5,
    };
  });
}

const sourceCell = (stat: Statistic) => `${sourceLine(stat.source)}${stat.paragraphs.length ? `, ¶ ${stat.paragraphs.join(', ')}` : ''}`;

const STAT_COLUMNS: readonly Column<Statistic>[] = [
  { key: 'metric', title: 'Metric', text: (stat) => enumWords(stat.metric) },
  { key: 'asOf', title: 'As of', text: (stat) => stat.asOf, sortKey: (stat) => dayRange(stat.asOf)?.first ?? stat.asOf },
  { key: 'figure', title: 'Figure', text: (stat) => claimedFigure(stat), sortKey: plotted, numeric: true },
  { key: 'unit', title: 'Unit', text: (stat) => unitWords(stat.unit) },
  { key: 'claimant', title: 'Claimed by', text: (stat) => stat.claimedBy?.name ?? 'the report', links: (stat) => (stat.claimedBy ? [{ id: stat.claimedBy.id, label: stat.claimedBy.name }] : []) },
  { key: 'source', title: 'Source', text: sourceCell, links: (stat) => [{ id: stat.source.id, label: sourceCell(stat) }] },
];

export interface StatisticsView {
  /** Loads and draws the figures the first time the view opens; later calls do nothing. */
  show(): Promise<void>;
  chart(): Chart<'scatter', ClaimPoint[]> | null;
  /** The table's rows as shown, for the browser test. */
  tableIds(): string[];
}

export function createStatisticsView(api: ApiClient): StatisticsView {
  const canvas = byId<HTMLCanvasElement>('stats-chart');
  const message = byId('stats-message');
  const textInput = byId<HTMLInputElement>('stats-text');
  const seriesList = byId('stats-series-list');
  const keyList = byId('stats-key');
  let chart: Chart<'scatter', ClaimPoint[]> | null = null;
  let loading: Promise<void> | null = null;
  const table = createDataTable<Statistic>({
    wrap: byId('stats-table-wrap'),
    caption: 'Every withdrawal figure, as claimed, with its source',
    columns: STAT_COLUMNS,
    rowId: (stat) => stat.id,
    sortBy: 'asOf',
    filter: (stat, text) => text(stat).includes(textInput.value.trim().toLowerCase()),
  });
  textInput.addEventListener('input', () => table.render());
  byId('stats-csv').addEventListener('click', () => download('tuidang-withdrawal-figures.csv', table.csv(), 'text/csv'));

  async function load(): Promise<void> {
    message.textContent = 'Loading figures…';
    try {
      const { cumulative, daily } = await api.withdrawals();
      if (cumulative.length + daily.length === 0) {
        message.textContent = 'The knowledge graph holds no withdrawal figures.';
        return;
      }
      message.textContent = '';
      const points = [...cumulative, ...daily].map(claimPoint);
      // Fixed from the figures, so the axes keep their range with every series switched off.
      const years = { min: Math.floor(Math.min(...points.map((p) => p.from))), max: Math.ceil(Math.max(...points.map((p) => p.to))) };
      const highest = (stats: readonly Statistic[]) => Math.max(0, ...stats.map((s) => s.high ?? s.value ?? 0));
      chart = new Chart<'scatter', ClaimPoint[]>(canvas, {
        type: 'scatter',
        data: { datasets: datasets(cumulative, daily) },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: 'point', intersect: true },
          scales: {
            // Decimal years on a linear axis: Chart.js's time axis needs a date adapter we do not ship.
            x: { type: 'linear', ...years, ticks: { stepSize: 1, callback: (value) => String(value) }, title: { display: true, text: 'As of' } },
            cumulative: {
              type: 'linear',
              position: 'left',
              beginAtZero: true,
              suggestedMax: highest(cumulative) * 1.05,
              ticks: { callback: (v) => compactNumber(Number(v)) },
              title: { display: true, text: 'Cumulative, people (left axis, solid)' },
            },
            // Room above the highest whisker; it also keeps daily points off cumulative ones.
            daily: {
              type: 'linear',
              position: 'right',
              beginAtZero: true,
              suggestedMax: highest(daily) * 1.3,
              grid: { drawOnChartArea: false },
              ticks: { callback: (v) => compactNumber(Number(v)) },
              title: { display: true, text: 'Per day (right axis, dashed)' },
            },
          },
          plugins: { tooltip: { callbacks: { label: tooltipLines } }, legend: { display: false } },
        },
        plugins: [claimExtents],
      });
      renderSeriesList(seriesList, chart);
      renderKey(keyList, [...cumulative, ...daily]);
      table.setRows([...cumulative, ...daily]);
    } catch (error) {
      loading = null; // let Retry (or reopening the tab) try again
      message.replaceChildren(
        `Could not load the figures: ${describeError(error)} `,
        el('button', { type: 'button', onclick: () => void (loading = load()) }, 'Retry'),
      );
    }
  }

  return {
    show: () => (loading ??= load()),
    chart: () => chart,
    tableIds: () => table.shown().map((stat) => stat.id),
  };
}
