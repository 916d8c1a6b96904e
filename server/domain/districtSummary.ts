/** Key figures of a district from its parcels and the premises inside it. Pure: the API and the tests share it. */
export interface SummaryParcel {
  id: string;
  areaM2: number;
  shareInside: number;
  edge: boolean;
  owners: { id: string }[];
}
export interface SummaryPremises {
  id: string;
  kind: string;
  status: string | null;
  floorAreaM2: number | null;
}

export function districtSummary(parcels: SummaryParcel[], premises: SummaryPremises[]) {
  const core = parcels.filter((p) => !p.edge);
  const owners = new Set(core.flatMap((p) => p.owners.map((o) => o.id)));
  const occupied = premises.filter((p) => p.status !== 'vacant');
  const vacant = premises.filter((p) => p.status === 'vacant');
  const businessesByKind: Record<string, number> = {};
  for (const p of occupied) businessesByKind[p.kind] = (businessesByKind[p.kind] ?? 0) + 1;
  const floorArea = (list: SummaryPremises[]) => Math.round(list.reduce((s, p) => s + (p.floorAreaM2 ?? 0), 0));
  return {
    parcels: core.length,
    edgeParcels: parcels.length - core.length,
    parcelAreaInsideM2: Math.round(parcels.reduce((s, p) => s + p.areaM2 * p.shareInside, 0)),
    owners: owners.size,
    premises: premises.length,
    vacantPremises: vacant.length,
    vacancyRate: premises.length ? vacant.length / premises.length : 0,
    floorAreaM2: floorArea(premises),
    vacantFloorAreaM2: floorArea(vacant),
    businessesByKind,
  };
}
