import { useEffect, useRef } from 'preact/hooks';
import { extensionContextAlive } from '@/utils/ask-background';
import type { PanelState } from '../panel-state';

/**
 * Chrome may stop the background worker while it waits for the API (an update, memory
 * pressure, a crash); the asking panel then gets `disconnected` at once and the request is
 * gone. The next message starts a fresh worker, so the panel asks once more on its own for
 * the creator the user is looking at; a second loss is shown with its retry button.
 * Nothing is retried once the extension itself is gone (reloaded or removed): the result
 * then says so, and the panel shows nothing until the invalidation watch removes it.
 */
export function useReconnect(
  creatorId: string,
  state: PanelState | null,
  load: () => void,
): { extensionGone: boolean } {
  const retriedFor = useRef<string | null>(null);

  useEffect(() => {
    retriedFor.current = null;
  }, [creatorId]);

  useEffect(() => {
    if (state?.status !== 'error' || state.error.kind !== 'disconnected') return;
    if (state.creatorId !== creatorId || retriedFor.current === creatorId) return;
    if (!extensionContextAlive()) return;

    retriedFor.current = creatorId;
    load();
  }, [state]);

  const lost = state?.status === 'error' && state.error.kind === 'disconnected';
  return { extensionGone: lost && !extensionContextAlive() };
}
