import { request } from 'node:https';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../utils/settings';
import { makeSelfSignedCertificate } from './self-signed-cert';
import { startStandInApi, type StandInApi } from './stand-in-api';

type Reply = { status: number; type: string; body: string } | { error: string };

/** One HTTPS GET the way a client that trusts nothing in particular would send it. */
function get(api: StandInApi, path: string, timeoutMs = 5_000): Promise<Reply> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port: api.port, path, rejectUnauthorized: false });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('client timeout')));
    req.on('error', (error) => resolve({ error: error.message }));
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('error', () => resolve({ error: 'body cut off' }));
      res.on('aborted', () => resolve({ error: 'body cut off' }));
      res.on('end', () =>
        resolve({ status: res.statusCode!, type: res.headers['content-type']!, body }),
      );
    });
    req.end();
  });
}

const profile = (id: string, token = 't0k') =>
  `${ENDPOINTS.fansProfile.path}?userId=${id}&token=${encodeURIComponent(token)}`;
const ID = '5d21ab6b000000001201567d';

let api: StandInApi;
beforeAll(async () => {
  api = await startStandInApi(makeSelfSignedCertificate(['api.justoneapi.com']));
});
beforeEach(() => api.reset());
afterAll(() => api.close());

describe('stand-in API', () => {
  it('answers unknown creators with the fractions fixture and records the token', async () => {
    const reply = await get(api, profile(ID, 'a+b/c='));
    expect(reply).toMatchObject({ status: 200, type: expect.stringContaining('json') });
    expect(JSON.parse((reply as { body: string }).body).data.gender.female).toBe(0.8766);
    expect(api.requestsFor(ID)).toMatchObject([
      { token: 'a+b/c=', endpoint: 'fansProfile', params: { userId: ID }, closedEarly: false },
    ]);
  });

  it('reads the id from kolId on the deprecated endpoint', async () => {
    api.setScenario(ID, { kind: 'fixture', file: 'error-302-rate-limit.json' });
    const reply = await get(api, `${ENDPOINTS.kolFansPortrait.path}?kolId=${ID}&acceptCache=true`);
    expect(JSON.parse((reply as { body: string }).body).code).toBe(302);
    expect(api.requests[0]).toMatchObject({ endpoint: 'kolFansPortrait', creatorId: ID });
  });

  it('walks a sequence and repeats its last step', async () => {
    const busy = { kind: 'fixture', file: 'error-302-rate-limit.json' } as const;
    const ok = { kind: 'reply', status: 200, body: 'plain', contentType: 'text/plain' } as const;
    api.setScenario(ID, { kind: 'sequence', steps: [busy, busy, ok] });
    const bodies: string[] = [];
    for (let i = 0; i < 4; i += 1) bodies.push(((await get(api, profile(ID))) as any).body);
    expect(bodies.map((body) => (body === 'plain' ? 'plain' : JSON.parse(body).code))).toEqual([
      302,
      302,
      'plain',
      'plain',
    ]);
  });

  it('delays, hangs, resets and truncates on demand', async () => {
    api.setScenario('delayed', { kind: 'reply', status: 503, body: {}, delayMs: 300 });
    const started = Date.now();
    expect(await get(api, profile('delayed'))).toMatchObject({ status: 503 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    api.setScenario('hung', { kind: 'hang' });
    expect(await get(api, profile('hung'), 300)).toEqual({ error: 'client timeout' });
    await expect.poll(() => api.requestsFor('hung')[0]?.closedEarly).toBe(true);

    api.setScenario('reset', { kind: 'reset' });
    // A real RST ("read ECONNRESET"), not an orderly close ("socket hang up").
    expect(await get(api, profile('reset'))).toEqual({ error: 'read ECONNRESET' });

    api.setScenario('cut', { kind: 'truncated', file: 'fans-profile-fractions.json' });
    expect(await get(api, profile('cut'))).toEqual({ error: 'body cut off' });
  });

  it('answers unknown paths like the vendor framework, without an envelope', async () => {
    const reply = (await get(api, '/api/nope?token=x')) as { status: number; body: string };
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ status: 404, path: '/api/nope' });
    expect(api.requests[0]).toMatchObject({ endpoint: null, creatorId: null, token: 'x' });
  });
});
