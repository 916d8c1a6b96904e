import { useEffect, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import type * as maplibregl from 'maplibre-gl';
import { MapView, mapStill } from '../map/MapView';
import { useBasemapStyle } from '../map/useBasemapStyle';

/**
 * A report's map as a still picture: drawn once with the live map, then kept as an image, so it
 * prints (a WebGL canvas does not) and the PDF printer knows when the page is complete.
 */
export function ReportMap({
  bounds,
  layers,
  alt,
  onReady,
}: {
  bounds: [number, number, number, number];
  layers: Layer[];
  alt: string;
  onReady: () => void;
}) {
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [image, setImage] = useState<string | null>(null);
  const style = useBasemapStyle();

  useEffect(() => {
    if (!map) return;
    let cancelled = false;
    const capture = () =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (cancelled) return;
          setImage(mapStill(map));
        }),
      );
    // Idle: tiles loaded and drawn; two more frames for the deck.gl overlay.
    map.once('idle', capture);
    return () => {
      cancelled = true;
    };
  }, [map]);

  if (image) return <img className="report-map" src={image} alt={alt} onLoad={onReady} data-testid="report-map" />;
  if (!style) return null;
  return (
    <div className="report-map live">
      <MapView
        style={style}
        initialBounds={bounds}
        layers={layers}
        showFabric
        onViewportChange={() => {}}
        onMapReady={setMap}
        onPick={() => {}}
        getTooltip={() => null}
      />
    </div>
  );
}
