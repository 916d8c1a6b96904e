import { useMemo } from 'react';
import { useConfig } from '../api/queries';
import { offlineBasemapStyle, type BasemapTiles } from './basemapStyle';
import { staticExport } from '../staticExport';

/** Credits on every map; the generated layers say they are generated. */
function attribution(fabric: { buildings: string; streets: string } | undefined): string {
  const generated = fabric && (fabric.buildings === 'generated' || fabric.streets === 'generated');
  return [
    '© OpenStreetMap contributors',
    'Kommungränser: kodapan/geodata (CC0)',
    generated ? 'Gator, byggnader, fastigheter: genererade' : 'Fastigheter: genererade',
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
    return offlineBasemapStyle(tiles, attribution(config.fabric));
  }, [config]);
}
