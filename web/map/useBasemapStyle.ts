import { useMemo } from 'react';
import { useConfig } from '../api/queries';
import type { Config } from '../api/client';
import { offlineBasemapStyle, type BasemapTiles } from './basemapStyle';
import { staticExport } from '../staticExport';

const GENERATED_NAMES = { streets: 'gator', buildings: 'byggnader', parcels: 'fastigheter' } as const;

/** Credits on every map; the base map's generated layers say they are generated. */
function attribution(provenance: Config['provenance'] | undefined): string {
  const generated = (Object.keys(GENERATED_NAMES) as (keyof typeof GENERATED_NAMES)[])
    .filter((layer) => provenance?.[layer] === 'generated' || provenance?.[layer] === 'mixed')
    .map((layer) => GENERATED_NAMES[layer]);
  return [
    '© OpenStreetMap contributors',
    'Kommungränser: kodapan/geodata (CC0)',
    ...(generated.length ? [`Genererade: ${generated.join(', ')}`] : []),
  ].join(' · ');
}

/**
 * The online style when one is configured, else the offline base map from vector tiles (this
 * server's, or the static export's archive); null while loading.
 */
export function useBasemapStyle() {
  const config = useConfig().data;
  return useMemo(() => {
    if (!config) return null;
    if (config.basemapStyleUrl) return config.basemapStyleUrl;
    const tiles: BasemapTiles = staticExport
      ? { from: 'archive', url: new URL(staticExport.archive, window.location.href).href }
      : { from: 'server', origin: window.location.origin, version: config.basemapVersion ?? '' };
    return offlineBasemapStyle(tiles, attribution(config.provenance));
  }, [config]);
}
