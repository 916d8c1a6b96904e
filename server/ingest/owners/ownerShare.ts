/**
 * An owner's share of a parcel as registers and spreadsheets write it: a fraction ("1/2"), a
 * decimal ("0,5" or "0.5"), or a percentage ("50 %"). Null when the cell is empty; 'invalid'
 * when it is none of these or not in (0, 1].
 */
export function ownerShare(raw: string | null | undefined): number | null | 'invalid' {
  const text = (raw ?? '').replace(/\s/g, '').replace(',', '.');
  if (!text) return null;
  const fraction = /^(\d+)\/(\d+)$/.exec(text);
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  const value = fraction
    ? Number(fraction[1]) / Number(fraction[2])
    : percent
      ? Number(percent[1]) / 100
      : /^\d+(?:\.\d+)?$/.test(text)
        ? Number(text)
        : NaN;
  return value > 0 && value <= 1 ? value : 'invalid';
}
