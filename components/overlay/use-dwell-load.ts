import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * Starts the automatic request for a creator once the page has stayed on it for `delayMs`
 * (at once for 0; never for null). Only a new creator schedules a start, as in useAudience.
 * `pending` lets the view show the wait as loading; `cancel` drops a scheduled start.
 */
export function useDwellLoad(creatorId: string, delayMs: number | null, load: () => void) {
  const [pending, setPending] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setPending(false);
  }, []);

  useEffect(() => {
    const waits = delayMs !== null && delayMs > 0;
    setPending(waits);
    if (delayMs === null) return;
    if (!waits) return load();

    timer.current = setTimeout(() => {
      timer.current = undefined;
      setPending(false);
      load();
    }, delayMs);
    return () => clearTimeout(timer.current);
  }, [creatorId]);

  return { pending, cancel };
}
