import type { Random } from '../random';
import { BLOCK_NAMES } from './blockNames';
import { exampleEmail, fictionalPhone, orgNumber, personName } from './people';

export type EngagementStep = 'identified' | 'contacted' | 'letter-of-intent' | 'member' | 'steering-group';

export interface GeneratedStakeholder {
  id: string;
  kind: 'property-owner' | 'business' | 'association' | 'municipality-department';
  name: string;
  orgNumber: string | null;
  isPrivatePerson: boolean;
  email: string | null;
  phone: string | null;
  engagementStep: EngagementStep;
}

export interface Ownership {
  parcelId: string;
  stakeholderId: string;
  share: number;
}

export const MUNICIPALITY_OWNER: GeneratedStakeholder = {
  id: 'sh-malmo-stad',
  kind: 'municipality-department',
  name: 'Malmö stad, fastighets- och gatukontoret',
  orgNumber: '212000-1124',
  isPrivatePerson: false,
  email: null,
  phone: null,
  engagementStep: 'steering-group',
};

const COMPANY_PATTERNS = [
  (w: string) => `Fastighets AB ${w}`,
  (w: string) => `${w} Fastigheter AB`,
  (w: string) => `AB ${w}huset`,
  (w: string) => `Förvaltnings AB ${w}`,
  (w: string) => `${w} Invest AB`,
];

function engagement(random: Random): EngagementStep {
  return random.weighted({ identified: 45, contacted: 27, 'letter-of-intent': 14, member: 11, 'steering-group': 3 });
}

/**
 * Owners for generated parcels: a few dozen property companies that each hold clusters of
 * parcels (owners tend to own neighbours), tenant-owner associations, the municipality, and
 * some private persons, whose names are personal data. About one parcel in ten is co-owned.
 */
export function generateOwners(
  random: Random,
  parcels: { id: string; blockId: string; designation: string }[],
  {
    idPrefix = 'sh',
    municipality = MUNICIPALITY_OWNER,
  }: { idPrefix?: string; municipality?: GeneratedStakeholder } = {},
) {
  const companies: GeneratedStakeholder[] = Array.from({ length: 48 }, (_, i) => {
    const name = random.pick(COMPANY_PATTERNS)(BLOCK_NAMES[(i * 7) % BLOCK_NAMES.length]);
    return {
      id: `${idPrefix}-company-${i + 1}`,
      kind: 'property-owner',
      name,
      orgNumber: orgNumber(random, '556'),
      isPrivatePerson: false,
      email: exampleEmail('info', name),
      phone: fictionalPhone(random),
      engagementStep: engagement(random),
    };
  });
  const stakeholders: GeneratedStakeholder[] = [municipality, ...companies];
  const ownerships: Ownership[] = [];
  const blockOwner = new Map<string, GeneratedStakeholder>();
  let people = 0;
  let associations = 0;

  for (const parcel of parcels) {
    const roll = random.next();
    let owner: GeneratedStakeholder;
    if (roll < 0.06) owner = municipality;
    else if (roll < 0.16) {
      const name = personName(random);
      owner = {
        id: `${idPrefix}-person-${++people}`,
        kind: 'property-owner',
        name,
        orgNumber: null,
        isPrivatePerson: true,
        email: exampleEmail(name.split(' ')[0].toLowerCase(), 'privat'),
        phone: fictionalPhone(random),
        engagementStep: engagement(random),
      };
      stakeholders.push(owner);
    } else if (roll < 0.26) {
      const name = `Brf ${parcel.designation.split(' ').slice(1, -1).join(' ')} ${parcel.designation.split(' ').at(-1)}`;
      owner = {
        id: `${idPrefix}-brf-${++associations}`,
        kind: 'association',
        name,
        orgNumber: orgNumber(random, '769'),
        isPrivatePerson: false,
        email: exampleEmail('styrelsen', name),
        phone: null,
        engagementStep: engagement(random),
      };
      stakeholders.push(owner);
    } else {
      // Neighbouring parcels mostly share an owner.
      const current = blockOwner.get(parcel.blockId);
      owner = current && random.chance(0.6) ? current : random.pick(companies);
      blockOwner.set(parcel.blockId, owner);
    }
    if (!owner.isPrivatePerson && owner !== municipality && random.chance(0.1)) {
      const partner = random.pick(companies.filter((c) => c !== owner));
      ownerships.push(
        { parcelId: parcel.id, stakeholderId: owner.id, share: 0.5 },
        { parcelId: parcel.id, stakeholderId: partner.id, share: 0.5 },
      );
    } else {
      ownerships.push({ parcelId: parcel.id, stakeholderId: owner.id, share: 1 });
    }
  }
  return { stakeholders, ownerships };
}
