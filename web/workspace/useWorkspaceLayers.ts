import { useMemo } from 'react';
import { useMe } from '../api/auth';
import { useIndexZones } from '../api/trends';
import { useOwnerOverview } from '../api/owner';
import { useMapLayers } from '../map/useMapLayers';
import { inDrawOrder } from '../map/layers/drawOrder';
import { useDistrictLayers } from './useDistrictLayers';
import { useDeckLayers } from './useDeckLayers';
import { useEditSession } from './EditSession';
import { useWorkspace } from './Workspace';
import { useTimeCursor } from './useTimeCursor';

/** Every layer of the planner's map, as the workspace stands, stacked by each layer's own level. */
export function useWorkspaceLayers() {
  const role = useMe().data?.user?.role;
  const ws = useWorkspace();
  const session = useEditSession();
  const cursor = useTimeCursor();
  const { status } = useMapLayers(ws.map, ws.viewport, ws.visibility, ws.selection, cursor.week);
  // The first map is MapLibre's alone; deck.gl comes with the first layer of its own.
  const showZones = ws.visibility.indexZones;
  const ownParcels = useOwnerOverview(role === 'owner').data?.parcels;
  const deck = useDeckLayers(ws.districtId !== null || session.problem !== null || Boolean(ownParcels) || showZones);
  const districtLayers = useDistrictLayers({
    deck,
    districtId: ws.districtId,
    colouring: ws.colouring,
    compare: ws.compare,
    selectedParcelId: ws.selection?.type === 'parcel' ? ws.selection.id : ws.highlightedParcelId,
    problem: session.problem,
    boundary: session.editor.boundary,
    drawing: session.drawingDistrict,
    selectedActionId: ws.selectedActionId,
    tab: ws.tab,
  });
  // The turnover-index zones, when asked for, show the time cursor's month.
  const zones = useIndexZones(cursor.indexMonth, showZones).data;

  const layers = useMemo(
    () =>
      inDrawOrder([
        ...districtLayers,
        ...(deck && ownParcels ? [deck.ownerParcelsLayer(ownParcels)] : []),
        ...(deck && showZones && zones ? [deck.indexZonesLayer(zones)] : []),
      ]),
    [deck, districtLayers, ownParcels, showZones, zones],
  );
  return { layers, status };
}
