import type { IncomingMessage, ServerResponse } from 'node:http';
import { ENDPOINTS, type EndpointName } from '../../utils/settings';
import { answer, pickStep, readFixture, type Scenario } from './api-scenarios';
import { listenOnLoopback } from './loopback-server';
import type { Certificate } from './self-signed-cert';

export interface RecordedRequest {
  /** Epoch ms when the request arrived. */
  time: number;
  method: string;
  path: string;
  /** Every query parameter, the token included. */
  params: Record<string, string>;
  token: string | null;
  endpoint: EndpointName | null;
  /** `userId` or `kolId`, whichever the endpoint takes. */
  creatorId: string | null;
  /** True once the client hung up before the answer was complete (timeout, abort). */
  closedEarly: boolean;
}

export interface StandInApi {
  port: number;
  /** Every request so far, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  requestsFor(creatorId: string): RecordedRequest[];
  /** Sets how one creator is answered; restarts that creator's sequence. */
  setScenario(creatorId: string, scenario: Scenario): void;
  /** Forgets scenarios and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

/** Unknown creators get the live fractions shape, the most common real answer. */
const DEFAULT_SCENARIO: Scenario = { kind: 'fixture', file: 'fans-profile-fractions.json' };

function endpointOf(pathname: string): EndpointName | null {
  const names = Object.keys(ENDPOINTS) as EndpointName[];
  return names.find((name) => ENDPOINTS[name].path === pathname) ?? null;
}

/** What the vendor's framework says to a path it does not know: no envelope, no code. */
function notFoundBody(pathname: string): unknown {
  return { ...(readFixture('http-400-spring-body.json') as object), status: 404, path: pathname };
}

/**
 * A stand-in for the Just One API on loopback. HTTPS when given a certificate, because the
 * product's global base URL is https://api.justoneapi.com and Chromium is pointed here.
 */
export async function startStandInApi(certificate?: Certificate): Promise<StandInApi> {
  const requests: RecordedRequest[] = [];
  const scenarios = new Map<string, Scenario>();
  /** Requests per creator since its scenario was set: the position in a sequence. */
  const served = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const endpoint = endpointOf(url.pathname);
    const creatorId = endpoint ? url.searchParams.get(ENDPOINTS[endpoint].idParam) : null;
    const record: RecordedRequest = {
      time: Date.now(),
      method: req.method ?? 'GET',
      path: url.pathname,
      params: Object.fromEntries(url.searchParams),
      token: url.searchParams.get('token'),
      endpoint,
      creatorId,
      closedEarly: false,
    };
    const key = creatorId ?? '';
    const earlier = served.get(key) ?? 0;
    served.set(key, earlier + 1);
    requests.push(record);
    res.on('close', () => (record.closedEarly = !res.writableFinished));

    const scenario: Scenario = endpoint
      ? (scenarios.get(key) ?? DEFAULT_SCENARIO)
      : { kind: 'reply', status: 404, body: notFoundBody(url.pathname) };
    const step = pickStep(scenario, earlier);
    const delayMs = 'delayMs' in step ? (step.delayMs ?? 0) : 0;
    if (delayMs <= 0) return answer(step, res);

    const timer = setTimeout(() => {
      timers.delete(timer);
      answer(step, res);
    }, delayMs);
    timers.add(timer);
  };

  const { server, port } = await listenOnLoopback(handle, certificate);

  return {
    port,
    requests,
    requestsFor: (creatorId) => requests.filter((r) => r.creatorId === creatorId),
    setScenario: (creatorId, scenario) => {
      scenarios.set(creatorId, scenario);
      served.delete(creatorId);
    },
    reset: () => {
      scenarios.clear();
      served.clear();
      requests.length = 0;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
