import type { Random } from '../random';
import { formatOrgNumber, luhnCheckDigit } from '../../domain/orgNumber';

/** Made-up names and contact details for generated stakeholders. Phone numbers are from the
 *  range the Swedish regulator PTS reserves for fiction; e-mail domains use the reserved
 *  `.example` top-level domain, so nothing generated can reach a real person. */
const FIRST_NAMES = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Sara',
  'Lena',
  'Emma',
  'Kerstin',
  'Ingrid',
  'Sofia',
  'Lars',
  'Mikael',
  'Anders',
  'Johan',
  'Per',
  'Karl',
  'Erik',
  'Peter',
  'Nils',
  'Jonas',
  'Ali',
  'Fatima',
  'Amir',
  'Leyla',
];
export const SURNAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jönsson',
  'Hansson',
  'Bengtsson',
  'Lindberg',
  'Lindqvist',
  'Berg',
  'Holm',
  'Sandberg',
  'Ekström',
  'Håkansson',
  'Mattsson',
  'Nyberg',
  'Åberg',
  'Öberg',
  'Yilmaz',
  'Hassan',
];

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
}

export function fictionalPhone(random: Random): string {
  return `070-17406${String(random.int(5, 99)).padStart(2, '0')}`;
}

export function exampleEmail(localPart: string, name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${localPart}@${slug}.example`;
}

/** A valid (Luhn-checked) organisation number with the given leading digits, e.g. 556 for an AB. */
export function orgNumber(random: Random, prefix: string): string {
  let nine = prefix;
  while (nine.length < 9) nine += String(random.int(0, 9));
  return formatOrgNumber(nine + luhnCheckDigit(nine));
}
