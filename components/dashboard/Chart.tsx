import { useEffect, useId, useRef, useState } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { stackSeries } from '../../utils/reach/stack-series';

export interface ChartSeries {
  label: string;
  /** One value per x; null is a gap (no data), not a zero. */
  values: readonly (number | null)[];
  /** CSS custom property holding the colour, e.g. "--pv-dash-series-1" (follows light/dark mode). */
  colorVar: string;
}

export interface ChartProps {
  /** Accessible name of the chart, shown as its heading. */
  title: string;
  /** One sentence saying what the chart shows; also read by screen readers. */
  description?: string;
  /** X values, epoch ms. */
  x: readonly number[];
  series: readonly ChartSeries[];
  /** Header of the first column of the text alternative. */
  xLabel: string;
  /** Label of one x value (axis ticks and the table). */
  formatX: (time: number) => string;
  /** Label of one y value in the table; default String. */
  formatY?: (value: number) => string;
  /** Text for a missing value in the table. */
  emptyCell?: string;
  /**
   * 'bars' applies to a single series; several series are drawn as lines so none hides another, or as
   * 'stacked' bars (one bar per x, one band per series: parts of a whole, such as the week's posts by kind).
   */
  kind?: 'line' | 'bars' | 'stacked';
  height?: number;
}

/** Whole-number tick steps (1, 2, 5, 10, 20, 50, …) for count axes. */
const COUNT_STEPS = Array.from({ length: 13 }, (_, power) => [1, 2, 5].map((step) => step * 10 ** power)).flat();

/** Half the distance between the first two x values (1 when there is only one). */
function halfStep(x: readonly number[]): number {
  return x.length > 1 ? (x[1]! - x[0]!) / 2 : 1;
}

let drawable: boolean | undefined;
/**
 * uPlot needs a 2D canvas and matchMedia. jsdom has neither (it logs "not implemented" for getContext),
 * so check matchMedia first and skip the plot there: the text alternative still renders and is what tests read.
 */
function canDraw(): boolean {
  if (drawable === undefined) {
    try {
      drawable = typeof window.matchMedia === 'function' && document.createElement('canvas').getContext('2d') !== null;
    } catch {
      drawable = false;
    }
  }
  return drawable;
}

function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setDark(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return dark;
}

/**
 * A uPlot chart with an accessible name and a text alternative (a visually hidden table of the same numbers).
 * The plot itself is hidden from assistive technology; uPlot is loaded on demand so the dashboard's first paint
 * does not wait for it.
 */
export function Chart({ title, description, x, series, xLabel, formatX, formatY = String, emptyCell = '–', kind = 'line', height = 220 }: ChartProps) {
  const titleId = useId();
  const descriptionId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const dark = usePrefersDark();

  useEffect(() => {
    const element = plotRef.current;
    if (!element || !canDraw()) return;
    let plot: uPlot | undefined;
    let resize: ResizeObserver | undefined;
    let cancelled = false;
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      const style = getComputedStyle(element);
      const color = (name: string) => style.getPropertyValue(name).trim() || 'currentColor';
      const axis = { stroke: color('--pv-dash-muted'), grid: { stroke: color('--pv-dash-border'), width: 1 }, ticks: { stroke: color('--pv-dash-border') } };
      // Several bar series would overlap and hide each other: bars only for a single series.
      const stacked = kind === 'stacked';
      const bars = (kind === 'bars' && series.length === 1) || stacked ? UPlot.paths.bars?.({ size: [0.7, 40] }) : undefined;
      const levels = stacked ? stackSeries(series.map((item) => item.values)) : series.map((item) => Array.from(item.values));
      // Stacked: the running totals are drawn from the top band down, each bar over the taller one behind it.
      const order = stacked ? series.map((_item, index) => series.length - 1 - index) : series.map((_item, index) => index);
      const options: uPlot.Options = {
        width: Math.max(element.clientWidth, 280),
        height,
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        // Counts start at zero: a cropped axis would exaggerate small changes.
        scales: {
          // Bars are centred on their week: half a step of room at each end keeps the first and last whole.
          x: stacked ? { time: false, range: (_plot, min, max) => [min - halfStep(x), max + halfStep(x)] } : { time: false },
          y: { range: (_plot, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
        },
        axes: [
          { ...axis, values: (_plot, ticks) => ticks.map((tick) => formatX(tick)) },
          // Counts: whole-number ticks only (uPlot's default steps put 0.5 and 1.5 on a posts-per-week axis).
          { ...axis, size: 72, incrs: COUNT_STEPS },
        ],
        series: [
          { label: xLabel, value: (_plot, value) => (value === null ? '' : formatX(value)) },
          ...order.map((index) => series[index]!).map((item) => ({
            label: item.label,
            // The legend reads "--" for no value by default; show nothing until the cursor is on a point, then the
            // formatted count (the series' own count, not the running total a stacked bar is drawn with).
            value: (_plot: uPlot, value: number | null, _series: number, row: number | null) => {
              const own = stacked && row !== null && row !== undefined ? item.values[row] : value;
              return own === null || own === undefined ? '' : formatY(own);
            },
            stroke: color(item.colorVar),
            fill: bars ? color(item.colorVar) : undefined,
            width: 2,
            spanGaps: false,
            points: { show: !stacked, size: 5 },
            ...(bars ? { paths: bars } : {}),
          })),
        ],
      };
      const data: uPlot.AlignedData = [Array.from(x), ...order.map((index) => levels[index]!)];
      plot = new UPlot(options, data, element);
      if (typeof ResizeObserver === 'function') {
        resize = new ResizeObserver(() => plot?.setSize({ width: Math.max(element.clientWidth, 280), height }));
        resize.observe(element);
      }
    });
    return () => {
      cancelled = true;
      resize?.disconnect();
      plot?.destroy();
    };
  }, [x, series, xLabel, formatX, formatY, kind, height, dark]);

  return (
    <figure className="pv-dash-chart" role="figure" aria-labelledby={titleId} aria-describedby={description ? descriptionId : undefined}>
      <figcaption>
        <h4 id={titleId} className="pv-dash-chart-title">
          {title}
        </h4>
        {description ? (
          <p id={descriptionId} className="pv-dash-muted">
            {description}
          </p>
        ) : null}
      </figcaption>
      <div ref={plotRef} className="pv-dash-chart-plot" aria-hidden="true" />
      <table className="pv-visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{xLabel}</th>
            {series.map((item) => (
              <th scope="col" key={item.label}>
                {item.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {x.map((time, row) => (
            <tr key={time}>
              <th scope="row">{formatX(time)}</th>
              {series.map((item) => {
                const value = item.values[row];
                return <td key={item.label}>{value === null || value === undefined ? emptyCell : formatY(value)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
