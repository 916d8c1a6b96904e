/** The last printed reports, by what they show: a second download of the same report is instant. */
const MAX_KEPT = 16;
const kept = new Map<string, Promise<Uint8Array>>();

/**
 * The PDF for `key` (the report, its language and the data version it was printed from), printed
 * once: a download while it prints waits for the same print; a failed print is not kept.
 */
export function cachedPdf(key: string, print: () => Promise<Uint8Array>): { pdf: Promise<Uint8Array>; hit: boolean } {
  const hit = kept.get(key);
  if (hit) {
    kept.delete(key);
    kept.set(key, hit);
    return { pdf: hit, hit: true };
  }
  const pdf = print();
  kept.set(key, pdf);
  pdf.catch(() => kept.get(key) === pdf && kept.delete(key));
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return { pdf, hit: false };
}
