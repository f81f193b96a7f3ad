import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { requestAudience } from '@/utils/ask-background';
import type { AudienceReply } from '@/utils/messages';
import type { PanelState } from './panel-state';

function stateFromReply(creatorId: string, reply: AudienceReply): PanelState {
  if (reply.ok) return { status: 'data', creatorId, answer: reply.value };
  if (reply.error.kind === 'no-token') return { status: 'no-token' };
  if (reply.error.kind === 'not-cached') return { status: 'idle', creatorId };
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

type Mode = 'cached' | 'load' | 'refresh';

/**
 * The audience of one creator as a view state, shared by the overlay and the popup.
 * Switching creators drops the previous creator's answer: the background still receives
 * and caches it (a paid call is never thrown away), but this view no longer waits for it.
 * Without `autoLoad` a kept answer is still shown at once: showing it costs nothing.
 */
export function useAudience(creatorId: string | null, autoLoad: boolean) {
  const [state, setState] = useState<PanelState | null>(null);
  const generation = useRef(0);
  const current = useRef(state);
  current.current = state;

  const ask = useCallback(
    (mode: Mode) => {
      if (!creatorId) return;
      const mine = ++generation.current;
      const before = current.current;

      if (mode === 'cached') setState({ status: 'idle', creatorId });
      else if (mode === 'refresh' && before?.status === 'data') {
        setState({ ...before, refreshing: true });
      } else setState({ status: 'loading', creatorId });

      const options = { fresh: mode === 'refresh', cacheOnly: mode === 'cached' };
      void requestAudience(creatorId, options).then((reply) => {
        if (mine !== generation.current) return;
        const next = stateFromReply(creatorId, reply);
        setState(mode === 'refresh' ? afterRefresh(before, next) : next);
      });
    },
    [creatorId],
  );

  // Only a new creator starts work on its own; `autoLoad` changing later (the overlay being
  // expanded) is the caller's to act on, so that collapsing never costs a request.
  useEffect(() => {
    generation.current++;
    if (!creatorId) return setState(null);
    ask(autoLoad ? 'load' : 'cached');
  }, [creatorId]);

  // Coming back to this tab from the options page: try again if the token was the problem.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState !== 'visible' || !fixedInSettings(current.current)) return;
      ask(autoLoad ? 'load' : 'cached');
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [ask, autoLoad]);

  useEffect(() => () => void generation.current++, []);

  return {
    state,
    load: () => ask('load'),
    refresh: () => ask('refresh'),
  };
}
