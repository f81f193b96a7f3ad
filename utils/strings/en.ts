import type { FailureKind } from '../api/error-kinds';
import { EN_OPTIONS } from './en-options';
import type { FailureText, UiStrings, ViewStrings } from './zh';

/** English UI copy; the types make a missing translation a compile error. */
const EN_VIEWS: ViewStrings = {
  maybeBilled: 'This call may have been billed. ',
  timeoutNotSent:
    'Earlier requests never answered, so this one was not sent (not billed); try again later',
  appName: 'Fanlens',
  expand: 'Show Fanlens',
  collapse: 'Collapse',
  settings: 'Settings',
  creator: 'Creator',
  'dimension.gender': 'Gender',
  'dimension.age': 'Age',
  'dimension.cities': 'Top cities',
  'dimension.provinces': 'Top provinces',
  'dimension.interests': 'Interests',
  'dimension.devices': 'Devices',
  'gender.female': 'Female',
  'gender.male': 'Male',
  'gender.unknown': 'Unknown',
  hiddenEntries: '{count} smaller entries not listed (top {top} shown)',
  followerTotal: 'Followers',
  chartLabel: '{dimension} chart; the numbers are in the list below',
  dataDate: 'Data as of',
  dataDateUnknown: 'unknown',
  cached: 'Cached',
  fetchedAt: 'fetched {time}',
  refresh: 'Refresh',
  refreshHint: 'Ask the API again (one billed call)',
  refreshing: 'Refreshing…',
  refreshFailed: 'Refresh failed: {title}. {action}. The data below is from before.',
  retry: 'Try again',
  load: 'Load audience',
  loadHint: 'Each load is one billed API call',
  loading: 'Fetching the audience…',
  loadingHint: 'The API can take up to a minute',
  listedBasis: 'of listed',
  listedNote: 'Of listed: shares among the listed entries, not of all followers',
  interestsNote: 'One follower can have several interests, so shares can add up to more than 100%',
  anomalies: '{n} unusable values skipped',
  anomaliesOne: '1 unusable value skipped',
  noDistributions: 'The API returned no distributions',
  details: 'Technical details',
  quotaResetPassed: 'The quota should have reset by now; try again',
  waitSeconds: 'Wait {seconds} s, then try again',
  lookupLabel: 'Creator id or profile link',
  lookupPlaceholder: '24-character creator id, or a Pugongying / Xiaohongshu link',
  lookup: 'Look up',
  lookupHelp: 'Paste a Pugongying creator page or a Xiaohongshu profile address',
  inputEmpty: 'Enter a creator id or a profile link',
  inputShortLink: 'Short links (xhslink.com) hide the id: open it, then copy the full address',
  inputRedId: 'That is a Xiaohongshu number, not a creator id: paste the profile link instead',
  inputUnrecognised: 'Not recognised: enter a 24-character creator id or a profile link',
};

export const EN_UI: UiStrings = { ...EN_VIEWS, ...EN_OPTIONS };

export const EN_FAILURES: Record<FailureKind, FailureText> = {
  'no-token': {
    title: 'No token yet',
    action: 'Paste your Just One API token in Settings',
  },
  'invalid-id': {
    title: 'This creator id is not valid',
    action: 'A creator id is 24 hex characters; nothing was sent. Open a creator page again',
  },
  'token-invalid': {
    title: 'The token is invalid or expired',
    action: 'Update it in Settings',
  },
  'collect-failed': {
    title: 'The API could not collect the data (retried)',
    action: 'Try again in a few minutes',
  },
  'rate-limited': {
    title: 'Too many requests; the API is slowing us down',
    action: 'Wait a moment, then try again',
  },
  'quota-exceeded': {
    title: "Today's API quota is used up",
    action: 'It resets at {time} Beijing time; try again then',
  },
  'bad-params': {
    title: 'The API rejected the request parameters',
    action: 'Check that the creator id is correct',
  },
  'server-error': {
    title: 'The API had an internal error (retried)',
    action: 'Try again in a few minutes',
  },
  'no-permission': {
    title: 'Your token has no permission for this endpoint',
    action: 'Enable it at Just One API, or pick the other endpoint in Settings',
  },
  'balance-low': {
    title: 'Your Just One API balance is too low',
    action: 'Top up the account, then try again',
  },
  'unknown-code': {
    title: 'The API returned an unexpected result (code {code})',
    action: 'Try again later; if it keeps happening, contact Just One API',
  },
  network: {
    title: 'The network connection failed',
    action: 'Check your connection, or switch the API environment in Settings',
  },
  timeout: {
    title: 'The API did not answer in time',
    action: 'The call may still have been billed; wait before trying again',
  },
  'unexpected-answer': {
    title: "The API's answer could not be read",
    action: 'Try again later',
  },
  disconnected: {
    title: 'Lost the connection to the extension',
    action: 'Try again; if it keeps failing, reload the page',
  },
  'not-cached': {
    title: 'No kept audience for this creator yet',
    action: 'Load it to call the API',
  },
};
