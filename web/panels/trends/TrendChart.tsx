import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useTranslation } from 'react-i18next';
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

/** uPlot plugin: events under the lines, so a peak and its cause are read together. */
function eventsPlugin(events: ChartEvent[]): uPlot.Plugin {
  return {
    hooks: {
      drawClear: (u) => {
        const { ctx, bbox } = u;
        ctx.save();
        ctx.font = `${10 * devicePixelRatio}px system-ui`;
        ctx.textBaseline = 'top';
        for (const [i, e] of events.entries()) {
          const x0 = u.valToPos(e.start, 'x', true);
          const x1 = Math.max(x0 + 2 * devicePixelRatio, u.valToPos(e.end + DAY_S, 'x', true));
          if (x1 < bbox.left || x0 > bbox.left + bbox.width) continue;
          ctx.fillStyle = 'rgba(120, 80, 200, 0.14)';
          ctx.fillRect(x0, bbox.top, x1 - x0, bbox.height);
          ctx.fillStyle = '#5b3a9e';
          // Labels near the right edge end at their band instead of running off the chart.
          const width = ctx.measureText(e.title).width;
          const x =
            x0 + width > bbox.left + bbox.width
              ? Math.max(bbox.left, x1 - width - 2 * devicePixelRatio)
              : x0 + 2 * devicePixelRatio;
          ctx.fillText(e.title, x, bbox.top + (i % 3) * 12 * devicePixelRatio);
        }
        ctx.restore();
      },
    },
  };
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
 */
export function TrendChart({
  x,
  series,
  width = 330,
  height = 180,
  percent = false,
  decimals = false,
  events = NO_EVENTS,
  download,
}: {
  x: number[];
  series: TrendSeries[];
  width?: number;
  height?: number;
  percent?: boolean;
  decimals?: boolean;
  events?: ChartEvent[];
  download?: ChartDownload;
}) {
  const { t } = useTranslation();
  const el = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const timeLabel = t('trends.time');
  useEffect(() => {
    const dateFmt = new Intl.DateTimeFormat('sv-SE', { year: '2-digit', month: 'short' });
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
    const chart = new uPlot(
      {
        width,
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
        plugins: events.length ? [eventsPlugin(events)] : [],
      },
      [x, ...series.map((s) => s.values)] as uPlot.AlignedData,
      el.current!,
    );
    canvas.current = chart.ctx.canvas;
    return () => {
      chart.destroy();
      canvas.current = null;
    };
  }, [x, series, width, height, percent, decimals, events, timeLabel]);
  return (
    <>
      <div ref={el} className="trend-chart" data-testid="trend-chart" data-events={events.length} />
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
