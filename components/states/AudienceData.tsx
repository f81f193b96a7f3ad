import type { DrawChart } from '@/utils/charts/draw';
import type { FailureInfo } from '@/utils/api/error-kinds';
import { failureMessage, t, type Lang } from '@/utils/i18n';
import type { AudienceAnswer } from '@/utils/messages';
import { formatCount } from '@/utils/format';
import { shanghaiDateTime } from '@/utils/shanghai-time';
import { AudienceCharts } from '../AudienceCharts';
import { whenTrusted } from '../trusted';

interface Props {
  lang: Lang;
  answer: AudienceAnswer;
  /** A refresh is under way; the answer stays on screen meanwhile. */
  refreshing?: boolean;
  /** The last refresh failed; what is shown is the answer from before it. */
  refreshError?: FailureInfo;
  now: number;
  onRefresh(): void;
  draw?: DrawChart;
}

/** `recordTime` carries nanoseconds (`2026-12-01T09:14:03.512734901`); the day is enough. */
function shortDate(dataDate: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(dataDate)?.[0] ?? dataDate;
}

/** The charts, how old their data is, and whether this view cost a call. */
export function AudienceData(props: Props) {
  const { lang, answer, refreshing, refreshError, now, onRefresh, draw } = props;
  const { audience, fetchedAt, fromCache } = answer;
  const fetched = t(lang, 'fetchedAt', { time: shanghaiDateTime(fetchedAt) });

  return (
    <>
      <div class="fanlens-meta">
        <p>
          {t(lang, 'dataDate')}{' '}
          <span data-role="data-date" title={audience.dataDate}>
            {audience.dataDate ? shortDate(audience.dataDate) : t(lang, 'dataDateUnknown')}
          </span>
          {audience.total !== undefined && (
            <>
              {' · '}
              {t(lang, 'followerTotal')}{' '}
              <span data-role="follower-total">{formatCount(audience.total)}</span>
            </>
          )}
          <br />
          <span data-role="fetched">
            {fromCache ? `${t(lang, 'cached')} · ${fetched}` : fetched}
          </span>
        </p>
        <button
          type="button"
          data-action="refresh"
          title={t(lang, 'refreshHint')}
          disabled={refreshing}
          onClick={whenTrusted(() => onRefresh())}
        >
          {t(lang, refreshing ? 'refreshing' : 'refresh')}
        </button>
      </div>
      {refreshError && (
        <p class="fanlens-refresh-error" role="alert" data-refresh-error-kind={refreshError.kind}>
          {t(lang, 'refreshFailed', failureMessage(lang, refreshError, now))}
        </p>
      )}
      <AudienceCharts lang={lang} audience={audience} draw={draw} />
    </>
  );
}
