import { useSyncExternalStore } from 'react';
import publicTexts from './sv/public.json';

/**
 * The UI's texts: Swedish by default, English complete. Small on purpose (a lookup, `{{name}}`
 * values and `_one`/`_other` plurals are all the app asks of it): i18next and react-i18next were
 * 17 KiB of every page's 120 KiB of app code. Texts come in parts: the public page's with the
 * app, the workspace's with the workspace pages (`./workspaceTexts`), English only when read.
 */

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type TFunction = (key: string, values?: Record<string, unknown>) => string;
interface Texts {
  [key: string]: string | Texts;
}
type EnglishPart = () => Promise<{ default: Texts }>;

const STORAGE_KEY = 'platsatlas.language';
const texts: Record<Language, Texts> = { sv: {}, en: {} };
/** English parts, each with its loading once asked for. */
const englishParts = new Map<EnglishPart, Promise<void> | undefined>();
const listeners = new Set<() => void>();
let language: Language = initialLanguage();
/** Bumped when the language or the texts change: what the components re-render on. */
let version = 0;
let translate = makeTranslate();

/** `?lang=en` (how the server's PDF printer asks for a language), else the reader's last choice, else Swedish. */
function initialLanguage(): Language {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  if (asked === 'en' || asked === 'sv') return asked;
  return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
}

function merge(into: Texts, part: Texts) {
  for (const [key, value] of Object.entries(part)) {
    const existing = into[key];
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value);
    else into[key] = value;
  }
}

function changed() {
  version++;
  translate = makeTranslate();
  for (const listener of listeners) listener();
}

function lookup(from: Texts, key: string): string | undefined {
  let node: string | Texts | undefined = from;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function makeTranslate(): TFunction {
  const find = (key: string) => lookup(texts[language], key) ?? lookup(texts.sv, key);
  // Made when first needed: an Intl object costs the page's start time to make.
  let plural: Intl.PluralRules | undefined;
  const form = (count: number) => (plural ??= new Intl.PluralRules(language)).select(count);
  return (key, values) => {
    const count = values?.count;
    const text =
      (typeof count === 'number' ? (find(`${key}_${form(count)}`) ?? find(`${key}_other`)) : undefined) ??
      find(key) ??
      key;
    return values ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? '')) : text;
  };
}

function loadEnglish(part: EnglishPart): Promise<void> {
  let loading = englishParts.get(part);
  if (!loading) {
    loading = part().then(
      (m) => {
        merge(texts.en, m.default);
        changed();
      },
      (error: unknown) => {
        englishParts.set(part, undefined); // asked again, it is fetched again
        throw error;
      },
    );
    englishParts.set(part, loading);
  }
  return loading;
}

/** Adds a part of the texts: its Swedish now, its English when English is read. */
export function addTexts(swedish: Texts, english: EnglishPart) {
  merge(texts.sv, swedish);
  englishParts.set(english, undefined);
  if (language === 'en') void loadEnglish(english).catch(() => {}); // textsReady waits for it
  changed();
}

/**
 * Resolves when every part added so far is there in the reader's language, awaited before a
 * page first renders. A part that cannot be fetched does not stop the page: Swedish stands in.
 */
export async function textsReady(): Promise<void> {
  if (language === 'en') await Promise.allSettled([...englishParts.keys()].map(loadEnglish));
}

export async function changeLanguage(next: Language) {
  if (next === 'en') await Promise.all([...englishParts.keys()].map(loadEnglish));
  language = next;
  document.documentElement.lang = next;
  globalThis.localStorage?.setItem(STORAGE_KEY, next);
  changed();
}

export const hasText = (key: string) =>
  lookup(texts[language], key) !== undefined || lookup(texts.sv, key) !== undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The texts in the reader's language; a component using it re-renders when the language changes. */
export function useTranslation() {
  useSyncExternalStore(subscribe, () => version);
  return { t: translate, language };
}

addTexts(publicTexts, () => import('./en/public.json'));
document.documentElement.lang = language;
