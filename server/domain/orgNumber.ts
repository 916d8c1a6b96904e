/**
 * Swedish organisation numbers (organisationsnummer), NNNNNN-NNNN: the last digit is a
 * Luhn (mod 10) check digit over the first nine.
 */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidOrgNumber(value: string): boolean {
  const digits = value.replace(/[-\s]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

export function formatOrgNumber(tenDigits: string): string {
  return `${tenDigits.slice(0, 6)}-${tenDigits.slice(6)}`;
}
