import { useMemo } from 'react';
import { useConfig } from '../api/queries';
import { offlineBasemapStyle } from './basemapStyle';
import type { Bbox } from './bbox';

/** Credits on every map; the generated layers say they are generated. */
function attribution(fabric: { buildings: string; streets: string } | undefined): string {
  const generated = fabric && (fabric.buildings === 'generated' || fabric.streets === 'generated');
  return [
    '© OpenStreetMap contributors',
    'Kommungränser: kodapan/geodata (CC0)',
    generated ? 'Gator, byggnader, fastigheter: genererade' : 'Fastigheter: genererade',
  ].join(' · ');
}

/** Around a district the base map reaches this far (degrees) beyond it, as the server does around a place. */
const MARGIN = 0.01;

/**
 * The online style when one is configured, else the offline base map of the data's region; null
 * while loading. A page about one district (its walk, its reports) asks for the base map around
 * it, wherever it lies, rather than around the place its address names.
 */
export function useBasemapStyle(around: Bbox | null = null) {
  const config = useConfig().data;
  // Keyed by the four numbers, so a new array with the same extent keeps the style.
  const key = around?.join(',') ?? '';
  const region = useMemo<Bbox | null>(() => {
    if (!key) return config?.region ?? config?.centre?.bbox ?? null;
    const [w, s, e, n] = key.split(',').map(Number);
    return [w - MARGIN, s - MARGIN, e + MARGIN, n + MARGIN];
  }, [key, config]);
  return useMemo(
    () =>
      config && region
        ? (config.basemapStyleUrl ??
          offlineBasemapStyle(window.location.origin, region, attribution(config.fabric), config.basemapVersion ?? ''))
        : null,
    [config, region],
  );
}
