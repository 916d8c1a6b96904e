import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { textsReady } from './i18n';
import './styles.css';
import { App, pageFor } from './App';
import { staticExport } from './staticExport';

/** The static public export reads its base map from a PMTiles archive: MapLibre learns `pmtiles://` first. */
async function registerArchiveProtocol() {
  if (!staticExport) return;
  const [{ Protocol }, { addProtocol }] = await Promise.all([import('pmtiles'), import('maplibre-gl')]);
  addProtocol('pmtiles', new Protocol().tile);
}

/** The page's code, then its texts in the reader's language (a page's texts come with its code). */
async function firstPage() {
  const [page] = await Promise.all([pageFor(), registerArchiveProtocol()]);
  await textsReady();
  return page;
}

void firstPage().then((page) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App page={page} />
    </StrictMode>,
  ),
);
