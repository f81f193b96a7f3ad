import { describe, expect, it } from 'vitest';
import { formatLogLine } from './log-line';

describe('formatLogLine', () => {
  it('writes one prefixed line with the fields that have values', () => {
    const line = formatLogLine('failure', {
      creator: '5d21ab6b000000001201567d',
      code: 301,
      status: undefined,
      retry: true,
    });
    expect(line).toBe('[fanlens] failure creator=5d21ab6b000000001201567d code=301 retry=true');
  });

  it('quotes values with spaces and keeps them on one line', () => {
    expect(formatLogLine('failure', { detail: 'code 301:\nFAILED, "RETRY"' })).toBe(
      '[fanlens] failure detail="code 301: FAILED, \\"RETRY\\""',
    );
  });
});
