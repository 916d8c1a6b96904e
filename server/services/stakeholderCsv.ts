import { toCsv } from '../domain/csv';
import type { DistrictParcel } from '../store/districts';

const ROLE = { owner: 'Ägare', tenant: 'Hyresgäst' } as const;

/** The district's stakeholder list, one row per stakeholder and parcel role, for Excel. */
export function stakeholderCsv(parcels: (DistrictParcel & { designation: string })[]): string {
  const rows = parcels.flatMap((p) => [
    ...p.owners.map((o) => [
      p.designation,
      p.shareInside,
      p.edge ? 'ja' : 'nej',
      o.name,
      o.kind,
      ROLE.owner,
      o.share,
      o.orgNumber,
      o.engagementStep,
      o.isPrivatePerson ? 'ja' : 'nej',
      null,
      null,
    ]),
    ...p.tenants.map((t) => [
      p.designation,
      p.shareInside,
      p.edge ? 'ja' : 'nej',
      t.name,
      'business',
      ROLE.tenant,
      null,
      null,
      t.engagementStep,
      'nej',
      t.premisesName,
      t.kind,
    ]),
  ]);
  return toCsv(
    [
      'Fastighet',
      'Andel inom området',
      'Kantfastighet',
      'Intressent',
      'Typ',
      'Roll',
      'Ägarandel',
      'Org.nr',
      'Engagemang',
      'Personuppgift',
      'Lokal',
      'Verksamhet',
    ],
    rows,
  );
}
