import { z } from 'zod';
import { normaliseAudience } from '../audience/normalise';
import type { Audience } from '../audience/model';
import { ruleForCode } from './api-codes';
import type { FailureInfo, Outcome } from './error-kinds';

/** What came over the wire for one request, before anything is believed. */
export interface HttpAnswer {
  status: number;
  contentType: string | null;
  body: string;
}

export type Normalise = typeof normaliseAudience;

const envelopeSchema = z.object({
  code: z.number().int(),
  data: z.unknown(),
  // A strange message or date must not cost the user an answer that was already paid for.
  message: z.string().nullish().catch(null),
  recordTime: z.string().nullish().catch(null),
});

/** The framework's own error page for malformed requests: it carries no business code. */
const requestErrorSchema = z.object({
  timestamp: z.unknown(),
  status: z.number().int(),
  error: z.string(),
  path: z.string().optional(),
});

/**
 * Classifies one HTTP answer. Business codes decide wherever an envelope arrived, whatever the
 * HTTP status; without one, only an HTTP 5xx is worth retrying. Details are short English for
 * logs and never quote the body, which could echo the request.
 */
export function readAnswer(
  answer: HttpAnswer,
  creatorId: string,
  normalise: Normalise = normaliseAudience,
): Outcome<Audience> {
  const body = answer.body.trim();
  if (body === '') return failWithoutEnvelope(answer, 'empty body');

  // The body decides, not the label: a gateway may call valid JSON `text/html`, and a paid
  // answer or a business code (303, 601) must not be lost to a wrong Content-Type.
  const json = body.startsWith('<') ? undefined : parseJson(body);
  if (json === undefined) {
    const html = isHtml(answer.contentType) || body.startsWith('<');
    const what = html ? `HTML body of ${body.length} chars` : 'body is not JSON (truncated?)';
    return failWithoutEnvelope(answer, what);
  }

  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const requestError = requestErrorSchema.safeParse(json);
    if ((answer.status === 400 || answer.status === 404) && requestError.success) {
      const detail = `HTTP ${answer.status} ${clip(requestError.data.error)}, no code`;
      return fail({ kind: 'bad-params', status: answer.status, detail });
    }
    return failWithoutEnvelope(answer, 'JSON without a code');
  }

  const { code, data, message, recordTime } = envelope.data;
  const status = answer.status === 200 ? undefined : answer.status;
  if (code !== 0) {
    const detail = message ? `code ${code}: ${clip(message)}` : `code ${code}`;
    return fail({ kind: ruleForCode(code).kind, code, status, detail });
  }

  const normalised = normalise(data, { creatorId, recordTime });
  if (normalised.ok) return normalised;
  // Code 0 is the charged answer, so a shape we cannot read was paid for all the same.
  return fail({ ...normalised.error, code: 0, status, possiblyBilled: true });
}

function failWithoutEnvelope(answer: HttpAnswer, what: string): Outcome<Audience> {
  const kind = answer.status >= 500 ? 'server-error' : 'unexpected-answer';
  const status = answer.status === 200 ? undefined : answer.status;
  return fail({ kind, status, detail: `HTTP ${answer.status}, ${what}` });
}

function fail(info: FailureInfo): Outcome<Audience> {
  const error = Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined));
  return { ok: false, error: error as FailureInfo };
}

function isHtml(contentType: string | null): boolean {
  return contentType !== null && /\bhtml\b/i.test(contentType);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** One line, bounded: vendor text goes into logs verbatim otherwise. */
function clip(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
