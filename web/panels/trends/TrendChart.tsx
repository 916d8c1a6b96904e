import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useTranslation } from '../../i18n';
import { formatDecimal, formatInteger } from '../../i18n/format';
import { downloadCsv, downloadPng } from './downloads';

const NO_EVENTS: ChartEvent[] = [];

export interface TrendSeries {
  label: string;
  color: string;
  values: (number | null)[];
}
/** Something that happened, drawn as a shaded band (or a line for one day) with its name. */
export interface ChartEvent {
  start: number;
  end: number;
  title: string;
}

const DAY_S = 86_400;

/**
 * uPlot plugin: events as bands under the lines, so a peak and its cause are read together; their
 * names over the lines, with a white edge, so a line through a name does not hide it.
 */
function eventsPlugin(events: ChartEvent[]): uPlot.Plugin {
  const sorted = [...events].sort((a, b) => a.start - b.start);
  const span = (u: uPlot, e: ChartEvent) => {
    const x0 = u.valToPos(e.start, 'x', true);
    return [x0, Math.max(x0 + 2 * devicePixelRatio, u.valToPos(e.end + DAY_S, 'x', true))] as const;
  };
  const inView = (u: uPlot, [x0, x1]: readonly [number, number]) =>
    x1 >= u.bbox.left && x0 <= u.bbox.left + u.bbox.width;
  return {
    hooks: {
      drawClear: (u) => {
        const { ctx, bbox } = u;
        ctx.save();
        ctx.fillStyle = 'rgba(120, 80, 200, 0.14)';
        for (const e of sorted) {
          const [x0, x1] = span(u, e);
          if (inView(u, [x0, x1])) ctx.fillRect(x0, bbox.top, x1 - x0, bbox.height);
        }
        ctx.restore();
      },
      draw: (u) => {
        const { ctx, bbox } = u;
        const px = devicePixelRatio;
        ctx.save();
        ctx.font = `${10 * px}px system-ui`;
        // After the axes: their text settings are still on the context.
        ctx.textAlign = 'left';
        ctx.textBaseline = 'top';
        ctx.lineJoin = 'round';
        ctx.lineWidth = 3 * px;
        ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
        ctx.fillStyle = '#5b3a9e';
        // Each label takes the first row where it does not run into the label before it.
        const rowEnds: number[] = [];
        for (const e of sorted) {
          const [x0, x1] = span(u, e);
          if (!inView(u, [x0, x1])) continue;
          // Labels near the right edge end at their band instead of running off the chart.
          const width = ctx.measureText(e.title).width;
          const x = x0 + width > bbox.left + bbox.width ? Math.max(bbox.left, x1 - width - 2 * px) : x0 + 2 * px;
          let row = rowEnds.findIndex((end) => end < x);
          if (row < 0) row = rowEnds.length;
          rowEnds[row] = x + width + 6 * px;
          const y = bbox.top + row * 12 * px;
          ctx.strokeText(e.title, x, y);
          ctx.fillText(e.title, x, y);
        }
        ctx.restore();
      },
    },
  };
}

/** uPlot plugin: the workspace's time cursor as a line across the chart, and a click there moves it. */
function markerPlugin(marker: { current: number | null }, onPick: { current?: (x: number) => void }): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        if (marker.current === null) return;
        const x = u.valToPos(marker.current, 'x', true);
        const { ctx, bbox } = u;
        if (x < bbox.left || x > bbox.left + bbox.width) return;
        ctx.save();
        ctx.strokeStyle = '#582c83';
        ctx.lineWidth = 2 * devicePixelRatio;
        ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
        ctx.beginPath();
        ctx.moveTo(x, bbox.top);
        ctx.lineTo(x, bbox.top + bbox.height);
        ctx.stroke();
        ctx.restore();
      },
      ready: (u) => {
        u.over.addEventListener('click', () => {
          const idx = u.cursor.idx;
          if (idx != null && onPick.current) onPick.current(u.data[0][idx]);
        });
      },
    },
  };
}

/** The index whose x is nearest `x` (the legend's values when nobody hovers). */
function nearestIndex(xs: number[], x: number | null): number {
  if (x === null || xs.length === 0) return xs.length - 1;
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) best = i;
  return best;
}

/** What the chart's download buttons save: the picture as `name`.png, the numbers as `name`.csv. */
export interface ChartDownload {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

/**
 * A time chart (uPlot: small, fast, canvas): x in seconds, one line per series, Swedish
 * numbers and dates on the axes and in the legend; with `download`, PNG and CSV buttons.
 * Without a `width` it fills its container and follows it. `marker` (seconds) draws the time
 * cursor and sets the legend's values when nobody hovers; a click on the chart calls `onPick`.
 */
export function TrendChart({
  x,
  series,
  width,
  height = 180,
  percent = false,
  decimals = false,
  events = NO_EVENTS,
  download,
  marker = null,
  onPick,
}: {
  x: number[];
  series: TrendSeries[];
  width?: number;
  height?: number;
  percent?: boolean;
  decimals?: boolean;
  events?: ChartEvent[];
  download?: ChartDownload;
  marker?: number | null;
  onPick?: (x: number) => void;
}) {
  const { t, language } = useTranslation();
  const el = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const chartRef = useRef<uPlot | null>(null);
  const markerRef = useRef<number | null>(marker);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;
  const measured = useContainerWidth(el, width === undefined);
  const chartWidth = width ?? measured;
  const widthRef = useRef(chartWidth);
  widthRef.current = chartWidth;
  const hasWidth = chartWidth !== null;
  const timeLabel = t('trends.time');
  useEffect(() => {
    if (!hasWidth) return;
    // Month names in the UI's language; the dates themselves stay Swedish (2026-11-24).
    const dateFmt = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { year: '2-digit', month: 'short' });
    const hourly = x.length > 1 && x[1] - x[0] < DAY_S;
    const dayFmt = new Intl.DateTimeFormat('sv-SE', {
      dateStyle: 'short',
      ...(hourly ? { timeStyle: 'short' } : {}),
      timeZone: 'Europe/Stockholm',
    });
    const number = (v: number) => {
      const n = decimals ? formatDecimal(v) : formatInteger(v);
      return percent ? `${n} %` : n;
    };
    const showMarkerValues = (u: uPlot) => {
      if (u.cursor.idx == null) u.setLegend({ idx: nearestIndex(x, markerRef.current) });
    };
    const chart = new uPlot(
      {
        width: widthRef.current!,
        height,
        // The legend speaks Swedish too: dates as 2026-11-24, numbers as 1 234,5.
        series: [
          { label: timeLabel, value: (_u, v) => (v == null ? '–' : dayFmt.format(new Date(v * 1000))) },
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            spanGaps: true,
            value: (_u: uPlot, v: number | null) => (v == null ? '–' : number(v)),
          })),
        ],
        axes: [
          {
            values: (_u, ticks) => ticks.map((t) => dateFmt.format(new Date(t * 1000))),
            size: 30,
            font: '10px system-ui',
          },
          {
            values: (_u, ticks) => ticks.map(number),
            // Wide enough for the longest label: "1 750 000" must not lose its first digit.
            size: (_u, values) => (values?.length ? Math.max(...values.map((v) => String(v).length)) * 6 + 16 : 40),
            font: '10px system-ui',
          },
        ],
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        plugins: [markerPlugin(markerRef, pickRef), ...(events.length ? [eventsPlugin(events)] : [])],
        hooks: { ready: [showMarkerValues], setCursor: [showMarkerValues] },
      },
      [x, ...series.map((s) => s.values)] as uPlot.AlignedData,
      el.current!,
    );
    canvas.current = chart.ctx.canvas;
    chartRef.current = chart;
    return () => {
      chart.destroy();
      canvas.current = null;
      chartRef.current = null;
    };
  }, [x, series, hasWidth, height, percent, decimals, events, timeLabel, language]);
  useEffect(() => {
    if (chartWidth !== null) chartRef.current?.setSize({ width: chartWidth, height });
  }, [chartWidth, height]);
  useEffect(() => {
    markerRef.current = marker;
    const chart = chartRef.current;
    if (!chart) return;
    chart.redraw(false);
    if (chart.cursor.idx == null) chart.setLegend({ idx: nearestIndex(x, marker) });
  }, [marker, x]);
  return (
    <>
      <div
        ref={el}
        className={`trend-chart${onPick ? ' pickable' : ''}`}
        data-testid="trend-chart"
        data-events={events.length}
        data-marker={marker ?? ''}
      />
      {download && (
        <div className="buttons">
          <button
            type="button"
            className="secondary"
            onClick={() => canvas.current && downloadPng(canvas.current, `${download.name}.png`)}
          >
            {t('trends.png')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => downloadCsv(download.header, download.rows, `${download.name}.csv`)}
          >
            {t('trends.csv')}
          </button>
        </div>
      )}
    </>
  );
}

/** The width of an element as it changes (null until measured, or when `enabled` is false). */
function useContainerWidth(el: { current: HTMLElement | null }, enabled: boolean): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled || !el.current) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry.contentRect.width);
      if (next > 0) setWidth(next);
    });
    observer.observe(el.current);
    return () => observer.disconnect();
  }, [el, enabled]);
  return width;
}
