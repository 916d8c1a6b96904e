import type { DistrictTab } from './urlState';
import { useMemo } from 'react';
import type { Layer } from '@deck.gl/core';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { useDistrictParcels, useDistrictVersions } from '../api/districts';
import type { ParcelColouring } from '../map/layers/districtParcels';
import { useActions } from '../api/actionPlan';
import { useObservations } from '../api/siteWalks';
import type { ObservationFeature } from '../map/layers/observations';
import type { DeckLayers } from './useDeckLayers';
import type { GeometryProblem } from '../../server/domain/polygonValidation';

/** Layers of the open district: its parcels coloured, a version comparison, actions, site-walk observations, boundary problems. */
export function useDistrictLayers(options: {
  districtId: string | null;
  colouring: ParcelColouring;
  compare: [number, number] | null;
  selectedParcelId: string | null;
  problem: GeometryProblem | null;
  boundary: Polygon | null;
  drawing: boolean;
  selectedActionId: string | null;
  /** Which tab of the district is open: the overview colours parcels, the plan shows actions. */
  tab: DistrictTab;
  /** The layer factories (null until loaded). */
  deck: DeckLayers | null;
}): Layer[] {
  const { districtId, colouring, compare, selectedParcelId, problem, boundary, drawing, selectedActionId, tab, deck } =
    options;
  const showActions = tab === 'plan';
  const parcels = useDistrictParcels(drawing ? null : districtId);
  const actions = useActions(districtId);
  const versions = useDistrictVersions(compare ? districtId : null);
  // The process tab shows what the site walks saw (step 2), for planners only as the API is.
  const observations = useObservations(districtId, {}, tab === 'process');
  return useMemo(() => {
    const layers: Layer[] = [];
    if (!deck) return layers;
    const { districtParcelsLayer, versionCompareLayers, actionsLayer, observationsLayer, boundaryProblemLayers } = deck;
    if (parcels.data && districtId && !drawing && (tab === 'overview' || tab === 'register'))
      layers.push(districtParcelsLayer(parcels.data, colouring, selectedParcelId));
    if (compare && versions.data) {
      const byVersion = (v: number) =>
        versions.data.features.find((f) => f.properties.version === v) as Feature<Polygon | MultiPolygon> | undefined;
      const [older, newer] = [byVersion(compare[0]), byVersion(compare[1])];
      if (older && newer) layers.push(...versionCompareLayers(older, newer));
    }
    if (showActions && actions.data) layers.push(actionsLayer(actions.data.actions, selectedActionId));
    if (tab === 'process' && observations.data)
      layers.push(...observationsLayer(observations.data.features as ObservationFeature[], null, null));
    if (problem) layers.push(...boundaryProblemLayers(problem, boundary));
    return layers;
  }, [
    deck,
    parcels.data,
    districtId,
    drawing,
    colouring,
    selectedParcelId,
    compare,
    versions.data,
    problem,
    boundary,
    showActions,
    tab,
    actions.data,
    selectedActionId,
    observations.data,
  ]);
}
