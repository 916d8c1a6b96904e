import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatInteger } from '../../i18n/format';

export interface TrendSeries { label: string; color: string; values: (number | null)[] }

/**
 * A time chart (uPlot: small, fast, canvas): x in seconds, one line per series, Swedish
 * numbers and dates on the axes. The canvas is exposed for PNG download.
 */
export function TrendChart({ x, series, width = 330, height = 180, onCanvas, percent = false }: {
  x: number[]; series: TrendSeries[]; width?: number; height?: number; onCanvas?: (canvas: HTMLCanvasElement | null) => void; percent?: boolean;
}) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const dateFmt = new Intl.DateTimeFormat('sv-SE', { year: '2-digit', month: 'short' });
    const chart = new uPlot({
      width, height,
      series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, spanGaps: true }))],
      axes: [
        { values: (_u, ticks) => ticks.map((t) => dateFmt.format(new Date(t * 1000))), size: 30, font: '10px system-ui' },
        { values: (_u, ticks) => ticks.map((t) => (percent ? `${formatInteger(t)} %` : formatInteger(t))), size: 60, font: '10px system-ui' },
      ],
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
    }, [x, ...series.map((s) => s.values)] as uPlot.AlignedData, el.current!);
    onCanvas?.(chart.ctx.canvas);
    return () => { chart.destroy(); onCanvas?.(null); };
  }, [x, series, width, height, onCanvas, percent]);
  return <div ref={el} className="trend-chart" data-testid="trend-chart" />;
}
