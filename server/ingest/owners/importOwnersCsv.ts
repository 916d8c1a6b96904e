import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../store/db';
import type { Place } from '../../store/places';
import { insertRows } from '../../store/tables';
import { audit } from '../../store/audit';
import { extentOverlaps } from '../../store/extentFilter';
import { formatOrgNumber, isValidOrgNumber } from '../../domain/orgNumber';
import { IngestError } from '../ingestError';
import { transactionOrPreview } from '../transactionOrPreview';
import { csvColumns, loadCsv } from '../csv/csvTable';
import { DESIGNATION_FIELDS } from '../parcels/parcelSource';
import { ownerShare } from './ownerShare';

export interface OwnersImportReport {
  designationColumn: string;
  /** Parcels whose owners the file now gives. */
  parcels: number;
  owners: { new: number; known: number; privatePersons: number };
  rejected: { row: number; designation: string | null; reason: string }[];
}

/** Column names a register or a spreadsheet uses, matched without case. */
const COLUMNS = {
  designation: DESIGNATION_FIELDS.map((f) => f.toLowerCase()),
  name: ['ägare', 'agare', 'lagfaren ägare', 'lagfaren_agare', 'namn', 'ägarnamn', 'owner', 'name'],
  orgNumber: ['organisationsnummer', 'orgnr', 'org_nr', 'org.nr', 'identitetsbeteckning', 'personnummer', 'org_number'],
  share: ['andel', 'ägarandel', 'agarandel', 'share'],
  email: ['e-post', 'epost', 'email', 'e-mail'],
  phone: ['telefon', 'tel', 'phone'],
};
type Field = keyof typeof COLUMNS;

/**
 * Owners of a place's parcels from a CSV keyed by fastighetsbeteckning (one row per owner and
 * parcel, as a municipality's extract of the property register lists them), all or nothing.
 * For each parcel in the file the file's owners replace the stored ones; a company is found
 * again by its organisation number, a person by name. A personal identity number is never
 * stored: it only tells that the owner is a private person, whose name is personal data.
 */
export async function importOwnersCsv(
  db: Db,
  place: Place,
  csv: string,
  { userId, preview = false }: { userId: string; preview?: boolean },
): Promise<OwnersImportReport> {
  return transactionOrPreview(db, preview, async (tx) => {
    const table = await loadCsv(tx, csv);
    const columns = await csvColumns(tx, table);
    const column = Object.fromEntries(
      (Object.keys(COLUMNS) as Field[]).map((f) => [
        f,
        columns.find((c) => COLUMNS[f].includes(c.trim().toLowerCase())),
      ]),
    ) as Record<Field, string | undefined>;
    if (!column.designation || !column.name) {
      throw new IngestError(
        `En ägarfil behöver kolumnerna fastighetsbeteckning och ägare (namn). Filens kolumner: ${columns.join(', ')}.`,
      );
    }
    const rows = await tx.all<Record<string, string | null> & { line: number }>(`SELECT * FROM ${table} ORDER BY line`);
    const parcels = await parcelsByDesignation(tx, place);
    const report: OwnersImportReport = {
      designationColumn: column.designation,
      parcels: 0,
      owners: { new: 0, known: 0, privatePersons: 0 },
      rejected: [],
    };
    const reject = (row: number, designation: string | null, reason: string) =>
      report.rejected.push({ row: Number(row), designation, reason });

    const owned = new Map<string, { owner: OwnerRow; share: number | null; line: number; designation: string }[]>();
    for (const r of rows) {
      const designation = r[column.designation]?.trim() || null;
      const name = r[column.name]?.trim() || null;
      if (!designation) {
        reject(r.line, null, 'fastighetsbeteckning saknas');
        continue;
      }
      const parcelId = parcels.get(normalise(designation));
      if (!parcelId) {
        reject(r.line, designation, `fastigheten finns inte i ${place.name}`);
        continue;
      }
      if (!name) {
        reject(r.line, designation, 'ägarens namn saknas');
        continue;
      }
      const identity = ownerIdentity(column.orgNumber ? r[column.orgNumber] : null);
      if (identity === 'invalid') {
        reject(r.line, designation, `"${r[column.orgNumber!]}" är inget giltigt organisations- eller personnummer`);
        continue;
      }
      const share = column.share ? ownerShare(r[column.share]) : null;
      if (share === 'invalid') {
        reject(
          r.line,
          designation,
          `andelen "${r[column.share!]}" går inte att läsa (skriv t.ex. 1/2, 0,5 eller 50 %)`,
        );
        continue;
      }
      const list = owned.get(parcelId) ?? [];
      list.push({
        owner: {
          name,
          orgNumber: identity === 'person' ? null : identity,
          isPrivatePerson: identity === 'person',
          email: (column.email && r[column.email]?.trim()) || null,
          phone: (column.phone && r[column.phone]?.trim()) || null,
        },
        share,
        line: r.line,
        designation,
      });
      owned.set(parcelId, list);
    }

    const ownerIds = new Map<string, string>();
    for (const [parcelId, list] of owned) {
      const given = list.reduce((s, o) => s + (o.share ?? 0), 0);
      const unshared = list.filter((o) => o.share === null).length;
      // Owners without a share split what the others leave; together they hold the whole parcel.
      const rest = unshared ? (1 - given) / unshared : 0;
      if (given > 1.0001 || (unshared > 0 && rest <= 0)) {
        for (const o of list) reject(o.line, o.designation, 'andelarna blir mer än hela fastigheten');
        continue;
      }
      // A private person has no number here: the same name on the same parcel is the same person.
      const before = await tx.all<{ id: string; name: string }>(
        `SELECT s.id, lower(s.name) AS name FROM parcel_owners po JOIN stakeholders s ON s.id = po.stakeholder_id
         WHERE po.parcel_id = $parcelId AND s.is_private_person`,
        { parcelId },
      );
      await tx.run('DELETE FROM parcel_owners WHERE parcel_id = $parcelId', { parcelId });
      const shares = new Map<string, number>();
      for (const o of list) {
        const key = o.owner.orgNumber ?? `${parcelId}:${o.owner.name.toLowerCase()}`;
        let id = ownerIds.get(key);
        if (!id) {
          const samePerson = o.owner.isPrivatePerson && before.find((b) => b.name === o.owner.name.toLowerCase());
          const found = samePerson
            ? { id: samePerson.id, created: false }
            : await findOrCreateOwner(tx, o.owner, userId);
          id = found.id;
          ownerIds.set(key, id);
          report.owners[found.created ? 'new' : 'known']++;
          if (o.owner.isPrivatePerson) report.owners.privatePersons++;
        }
        shares.set(id, (shares.get(id) ?? 0) + (o.share ?? rest));
      }
      await insertRows(
        tx,
        'parcel_owners',
        [...shares].map(([stakeholderId, share]) => ({
          parcel_id: parcelId,
          stakeholder_id: stakeholderId,
          share: Math.min(1, share),
          generated: false,
        })),
      );
      report.parcels++;
    }
    if (report.parcels === 0) {
      throw new IngestError(
        `Ingen rad i filen gav ägare till en fastighet i ${place.name}. ${report.rejected
          .slice(0, 3)
          .map((r) => `Rad ${r.row}: ${r.reason}`)
          .join('. ')}`,
      );
    }
    await audit(tx, {
      userId,
      action: 'import-owners',
      entity: 'place',
      entityId: place.id,
      after: { parcels: report.parcels, ...report.owners, rejected: report.rejected.length },
    });
    await tx.run(`DROP TABLE IF EXISTS ${table}`);
    return report;
  });
}

interface OwnerRow {
  name: string;
  orgNumber: string | null;
  isPrivatePerson: boolean;
  email: string | null;
  phone: string | null;
}

/** A company or association by its organisation number, else a new owner (a private person is always new here). */
async function findOrCreateOwner(tx: Tx, owner: OwnerRow, userId: string): Promise<{ id: string; created: boolean }> {
  const known =
    owner.orgNumber &&
    (await tx.one<{ id: string }>('SELECT id FROM stakeholders WHERE org_number = $org ORDER BY id LIMIT 1', {
      org: owner.orgNumber,
    }));
  if (known) return { id: known.id, created: false };
  const id = `sh-${randomUUID()}`;
  await insertRows(tx, 'stakeholders', [
    {
      id,
      // Municipalities' organisation numbers begin 212: the municipality owns land too.
      kind: owner.orgNumber?.startsWith('212') ? 'municipality-department' : 'property-owner',
      name: owner.name,
      org_number: owner.orgNumber,
      is_private_person: owner.isPrivatePerson,
      email: owner.email,
      phone: owner.phone,
      engagement_step: 'identified',
      generated: false,
      updated_by: userId,
    },
  ]);
  return { id, created: true };
}

/**
 * An organisation number (a company, an association, a municipality) formatted NNNNNN-NNNN;
 * 'person' for a personal identity number (the third digit a month's 0 or 1), or no number at
 * all; 'invalid' for a number that is neither.
 */
function ownerIdentity(raw: string | null | undefined): string | 'person' | 'invalid' {
  const digits = (raw ?? '').replace(/[-\s+]/g, '');
  if (!digits) return 'person';
  const ten = digits.length === 12 ? digits.slice(2) : digits;
  if (!isValidOrgNumber(ten)) return 'invalid';
  return Number(ten[2]) >= 2 ? formatOrgNumber(ten) : 'person';
}

const normalise = (designation: string) => designation.replace(/\s+/g, ' ').trim().toLowerCase();

async function parcelsByDesignation(tx: Tx, place: Place) {
  const rows = await tx.all<{ id: string; designation: string }>(
    `SELECT id, designation FROM parcels p WHERE ${extentOverlaps('p', place.bbox)}`,
  );
  return new Map(rows.map((r) => [normalise(r.designation), r.id]));
}
