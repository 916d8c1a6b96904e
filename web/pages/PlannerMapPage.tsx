import '../i18n/workspaceTexts';
import { useCallback } from 'react';
import { useTranslation } from '../i18n';
import { hasFabric } from '../provenance';
import { useConfig, useDistricts } from '../api/queries';
import { useMe } from '../api/auth';
import { useErrorText } from '../api/errorText';
import { MapView, type MapPick } from '../map/MapView';
import { useBasemapStyle } from '../map/useBasemapStyle';
import { MAP_PICK_LAYERS } from '../map/useMapLayers';
import { tooltipText } from '../map/tooltip';
import type { Selection } from '../selection';
import { LayerList } from '../panels/LayerList';
import { DataNote } from '../panels/DataNote';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { SignIn } from '../panels/SignIn';
import { PlacePicker } from '../panels/PlacePicker';
import { PlaceImport } from '../panels/PlaceImport';
import { PublicExport } from '../panels/PublicExport';
import { WorkspaceProvider, useWorkspace } from '../workspace/Workspace';
import { EditSessionProvider, useEditSession } from '../workspace/EditSession';
import { useWorkspaceLayers } from '../workspace/useWorkspaceLayers';
import { DetailPanel } from '../workspace/DetailPanel';
import { useAnalysisWidth } from '../workspace/AnalysisResizer';
import { weekLabel } from '../workspace/TimeBar';
import { MapLegend } from '../map/MapLegend';
import { FitOpenedDistrict } from '../workspace/FitOpenedDistrict';

/** Layers whose features open a panel when clicked. */
const PICKABLE: Record<string, NonNullable<Selection>['type']> = {
  parcels: 'parcel',
  'district-parcels': 'parcel',
  premises: 'premises',
  footfall: 'counter',
};

/** The planner's map: the whole screen is the map, with layers on the left and details on the right. */
export function PlannerMapPage() {
  return (
    <WorkspaceProvider>
      <EditSessionProvider>
        <PlannerWorkspace />
      </EditSessionProvider>
    </WorkspaceProvider>
  );
}

function PlannerWorkspace() {
  const { t, language } = useTranslation();
  const errorText = useErrorText();
  const analysis = useAnalysisWidth();
  const config = useConfig();
  const isPlanner = useMe().data?.user?.role === 'planner';
  const districts = useDistricts();
  const ws = useWorkspace();
  const session = useEditSession();
  const { layers, status } = useWorkspaceLayers();
  const style = useBasemapStyle();
  const drawing = session.editor.state !== 'idle';
  const { select, selectAction, highlightParcel } = ws;
  const inRegister = ws.tab === 'register' && ws.districtId !== null && ws.selection === null;

  const onPick = useCallback(
    (info: MapPick) => {
      if (drawing) return; // clicks belong to the drawing tool
      const id = (info.object as { properties?: { id?: string } } | undefined)?.properties?.id;
      if (info.layer?.id === 'actions' && id) {
        selectAction(id);
        return;
      }
      const type = info.layer ? PICKABLE[info.layer.id] : undefined;
      // With the register open a parcel clicked on the map is found in the table, not opened.
      if (inRegister && type === 'parcel' && id) highlightParcel(id);
      else select(type && id ? { type, id } : null);
    },
    [drawing, select, selectAction, inRegister, highlightParcel],
  );
  const getTooltip = useCallback((info: MapPick) => (drawing ? null : tooltipText(info, t)), [t, drawing]);

  if (config.error)
    return (
      <p role="alert" className="fatal">
        {t('app.loadError', { message: errorText(config.error) })}
      </p>
    );
  if (!style || !config.data?.centre) return <p className="fatal">{t('app.loading')}</p>;

  const district = districts.data?.features.find((f) => f.id === ws.districtId) ?? null;
  return (
    <div
      className="app"
      style={analysis.style}
      data-week={ws.week ?? 'latest'}
      data-highlighted-parcel={ws.highlightedParcelId ?? ''}
      data-parcels-loaded={status.parcelsLoaded ? 'true' : 'false'}
      data-drawing={session.editor.state}
    >
      <MapView
        style={style}
        initialBounds={config.data.centre.bbox}
        layers={layers}
        pickLayers={MAP_PICK_LAYERS}
        showFabric={ws.visibility.fabric}
        onViewportChange={ws.setViewport}
        onMapReady={ws.setMap}
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
          <PlacePicker />
          {!hasFabric(config.data.provenance) && <p className="hint">{t('place.noFabric')}</p>}
          <div className="header-row">
            <LanguageSwitch />
            <SignIn />
          </div>
        </header>
        <LayerList
          status={status}
          districts={districts.data?.features.map((d) => ({ id: d.id, name: d.properties.name })) ?? []}
          canDraw={isPlanner && !drawing}
        />
        {isPlanner && config.data.place && (
          <details className="panel place-import-panel">
            <summary>{t('placeImport.title')}</summary>
            <PlaceImport place={config.data.place} />
          </details>
        )}
        {isPlanner && config.data.place && <PublicExport place={config.data.place} />}
        <DataNote />
      </div>
      <MapLegend
        zoom={ws.viewport?.zoom ?? 0}
        visibility={ws.visibility}
        colouring={district && (ws.tab === 'overview' || ws.tab === 'register') ? ws.colouring : null}
        counterWeek={
          ws.week || status.lastWeekStart ? weekLabel((ws.week ?? status.lastWeekStart)!, t, language) : null
        }
      />
      {ws.week && (
        <p className="panel map-week" data-testid="map-week">
          {t('time.mapShows', { week: weekLabel(ws.week, t, language) })}
          <button type="button" className="link" onClick={() => ws.setWeek(null)}>
            {t('time.backToLatest')}
          </button>
        </p>
      )}
      {status.error && (
        <p role="alert" className="panel error-banner">
          {t('app.loadError', { message: errorText(status.error) })}
        </p>
      )}
      <DetailPanel district={district} width={analysis.width} onWidthChange={analysis.setWidth} />
      <FitOpenedDistrict district={district} width={analysis.width} />
    </div>
  );
}
