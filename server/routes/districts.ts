import { Hono } from 'hono';
import type { Db } from '../store/db';
import { listDistricts } from '../store/districts';
import { featureCollection } from '../geo/features';

export function districtRoutes(db: Db) {
  return new Hono().get('/', async (c) => c.json(featureCollection(await listDistricts(db))));
}
