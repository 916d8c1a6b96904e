import { useMemo } from 'react';
import { useConfig } from '../api/queries';
import { offlineBasemapStyle } from './basemapStyle';

/** Credits on every map; the generated layers say they are generated. */
function attribution(fabric: { buildings: string; streets: string } | undefined): string {
  const generated = fabric && (fabric.buildings === 'generated' || fabric.streets === 'generated');
  return [
    '© OpenStreetMap contributors',
    'Kommungränser: kodapan/geodata (CC0)',
    generated ? 'Gator, byggnader, fastigheter: genererade' : 'Fastigheter: genererade',
  ].join(' · ');
}

/** The online style when one is configured, else the offline base map of the data's region; null while loading. */
export function useBasemapStyle() {
  const config = useConfig().data;
  const region = config?.region ?? config?.centre?.bbox ?? null;
  return useMemo(
    () =>
      config && region
        ? (config.basemapStyleUrl ??
          offlineBasemapStyle(window.location.origin, region, attribution(config.fabric), config.basemapVersion ?? ''))
        : null,
    [config, region],
  );
}
