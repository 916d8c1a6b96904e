/** The stakeholder register's rows: parcels of a district, searched, filtered, sorted and grouped by owner. */
import type { DistrictParcels } from '../../api/client';
import { ENGAGEMENT_STEPS } from '../../../server/domain/districts';

type Feature = DistrictParcels['features'][number];
type Owner = Feature['properties']['owners'][number];

export interface ParcelRow {
  id: string;
  designation: string;
  /** The designation without the municipality all rows share ("Hjulet 2:2"). */
  shortDesignation: string;
  owners: Owner[];
  /** Owners as one line, private persons by the given placeholder. */
  ownerNames: string;
  tenantNames: string;
  /** The furthest engagement step any owner has reached. */
  engagement: string | null;
  shareInside: number;
  /** Land inside the district, m² (area × share inside). */
  areaInside: number;
  edge: boolean;
  premises: number;
  vacant: number;
  geometry: Feature['geometry'];
}

export interface OwnerGroup {
  key: string;
  name: string;
  kind: string;
  engagement: string;
  parcels: ParcelRow[];
  /** The owner's part of the district's land (their ownership share of each parcel's land inside). */
  shareOfDistrict: number;
}

export interface RegisterFilters {
  query: string;
  ownerKind: string;
  engagement: string;
  vacantOnly: boolean;
  edge: 'include' | 'exclude' | 'only';
}

export type SortKey = 'designation' | 'owners' | 'engagement' | 'shareInside' | 'premises' | 'vacant';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export const NO_FILTERS: RegisterFilters = {
  query: '',
  ownerKind: '',
  engagement: '',
  vacantOnly: false,
  edge: 'include',
};

const stepRank = (step: string | null) => (step === null ? -1 : ENGAGEMENT_STEPS.indexOf(step as never));

/**
 * The words every designation begins with (the municipality, "Upplands Väsby" as well as
 * "Malmö"), so that a table can show "Hjulet 2:2"; each designation keeps at least two words.
 */
export function sharedPrefix(designations: string[]): string {
  if (designations.length === 0) return '';
  const split = designations.map((d) => d.split(' '));
  const shortest = Math.min(...split.map((w) => w.length));
  let n = 0;
  while (n < shortest - 2 && split.every((w) => w[n] === split[0][n])) n++;
  return n ? `${split[0].slice(0, n).join(' ')} ` : '';
}

export function toRows(features: Feature[], privatePerson: string): ParcelRow[] {
  const prefix = sharedPrefix(features.map((f) => f.properties.designation));
  return features.map((f) => {
    const p = f.properties;
    const furthest = p.owners.reduce<string | null>(
      (best, o) => (stepRank(o.engagementStep) > stepRank(best) ? o.engagementStep : best),
      null,
    );
    return {
      id: p.id,
      designation: p.designation,
      shortDesignation: p.designation.slice(prefix.length),
      owners: p.owners,
      ownerNames: p.owners.map((o) => ownerName(o, privatePerson)).join(', '),
      tenantNames: p.tenants.map((t) => t.name).join(', '),
      engagement: furthest,
      shareInside: p.shareInside,
      areaInside: p.areaM2 * p.shareInside,
      edge: p.edge,
      premises: p.premises,
      vacant: p.vacant,
      geometry: f.geometry,
    };
  });
}

export const ownerName = (o: Owner, privatePerson: string) => (o.isPrivatePerson && !o.name ? privatePerson : o.name!);

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

export function filterRows(rows: ParcelRow[], f: RegisterFilters): ParcelRow[] {
  const words = f.query.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (f.edge === 'exclude' && r.edge) return false;
    if (f.edge === 'only' && !r.edge) return false;
    if (f.vacantOnly && r.vacant === 0) return false;
    if (f.ownerKind && !r.owners.some((o) => o.kind === f.ownerKind)) return false;
    if (f.engagement && !r.owners.some((o) => o.engagementStep === f.engagement)) return false;
    if (!words.length) return true;
    const text = `${r.designation} ${r.ownerNames} ${r.tenantNames}`.toLocaleLowerCase('sv');
    return words.every((w) => text.includes(w));
  });
}

export function sortRows(rows: ParcelRow[], { key, descending }: Sort): ParcelRow[] {
  const compare = (a: ParcelRow, b: ParcelRow): number => {
    switch (key) {
      case 'designation':
        return collator.compare(a.designation, b.designation);
      case 'owners':
        return collator.compare(a.ownerNames, b.ownerNames);
      case 'engagement':
        return stepRank(a.engagement) - stepRank(b.engagement);
      default:
        return a[key] - b[key];
    }
  };
  const sign = descending ? -1 : 1;
  // Ties keep the designation order, so the list does not shuffle between sorts.
  return [...rows].sort((a, b) => sign * compare(a, b) || collator.compare(a.designation, b.designation));
}

/** Owners with their parcels (a parcel with two owners is under both), largest share of the district first. */
export function groupByOwner(rows: ParcelRow[], privatePerson: string, totalArea: number): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>();
  for (const r of rows)
    for (const o of r.owners) {
      const group = groups.get(o.id) ?? {
        key: o.id,
        name: ownerName(o, privatePerson),
        kind: o.kind,
        engagement: o.engagementStep,
        parcels: [],
        shareOfDistrict: 0,
      };
      group.parcels.push(r);
      group.shareOfDistrict += totalArea > 0 ? (r.areaInside * o.share) / totalArea : 0;
      groups.set(o.id, group);
    }
  return [...groups.values()].sort((a, b) => b.shareOfDistrict - a.shareOfDistrict || collator.compare(a.name, b.name));
}
