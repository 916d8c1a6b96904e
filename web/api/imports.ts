import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, postForm, unwrap } from './client';
import { queryKeys } from './queryKeys';

const route = api.imports[':kind'];
export type ImportKind = 'footfall-stations' | 'footfall' | 'premises-status' | 'turnover-index';
type Answer = Awaited<ReturnType<typeof postForm<typeof route.$post>>>;
export type ImportPreview = Extract<Answer, { mode: 'preview' }>;
export type ImportCommit = Exclude<Answer, { mode: 'preview' }>;

interface ImportRequest {
  kind: ImportKind;
  file: File;
  mapping: Record<string, string | undefined>;
}

function send(mode: 'preview' | 'commit', { kind, file, mapping }: ImportRequest) {
  const form = new FormData();
  form.set('file', file);
  const chosen = Object.fromEntries(Object.entries(mapping).filter((e): e is [string, string] => Boolean(e[1])));
  return postForm<typeof route.$post>(route.$url({ param: { kind }, query: { mode, ...chosen } }), form);
}

/** Reads a CSV without storing anything: the guessed mapping, the first rows and every problem by row. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: async (request: ImportRequest) => (await send('preview', request)) as ImportPreview,
  });
}

/** Stores a CSV, all or nothing. Whatever it held, every view drawn from stored data may have changed. */
export function useCommitImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (request: ImportRequest) => (await send('commit', request)) as ImportCommit,
    onSuccess: () => client.invalidateQueries(),
  });
}

const placeImports = api.places[':id'].imports;
type PlaceImportAnswer = Awaited<ReturnType<typeof postForm<typeof placeImports.$post>>>;
export type PlaceImportReport = PlaceImportAnswer;

interface PlaceImportRequest {
  place: string;
  file: File;
  mode: 'preview' | 'commit';
  designationField?: string;
}

/**
 * A file into a place (OpenStreetMap XML, parcels as GeoPackage or GeoJSON): the preview is the
 * real import rolled back, so the report a planner reads is what storing it will do.
 */
export function usePlaceImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ place, file, mode, designationField }: PlaceImportRequest) => {
      const form = new FormData();
      form.set('file', file);
      const query = { mode, ...(designationField ? { designationField } : {}) };
      return postForm<typeof placeImports.$post>(placeImports.$url({ param: { id: place }, query }), form);
    },
    onSuccess: (_report, { mode }) => (mode === 'commit' ? client.invalidateQueries() : undefined),
  });
}

/** A new place, named like one of the shipped place names ("Kristinehamn centrum"). */
export function useCreatePlace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.places.$post({ json: { name } })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.places }),
  });
}
