import type { FailureKind } from '../api/error-kinds';
import { ZH_OPTIONS } from './zh-options';

/**
 * Chinese UI copy, the reference language: its keys define what every other language must
 * translate. `{name}` marks a value filled in by `t`.
 */
const ZH_VIEWS = {
  maybeBilled: '该次调用可能已计费；',
  timeoutNotSent: '前面的请求迟迟没有回应，这次没有发送（不计费）；请稍后重试',
  appName: '粉丝透镜',
  expand: '展开粉丝透镜',
  collapse: '收起',
  settings: '设置',
  creator: '达人',
  'dimension.gender': '性别',
  'dimension.age': '年龄',
  'dimension.cities': '城市',
  'dimension.provinces': '省份',
  'dimension.interests': '兴趣',
  'dimension.devices': '设备',
  'gender.female': '女',
  'gender.male': '男',
  'gender.unknown': '未知',
  hiddenEntries: '另有 {count} 项较小的未列出（只显示前 {top} 项）',
  followerTotal: '粉丝总数',
  chartLabel: '{dimension}分布图，数值见下方列表',
  dataDate: '数据日期',
  dataDateUnknown: '未知',
  cached: '已缓存',
  fetchedAt: '获取于 {time}',
  refresh: '刷新',
  refreshHint: '重新向接口获取，会计费一次',
  refreshing: '刷新中…',
  refreshFailed: '刷新失败：{title}。{action}。下方仍是之前的数据。',
  retry: '重试',
  load: '加载粉丝画像',
  loadHint: '每次加载计费一次接口调用',
  loading: '正在获取粉丝画像…',
  loadingHint: '接口有时需要近一分钟，请稍候',
  listedBasis: '占所列',
  listedNote: '占所列：百分比是所列条目之间的比例，并非占全部粉丝',
  interestsNote: '一位粉丝可有多个兴趣，合计可超过 100%',
  anomalies: '已略过 {n} 个异常数值',
  anomaliesOne: '已略过 1 个异常数值',
  noDistributions: '接口未返回任何分布数据',
  details: '技术详情',
  quotaResetPassed: '额度应已重置，可以重试',
  waitSeconds: '请 {seconds} 秒后再试',
  lookupLabel: '达人 ID 或主页链接',
  lookupPlaceholder: '24 位达人 ID，或蒲公英 / 小红书主页链接',
  lookup: '查询',
  lookupHelp: '可粘贴蒲公英达人页或小红书个人主页的地址',
  inputEmpty: '请输入达人 ID 或主页链接',
  inputShortLink: '短链接（xhslink.com）看不到达人 ID：请先在浏览器打开，再复制完整地址',
  inputRedId: '这是小红书号，不是达人 ID：请粘贴达人主页链接',
  inputUnrecognised: '无法识别：请输入 24 位达人 ID 或主页链接',
} as const;

export const ZH_UI = { ...ZH_VIEWS, ...ZH_OPTIONS };

export type UiKey = keyof typeof ZH_UI;
export type UiStrings = Record<UiKey, string>;
export type ViewStrings = Record<keyof typeof ZH_VIEWS, string>;
export type OptionsStrings = Record<keyof typeof ZH_OPTIONS, string>;

/** What happened and what to do next; `{code}`, `{time}` are filled by failureMessage. */
export interface FailureText {
  title: string;
  action: string;
}

export const ZH_FAILURES: Record<FailureKind, FailureText> = {
  'no-token': { title: '尚未设置令牌', action: '请在设置中粘贴 Just One API 令牌' },
  'invalid-id': {
    title: '达人 ID 无效',
    action: '达人 ID 应为 24 位十六进制字符，未发送请求；请打开达人主页后再试',
  },
  'token-invalid': { title: '令牌无效或已过期', action: '请在设置中更新令牌' },
  'collect-failed': { title: '接口采集数据失败（已自动重试）', action: '请稍后重试' },
  'rate-limited': { title: '请求过于频繁，已被限流', action: '请稍候片刻再试' },
  'quota-exceeded': {
    title: '今日调用额度已用完',
    action: '额度将于 {time}（北京时间）重置，届时再试',
  },
  'bad-params': { title: '接口拒绝了请求参数', action: '请确认达人 ID 是否正确' },
  'server-error': { title: '接口服务内部出错（已自动重试）', action: '请稍后重试' },
  'no-permission': {
    title: '令牌没有此接口的权限',
    action: '请在 Just One API 开通权限，或在设置中换用另一个接口',
  },
  'balance-low': { title: '账户余额不足', action: '请为 Just One API 账户充值后再试' },
  'unknown-code': {
    title: '接口返回了意外结果（代码 {code}）',
    action: '请稍后重试；如持续出现，请联系 Just One API',
  },
  network: { title: '网络连接失败', action: '请检查网络，或在设置中切换接口线路后重试' },
  timeout: {
    title: '接口超时未响应',
    action: '该次请求可能仍已计费；请稍后重试，避免连续点击',
  },
  'unexpected-answer': { title: '接口返回的数据无法识别', action: '请稍后重试' },
  disconnected: { title: '与扩展后台的连接已断开', action: '请点重试；如仍失败，请刷新页面' },
  'not-cached': { title: '尚无缓存的粉丝画像', action: '点击加载后才会调用接口' },
};
