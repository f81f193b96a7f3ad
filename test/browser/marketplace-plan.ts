/**
 * A visiting plan the stand-in marketplace page follows by itself, for browsers that no test
 * driver controls (the plain Chromium launch): which pages to load, in order, and when to
 * move on. Each page reports what the overlay shows to the stand-in's `/report` endpoint.
 */
export interface PlanStep {
  /** Path (and query) of the page to load for this step. */
  path: string;
  /** Stay at least this long on the page; the last step stays for good. */
  stayMs?: number;
  /** Also wait until the panel shows this `data-state` before moving on. */
  until?: string;
}

export interface Plan {
  /** Tells the reports of parallel runs apart. */
  run: string;
  steps: PlanStep[];
}

/** One line a plan page sent: what the panel showed at that moment. */
export interface PlanReport {
  run: string;
  step: number;
  /** `page` when a step's page starts, `panel` when the panel changed. */
  event: 'page' | 'panel';
  /** The panel's `data-state`, or `none` when there is no panel. */
  state: string;
  creatorId: string;
  /** Epoch ms in the page. */
  at: number;
}

/** The URL of a plan's step; the plan travels in the query from page load to page load. */
export function planStepUrl(plan: Plan, step: number): string {
  const target = plan.steps[step];
  if (!target) throw new Error(`The plan ${plan.run} has no step ${step}`);
  const url = new URL(target.path, 'https://pgy.xiaohongshu.com');
  url.searchParams.set('plan', JSON.stringify(plan));
  url.searchParams.set('step', String(step));
  return url.href;
}

// Plain JS for the page. Full page loads only: each step starts with a fresh document.
export const PLAN_SCRIPT = `
  (() => {
    const query = new URLSearchParams(location.search);
    const plan = JSON.parse(query.get('plan'));
    const step = Number(query.get('step') || 0);
    const current = plan.steps[step];
    const started = Date.now();
    let last = '';

    function panel() {
      const host = document.querySelector('fanlens-overlay');
      const found = host && host.shadowRoot && host.shadowRoot.querySelector('.fanlens-panel');
      return {
        state: found ? found.dataset.state || '' : 'none',
        creatorId: found ? found.dataset.creatorId || '' : '',
      };
    }
    function report(event, seen) {
      const params = new URLSearchParams({
        run: plan.run, step: String(step), event,
        state: seen.state, creatorId: seen.creatorId, at: String(Date.now()),
      });
      fetch('/report?' + params, { cache: 'no-store', keepalive: true }).catch(() => {});
    }
    function next() {
      const target = plan.steps[step + 1];
      const url = new URL(target.path, location.origin);
      url.searchParams.set('plan', JSON.stringify(plan));
      url.searchParams.set('step', String(step + 1));
      location.assign(url.href);
    }

    report('page', panel());
    const timer = setInterval(() => {
      const seen = panel();
      const key = seen.state + ' ' + seen.creatorId;
      if (key !== last) report('panel', seen);
      last = key;

      if (step + 1 >= plan.steps.length) return;
      if (Date.now() - started < (current.stayMs || 0)) return;
      if (current.until && seen.state !== current.until) return;
      clearInterval(timer);
      next();
    }, 100);
  })();
`;

/** Reads a `/report` request's query into a report line. */
export function reportFromQuery(params: URLSearchParams): PlanReport {
  return {
    run: params.get('run') ?? '',
    step: Number(params.get('step')),
    event: params.get('event') === 'page' ? 'page' : 'panel',
    state: params.get('state') ?? '',
    creatorId: params.get('creatorId') ?? '',
    at: Number(params.get('at')),
  };
}
