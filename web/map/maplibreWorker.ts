import { setWorkerUrl } from 'maplibre-gl';
// MapLibre 6 finds its worker by a runtime URL a bundler cannot see; `?worker&url` makes Vite
// emit the worker (with its shared chunk inlined) and hands us its address.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
