import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { FanlensError } from './error-kinds';
import { buildRequestUrl, describeEndpoint } from './request-url';

const ID = '5d21ab6b000000001201567d';

function refusal(run: () => unknown): FanlensError {
  try {
    run();
  } catch (error) {
    if (error instanceof FanlensError) return error;
    throw error;
  }
  throw new Error('expected a FanlensError');
}

describe('buildRequestUrl', () => {
  it('asks the current endpoint on the global host by default, without acceptCache', () => {
    expect(buildRequestUrl(DEFAULT_SETTINGS, ID, 'tok123')).toBe(
      'https://api.justoneapi.com/api/xiaohongshu-pgy/api/solar/kol/data/userId/fans_profile/v1' +
        `?userId=${ID}&token=tok123`,
    );
  });

  it.each([true, false])('sends acceptCache=%s only to the deprecated endpoint', (acceptCache) => {
    const settings = {
      ...DEFAULT_SETTINGS,
      environment: 'mainland',
      endpoint: 'kolFansPortrait',
      acceptCache,
    } as const;
    expect(buildRequestUrl(settings, '5662e3c1b8ce1a26f2c10712', 'tok')).toBe(
      'http://47.117.133.51:30015/api/xiaohongshu-pgy/get-kol-fans-portrait/v1' +
        `?kolId=5662e3c1b8ce1a26f2c10712&token=tok&acceptCache=${acceptCache}`,
    );
  });

  it('encodes every character of the token that means something in a query', () => {
    const token = 'a+b/c=d&e f?#%';
    const url = new URL(buildRequestUrl(DEFAULT_SETTINGS, ID, token));
    expect(url.search).toBe(`?userId=${ID}&token=a%2Bb%2Fc%3Dd%26e+f%3F%23%25`);
    expect(url.searchParams.get('token')).toBe(token);
    expect([...url.searchParams.keys()]).toEqual(['userId', 'token']);
  });

  it.each([
    ['upper case', '5D21AB6B000000001201567D'],
    ['23 characters', '5d21ab6b000000001201567'],
    ['25 characters', '5d21ab6b000000001201567d0'],
    ['a numeric redId', '9537951985'],
    ['a non-hex letter', '5d21ab6b00000000120156zz'],
    ['surrounding space', ` ${ID}`],
    ['a smuggled parameter', `${ID}&token=other`],
    ['a path', `../${ID}`],
    ['nothing', ''],
  ])('refuses %s as creator id, without echoing it', (_, creatorId) => {
    const error = refusal(() => buildRequestUrl(DEFAULT_SETTINGS, creatorId, 'tok'));
    expect(error.info.kind).toBe('invalid-id');
    if (creatorId !== '') expect(JSON.stringify(error.info)).not.toContain(creatorId);
  });

  it.each(['', '   '])('refuses to build a request without a token (%j)', (token) => {
    expect(refusal(() => buildRequestUrl(DEFAULT_SETTINGS, ID, token)).info.kind).toBe('no-token');
  });
});

describe('describeEndpoint', () => {
  it('names endpoint and environment without any secret', () => {
    expect(describeEndpoint({ ...DEFAULT_SETTINGS, environment: 'mainland' })).toBe(
      'fansProfile@mainland',
    );
  });
});
