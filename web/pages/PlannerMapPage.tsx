import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickingInfo } from '@deck.gl/core';
import { useConfig } from '../api/queries';
import { MapView, type Viewport } from '../map/MapView';
import { offlineBasemapStyle } from '../map/basemapStyle';
import { useMapLayers } from '../map/useMapLayers';
import { tooltipText } from '../map/tooltip';
import { DEFAULT_VISIBILITY, type LayerVisibility, type Selection } from '../selection';
import { LayerList } from '../panels/LayerList';
import { ParcelPanel } from '../panels/ParcelPanel';
import { PremisesPanel } from '../panels/PremisesPanel';
import { CounterPanel } from '../panels/CounterPanel';
import { DataNote } from '../panels/DataNote';
import { LanguageSwitch } from '../panels/LanguageSwitch';

const PICKABLE: Record<string, NonNullable<Selection>['type']> = { parcels: 'parcel', premises: 'premises', footfall: 'counter' };
const ATTRIBUTION = '© OpenStreetMap contributors · Kommungränser: kodapan/geodata (CC0) · Gator, byggnader, fastigheter: genererade';

/** The planner's map: the whole screen is the map, with layers on the left and details on the right. */
export function PlannerMapPage() {
  const { t } = useTranslation();
  const config = useConfig();
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [visibility, setVisibility] = useState<LayerVisibility>(DEFAULT_VISIBILITY);
  const [selection, setSelection] = useState<Selection>(null);
  const region = config.data?.region ?? config.data?.centre?.bbox ?? null;
  const { layers, status } = useMapLayers(viewport, visibility, selection, region);

  const style = useMemo(() => {
    if (!config.data || !region) return null;
    return config.data.basemapStyleUrl ?? offlineBasemapStyle(window.location.origin, region, ATTRIBUTION);
  }, [config.data, region]);

  const onPick = useCallback((info: PickingInfo) => {
    const type = info.layer ? PICKABLE[info.layer.id] : undefined;
    const id = (info.object as { properties?: { id?: string } } | undefined)?.properties?.id;
    setSelection(type && id ? { type, id } : null);
  }, []);
  const getTooltip = useCallback((info: PickingInfo) => tooltipText(info, t), [t]);

  if (config.error) return <p role="alert" className="fatal">{t('app.loadError', { message: config.error.message })}</p>;
  if (!style || !config.data?.centre) return <p className="fatal">{t('app.loading')}</p>;

  return (
    <div className="app" data-parcels-loaded={status.parcelsLoaded ? 'true' : 'false'}>
      <MapView
        style={style}
        initialBounds={config.data.centre.bbox}
        layers={layers}
        showFabric={visibility.fabric}
        onViewportChange={setViewport}
        onPick={onPick}
        getTooltip={getTooltip}
      />
      <div className="left-column">
        <header className="panel app-header">
          <div>
            <h1>{t('app.title')}</h1>
            <p className="muted">{config.data.centre.name} · {t('app.subtitle')}</p>
          </div>
          <LanguageSwitch />
        </header>
        <LayerList visibility={visibility} onChange={setVisibility} status={status} />
        <DataNote />
      </div>
      {status.error && <p role="alert" className="panel error-banner">{t('app.loadError', { message: status.error.message })}</p>}
      {selection?.type === 'parcel' && <ParcelPanel id={selection.id} onSelect={setSelection} onClose={() => setSelection(null)} />}
      {selection?.type === 'premises' && <PremisesPanel id={selection.id} onSelect={setSelection} onClose={() => setSelection(null)} />}
      {selection?.type === 'counter' && <CounterPanel id={selection.id} onClose={() => setSelection(null)} />}
    </div>
  );
}
