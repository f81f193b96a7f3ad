import { describe, expect, it } from 'vitest';
import { redactSecret, WITHHELD } from './redact';

describe('redactSecret', () => {
  const token = 'ab+c/d=e f';

  it.each([
    ['raw', `token ${token} refused`, 'token [token] refused'],
    ['percent-encoded', `x ${encodeURIComponent(token)} y`, 'x [token] y'],
    ['query-encoded', 'x ab%2Bc%2Fd%3De+f y', 'x [token] y'],
  ])('masks the %s token', (_, text, expected) => {
    expect(redactSecret(text, token)).toBe(expected);
  });

  it('drops the whole query of any quoted URL', () => {
    const text =
      'GET http://47.117.133.51:30015/api/v1?userId=1&token=zzz failed; see https://x.io/a';
    expect(redactSecret(text, 'other')).toBe(
      'GET http://47.117.133.51:30015/api/v1?[query] failed; see https://x.io/a',
    );
  });

  it('leaves text alone when there is no secret to look for', () => {
    expect(redactSecret('code 301: FAILED, RETRY', '')).toBe('code 301: FAILED, RETRY');
  });

  it.each([
    ['by a clipped message', `code 600: ${'x'.repeat(66)} token=ab+c…`, 'token=[token]…'],
    ['at the end of sliced text', 'TypeError: bad url …?t=ab%2Bc%2', '?t=[token]'],
    ['inside a log line', 'detail="code 600: token=ab+c/…" attempt=1', 'token=[token]…" attempt'],
  ])('masks the start of a token cut short %s', (_, text, expected) => {
    const masked = redactSecret(text, token);
    expect(masked).toContain(expected);
    expect(masked).not.toContain('ab+c');
    expect(masked).not.toContain('ab%2Bc');
  });

  it('leaves text alone that only ends like the first few characters of the token', () => {
    expect(redactSecret('code 600: try ab+…', token)).toBe('code 600: try ab+…');
    expect(redactSecret('HTTP 500, empty body', 'odyssey')).toBe('HTTP 500, empty body');
  });
});

describe('redactSecret, forms masking cannot foresee', () => {
  const secret = 'tkSECRETabcdef1234567890XYZ';

  it.each([
    ['upper-cased', `BAD TOKEN ${secret.toUpperCase()}`],
    ['split by a space', `token tkSECRETab cdef1234567890XYZ rejected`],
    ['starting part-way', `…ETabcdef1234567890XYZ rejected`],
    ['percent-encoded in lower case', 'key Ab%2bCd%2fEf%3dGh12 is wrong'],
    ['with a JSON-escaped slash', 'key Ab+Cd\\/Ef=Gh12 is wrong'],
  ])('withholds a message that quotes the token %s', (_, message) => {
    const token = message.includes('Ab') ? 'Ab+Cd/Ef=Gh12' : secret;
    expect(redactSecret(message, token)).toBe(WITHHELD);
  });

  it('leaves a message alone that shares only short, ordinary runs with the token', () => {
    expect(redactSecret('code 100: TOKEN INVALID (tk 1234)', secret)).toBe(
      'code 100: TOKEN INVALID (tk 1234)',
    );
  });
});
