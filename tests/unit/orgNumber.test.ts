import { describe, expect, it } from 'vitest';
import { isValidOrgNumber } from '../../server/domain/orgNumber';

describe('Swedish organisation numbers', () => {
  it.each(['212000-1124', '2120001124', '556016-0680', '802002-4280'])('accepts %s', (n) => {
    expect(isValidOrgNumber(n)).toBe(true);
  });
  it.each(['212000-1125', '556016-068', 'abcdef-ghij', ''])('rejects %s', (n) => {
    expect(isValidOrgNumber(n)).toBe(false);
  });
});
