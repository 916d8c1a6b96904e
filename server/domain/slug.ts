/** A name as an id part: lower case ASCII letters, digits and hyphens ("Åhléns hörna" → "ahlens-horna"). */
export function slug(name: string, maxLength = 60): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxLength);
}
