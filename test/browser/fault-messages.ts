import { readFixture, type Scenario } from './api-scenarios';
import type { FaultCase } from './fault-flow';

/**
 * What a user must read for each failure, as literal zh-CN text: a changed or missing
 * string in the product fails the suites instead of being looked up from the product itself.
 * `buttons` are the panel's `data-action`s in order.
 */
type Seen = FaultCase['seen'];

export const SERVER_ERROR: Seen = {
  kind: 'server-error',
  title: '接口服务内部出错（已自动重试）',
  action: '请稍后重试',
  buttons: ['retry'],
};

export const NETWORK: Seen = {
  kind: 'network',
  title: '网络连接失败',
  action: '请检查网络，或在设置中切换接口线路后重试',
  buttons: ['retry', 'open-options'],
};

export const UNREADABLE: Seen = {
  kind: 'unexpected-answer',
  title: '接口返回的数据无法识别',
  action: '请稍后重试',
  buttons: ['retry'],
};

/** A charged answer (code 0, or a 200 cut off mid-body) that could not be used. */
export const UNREADABLE_BILLED: Seen = {
  ...UNREADABLE,
  action: '该次调用可能已计费；请稍后重试',
};

export const BAD_PARAMS: Seen = {
  kind: 'bad-params',
  title: '接口拒绝了请求参数',
  action: '请确认达人 ID 是否正确',
  buttons: [],
};

export const TIMEOUT: Seen = {
  kind: 'timeout',
  title: '接口超时未响应',
  // The vendor may have started (and billed) the work before the client gave up.
  action: '该次请求可能仍已计费；请稍后重试，避免连续点击',
  buttons: ['retry'],
};

export const TOKEN_INVALID: Seen = {
  kind: 'token-invalid',
  title: '令牌无效或已过期',
  action: '请在设置中更新令牌',
  buttons: ['open-options'],
};

export const RATE_LIMITED: Seen = {
  kind: 'rate-limited',
  title: '请求过于频繁，已被限流',
  action: '请稍候片刻再试',
  buttons: ['retry'],
};

export const COLLECT_FAILED: Seen = {
  kind: 'collect-failed',
  title: '接口采集数据失败（已自动重试）',
  action: '请稍后重试',
  buttons: ['retry'],
};

export const NO_PERMISSION: Seen = {
  kind: 'no-permission',
  title: '令牌没有此接口的权限',
  action: '请在 Just One API 开通权限，或在设置中换用另一个接口',
  buttons: ['open-options'],
};

/** Retrying costs nothing (601 is not billed) and works once the account is topped up. */
export const BALANCE_LOW: Seen = {
  kind: 'balance-low',
  title: '账户余额不足',
  action: '请为 Just One API 账户充值后再试',
  buttons: ['retry'],
};

export const unknownCode = (code: number): Seen => ({
  kind: 'unknown-code',
  title: `接口返回了意外结果（代码 ${code}）`,
  action: '请稍后重试；如持续出现，请联系 Just One API',
  buttons: ['retry'],
});

/** A gateway's or server's own error page, as nginx sends it. */
export function htmlPage(status: number, reason: string): Scenario {
  const title = `${status} ${reason}`;
  return {
    kind: 'reply',
    status,
    contentType: 'text/html; charset=utf-8',
    body:
      `<!doctype html><html><head><title>${title}</title></head><body>` +
      `<center><h1>${title}</h1></center><hr><center>nginx</center></body></html>`,
  };
}

/** The vendor framework's answer to a malformed request: no envelope, no code. */
export function codeless(status: number): Scenario {
  const body = { ...(readFixture('http-400-spring-body.json') as object), status };
  return { kind: 'reply', status, body };
}
