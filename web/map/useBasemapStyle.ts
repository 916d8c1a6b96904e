import { useMemo } from 'react';
import { useConfig } from '../api/queries';
import { offlineBasemapStyle } from './basemapStyle';

/** Credits on every map; the generated layers say they are generated. */
const ATTRIBUTION =
  '© OpenStreetMap contributors · Kommungränser: kodapan/geodata (CC0) · Gator, byggnader, fastigheter: genererade';

/** The online style when one is configured, else the offline base map of the data's region; null while loading. */
export function useBasemapStyle() {
  const config = useConfig().data;
  const region = config?.region ?? config?.centre?.bbox ?? null;
  return useMemo(
    () =>
      config && region
        ? (config.basemapStyleUrl ?? offlineBasemapStyle(window.location.origin, region, ATTRIBUTION))
        : null,
    [config, region],
  );
}
