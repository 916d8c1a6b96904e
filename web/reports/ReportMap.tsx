import { useEffect, useMemo, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import type * as maplibregl from 'maplibre-gl';
import { useConfig } from '../api/queries';
import { MapView } from '../map/MapView';
import { offlineBasemapStyle } from '../map/basemapStyle';

const ATTRIBUTION = '© OpenStreetMap contributors · Kommungränser: kodapan/geodata (CC0)';

/**
 * A report's map as a still picture: drawn once with the live map, then kept as an image, so it
 * prints (a WebGL canvas does not) and the PDF printer knows when the page is complete.
 */
export function ReportMap({ bounds, layers, alt, onReady }: { bounds: [number, number, number, number]; layers: Layer[]; alt: string; onReady: () => void }) {
  const config = useConfig();
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [image, setImage] = useState<string | null>(null);
  const region = config.data?.region ?? config.data?.centre?.bbox ?? null;
  const style = useMemo(() => (config.data && region ? config.data.basemapStyleUrl ?? offlineBasemapStyle(window.location.origin, region, ATTRIBUTION) : null), [config.data, region]);

  useEffect(() => {
    if (!map) return;
    let cancelled = false;
    const capture = () => requestAnimationFrame(() => requestAnimationFrame(() => {
      if (cancelled) return;
      const container = map.getContainer();
      const canvases = [...container.querySelectorAll('canvas')];
      const out = document.createElement('canvas');
      out.width = canvases[0].width;
      out.height = canvases[0].height;
      const ctx = out.getContext('2d')!;
      for (const c of canvases) ctx.drawImage(c, 0, 0, out.width, out.height);
      setImage(out.toDataURL('image/png'));
    }));
    // Idle: tiles loaded and drawn; two more frames for the deck.gl overlay.
    map.once('idle', capture);
    return () => { cancelled = true; };
  }, [map]);

  if (image) return <img className="report-map" src={image} alt={alt} onLoad={onReady} data-testid="report-map" />;
  if (!style) return null;
  return (
    <div className="report-map live">
      <MapView style={style} initialBounds={bounds} layers={layers} showFabric onViewportChange={() => {}} onMapReady={setMap} onPick={() => {}} getTooltip={() => null} />
    </div>
  );
}
