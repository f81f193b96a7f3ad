import type { FailureInfo } from '@/utils/api/error-kinds';
import { failureMessage, t, type Lang } from '@/utils/i18n';
import { canRetry, offersSettings } from '../panel-state';
import { whenTrusted } from '../trusted';

interface Props {
  lang: Lang;
  error: FailureInfo;
  /** Epoch ms; decides whether a spent quota has reset yet. */
  now: number;
  onRetry(): void;
  onOpenOptions(): void;
}

/** Technical facts for a support request; never the token (FailureInfo carries none). */
function technicalLine(error: FailureInfo): string {
  const parts: string[] = [error.kind];
  if (error.code !== undefined) parts.push(`code ${error.code}`);
  if (error.status !== undefined) parts.push(`HTTP ${error.status}`);
  if (error.attempts !== undefined) parts.push(`attempts ${error.attempts}`);
  if (error.detail) parts.push(error.detail);
  return parts.join(' · ');
}

/** What went wrong, what to do next, and the one or two buttons that do it. */
export function ErrorState({ lang, error, now, onRetry, onOpenOptions }: Props) {
  const message = failureMessage(lang, error, now);
  const retry = canRetry(error, now);
  const settings = offersSettings(error);

  return (
    <div class="fanlens-error" data-error-kind={error.kind} role="alert">
      <p class="fanlens-error-title">{message.title}</p>
      <p class="fanlens-error-action">{message.action}</p>
      {(retry || settings) && (
        <div class="fanlens-actions">
          {retry && (
            <button type="button" data-action="retry" onClick={whenTrusted(() => onRetry())}>
              {t(lang, 'retry')}
            </button>
          )}
          {settings && (
            <button
              type="button"
              data-action="open-options"
              onClick={whenTrusted(() => onOpenOptions())}
            >
              {t(lang, 'settings')}
            </button>
          )}
        </div>
      )}
      <details class="fanlens-details">
        <summary>{t(lang, 'details')}</summary>
        <code>{technicalLine(error)}</code>
      </details>
    </div>
  );
}
