import { toCsv } from '../domain/csv';
import type { DistrictParcel } from '../store/districts';
import svPublic from '../../web/i18n/sv/public.json' with { type: 'json' };
import svWorkspace from '../../web/i18n/sv/workspace.json' with { type: 'json' };
import enPublic from '../../web/i18n/en/public.json' with { type: 'json' };
import enWorkspace from '../../web/i18n/en/workspace.json' with { type: 'json' };

export type CsvLanguage = 'sv' | 'en';

/** The CSV's words in the reader's language, from the same texts as the web app. */
const WORDS = {
  sv: {
    header: [
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
    owner: 'Ägare',
    tenant: 'Hyresgäst',
    yes: 'ja',
    no: 'nej',
    texts: { ...svPublic, ...svWorkspace },
  },
  en: {
    header: [
      'Parcel',
      'Share inside the district',
      'Edge parcel',
      'Stakeholder',
      'Type',
      'Role',
      'Ownership share',
      'Org. no.',
      'Engagement',
      'Personal data',
      'Premises',
      'Business',
    ],
    owner: 'Owner',
    tenant: 'Tenant',
    yes: 'yes',
    no: 'no',
    texts: { ...enPublic, ...enWorkspace },
  },
} as const;

const percent = (fraction: number) => `${(Math.round(fraction * 1000) / 10).toString().replace('.', ',')} %`;
const label = (labels: Record<string, string>, code: string) => labels[code] ?? code;

/**
 * The district's stakeholder list, one row per stakeholder and parcel role, for Excel: headers,
 * kinds, roles and engagement steps in words, shares as percentages.
 */
export function stakeholderCsv(parcels: (DistrictParcel & { designation: string })[], language: CsvLanguage = 'sv') {
  const w = WORDS[language];
  const { stakeholderKinds, engagement, kinds } = w.texts;
  const rows = parcels.flatMap((p) => [
    ...p.owners.map((o) => [
      p.designation,
      percent(p.shareInside),
      p.edge ? w.yes : w.no,
      o.name,
      label(stakeholderKinds, o.kind),
      w.owner,
      percent(o.share),
      o.orgNumber,
      label(engagement, o.engagementStep),
      o.isPrivatePerson ? w.yes : w.no,
      null,
      null,
    ]),
    ...p.tenants.map((t) => [
      p.designation,
      percent(p.shareInside),
      p.edge ? w.yes : w.no,
      t.name,
      label(stakeholderKinds, 'business'),
      w.tenant,
      null,
      null,
      label(engagement, t.engagementStep),
      w.no,
      t.premisesName,
      label(kinds, t.kind),
    ]),
  ]);
  return toCsv([...w.header], rows);
}
