import { useMemo } from 'react';
import { useConfig } from '../api/queries';
import { useMe } from '../api/auth';
import { useIndexZones } from '../api/trends';
import { useOwnerOverview } from '../api/owner';
import { useMapLayers } from '../map/useMapLayers';
import { ownerParcelsLayer } from '../map/layers/ownerParcels';
import { indexZonesLayer } from '../map/layers/indexZones';
import { inDrawOrder } from '../map/layers/drawOrder';
import { monthsBefore } from '../../server/domain/calendar';
import { useDistrictLayers } from './useDistrictLayers';
import { useEditSession } from './EditSession';
import { useWorkspace } from './Workspace';

/** Every layer of the planner's map, as the workspace stands, stacked by each layer's own level. */
export function useWorkspaceLayers() {
  const config = useConfig().data;
  const role = useMe().data?.user?.role;
  const ws = useWorkspace();
  const session = useEditSession();
  const onTrends = ws.tab === 'trends' && ws.districtId !== null;
  const region = config?.region ?? config?.centre?.bbox ?? null;

  const { layers: baseLayers, status } = useMapLayers(
    ws.map,
    ws.viewport,
    ws.visibility,
    ws.selection,
    region,
    ws.tab === 'trends' ? ws.statusDate : null,
    ws.tab === 'trends' ? ws.footfallWeek : null,
  );
  const districtLayers = useDistrictLayers({
    districtId: ws.districtId,
    colouring: ws.colouring,
    compare: ws.compare,
    selectedParcelId: ws.selection?.type === 'parcel' ? ws.selection.id : null,
    problem: session.problem,
    boundary: session.editor.boundary,
    drawing: session.drawingDistrict,
    selectedActionId: ws.selectedActionId,
    tab: ws.tab,
  });
  // On the trends tab the turnover-index zones show the time cursor's month (or the latest one).
  const dataDate = config?.dataDate ?? null;
  const indexPeriod = ws.statusDate ?? (dataDate ? monthsBefore(dataDate, 1) : null);
  const zones = useIndexZones(indexPeriod, onTrends).data;
  const ownParcels = useOwnerOverview(role === 'owner').data?.parcels;

  const layers = useMemo(
    () =>
      inDrawOrder([
        ...baseLayers,
        ...districtLayers,
        ...(ownParcels ? [ownerParcelsLayer(ownParcels)] : []),
        ...(onTrends && zones ? [indexZonesLayer(zones)] : []),
      ]),
    [baseLayers, districtLayers, ownParcels, onTrends, zones],
  );
  return { layers, status };
}
