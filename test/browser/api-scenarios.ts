import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { FIXTURES_DIR } from './paths';

/** How the stand-in API answers one request for a creator. */
export type Scenario =
  /** A file from shared/fixtures/api, e.g. `error-100-invalid-token.json`. */
  | { kind: 'fixture'; file: string; status?: number; delayMs?: number }
  /** Any status and body; objects are sent as JSON, strings as they are. */
  | { kind: 'reply'; status?: number; body: unknown; contentType?: string; delayMs?: number }
  /** Accept the request and never answer: what a client timeout is for. */
  | { kind: 'hang' }
  /** Drop the connection with a TCP reset and no HTTP answer at all. */
  | { kind: 'reset'; delayMs?: number }
  /** Promise the whole body in Content-Length, send the first half, then close. */
  | { kind: 'truncated'; file?: string; body?: unknown; delayMs?: number }
  /** Successive requests take successive steps; the last step repeats. */
  | { kind: 'sequence'; steps: Scenario[] };

export const JSON_TYPE = 'application/json;charset=UTF-8';

/** A fixture as an object, to send as it is or altered (a second creator's numbers). */
export function readFixture(file: string): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, file), 'utf8'));
}

/** Resolves a sequence to the step for the `index`-th request (0-based) of its creator. */
export function pickStep(
  scenario: Scenario,
  index: number,
): Exclude<Scenario, { kind: 'sequence' }> {
  if (scenario.kind !== 'sequence') return scenario;
  const steps = scenario.steps;
  if (steps.length === 0) throw new Error('A sequence scenario needs at least one step');
  const step = steps[Math.min(index, steps.length - 1)]!;
  return pickStep(step, 0);
}

function bodyText(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body);
}

/** A real RST, so the client sees "connection reset" rather than an orderly close. */
function resetConnection(socket: Socket): void {
  // A TLS socket has no TCP handle of its own; its parent is the raw TCP socket.
  const tcp = (socket as Socket & { _parent?: Socket | null })._parent ?? socket;
  try {
    tcp.resetAndDestroy();
  } catch {
    socket.destroy();
  }
}

/** Answers per the step; `hang` leaves the response open for the server to clean up. */
export function answer(step: Exclude<Scenario, { kind: 'sequence' }>, res: ServerResponse): void {
  switch (step.kind) {
    case 'fixture':
      res.writeHead(step.status ?? 200, { 'content-type': JSON_TYPE });
      res.end(bodyText(readFixture(step.file)));
      return;
    case 'reply':
      res.writeHead(step.status ?? 200, { 'content-type': step.contentType ?? JSON_TYPE });
      res.end(bodyText(step.body));
      return;
    case 'hang':
      return;
    case 'reset':
      resetConnection(res.socket as Socket);
      return;
    case 'truncated': {
      const full = Buffer.from(bodyText(step.file ? readFixture(step.file) : step.body));
      res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': full.length });
      res.write(full.subarray(0, Math.floor(full.length / 2)), () => res.socket?.destroy());
      return;
    }
  }
}
