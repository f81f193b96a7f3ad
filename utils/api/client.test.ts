import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { fetchAudience, type ClientDeps } from './client';
import { createServerTrouble } from './server-trouble';

const FIXTURES = path.resolve(__dirname, '../../../shared/fixtures/api');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const ID = '5d21ab6b000000001201567d';
const TOKEN = 'SECRET-tok+/=9';
const TOKEN_FORMS = [TOKEN, encodeURIComponent(TOKEN), 'SECRET-tok%2B%2F%3D9'];

/** One scripted answer per request; the last one repeats. */
type Step =
  | { status?: number; type?: string; body: string }
  | Error
  | 'hang' // waits for the abort signal, as a real fetch does
  | 'ignore-abort' // never settles, even when aborted
  | 'stall-body' // headers arrive, the body never ends
  | 'cut-body'; // headers arrive, then the body breaks off

function setup(script: Step[], settings: Settings = DEFAULT_SETTINGS) {
  const logs: string[] = [];
  const delays: number[] = [];
  let clock = Date.parse('2026-12-04T08:00:00Z');
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const step = script[Math.min(fetch.mock.calls.length - 1, script.length - 1)]!;
    if (step instanceof Error) throw step;
    if (step === 'hang') {
      return new Promise<Response>((_, reject) => {
        init!.signal!.addEventListener('abort', () =>
          reject(new DOMException('gone', 'AbortError')),
        );
      });
    }
    if (step === 'ignore-abort') return new Promise<Response>(() => undefined);
    if (step === 'stall-body') return new Response(new ReadableStream({ start() {} }));
    if (step === 'cut-body') {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"code":0,"data":{"gen'));
          controller.error(new TypeError('network error'));
        },
      });
      return new Response(body, { status: 200 });
    }
    const headers = { 'content-type': step.type ?? 'application/json' };
    return new Response(step.body, { status: step.status ?? 200, headers });
  });
  const deps: ClientDeps = {
    fetch,
    sleep: async (ms) => {
      delays.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    now: () => clock,
    log: (line) => logs.push(line),
    serverTrouble: createServerTrouble(() => clock),
  };
  const run = (creatorId = ID, token = TOKEN) =>
    fetchAudience({ creatorId, token, settings }, deps);
  return { deps, fetch, logs, delays, run };
}

const ok = { body: fixture('fans-profile-fractions.json') };
const code = (file: string) => ({ body: fixture(file) });
const html502 = { status: 502, type: 'text/html', body: '<html><h1>502 Bad Gateway</h1></html>' };

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchAudience: answers', () => {
  it('asks once and returns the audience with attempts 1', async () => {
    const { run, fetch, logs, delays } = setup([ok]);
    const result = await run();
    expect(result).toMatchObject({ ok: true, attempts: 1, value: { creatorId: ID } });
    expect(delays).toEqual([]);
    const [url, init] = fetch.mock.calls[0]!;
    expect(new URL(String(url)).searchParams.get('userId')).toBe(ID);
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(logs).toEqual([
      `[fanlens] request creator=${ID} endpoint=fansProfile@global attempt=1`,
      `[fanlens] answer creator=${ID} code=0 attempt=1 ms=0`,
    ]);
  });

  it.each([
    ['error-100-invalid-token.json', 'token-invalid'],
    ['error-303-daily-quota.json', 'quota-exceeded'],
    ['error-400-bad-params.json', 'bad-params'],
    ['error-600-permission.json', 'no-permission'],
    ['error-601-balance.json', 'balance-low'],
  ])('stops after exactly one request for %s', async (file, kind) => {
    const { run, fetch, delays } = setup([code(file)]);
    const result = await run();
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind, attempts: 1 } });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(delays).toEqual([]);
  });

  it.each<[string, Step, string]>([
    ['an unknown code', { body: '{"code":602,"data":null}' }, 'unknown-code'],
    [
      'the framework 400 body',
      { status: 400, body: fixture('http-400-spring-body.json') },
      'bad-params',
    ],
    [
      'truncated JSON',
      { body: fixture('v1-counts-documented.json').slice(0, 300) },
      'unexpected-answer',
    ],
    ['an empty body', { body: '' }, 'unexpected-answer'],
  ])('does not retry %s', async (_, step, kind) => {
    const { run, fetch } = setup([step]);
    expect(await run()).toMatchObject({ ok: false, attempts: 1, error: { kind } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('fetchAudience: retries', () => {
  it('retries 301 twice and then succeeds on the third request', async () => {
    const failed = code('error-301-collect-failed.json');
    const { run, fetch, delays, logs } = setup([failed, failed, ok]);
    expect(await run()).toMatchObject({ ok: true, attempts: 3 });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(delays).toEqual([750, 1500]);
    expect(logs[1]).toBe(
      `[fanlens] failure creator=${ID} kind=collect-failed code=301 attempt=1 ms=0 ` +
        'retryInMs=750 detail="code 301: FAILED, RETRY"',
    );
  });

  it.each<[string, Step, string]>([
    ['301', code('error-301-collect-failed.json'), 'collect-failed'],
    ['500', code('error-500-server.json'), 'server-error'],
    ['an HTML 502 page', html502, 'server-error'],
    ['a network TypeError', new TypeError('Failed to fetch'), 'network'],
  ])('gives up on %s after 3 requests', async (_, step, kind) => {
    const { run, fetch, delays } = setup([step]);
    const result = await run();
    expect(result).toMatchObject({ ok: false, attempts: 3, error: { kind, attempts: 3 } });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(delays).toHaveLength(2);
  });

  it('reports an HTML 502 with its status and without quoting the page', async () => {
    const { run } = setup([html502]);
    const result = await run();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ status: 502, detail: 'HTTP 502, HTML body of 37 chars' });
  });

  it('asks before every retry whether to stop, and stops without another request', async () => {
    const { fetch, deps } = setup([code('error-301-collect-failed.json')]);
    const stop = { kind: 'quota-exceeded', retryAt: 1, detail: 'not sent' } as const;
    const result = await fetchAudience(
      { creatorId: ID, token: TOKEN, settings: DEFAULT_SETTINGS, stopBefore: async () => stop },
      deps,
    );
    expect(result).toEqual({ ok: false, attempts: 1, error: { ...stop, attempts: 1 } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('never follows a redirect, which would carry the token to another host', async () => {
    const { run, fetch } = setup([{ status: 302, body: '' }]);
    const result = await run();
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: 'unexpected-answer' } });
    expect(result.ok || result.error.detail).toMatch(/^HTTP 302 redirect, not followed/);
    expect(fetch.mock.calls[0]![1]).toMatchObject({ redirect: 'manual' });
  });

  it('does not retry a 200 answer cut off mid-body: it may have been billed', async () => {
    const { run, fetch } = setup(['cut-body']);
    expect(await run()).toMatchObject({
      ok: false,
      attempts: 1,
      error: { kind: 'unexpected-answer', status: 200, possiblyBilled: true },
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('waits for the browser to let a held-back request through, without counting it', async () => {
    const held = new TypeError('Failed to fetch');
    const { run, fetch, delays } = setup([html502, held, held, ok]);
    expect(await run()).toMatchObject({ ok: true, attempts: 2 });
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(delays).toEqual([750, 1000, 2000]);
  });

  it('names requests held back past the 30 s budget a server error', async () => {
    const held = new TypeError('Failed to fetch');
    const { run, fetch, delays } = setup([html502, held]);
    const result = await run();
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: 'server-error' } });
    expect(result.ok || result.error.detail).toMatch(/^held back by the browser after HTTP 5xx/);
    expect(delays).toEqual([750, 1000, 2000, 4000, 8000]);
    expect(fetch).toHaveBeenCalledTimes(6);
  });

  it('calls a network failure a network failure once a good answer came in between', async () => {
    const { run } = setup([html502, ok, new TypeError('Failed to fetch')]);
    expect(await run()).toMatchObject({ ok: true, attempts: 2 });
    expect(await run()).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('forgets 5xx answers after two minutes', async () => {
    const { run, deps } = setup([html502, new TypeError('Failed to fetch')]);
    await run();
    await deps.sleep(2 * 60 * 1000); // the test clock moves with every sleep
    expect(await run()).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('recovers from one network failure', async () => {
    const { run } = setup([new TypeError('Failed to fetch'), ok]);
    expect(await run()).toMatchObject({ ok: true, attempts: 2 });
  });

  it('backs off 302 with jittered, growing delays and stops after 4 requests', async () => {
    const { deps, run, fetch, delays } = setup([code('error-302-rate-limit.json')]);
    const randoms = [0, 0.999, 0.25];
    deps.random = () => randoms.shift()!;
    expect(await run()).toMatchObject({ ok: false, attempts: 4, error: { kind: 'rate-limited' } });
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(delays).toEqual([2000, 7996, 10000]);
  });
});

describe('fetchAudience: timeouts', () => {
  async function settleAfter(run: () => Promise<unknown>, ms: number) {
    let settled = false;
    const pending = run().then((result) => {
      settled = true;
      return result;
    });
    await vi.advanceTimersByTimeAsync(ms - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    return pending;
  }

  it('gives up after 60 s by default, once, and says the call may be billed', async () => {
    vi.useFakeTimers();
    const { run, fetch } = setup(['hang']);
    const result = await settleAfter(run, 60_000);
    expect(result).toEqual({
      ok: false,
      attempts: 1,
      error: {
        kind: 'timeout',
        detail: 'no answer within 60 s',
        possiblyBilled: true,
        attempts: 1,
      },
    });
    expect(fetch.mock.calls[0]![1]!.signal!.aborted).toBe(true);
  });

  it('uses the configured timeout', async () => {
    vi.useFakeTimers();
    const { run } = setup(['hang'], { ...DEFAULT_SETTINGS, timeoutSeconds: 15 });
    expect(await settleAfter(run, 15_000)).toMatchObject({ error: { kind: 'timeout' } });
  });

  it('falls back to 60 s when the settings carry no usable timeout', async () => {
    vi.useFakeTimers();
    const broken = { ...DEFAULT_SETTINGS, timeoutSeconds: Number.NaN };
    const { run } = setup(['hang'], broken);
    expect(await settleAfter(run, 60_000)).toMatchObject({ error: { kind: 'timeout' } });
  });

  it.each<Step>(['ignore-abort', 'stall-body'])('times out even when fetch %s', async (step) => {
    vi.useFakeTimers();
    const { run } = setup([step]);
    expect(await settleAfter(run, 60_000)).toMatchObject({ error: { kind: 'timeout' } });
  });

  it('clears its timer once the answer is in', async () => {
    vi.useFakeTimers();
    const { run } = setup([ok]);
    await run();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('fetchAudience: never rejects, never leaks the token', () => {
  it('refuses a malformed creator id without any request', async () => {
    const { run, fetch } = setup([ok]);
    expect(await run('5D21AB6B000000001201567D')).toMatchObject({
      ok: false,
      attempts: 0,
      error: { kind: 'invalid-id', attempts: 0 },
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses an empty token without any request', async () => {
    const { run, fetch } = setup([ok]);
    expect(await run(ID, '')).toMatchObject({ ok: false, error: { kind: 'no-token' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('turns a failing dependency into a failure instead of a rejection', async () => {
    const { deps, run } = setup([code('error-301-collect-failed.json')]);
    deps.sleep = () => Promise.reject(new Error('sleep broke'));
    expect(await run()).toMatchObject({
      ok: false,
      attempts: 1,
      error: { kind: 'unexpected-answer', detail: 'client failed: Error: sleep broke' },
    });
  });

  it('still returns a paid answer when the logger throws', async () => {
    const { deps, run } = setup([ok]);
    deps.log = () => {
      throw new Error('console gone');
    };
    expect(await run()).toMatchObject({ ok: true, attempts: 1 });
  });

  it('keeps the token out of every log line and every failure', async () => {
    vi.useFakeTimers();
    const echoing = { body: JSON.stringify({ code: 100, data: null, message: `bad ${TOKEN}` }) };
    const scripts: Step[][] = [
      [ok],
      [code('error-301-collect-failed.json')],
      [echoing],
      [new TypeError(`fetch failed: https://api.justoneapi.com/x?token=${TOKEN_FORMS[2]}`)],
      [new TypeError(`fetch failed for token ${TOKEN}`)],
      ['hang'],
      [html502],
    ];
    const seen: string[] = [];
    for (const script of scripts) {
      const { run, logs } = setup(script);
      const pending = run();
      await vi.advanceTimersByTimeAsync(60_000);
      const result = await pending;
      seen.push(...logs, JSON.stringify(result.ok ? {} : result.error));
    }
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.some((line) => line.includes('[token]'))).toBe(true);
    for (const line of seen) {
      for (const form of TOKEN_FORMS) expect(line).not.toContain(form);
      expect(line).not.toContain('token=');
    }
  });
});
