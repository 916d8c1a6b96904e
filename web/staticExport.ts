/**
 * Set when the page is the static public export (`npm run export-public`): the folder's
 * index.html names its PMTiles archive and its data folder in a meta tag, and the page reads
 * those instead of asking a server.
 */
export interface StaticExport {
  /** The PMTiles archive, relative to the page. */
  archive: string;
  /** The folder of JSON answers, relative to the page. */
  data: string;
}

function read(): StaticExport | null {
  const content = document.querySelector<HTMLMetaElement>('meta[name="platsatlas-export"]')?.content;
  if (!content) return null;
  const parsed = JSON.parse(content) as Partial<StaticExport>;
  return typeof parsed.archive === 'string' && typeof parsed.data === 'string'
    ? { archive: parsed.archive, data: parsed.data }
    : null;
}

export const staticExport: StaticExport | null = typeof document === 'undefined' ? null : read();
