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
 * A failed refresh must not take away the answer already on screen: it stays, with the
 * failure beside it.
 */
function afterRefresh(previous: PanelState | null, next: PanelState): PanelState {
  if (next.status !== 'error' || previous?.status !== 'data') return next;
  if (previous.creatorId !== next.creatorId) return next;
  return { ...previous, refreshError: next.error };
}

/**
 * States that a change made elsewhere (a token saved in the options page) can end. Asking
 * again for them costs nothing: no request is sent without a token, and code 100 is not
 * billed.
 */
function fixedInSettings(state: PanelState | null): boolean {
  if (state?.status === 'no-token') return true;
  return state?.status === 'error' && state.error.kind === 'token-invalid';
}

/**
 * The audience of one creator as a view state, shared by the overlay and the popup.
 * Switching creators drops the previous creator's answer: the background still receives
 * and caches it (a paid call is never thrown away), but this view no longer waits for it.
 */
export function useAudience(creatorId: string | null, autoLoad: boolean) {
  const [state, setState] = useState<PanelState | null>(null);
  const generation = useRef(0);
  const current = useRef(state);
  current.current = state;

  const load = useCallback(
    (fresh: boolean) => {
      if (!creatorId) return;
      const mine = ++generation.current;
      const before = current.current;

      setState(
        before?.status === 'data' && fresh
          ? { ...before, refreshing: true }
          : {
              status: 'loading',
              creatorId,
            },
      );
      void requestAudience(creatorId, fresh).then((reply) => {
        if (mine !== generation.current) return;
        const next = stateFromReply(creatorId, reply);
        setState(fresh ? afterRefresh(before, next) : next);
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

  // Coming back to this tab from the options page: try again if the token was the problem.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible' && fixedInSettings(current.current)) load(false);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  useEffect(() => () => void generation.current++, []);

  return {
    state,
    load: () => load(false),
    refresh: () => load(true),
  };
}
