import { prewarm, setWorkerUrl } from 'maplibre-gl';
// MapLibre 6 finds its worker by a runtime URL a bundler cannot see; `?worker&url` makes Vite
// emit the worker (with its shared chunk inlined) and hands us its address.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
// Start the worker as soon as MapLibre is here, not when the first map is made: its script is
// then fetched and run while React draws the page (the map's first tiles are asked for by it).
prewarm();
