import { useEffect, useRef } from 'react';
import { bbox } from '@turf/turf';
import { useWorkspace } from './Workspace';

/**
 * Opening a district brings it into view beside the analysis area, unless the planner is
 * already looking closely at a part of it (or a link's #hash names the view).
 */
export function FitOpenedDistrict({
  district,
  width,
}: {
  district: { id: string; geometry: unknown } | null;
  width: number;
}) {
  const { map } = useWorkspace();
  const fitted = useRef<string | null>(
    window.location.hash ? (new URLSearchParams(window.location.search).get('d') ?? null) : null,
  );
  useEffect(() => {
    if (!map || !district || fitted.current === district.id) return;
    fitted.current = district.id;
    const [w, s, e, n] = bbox(district.geometry as GeoJSON.Geometry);
    const view = map.getBounds();
    if (view.getWest() >= w && view.getEast() <= e && view.getSouth() >= s && view.getNorth() <= n) return;
    const phone = window.innerWidth <= 700;
    map.fitBounds([w, s, e, n], {
      padding: phone
        ? { top: 40, bottom: window.innerHeight * 0.55 + 20, left: 20, right: 20 }
        : { top: 40, bottom: 40, left: 330, right: width + 40 },
      maxZoom: 17,
      duration: 600,
    });
  }, [map, district, width]);
  return null;
}
