import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, postForm } from './client';

const route = api.imports[':kind'];
export type ImportKind = 'footfall' | 'premises-status' | 'turnover-index';
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
