import type { Geometry } from 'geojson';
import type { Tx } from './db';
import { bulkInsert, type Column, type ColumnKind } from './bulkInsert';

/**
 * The columns bulk writers may fill, per table, with the kind the appender needs. The one list
 * of them: the API's writers, the importers and the seed's generators all write through
 * `insertRows`, so a column is named in one place beside the migrations.
 */
export const TABLES = {
  places: {
    id: 'varchar',
    name: 'varchar',
    municipality_code: 'varchar',
    min_x: 'double',
    min_y: 'double',
    max_x: 'double',
    max_y: 'double',
    is_default: 'boolean',
    position: 'integer',
  },
  sources: { id: 'varchar', title: 'varchar', licence: 'varchar', attribution: 'varchar', generated: 'boolean' },
  municipalities: { code: 'varchar', name: 'varchar', geom: 'geometry+extent', source_id: 'varchar' },
  parcels: {
    id: 'varchar',
    designation: 'varchar',
    municipality_code: 'varchar',
    geom: 'geometry+extent',
    area_m2: 'double',
    source_id: 'varchar',
    generated: 'boolean',
    updated_by: 'varchar',
  },
  parcel_owners: { parcel_id: 'varchar', stakeholder_id: 'varchar', share: 'double', generated: 'boolean' },
  basemap_features: {
    id: 'varchar',
    layer: 'varchar',
    kind: 'varchar',
    name: 'varchar',
    geom: 'geometry+extent',
    source_id: 'varchar',
    generated: 'boolean',
  },
  premises: {
    id: 'varchar',
    parcel_id: 'varchar',
    name: 'varchar',
    kind: 'varchar',
    address: 'varchar',
    floor_area_m2: 'double',
    floor_area_generated: 'boolean',
    osm_id: 'varchar',
    lon: 'double',
    lat: 'double',
    geom: 'geometry',
    source_id: 'varchar',
    generated: 'boolean',
    updated_by: 'varchar',
  },
  premises_status: {
    premises_id: 'varchar',
    status: 'varchar',
    valid_from: 'date',
    valid_to: 'date',
    generated: 'boolean',
    recorded_by: 'varchar',
  },
  premises_tenants: { premises_id: 'varchar', stakeholder_id: 'varchar', since: 'date', generated: 'boolean' },
  stakeholders: {
    id: 'varchar',
    kind: 'varchar',
    name: 'varchar',
    org_number: 'varchar',
    is_private_person: 'boolean',
    email: 'varchar',
    phone: 'varchar',
    engagement_step: 'varchar',
    generated: 'boolean',
    updated_by: 'varchar',
  },
  footfall_counters: {
    id: 'varchar',
    name: 'varchar',
    lon: 'double',
    lat: 'double',
    geom: 'geometry',
    installed_on: 'date',
    source_id: 'varchar',
    generated: 'boolean',
  },
  footfall_counts: { counter_id: 'varchar', ts: 'epoch-ms', count: 'integer', generated: 'boolean' },
  index_zones: { id: 'varchar', name: 'varchar', geom: 'geometry+extent', generated: 'boolean' },
  index_values: { zone_id: 'varchar', series: 'varchar', period: 'date', value: 'double', generated: 'boolean' },
  events: {
    id: 'varchar',
    title: 'varchar',
    starts_on: 'date',
    ends_on: 'date',
    generated: 'boolean',
    created_by: 'varchar',
    place_id: 'varchar',
  },
  districts: {
    id: 'varchar',
    name: 'varchar',
    type: 'varchar',
    municipality_code: 'varchar',
    generated: 'boolean',
    created_by: 'varchar',
  },
  district_versions: {
    district_id: 'varchar',
    version: 'integer',
    geom: 'geometry+extent',
    area_m2: 'double',
    note: 'varchar',
    created_by: 'varchar',
  },
  actions: {
    id: 'varchar',
    district_id: 'varchar',
    title: 'varchar',
    description: 'varchar',
    focus_area: 'varchar',
    status: 'varchar',
    priority: 'integer',
    start_date: 'date',
    end_date: 'date',
    responsible_stakeholder_id: 'varchar',
    geom: 'geometry',
    cost_sek: 'integer',
    public: 'boolean',
    public_text: 'varchar',
    generated: 'boolean',
    updated_by: 'varchar',
    pot_id: 'varchar',
  },
  action_financing: {
    action_id: 'varchar',
    position: 'integer',
    party: 'varchar',
    stakeholder_id: 'varchar',
    share: 'double',
  },
  pots: {
    id: 'varchar',
    district_id: 'varchar',
    kind: 'varchar',
    year: 'integer',
    budget_sek: 'integer',
    updated_by: 'varchar',
  },
  business_plans: { district_id: 'varchar', vision: 'varchar', updated_by: 'varchar' },
  goals: {
    id: 'varchar',
    district_id: 'varchar',
    title: 'varchar',
    indicator: 'varchar',
    baseline: 'double',
    target: 'double',
    target_date: 'date',
    updated_by: 'varchar',
  },
  district_process: { district_id: 'varchar', start_date: 'date', generated: 'boolean', updated_by: 'varchar' },
  process_ticks: { district_id: 'varchar', item: 'varchar', done_on: 'date', done_by: 'varchar', generated: 'boolean' },
  site_walks: {
    id: 'varchar',
    district_id: 'varchar',
    title: 'varchar',
    walked_on: 'date',
    generated: 'boolean',
    created_by: 'varchar',
  },
  observations: {
    id: 'varchar',
    district_id: 'varchar',
    walk_id: 'varchar',
    focus_area: 'varchar',
    verdict: 'varchar',
    text: 'varchar',
    lon: 'double',
    lat: 'double',
    generated: 'boolean',
    created_by: 'varchar',
  },
} as const satisfies Record<string, Record<string, ColumnKind>>;

export type TableName = keyof typeof TABLES;

type CellOf<K extends ColumnKind> = K extends 'varchar' | 'date'
  ? string
  : K extends 'double' | 'integer' | 'epoch-ms'
    ? number
    : K extends 'boolean'
      ? boolean
      : Geometry;

/** One row of a table as its writer gives it: columns by name, the ones left out stay NULL or default. */
export type RowOf<T extends TableName> = {
  [C in keyof (typeof TABLES)[T]]?: CellOf<(typeof TABLES)[T][C] & ColumnKind> | null;
};

/**
 * Appends rows to a table inside the caller's transaction. The columns are those of the first
 * row, so a writer names each value once, by column; rows may come from a generator.
 */
export async function insertRows<T extends TableName>(tx: Tx, table: T, rows: Iterable<RowOf<T>>): Promise<number> {
  const iterator = rows[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) return 0;
  const kinds = TABLES[table] as Record<string, ColumnKind>;
  const names = Object.keys(first.value);
  const unknown = names.filter((n) => !(n in kinds));
  if (unknown.length) throw new Error(`insertRows(${table}): unknown column(s) ${unknown.join(', ')}`);
  const columns: Column[] = names.map((n) => [n, kinds[n]]);
  function* cells() {
    for (let next = first; !next.done; next = iterator.next()) {
      const row = next.value as Record<string, string | number | boolean | Geometry | null | undefined>;
      yield names.map((n) => row[n] ?? null);
    }
  }
  return bulkInsert(tx, table, columns, cells());
}
