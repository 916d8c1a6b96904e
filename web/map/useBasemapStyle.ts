import { useMemo } from 'react';
import { useConfig } from '../api/queries';
import { offlineBasemapStyle, type BasemapTiles } from './basemapStyle';
import { staticExport } from '../staticExport';

/**
 * The base map's sources, on every map and in every language. What is generated is said by the
 * layer list (planner) and under the public page's lists, where the reader sees that data.
 */
const CREDITS = '© OpenStreetMap contributors · kodapan/geodata (CC0)';

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
    return offlineBasemapStyle(tiles, CREDITS);
  }, [config]);
}
