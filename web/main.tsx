import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App, pageFor } from './App';
import { staticExport } from './staticExport';

/** The static public export reads its base map from a PMTiles archive: MapLibre learns `pmtiles://` first. */
async function registerArchiveProtocol() {
  if (!staticExport) return;
  const [{ Protocol }, { addProtocol }] = await Promise.all([import('pmtiles'), import('maplibre-gl')]);
  addProtocol('pmtiles', new Protocol().tile);
}

void Promise.all([pageFor(), registerArchiveProtocol()]).then(([page]) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App page={page} />
    </StrictMode>,
  ),
);
