import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { requestAudience } from '@/utils/ask-background';
import type { AudienceReply } from '@/utils/messages';
import type { PanelState } from './panel-state';

function stateFromReply(creatorId: string, reply: AudienceReply): PanelState {
  if (reply.ok) return { status: 'data', creatorId, answer: reply.value };
  if (reply.error.kind === 'no-token') return { status: 'no-token' };
  return { status: 'error', creatorId, error: reply.error };
}

/**
 * The audience of one creator as a view state, shared by the overlay and the popup.
 * Switching creators drops the previous creator's answer: the background still receives
 * and caches it (a paid call is never thrown away), but this view no longer waits for it.
 */
export function useAudience(creatorId: string | null, autoLoad: boolean) {
  const [state, setState] = useState<PanelState | null>(null);
  const generation = useRef(0);

  const load = useCallback(
    (fresh: boolean) => {
      if (!creatorId) return;
      const mine = ++generation.current;

      setState({ status: 'loading', creatorId });
      void requestAudience(creatorId, fresh).then((reply) => {
        if (mine === generation.current) setState(stateFromReply(creatorId, reply));
      });
    },
    [creatorId],
  );

  // Only a new creator starts work on its own; `autoLoad` changing later (the overlay being
  // expanded) is the caller's to act on, so that collapsing never costs a request.
  useEffect(() => {
    generation.current++;
    if (!creatorId) return setState(null);
    if (autoLoad) return load(false);
    setState({ status: 'idle', creatorId });
  }, [creatorId]);

  useEffect(() => () => void generation.current++, []);

  return {
    state,
    load: () => load(false),
    refresh: () => load(true),
  };
}
