import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickingInfo } from '@deck.gl/core';
import type * as maplibregl from 'maplibre-gl';
import type { Polygon } from 'geojson';
import { useConfig, useDistricts, useParcels } from '../api/queries';
import { useMe } from '../api/auth';
import { useCreateDistrict, useSaveBoundary } from '../api/districts';
import { ApiRequestError } from '../api/client';
import { useErrorText } from '../api/errorText';
import { useIndexZones } from '../api/trends';
import { useOwnerOverview } from '../api/owner';
import { ownerParcelsLayer } from '../map/layers/ownerParcels';
import { indexZonesLayer } from '../map/layers/indexZones';
import type { FootfallWeek } from '../map/layers/footfall';
import { isoWeek } from '../i18n/format';
import { monthsBefore } from '../../server/domain/calendar';
import { MapView, type Viewport } from '../map/MapView';
import { useBasemapStyle } from '../map/useBasemapStyle';
import { useMapLayers } from '../map/useMapLayers';
import { useBoundaryEditor, type ShapeKind } from '../map/draw/useBoundaryEditor';
import { ParcelSnapper } from '../map/draw/parcelSnapper';
import { snapBbox } from '../map/bbox';
import { tooltipText } from '../map/tooltip';
import type { ParcelColouring } from '../map/layers/districtParcels';
import { DEFAULT_VISIBILITY, MIN_ZOOM, type LayerVisibility, type Selection } from '../selection';
import { LayerList } from '../panels/LayerList';
import { ParcelPanel } from '../panels/ParcelPanel';
import { PremisesPanel } from '../panels/PremisesPanel';
import { CounterPanel } from '../panels/CounterPanel';
import { DistrictPanel } from '../panels/DistrictPanel';
import { DrawPanel } from '../panels/DrawPanel';
import { StakeholderPanel } from '../panels/StakeholderPanel';
import { OwnerPanel } from '../panels/OwnerPanel';
import { DataNote } from '../panels/DataNote';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { SignIn } from '../panels/SignIn';
import { useDistrictLayers } from './useDistrictLayers';
import { validateBoundary, type GeometryProblem } from '../../server/domain/polygonValidation';
import type { DistrictType } from '../../server/domain/districts';

const PICKABLE: Record<string, NonNullable<Selection>['type']> = {
  parcels: 'parcel',
  'district-parcels': 'parcel',
  premises: 'premises',
  footfall: 'counter',
};
type DistrictTab = 'overview' | 'plan' | 'goals' | 'trends' | 'process';

const WHOLE_WORLD: [number, number, number, number] = [-180, -90, 180, 90];
/** Bottom to top: areas first, then outlines, then points and labels, then problem markers. */
const DRAW_ORDER = [
  'parcels',
  'index-zones',
  'district-parcels',
  'owner-parcels',
  'compare-',
  'districts',
  'premises',
  'actions',
  'observations',
  'footfall',
  'place-labels',
  'boundary-problem',
];
const drawOrder = (id: string) => DRAW_ORDER.findIndex((prefix) => id.startsWith(prefix));

/** The planner's map: the whole screen is the map, with layers on the left and details on the right. */
export function PlannerMapPage() {
  const { t } = useTranslation();
  const config = useConfig();
  const errorText = useErrorText();
  const role = useMe().data?.user?.role;
  const isPlanner = role === 'planner';
  const districts = useDistricts();
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [visibility, setVisibility] = useState<LayerVisibility>(DEFAULT_VISIBILITY);
  const [selection, setSelection] = useState<Selection>(null);
  const [districtId, setDistrictId] = useState<string | null>(null);
  const [colouring, setColouring] = useState<ParcelColouring>('engagement');
  const [compare, setCompare] = useState<[number, number] | null>(null);
  const [editingDistrict, setEditingDistrict] = useState<{ id: string; name: string } | null>(null);
  const [snapping, setSnapping] = useState(true);
  const [serverProblem, setServerProblem] = useState<GeometryProblem | null>(null);
  const [districtTab, setDistrictTab] = useState<DistrictTab>('overview');
  const [statusDate, setStatusDate] = useState<string | null>(null);
  const [footfallWeek, setFootfallWeek] = useState<FootfallWeek | null>(null);
  const [selectedActionId, setSelectedActionId] = useState<string | null>(null);
  // The drawing tool serves two masters: a district boundary, or an action's place.
  const [drawFor, setDrawFor] = useState<'district' | 'action'>('district');
  const region = config.data?.region ?? config.data?.centre?.bbox ?? null;

  // Snap to the parcels the map has loaded for this viewport.
  const viewParcels = useParcels(viewport && viewport.zoom >= MIN_ZOOM.parcels ? snapBbox(viewport.bbox) : null);
  const snapper = useMemo(
    () =>
      viewParcels.data
        ? new ParcelSnapper(
            viewParcels.data.features.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : [])),
          )
        : null,
    [viewParcels.data],
  );
  const editor = useBoundaryEditor(map, snapper, snapping);
  const drawing = editor.state !== 'idle';
  const drawingDistrict = drawing && drawFor === 'district';
  const location = {
    geometry: drawFor === 'action' ? editor.shape : null,
    drawing: drawFor === 'action' && editor.state === 'drawing',
    start: (kind: ShapeKind) => {
      setDrawFor('action');
      editor.startNew(kind);
    },
    clear: () => {
      if (drawFor === 'action') editor.cancel();
    },
  };

  // Check the boundary as it is drawn; the server checks again (and the data extent) on save.
  const liveProblem = useMemo(() => {
    if (editor.state !== 'editing' || !editor.boundary || drawFor !== 'district') return null;
    const result = validateBoundary(editor.boundary, WHOLE_WORLD);
    return 'problem' in result ? result.problem : null;
  }, [editor.state, editor.boundary, drawFor]);
  const problem = liveProblem ?? (drawingDistrict ? serverProblem : null);

  const createDistrict = useCreateDistrict();
  const saveBoundary = useSaveBoundary();
  const onSave = (input: { name: string; type: DistrictType; note: string; geometry: Polygon }) => {
    setServerProblem(null);
    const onError = (error: Error) => {
      if (error instanceof ApiRequestError && error.status === 422 && error.details)
        setServerProblem(error.details as GeometryProblem);
    };
    const done = (id: string) => {
      editor.cancel();
      setEditingDistrict(null);
      setDistrictId(id);
      setSelection(null);
    };
    if (editingDistrict) {
      saveBoundary.mutate(
        { id: editingDistrict.id, geometry: input.geometry, note: input.note || undefined },
        { onSuccess: (r) => done(r.id), onError },
      );
    } else {
      createDistrict.mutate(
        { name: input.name, type: input.type, geometry: input.geometry, note: input.note || undefined },
        { onSuccess: (r) => done(r.id), onError },
      );
    }
  };

  const district = districts.data?.features.find((f) => f.id === districtId) ?? null;
  const startEdit = () => {
    if (!district || district.geometry.type !== 'Polygon') return;
    setCompare(null);
    setServerProblem(null);
    setEditingDistrict({ id: district.id, name: district.properties.name });
    setDrawFor('district');
    editor.startEdit(district.geometry);
  };
  const startNew = (polygon?: Polygon) => {
    setCompare(null);
    setServerProblem(null);
    setEditingDistrict(null);
    setSelection(null);
    setDrawFor('district');
    if (polygon) editor.startEdit(polygon);
    else editor.startNew();
  };

  const { layers: baseLayers, status } = useMapLayers(
    viewport,
    visibility,
    selection,
    region,
    districtTab === 'trends' ? statusDate : null,
    districtTab === 'trends' ? footfallWeek : null,
  );
  const districtLayers = useDistrictLayers({
    districtId,
    colouring,
    compare,
    selectedParcelId: selection?.type === 'parcel' ? selection.id : null,
    problem,
    boundary: editor.boundary,
    drawing: drawingDistrict,
    selectedActionId,
    tab: districtTab,
  });
  // On the trends tab the turnover-index zones show the slider's month (or the latest one).
  const dataDate = config.data?.dataDate ?? null;
  const indexPeriod = statusDate ?? (dataDate ? monthsBefore(dataDate, 1) : null);
  const zones = useIndexZones(indexPeriod, districtTab === 'trends' && districtId !== null).data;
  const ownParcels = useOwnerOverview(role === 'owner').data?.parcels;
  const showZones = districtTab === 'trends' && districtId !== null && zones;
  const layers = useMemo(
    () =>
      [
        ...baseLayers,
        ...districtLayers,
        ...(ownParcels ? [ownerParcelsLayer(ownParcels)] : []),
        ...(showZones ? [indexZonesLayer(zones)] : []),
      ].sort((a, b) => drawOrder(a.id) - drawOrder(b.id)),
    [baseLayers, districtLayers, ownParcels, showZones, zones],
  );

  const style = useBasemapStyle();

  const onPick = useCallback(
    (info: PickingInfo) => {
      if (drawing) return; // clicks belong to the drawing tool
      const id = (info.object as { properties?: { id?: string } } | undefined)?.properties?.id;
      if (info.layer?.id === 'actions' && id) {
        setSelectedActionId(id);
        return;
      }
      const type = info.layer ? PICKABLE[info.layer.id] : undefined;
      setSelection(type && id ? { type, id } : null);
    },
    [drawing],
  );
  const getTooltip = useCallback((info: PickingInfo) => (drawing ? null : tooltipText(info, t)), [t, drawing]);

  if (config.error)
    return (
      <p role="alert" className="fatal">
        {t('app.loadError', { message: errorText(config.error) })}
      </p>
    );
  if (!style || !config.data?.centre) return <p className="fatal">{t('app.loading')}</p>;

  const closeDistrict = () => {
    setDistrictId(null);
    setCompare(null);
  };
  return (
    <div
      className="app"
      data-status-date={statusDate ?? 'now'}
      data-parcels-loaded={status.parcelsLoaded ? 'true' : 'false'}
      data-drawing={editor.state}
      data-draw-for={drawFor}
    >
      <MapView
        style={style}
        initialBounds={config.data.centre.bbox}
        layers={layers}
        showFabric={visibility.fabric}
        onViewportChange={setViewport}
        onMapReady={setMap}
        onPick={onPick}
        getTooltip={getTooltip}
      />
      <div className="left-column">
        <header className="panel app-header">
          <div>
            <h1>{t('app.title')}</h1>
            <p className="muted">
              {config.data.centre.name} · {t('app.subtitle')}
            </p>
          </div>
          <div className="header-row">
            <LanguageSwitch />
            <SignIn />
          </div>
        </header>
        <LayerList
          visibility={visibility}
          onChange={setVisibility}
          status={status}
          districts={districts.data?.features.map((d) => ({ id: d.id, name: d.properties.name })) ?? []}
          openDistrictId={districtId}
          onOpenDistrict={(id) => {
            setDistrictId(id);
            setSelection(null);
            setCompare(null);
          }}
          canDraw={isPlanner && !drawing}
          onDrawNew={startNew}
        />
        <DataNote />
      </div>
      {districtTab === 'trends' && district && footfallWeek && (
        <p className="panel map-week" data-testid="map-week">
          {t('trends.mapWeek', isoWeek(footfallWeek.week))}
        </p>
      )}
      {status.error && (
        <p role="alert" className="panel error-banner">
          {t('app.loadError', { message: errorText(status.error) })}
        </p>
      )}
      {drawingDistrict ? (
        <DrawPanel
          editor={editor}
          editing={editingDistrict}
          snapping={snapping}
          onSnappingChange={setSnapping}
          problem={problem}
          saving={createDistrict.isPending || saveBoundary.isPending}
          saveError={errorText(createDistrict.error ?? saveBoundary.error)}
          onSave={onSave}
        />
      ) : selection?.type === 'parcel' ? (
        <ParcelPanel id={selection.id} onSelect={setSelection} onClose={() => setSelection(null)} />
      ) : selection?.type === 'premises' ? (
        <PremisesPanel id={selection.id} onSelect={setSelection} onClose={() => setSelection(null)} />
      ) : selection?.type === 'stakeholder' ? (
        <StakeholderPanel id={selection.id} onSelect={setSelection} onClose={() => setSelection(null)} />
      ) : selection?.type === 'counter' ? (
        <CounterPanel id={selection.id} onClose={() => setSelection(null)} />
      ) : role === 'owner' && !district ? (
        <OwnerPanel />
      ) : district ? (
        <DistrictPanel
          tab={districtTab}
          onTabChange={setDistrictTab}
          statusDate={statusDate}
          onStatusDateChange={setStatusDate}
          onFootfallWeekChange={setFootfallWeek}
          selectedActionId={selectedActionId}
          onSelectAction={setSelectedActionId}
          location={location}
          district={district}
          colouring={colouring}
          onColouringChange={setColouring}
          compare={compare}
          onCompareChange={setCompare}
          onEditBoundary={startEdit}
          onSelect={setSelection}
          onClose={closeDistrict}
        />
      ) : null}
    </div>
  );
}
