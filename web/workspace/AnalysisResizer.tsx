import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import { useTranslation } from '../i18n';

const STORAGE_KEY = 'platsatlas.analysisWidth';
const MIN_WIDTH = 340;
const DEFAULT_WIDTH = 520;
const STEP = 40;

/** At most half the screen, at least enough for a chart. */
const maxWidth = () => Math.max(MIN_WIDTH, Math.floor(window.innerWidth / 2));
const clamp = (w: number) => Math.min(maxWidth(), Math.max(MIN_WIDTH, Math.round(w)));

/**
 * The width of the analysis area on the right, kept between visits; the page sets it as
 * `--analysis-width` so the panel, its charts and the map's controls all follow.
 */
export function useAnalysisWidth() {
  const [width, setWidthState] = useState(() => clamp(Number(localStorage.getItem(STORAGE_KEY)) || DEFAULT_WIDTH));
  const setWidth = useCallback((w: number) => {
    const next = clamp(w);
    setWidthState(next);
    localStorage.setItem(STORAGE_KEY, String(next));
  }, []);
  useEffect(() => {
    const onResize = () => setWidthState((w) => clamp(w));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return { width, setWidth, style: { '--analysis-width': `${width}px` } as CSSProperties };
}

/** The handle on the analysis area's left edge: drag it, or focus it and use the arrow keys. */
export function AnalysisResizer({ width, onChange }: { width: number; onChange: (width: number) => void }) {
  const { t } = useTranslation();
  return (
    <div
      className="analysis-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('panel.resize')}
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={maxWidth()}
      tabIndex={0}
      onPointerDown={(e) => {
        const handle = e.currentTarget;
        handle.setPointerCapture(e.pointerId);
        const move = (m: PointerEvent) => onChange(window.innerWidth - m.clientX - 12);
        const up = () => {
          handle.removeEventListener('pointermove', move);
          handle.removeEventListener('pointerup', up);
        };
        handle.addEventListener('pointermove', move);
        handle.addEventListener('pointerup', up);
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onChange(width + STEP);
        else if (e.key === 'ArrowRight') onChange(width - STEP);
        else if (e.key === 'Home') onChange(maxWidth());
        else if (e.key === 'End') onChange(MIN_WIDTH);
        else return;
        e.preventDefault();
      }}
    />
  );
}
