/**
 * CSV as Swedish Excel opens it: UTF-8 with a byte-order mark (so å, ä, ö survive), semicolons
 * between fields (the comma is the decimal sign in Swedish), CRLF line ends.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const field = (v: string | number | null | undefined) => {
    if (v === null || v === undefined) return '';
    let text = typeof v === 'number' ? String(v).replace('.', ',') : v;
    // A text cell that starts like a formula is shown as text, not run (CSV injection).
    if (typeof v === 'string' && /^[=+\-@\t]/.test(text)) text = `'${text}`;
    return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(field).join(';')).join('\r\n')}\r\n`;
}
