import type { Db } from '../store/db';
import { findPlace } from '../store/places';
import { publicActions, publicVacancies } from '../store/publicView';
import { PREVIEW_SIZE } from '../pdf/pagePreview';
import { perDataVersion } from './perDataVersion';

const PUBLIC_PATH = /^(?:\/p\/([a-z0-9-]{1,60}))?\/public(?:\/(actions|vacancies)\/([^/?#]{1,200}))?\/?$/;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * What a shared public link says before any JavaScript runs, for link previews (Slack, Teams,
 * Facebook, messages) and search engines: the action's or listing's own title and text, else the
 * public map's. Only what the public API shows: an action that is not public gets the map's title.
 */
async function shareText(db: Db, path: string) {
  const match = PUBLIC_PATH.exec(path);
  if (!match) return null;
  const [, placeId, kind, id] = match;
  const place = await findPlace(db, placeId);
  if (!place) return null;
  const map = {
    title: `Det händer i ${place.name}`,
    description: 'Pågående och planerade förbättringar i centrum, och lediga lokaler som ägarna erbjuder.',
  };
  if (kind === 'actions') {
    const action = (await publicActions(db, place.bbox)).find((a) => a.id === decodeURIComponent(id));
    const image = `/api/public/actions/${id}/preview.png?place=${place.id}`;
    return action ? { title: `${action.title} – ${place.name}`, description: action.publicText, image } : map;
  }
  if (kind === 'vacancies') {
    const vacancy = (await publicVacancies(db, place.bbox)).find((v) => v.id === decodeURIComponent(id));
    const where = vacancy?.address ?? vacancy?.designation;
    return vacancy
      ? { title: `Ledig lokal${where ? `: ${where}` : ''} – ${place.name}`, description: vacancy.offer }
      : map;
  }
  return map;
}

type ShareText = Awaited<ReturnType<typeof shareText>>;
const keptShareText = perDataVersion<ShareText>();

/** The app shell for `path`, with its title and preview metadata when it is a public page. */
export async function shellWithShareMeta(db: Db, shell: string, url: URL): Promise<string> {
  // Only a shared action's or listing's own link: the plain map page is served as it is.
  const text = PUBLIC_PATH.exec(url.pathname)?.[2]
    ? await keptShareText(db, url.pathname, () => shareText(db, url.pathname))
    : null;
  if (!text) return shell;
  const title = escapeHtml(clip(text.title, 120));
  const description = escapeHtml(clip(text.description, 300));
  const meta = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Platsatlas" />`,
    `<meta property="og:locale" content="sv_SE" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeHtml(url.origin + url.pathname)}" />`,
    ...('image' in text && text.image
      ? [
          `<meta property="og:image" content="${escapeHtml(url.origin + text.image)}" />`,
          `<meta property="og:image:width" content="${PREVIEW_SIZE.width}" />`,
          `<meta property="og:image:height" content="${PREVIEW_SIZE.height}" />`,
          `<meta name="twitter:card" content="summary_large_image" />`,
        ]
      : [`<meta name="twitter:card" content="summary" />`]),
  ].join('\n    ');
  return shell.replace(/<title>[^<]*<\/title>/, meta);
}
