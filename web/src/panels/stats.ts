/**
 * The statistics view: cumulative withdrawals (left axis) and daily withdrawal rates (right axis)
 * over time as a Chart.js chart, and a table of every claim with its source. Figures are claims:
 * several sources may give different numbers for one date, so points sharing a date are spread a
 * little apart (side by side) instead of being drawn on top of each other, and ranges get whiskers.
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
  type TooltipItem,
} from 'chart.js';
import type { ApiClient } from '../api/client';
import type { Statistic } from '../api/types';
import { decimalYear } from '../dates';
import { byId, el } from '../dom';
import { claimedFigure, enumWords, sourceLine, unitWords } from '../format';
import { describeError } from '../status';

Chart.register(ScatterController, LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

/** Horizontal gap, in years, between claims that share a date: visible, small against a decade. */
const DODGE = 0.12;

interface ClaimPoint {
  x: number;
  y: number;
  stat: Statistic;
}

/** The plotted y: the value, or the middle of a range (the whiskers show the range itself). */
const plotted = (stat: Statistic): number => stat.value ?? ((stat.low ?? stat.high ?? 0) + (stat.high ?? stat.low ?? 0)) / 2;

/**
 * Points in asOf order, with claims in the same month spread symmetrically around their dates:
 * "2023-08" and "2023-08-03" would otherwise draw on the same pixels at this scale.
 */
export function claimPoints(stats: readonly Statistic[]): ClaimPoint[] {
  const byMonth = new Map<string, Statistic[]>();
  for (const stat of stats) byMonth.set(stat.asOf.slice(0, 7), [...(byMonth.get(stat.asOf.slice(0, 7)) ?? []), stat]);
  return [...byMonth.values()].flatMap((group) =>
    group.map((stat, i) => ({ x: decimalYear(stat.asOf) + (i - (group.length - 1) / 2) * DODGE, y: plotted(stat), stat })),
  );
}

/** Draws a vertical whisker from low to high for every claim given as a range. */
const rangeWhiskers: Plugin<'scatter'> = {
  id: 'rangeWhiskers',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    chart.data.datasets.forEach((dataset, index) => {
      const meta = chart.getDatasetMeta(index);
      const scale = chart.scales[String(dataset.yAxisID ?? 'y')];
      if (meta.hidden || !scale) return;
      (dataset.data as unknown as ClaimPoint[]).forEach((point, i) => {
        const { low, high } = point.stat;
        const element = meta.data[i];
        if (low === null || high === null || !element) return;
        ctx.save();
        ctx.strokeStyle = String(dataset.borderColor);
        ctx.lineWidth = 2;
        ctx.beginPath();
        for (const value of [low, high]) {
          const y = scale.getPixelForValue(value);
          ctx.moveTo(element.x - 6, y);
          ctx.lineTo(element.x + 6, y);
        }
        ctx.moveTo(element.x, scale.getPixelForValue(low));
        ctx.lineTo(element.x, scale.getPixelForValue(high));
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
    `As of ${stat.asOf}`,
    `Claimed by ${stat.claimedBy?.name ?? 'the report'}`,
    `Source: ${sourceLine(stat.source)}`,
  ];
}

function dataset(label: string, stats: readonly Statistic[], axis: string, color: string, pointStyle: 'circle' | 'triangle'): ChartDataset<'scatter', ClaimPoint[]> {
  return {
    label,
    data: claimPoints(stats),
    yAxisID: axis,
    borderColor: color,
    backgroundColor: color,
    pointStyle,
    pointRadius: 6,
    pointHoverRadius: 9,
    showLine: axis === 'cumulative',
    borderWidth: 2,
  };
}

function renderTable(container: HTMLElement, stats: readonly Statistic[]): void {
  const sameDate = (stat: Statistic) => stats.filter((other) => other.metric === stat.metric && other.asOf === stat.asOf).length;
  const rows = stats.map((stat) => {
    const claims = sameDate(stat);
    return el(
      'tr',
      { 'data-id': stat.id, className: claims > 1 ? 'conflict' : '' },
      el('td', {}, enumWords(stat.metric)),
      el('td', {}, stat.asOf, claims > 1 ? el('span', { className: 'badge', title: 'Several claims for this date' }, ` ${claims} claims`) : null),
      el('td', { className: 'num' }, claimedFigure(stat)),
      el('td', {}, unitWords(stat.unit)),
      el('td', {}, stat.claimedBy?.name ?? 'the report'),
      el('td', {}, sourceLine(stat.source)),
    );
  });
  container.replaceChildren(
    el(
      'table',
      { id: 'stats-table' },
      el('caption', {}, 'Every withdrawal figure, as claimed, with its source'),
      el('thead', {}, el('tr', {}, ['Metric', 'As of', 'Figure', 'Unit', 'Claimed by', 'Source'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows),
    ),
  );
}

export interface StatisticsView {
  /** Loads and draws the figures the first time the view opens; later calls do nothing. */
  show(): Promise<void>;
  chart(): Chart<'scatter', ClaimPoint[]> | null;
}

export function createStatisticsView(api: ApiClient): StatisticsView {
  const canvas = byId<HTMLCanvasElement>('stats-chart');
  const table = byId('stats-table-wrap');
  const message = byId('stats-message');
  let chart: Chart<'scatter', ClaimPoint[]> | null = null;
  let loading: Promise<void> | null = null;

  async function load(): Promise<void> {
    message.textContent = 'Loading figures…';
    try {
      const { cumulative, daily } = await api.withdrawals();
      if (cumulative.length + daily.length === 0) {
        message.textContent = 'The knowledge graph holds no withdrawal figures.';
        return;
      }
      message.textContent = '';
      chart = new Chart<'scatter', ClaimPoint[]>(canvas, {
        type: 'scatter',
        data: {
          datasets: [
            dataset('Cumulative withdrawals (people)', cumulative, 'cumulative', '#0072B2', 'circle'),
            dataset('Daily withdrawals (people or requests per day)', daily, 'daily', '#D55E00', 'triangle'),
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: 'nearest', intersect: true },
          scales: {
            // Decimal years on a linear axis: Chart.js's time axis needs a date adapter we do not ship.
            x: { type: 'linear', ticks: { stepSize: 1, callback: (value) => String(value) }, title: { display: true, text: 'As of' } },
            cumulative: { type: 'linear', position: 'left', beginAtZero: true, ticks: { callback: (v) => `${Number(v) / 1e6}M` }, title: { display: true, text: 'Cumulative (people)' } },
            // Room above the highest whisker; it also stops daily points from landing exactly on
            // cumulative ones (with a 160k top, 60k/day and 150M drew on the same pixel).
            daily: { type: 'linear', position: 'right', beginAtZero: true, suggestedMax: Math.max(...daily.map((s) => s.high ?? s.value ?? 0)) * 1.3, grid: { drawOnChartArea: false }, ticks: { callback: (v) => `${Number(v) / 1e3}k` }, title: { display: true, text: 'Per day' } },
          },
          plugins: { tooltip: { callbacks: { label: tooltipLines } }, legend: { position: 'bottom' } },
        },
        plugins: [rangeWhiskers],
      });
      renderTable(table, [...cumulative, ...daily]);
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
  };
}
