import type { Lang } from '@/utils/i18n';
import { ErrorState } from './ErrorState';

interface Props {
  lang: Lang;
  onOpenOptions(): void;
}

/** First run: nothing can be fetched until a token is pasted in Settings. */
export function NoToken({ lang, onOpenOptions }: Props) {
  // no-token is never retryable, so the retry callback is never reached.
  return (
    <ErrorState
      lang={lang}
      error={{ kind: 'no-token' }}
      now={0}
      onRetry={() => undefined}
      onOpenOptions={onOpenOptions}
    />
  );
}
