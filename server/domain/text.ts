/** A NUL, or half of a UTF-16 surrogate pair: text that no field of ours may hold. */
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string in `value` (objects and arrays walked) that holds bad text, or null. */
export function findBadText(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return BAD_TEXT.test(value) ? path.join('.') || '(värdet)' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findBadText(v, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findBadText(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}
