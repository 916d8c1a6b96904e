import { hc, type InferRequestType, type InferResponseType } from 'hono/client';
import type { ApiType, PlannerAction } from '../../server/app';

// A planner's action (with money and people) is a subtype of the public one, so the route's
// inferred union collapses to the public shape; the server names the planner's shape itself.
export type { PlannerAction };
import { csrfHeaders } from './csrf';
import { staticExport } from '../staticExport';

/**
 * In the static public export there is no server: a GET of `/api/<path>` reads
 * `<data>/<path>.json` beside the page (the export wrote the same answers there); nothing else exists.
 */
function staticFetch(data: string): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    const path = url.pathname.replace(/^.*?\/api\//, '');
    if ((init?.method ?? 'GET') !== 'GET')
      return Response.json(
        { error: { code: 'not_found', message: 'Den publicerade kartan kan bara visas.' } },
        { status: 404 },
      );
    return fetch(new URL(`${data}${path}.json`, window.location.href));
  };
}

/** The typed API client: request and response types come from the server's routes. */
// An absolute base, so the client can also name a route's full URL (`$url`) for uploads.
export const api = hc<ApiType>(new URL('/api', window.location.origin).href, {
  headers: csrfHeaders,
  ...(staticExport ? { fetch: staticFetch(staticExport.data) } : {}),
});

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
    readonly code: string = 'unknown',
  ) {
    super(message);
  }
}

type PostMethod = (...args: never[]) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/**
 * A multipart upload (a file, a photo) to a route of the typed client:
 * `postForm<typeof route.$post>(route.$url({ param }), form)`. The path comes from the client,
 * the answer is typed by the route, errors are the same `ApiRequestError` as for JSON requests.
 * (The routes read the form themselves, checking its size before parsing it.)
 */
export function postForm<Post extends PostMethod>(
  url: URL,
  form: FormData,
): Promise<SuccessBody<Awaited<ReturnType<Post>>>> {
  return unwrap(fetch(url, { method: 'POST', body: form, headers: csrfHeaders() }) as ReturnType<Post>);
}

/**
 * Request options naming the version an edit was based on: the server refuses the save with a
 * 409 (who changed what) if someone saved a newer one meanwhile.
 */
export const basedOn = (version: number | undefined) =>
  version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } };

type ErrorShape = { error: { code: string; message: string; details?: unknown } };
type SuccessBody<R extends { json(): Promise<unknown> }> = Exclude<Awaited<ReturnType<R['json']>>, ErrorShape>;

/** Unwraps a response, turning the API's error shape into an exception with its plain message. */
export async function unwrap<R extends { ok: boolean; status: number; json(): Promise<unknown> }>(
  response: Promise<R>,
): Promise<SuccessBody<R>> {
  const res = await response;
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as Partial<ErrorShape> | null;
    throw new ApiRequestError(
      res.status,
      body?.error?.message ?? `HTTP ${res.status}`,
      body?.error?.details,
      body?.error?.code,
    );
  }
  return (await res.json()) as SuccessBody<R>;
}

type Ok<T> = Exclude<T, ErrorShape>;
export type Config = Ok<InferResponseType<typeof api.config.$get>>;
export type ParcelCollection = Ok<InferResponseType<typeof api.parcels.$get>>;
export type ParcelDetail = Ok<InferResponseType<(typeof api.parcels)[':id']['$get']>>;
export type PremisesCollection = Ok<InferResponseType<typeof api.premises.$get>>;
export type PremisesDetail = Ok<InferResponseType<(typeof api.premises)[':id']['$get']>>;
export type CounterCollection = Ok<InferResponseType<typeof api.footfall.counters.$get>>;
export type DistrictCollection = Ok<InferResponseType<typeof api.districts.$get>>;
export type Source = Ok<InferResponseType<typeof api.sources.$get>>['sources'][number];
export type Me = Ok<InferResponseType<typeof api.auth.me.$get>>;
export type DistrictParcels = Ok<InferResponseType<(typeof api.districts)[':id']['parcels']['$get']>>;
export type DistrictSummary = Ok<InferResponseType<(typeof api.districts)[':id']['summary']['$get']>>;
export type DistrictVersions = Ok<InferResponseType<(typeof api.districts)[':id']['versions']['$get']>>;

/** The JSON body a route accepts, from its zod validator. */
export type InferRequestJson<F> = F extends (...args: never[]) => unknown
  ? InferRequestType<F> extends { json: infer J }
    ? J
    : never
  : never;
export type ActionList = Ok<InferResponseType<(typeof api.districts)[':id']['actions']['$get']>>;
export type Plan = Ok<InferResponseType<(typeof api.districts)[':id']['plan']['$get']>>;
export type PotList = Ok<InferResponseType<typeof api.pots.$get>>;
export type PublicActions = Ok<InferResponseType<typeof api.public.actions.$get>>;
export type PublicVacancies = Ok<InferResponseType<typeof api.public.vacancies.$get>>;
export type OwnerOverview = Ok<InferResponseType<typeof api.me.overview.$get>>;
export type DistrictVacancy = Ok<InferResponseType<(typeof api.districts)[':id']['vacancy']['$get']>>;
