import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Audience } from '../audience/model';
import { readAnswer, type HttpAnswer, type Normalise } from './answer';

const FIXTURES = path.resolve(__dirname, '../../../shared/fixtures/api');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const ID = '5d21ab6b000000001201567d';

function json(body: string, status = 200): HttpAnswer {
  return { status, contentType: 'application/json;charset=UTF-8', body };
}

const fakeAudience: Audience = {
  creatorId: ID,
  shape: 'fractions',
  distributions: {},
  anomalies: [],
};

describe('readAnswer: business codes', () => {
  it.each([
    ['error-100-invalid-token.json', 100, 'token-invalid'],
    ['error-301-collect-failed.json', 301, 'collect-failed'],
    ['error-302-rate-limit.json', 302, 'rate-limited'],
    ['error-303-daily-quota.json', 303, 'quota-exceeded'],
    ['error-400-bad-params.json', 400, 'bad-params'],
    ['error-500-server.json', 500, 'server-error'],
    ['error-600-permission.json', 600, 'no-permission'],
    ['error-601-balance.json', 601, 'balance-low'],
  ])('%s → code %i, %s', (file, code, kind) => {
    const outcome = readAnswer(json(fixture(file)), ID);
    expect(outcome).toEqual({ ok: false, error: expect.objectContaining({ kind, code }) });
    if (outcome.ok) return;
    expect(outcome.error.status).toBeUndefined();
    expect(outcome.error.detail).toMatch(new RegExp(`^code ${code}: [A-Z ,]+$`));
  });

  it.each([101, 300, 404, 503, 602, 7, -1])('undocumented code %i → unknown-code', (code) => {
    const body = JSON.stringify({ code, data: null, message: null, recordTime: null });
    expect(readAnswer(json(body), ID)).toEqual({
      ok: false,
      error: { kind: 'unknown-code', code, detail: `code ${code}` },
    });
  });

  it('lets the code decide when the envelope comes with an HTTP error status', () => {
    const limited = readAnswer(json(fixture('error-302-rate-limit.json'), 429), ID);
    expect(limited).toMatchObject({ ok: false, error: { kind: 'rate-limited', status: 429 } });
    const server = readAnswer(json(fixture('error-500-server.json'), 500), ID);
    expect(server).toMatchObject({ ok: false, error: { kind: 'server-error', code: 500 } });
  });

  it('keeps a vendor message to one bounded line', () => {
    const message = `FAILED\n\tRETRY ${'x'.repeat(200)}`;
    const body = JSON.stringify({ code: 301, data: null, message, recordTime: null });
    const outcome = readAnswer(json(body), ID);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.detail).toMatch(/^code 301: FAILED RETRY x+…$/);
    expect(outcome.error.detail!.length).toBeLessThanOrEqual(90);
  });
});

describe('readAnswer: code 0', () => {
  it('hands data, creator id and recordTime to the normaliser and returns its audience', () => {
    const normalise = vi.fn<Normalise>(() => ({ ok: true, value: fakeAudience }));
    const body = fixture('fans-profile-fractions.json');
    const outcome = readAnswer(json(body), ID, normalise);
    expect(outcome).toEqual({ ok: true, value: fakeAudience });
    const { data, recordTime } = JSON.parse(body) as { data: unknown; recordTime: unknown };
    expect(normalise).toHaveBeenCalledWith(data, { creatorId: ID, recordTime });
  });

  it('passes a recordTime of null when the envelope has none or a strange one', () => {
    const normalise = vi.fn<Normalise>(() => ({ ok: true, value: fakeAudience }));
    readAnswer(json('{"code":0,"data":{"gender":{}},"recordTime":12}'), ID, normalise);
    expect(normalise).toHaveBeenCalledWith({ gender: {} }, { creatorId: ID, recordTime: null });
  });

  it('marks data it cannot read as paid for', () => {
    const normalise: Normalise = () => ({
      ok: false,
      error: { kind: 'unexpected-answer', detail: 'no known shape' },
    });
    expect(readAnswer(json('{"code":0,"data":{}}'), ID, normalise)).toEqual({
      ok: false,
      error: { kind: 'unexpected-answer', detail: 'no known shape', code: 0, possiblyBilled: true },
    });
  });

  it.each([
    ['fans-profile-fractions.json', 'fractions'],
    ['v1-counts-documented.json', 'counts'],
  ])('reads %s with the real normaliser', (file, shape) => {
    const outcome = readAnswer(json(fixture(file)), ID);
    expect(outcome).toMatchObject({ ok: true, value: { creatorId: ID, shape } });
  });
});

describe('readAnswer: bodies without an envelope', () => {
  const html = '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1>nginx</body></html>';

  it('treats an HTML 502 page as a retryable server error, without quoting it', () => {
    const outcome = readAnswer({ status: 502, contentType: 'text/html', body: html }, ID);
    expect(outcome).toEqual({
      ok: false,
      error: {
        kind: 'server-error',
        status: 502,
        detail: `HTTP 502, HTML body of ${html.length} chars`,
      },
    });
  });

  it('treats an HTML page with HTTP 200 (a captive portal, say) as unexpected', () => {
    const outcome = readAnswer({ status: 200, contentType: null, body: html }, ID);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'unexpected-answer' } });
    if (!outcome.ok) expect(outcome.error).not.toHaveProperty('status');
  });

  it('reads valid JSON labelled text/html: the body decides, not the label', () => {
    const html = (file: string) => ({ status: 200, contentType: 'text/html', body: fixture(file) });
    expect(readAnswer(html('fans-profile-fractions.json'), ID)).toMatchObject({ ok: true });
    expect(readAnswer(html('error-303-daily-quota.json'), ID)).toMatchObject({
      ok: false,
      error: { kind: 'quota-exceeded', code: 303 },
    });
  });

  it('treats truncated JSON as unexpected', () => {
    const body = fixture('fans-profile-fractions.json').slice(0, 700);
    expect(readAnswer(json(body), ID)).toEqual({
      ok: false,
      error: { kind: 'unexpected-answer', detail: 'HTTP 200, body is not JSON (truncated?)' },
    });
  });

  it.each([
    [200, 'unexpected-answer'],
    [503, 'server-error'],
  ])('treats an empty body with HTTP %i as %s', (status, kind) => {
    for (const body of ['', '  \n']) {
      const outcome = readAnswer(json(body, status), ID);
      expect(outcome).toMatchObject({
        ok: false,
        error: { kind, detail: `HTTP ${status}, empty body` },
      });
    }
  });

  it.each([400, 404])('treats the framework error body with HTTP %i as bad-params', (status) => {
    expect(readAnswer(json(fixture('http-400-spring-body.json'), status), ID)).toEqual({
      ok: false,
      error: { kind: 'bad-params', status, detail: `HTTP ${status} Bad Request, no code` },
    });
  });

  it('treats the framework error body with HTTP 500 as a server error', () => {
    const body = JSON.stringify({ timestamp: 1, status: 500, error: 'Internal Server Error' });
    expect(readAnswer(json(body, 500), ID)).toMatchObject({
      ok: false,
      error: { kind: 'server-error', status: 500 },
    });
  });

  it.each(['{"data":{}}', '{"code":"0","data":{}}', '{"code":0.5}', 'null', '[]', '42'])(
    'treats JSON without an integer code (%s) as unexpected',
    (body) => {
      expect(readAnswer(json(body), ID)).toEqual({
        ok: false,
        error: { kind: 'unexpected-answer', detail: 'HTTP 200, JSON without a code' },
      });
    },
  );

  it('treats HTTP 401 with a non-JSON body as unexpected, keeping the status', () => {
    const outcome = readAnswer({ status: 401, contentType: 'text/plain', body: 'denied' }, ID);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'unexpected-answer', status: 401 } });
  });
});
