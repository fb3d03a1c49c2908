/**
 * Model-based test of retry ownership: random sequences of failures, re-renders, retries that
 * resolve or reject, manual retries, clears, unmounts and time, against a `useElbError` hook
 * (with the panel it feeds), a controlled `ErrorPanel` and a `BannerStore` shown by
 * `<ErrorBanners autoRetry>`. After every step: no failure gets more automatic runs than the cap,
 * no POST runs on its own except after 429 or 503 with Retry-After, nothing runs after unmount or
 * clear, nothing throws, and the banners on the page are the groups the store holds.
 */
import { act, fireEvent, render } from '@testing-library/react';
import fc from 'fast-check';
import { useLayoutEffect, useState } from 'react';
import {
  BannerStore, ElbBannerProvider, ElbUiProvider, ErrorBanners, ErrorPanel, RetryController, useElbError, type RetryClock, type UseElbErrorResult,
} from 'elb-status-ui';

/** Fixed, so a failure reproduces: re-run with the seed and path fast-check prints. */
const SEED = 20261207;
/** Runs against the core owners (RetryController, BannerStore) and against the React components. */
const CORE_RUNS = Number(process.env.MODEL_CORE_RUNS ?? 2000);
const REACT_RUNS = Number(process.env.MODEL_REACT_RUNS ?? 80);
const CAP = 3;

interface Spec {
  status: number;
  method: string;
  retryAfter: number | null;
}
type Target = 'hook' | 'ctrl' | 'banner';
type Phase = 'none' | 'failed' | 'inflight' | 'settled';

const input = (s: Spec) => (s.retryAfter != null ? { status: s.status, headers: { 'retry-after': String(s.retryAfter) } } : { status: s.status });
const identity = (s: Spec) => `${s.status}|${s.method}`;
/** May this failure be re-run without a person asking? (DESIGN.md, "Automatic retry") */
const autoAllowed = (s: Spec) => s.method !== 'POST' || s.status === 429 || (s.status === 503 && s.retryAfter != null);

interface Pending {
  target: Target;
  signal: AbortSignal;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  closure?: Closure;
}
/** One banner report's retry function and what it knows of its request. */
interface Closure {
  spec: Spec;
  autoRuns: number;
  dead: boolean;
}
interface Track {
  last: Spec | null;
  autoRuns: number;
  phase: Phase;
  cleared: boolean;
  latest: Pending | null;
}

/** A clock whose timers run only when the test advances it (microtasks are flushed between them). */
function manualClock() {
  let now = Date.parse('2026-11-24T10:00:00Z');
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: RetryClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(nextId, { at: now + ms, fn });
      return nextId++;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  const microtasks = async () => {
    for (let i = 0; i < 8; i++) await Promise.resolve();
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | null = null;
      for (const entry of timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      now = Math.max(now, next[1].at);
      timers.delete(next[0]);
      next[1].fn();
      await microtasks();
    }
    now = end;
    await microtasks();
  };
  return { clock, advance, microtasks, clear: () => timers.clear() };
}

class World {
  readonly core: ReturnType<typeof manualClock> | null;
  store: BannerStore;
  hookC: RetryController | null = null;
  ctrlC: RetryController | null = null;

  /** When set, every retry fails again at once (long chains of attempts); otherwise the test settles each one. */
  constructor(readonly mode: 'core' | 'react', readonly instant = false) {
    this.core = mode === 'core' ? manualClock() : null;
    this.store = new BannerStore(this.core ? { clock: this.core.clock } : {});
    if (this.core) {
      this.hookC = new RetryController({ onRetry: this.hookRetry, autoRetry: true, context: { method: 'GET', url: '/hook' }, budget: null }, this.core.clock);
      this.ctrlC = new RetryController({ onRetry: this.ctrlRetry, autoRetry: true, context: { method: 'GET', url: '/ctrl' }, budget: null }, this.core.clock);
      this.hookC.attach();
      this.ctrlC.attach();
      this.store.setRetryOptions({ autoRetry: true, budget: null });
    }
  }

  manual = false;
  unmounted = false;
  violations: string[] = [];
  pending: Pending[] = [];
  closures: Closure[] = [];
  track: Record<'hook' | 'ctrl', Track> = {
    hook: { last: null, autoRuns: 0, phase: 'none', cleared: false, latest: null },
    ctrl: { last: null, autoRuns: 0, phase: 'none', cleared: false, latest: null },
  };
  hookMethod = 'GET';
  ctrlSpec: Spec | null = null;
  ctrlObj: unknown = null;
  ctrlFresh = false;
  elb: UseElbErrorResult | null = null;
  rerender: () => void = () => undefined;
  utils: ReturnType<typeof render> | null = null;

  private run(target: 'hook' | 'ctrl', signal: AbortSignal): Promise<unknown> {
    const t = this.track[target];
    if (this.unmounted) this.violations.push(`${target} ran after unmount`);
    if (!this.manual) {
      t.autoRuns += 1;
      if (t.cleared) this.violations.push(`${target} ran on its own after clear`);
      if (t.autoRuns > CAP) this.violations.push(`${target}: ${t.autoRuns} automatic runs of ${JSON.stringify(t.last)}`);
      if (t.last && !autoAllowed(t.last)) this.violations.push(`${target}: automatic run of ${JSON.stringify(t.last)}`);
    }
    if (this.instant && t.last) {
      // This run's request fails again at once, with the failure it retried.
      t.phase = 'failed';
      t.latest = null;
      return Promise.reject(input(t.last));
    }
    t.phase = 'inflight';
    return new Promise((resolve, reject) => {
      const p: Pending = { target, signal, resolve, reject };
      t.latest = p;
      this.pending.push(p);
    });
  }
  hookRetry = (signal: AbortSignal) => this.run('hook', signal);
  ctrlRetry = (signal: AbortSignal) => this.run('ctrl', signal);

  bannerRetry(closure: Closure) {
    return (signal: AbortSignal) => {
      if (this.unmounted && !this.manual) this.violations.push('a banner ran after unmount');
      if (closure.dead) this.violations.push('a dismissed banner request ran');
      if (!this.manual) {
        closure.autoRuns += 1;
        if (closure.autoRuns > CAP) this.violations.push(`banner: ${closure.autoRuns} automatic runs of ${JSON.stringify(closure.spec)}`);
        if (!autoAllowed(closure.spec)) this.violations.push(`banner: automatic run of ${JSON.stringify(closure.spec)}`);
      }
      if (this.instant) return Promise.reject(input(closure.spec));
      return new Promise((resolve, reject) => this.pending.push({ target: 'banner', signal, resolve, reject, closure }));
    };
  }

  connect(rerender: () => void, elb: UseElbErrorResult): void {
    this.rerender = rerender;
    this.elb = elb;
  }

  /** Runs an action: inside act for React, directly for the core owners. */
  async step(fn: () => unknown): Promise<void> {
    if (this.core) {
      fn();
      await this.core.microtasks();
    } else {
      await act(async () => void fn());
    }
  }

  async flush(): Promise<void> {
    if (this.core) await this.core.microtasks();
    else await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
  }

  /** A render: the props (hook context, controlled error) reach their owner; a fresh literal each time when asked. */
  async render(): Promise<void> {
    if (!this.core) {
      await act(async () => this.rerender());
      return;
    }
    this.hookC!.setOptions({ ...this.hookC!.options, context: { method: this.hookMethod, url: '/hook' } });
    this.ctrlC!.setOptions({ ...this.ctrlC!.options, context: { method: this.ctrlSpec?.method ?? 'GET', url: '/ctrl' } });
    this.ctrlC!.sync(this.ctrlFresh && this.ctrlSpec ? input(this.ctrlSpec) : this.ctrlObj);
    await this.core.microtasks();
  }

  unmount(): void {
    this.unmounted = true;
    if (this.core) {
      this.hookC!.detach();
      this.ctrlC!.detach();
      this.store.setRetryOptions(null);
    } else {
      this.utils!.unmount();
    }
  }

  /** A failure reported to the hook or the controlled panel (what the controller does with it, mirrored). */
  noteFailure(target: 'hook' | 'ctrl', spec: Spec): void {
    const t = this.track[target];
    t.cleared = false;
    if (t.phase === 'inflight' || t.phase === 'settled') {
      t.last = spec; // the retry's outcome: the next attempt
    } else if (!t.last || identity(t.last) !== identity(spec)) {
      t.last = spec; // a new failure
      t.autoRuns = 0;
    }
    t.phase = 'failed';
  }

  noteClear(target: 'hook' | 'ctrl'): void {
    Object.assign(this.track[target], { last: null, autoRuns: 0, phase: 'none', cleared: true, latest: null });
  }
}

function Harness({ world }: { world: World }) {
  const [, setTick] = useState(0);
  const elb = useElbError({ onRetry: world.hookRetry, autoRetry: true, context: { method: world.hookMethod, url: '/hook' } });
  // The hook's functions are the same for its whole life; the test drives it through them.
  useLayoutEffect(() => world.connect(() => setTick((n) => n + 1), elb));
  const ctrlError = world.ctrlFresh && world.ctrlSpec ? input(world.ctrlSpec) : world.ctrlObj;
  return (
    <ElbUiProvider retryBudget={false}>
      <ErrorPanel {...elb} data-target="hook" />
      <ErrorPanel error={ctrlError} onRetry={world.ctrlRetry} autoRetry context={{ method: world.ctrlSpec?.method ?? 'GET', url: '/ctrl' }} data-target="ctrl" />
      <ElbBannerProvider store={world.store}>
        <ErrorBanners max={1000} autoRetry />
      </ElbBannerProvider>
    </ElbUiProvider>
  );
}

/** After every step: the invariants that are not checked where runs happen. */
function checkPage(world: World) {
  expect(world.violations).toEqual([]);
  if (world.unmounted || !world.utils) return;
  const container = world.utils!.container;
  const shown = [...container.querySelectorAll('[data-group]')].map((e) => [e.getAttribute('data-group'), e.getAttribute('data-state')]);
  const held = world.store.getGroups().map((g) => [g.key, g.state]);
  expect(shown).toEqual(held);
  for (const g of world.store.getGroups()) {
    if (g.count > 1) expect(container.querySelector(`[data-group="${g.key}"] h2`)?.textContent).toContain(`${g.count} requests failed`);
  }
}

const spec = fc.record({
  status: fc.constantFrom(500, 502, 503, 429, 404, 409),
  method: fc.constantFrom('GET', 'PUT', 'POST', 'DELETE'),
  retryAfter: fc.constantFrom(null, null, 1, 30, 120),
});
const target = fc.constantFrom<Target>('hook', 'ctrl', 'banner');

type Model = { unmounted: boolean };
type Cmd = fc.AsyncCommand<Model, World>;

class Fail implements Cmd {
  /** `repeat`: the same failure as the last one reported there (a fresh object of it, or the same object). */
  constructor(readonly on: Target, readonly given: Spec, readonly fresh: boolean, readonly repeat: boolean) {}
  private s: Spec = { status: 0, method: '', retryAfter: null };
  check = (m: Readonly<Model>) => !m.unmounted;
  async run(_: Model, w: World) {
    const last = this.on === 'banner' ? w.closures[w.closures.length - 1]?.spec : w.track[this.on].last;
    this.s = this.repeat && last ? last : this.given;
    if (this.on === 'hook') {
      w.hookMethod = this.s.method;
      await w.render();
      w.noteFailure('hook', this.s);
      await w.step(() => (w.hookC ?? w.elb!).capture(input(this.s)));
    } else if (this.on === 'ctrl') {
      // A fresh object of the failure, or the very object shown before (when it is the same failure).
      const same = !this.fresh && w.ctrlSpec && identity(w.ctrlSpec) === identity(this.s) && w.ctrlObj != null;
      w.ctrlFresh = this.fresh;
      w.noteFailure('ctrl', same ? w.track.ctrl.last ?? this.s : this.s);
      if (!same) {
        w.ctrlSpec = this.s;
        w.ctrlObj = input(this.s);
      }
      await w.render();
    } else {
      const closure: Closure = { spec: this.s, autoRuns: 0, dead: false };
      w.closures.push(closure);
      await w.step(() => void w.store.report(input(this.s), { context: { method: this.s.method, url: `/banner/${this.s.method}` }, retry: w.bannerRetry(closure) }));
    }
    await w.flush();
    checkPage(w);
  }
  toString = () => `fail(${this.on}, ${this.repeat ? 'the last failure again' : JSON.stringify(this.given)}, ${this.fresh ? 'fresh' : 'same'})`;
}

class Rerender implements Cmd {
  check = (m: Readonly<Model>) => !m.unmounted;
  async run(_: Model, w: World) {
    await w.render();
    await w.flush();
    checkPage(w);
  }
  toString = () => 'rerender';
}

class Settle implements Cmd {
  /** `again`: the retry fails with the failure it retried (the likeliest outcome). */
  constructor(readonly index: number, readonly ok: boolean, readonly spec: Spec, readonly again: boolean, readonly parentToo: boolean) {}
  private s: Spec = { status: 0, method: '', retryAfter: null };
  check = () => true;
  async run(_: Model, w: World) {
    if (!w.pending.length) return;
    const p = w.pending.splice(this.index % w.pending.length, 1)[0]!;
    const before = p.target === 'banner' ? p.closure?.spec : w.track[p.target].last;
    this.s = this.again && before ? before : this.spec;
    const live = !p.signal.aborted;
    if (p.target === 'banner') {
      if (!this.ok && p.closure) p.closure.spec = { ...this.s, method: p.closure.spec.method };
    } else {
      const t = w.track[p.target];
      const latest = t.latest === p && live;
      if (this.ok) {
        if (latest) t.phase = 'settled';
        // The usual hand-written load: it stores a new error object of the same failure, then resolves.
        if (p.target === 'ctrl' && this.parentToo && !w.unmounted && w.ctrlSpec && w.ctrlObj != null) {
          w.noteFailure('ctrl', w.track.ctrl.last ?? w.ctrlSpec);
          w.ctrlObj = input(w.ctrlSpec);
          await w.render();
        }
      } else if (latest) {
        const method = p.target === 'hook' ? w.hookMethod : (w.ctrlSpec?.method ?? 'GET');
        t.last = { ...this.s, method };
        t.phase = 'failed';
      }
    }
    await w.step(() => (this.ok ? p.resolve('ok') : p.reject(input(this.s))));
    await w.flush();
    checkPage(w);
  }
  toString = () => `settle(#${this.index}, ${this.ok ? 'resolves' : `rejects ${this.again ? 'again' : JSON.stringify(this.spec)}`}${this.parentToo ? ', parent stores a new error' : ''})`;
}

class ManualRetry implements Cmd {
  constructor(readonly on: Target, readonly index: number) {}
  check = (m: Readonly<Model>) => !m.unmounted;
  async run(_: Model, w: World) {
    w.manual = true;
    try {
      if (this.on === 'hook') await w.step(() => (w.hookC ?? w.elb!).retry());
      else if (this.on === 'ctrl') {
        if (w.ctrlC) w.ctrlC.retry();
        else {
          // The panel's own button: "Retry", or "Retry now" while an automatic retry waits.
          const button = w.utils!.container.querySelector<HTMLButtonElement>('[data-target="ctrl"] .elb-panel__actions .elb-button--primary');
          if (button) act(() => void fireEvent.click(button));
        }
      } else {
        const groups = w.store.getGroups();
        if (groups.length) await w.step(() => void w.store.retryGroup(groups[this.index % groups.length]!.key).catch(() => undefined));
      }
    } finally {
      w.manual = false;
    }
    await w.flush();
    checkPage(w);
  }
  toString = () => `manualRetry(${this.on})`;
}

class Clear implements Cmd {
  constructor(readonly on: Target) {}
  check = (m: Readonly<Model>) => !m.unmounted;
  async run(_: Model, w: World) {
    if (this.on === 'hook') {
      w.noteClear('hook');
      await w.step(() => (w.hookC ?? w.elb!).clear());
    } else if (this.on === 'ctrl') {
      w.noteClear('ctrl');
      w.ctrlSpec = null;
      w.ctrlObj = null;
      await w.render();
    } else {
      for (const c of w.closures) c.dead = true;
      await w.step(() => w.store.dismissAll());
    }
    await w.flush();
    checkPage(w);
  }
  toString = () => `clear(${this.on})`;
}

class Unmount implements Cmd {
  check = (m: Readonly<Model>) => !m.unmounted;
  async run(m: Model, w: World) {
    w.unmount();
    m.unmounted = true;
    await w.flush();
    checkPage(w);
  }
  toString = () => 'unmount';
}

class Advance implements Cmd {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(_: Model, w: World) {
    if (w.core) await w.core.advance(this.ms);
    else await act(async () => void (await vi.advanceTimersByTimeAsync(this.ms)));
    checkPage(w);
  }
  toString = () => `advance(${this.ms})`;
}

const commands = [
  fc.tuple(target, spec, fc.boolean(), fc.boolean()).map(([on, s, fresh, repeat]) => new Fail(on, s, fresh, repeat)),
  fc.constant(new Rerender()),
  fc.tuple(fc.nat(20), fc.boolean(), spec, fc.boolean(), fc.boolean()).map(([i, ok, s, again, parentToo]) => new Settle(i, ok, s, again, parentToo)),
  fc.tuple(fc.nat(20), spec, fc.boolean()).map(([i, s, parentToo]) => new Settle(i, false, s, true, parentToo)),
  fc.tuple(target, fc.nat(20)).map(([on, i]) => new ManualRetry(on, i)),
  target.map((on) => new Clear(on)),
  fc.constant(new Unmount()),
  fc.oneof(fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 1, max: 70_000 })).map((ms) => new Advance(ms)),
  fc.integer({ min: 500, max: 5000 }).map((ms) => new Advance(ms)),
];

async function runSequence(mode: 'core' | 'react', instant: boolean, cmds: Iterable<Cmd>) {
  const world = new World(mode, instant);
  if (mode === 'react') world.utils = render(<Harness world={world} />);
  try {
    await fc.asyncModelRun(() => ({ model: { unmounted: false }, real: world }), cmds);
  } finally {
    if (!world.unmounted) world.unmount();
    world.store.dismissAll();
    for (const p of world.pending) p.resolve('ok');
    world.core?.clear();
    if (mode === 'react') vi.clearAllTimers();
  }
}

describe('retry ownership model', () => {
  it(`RetryController (hook and controlled use) and BannerStore hold the safety rules over ${CORE_RUNS} random sequences (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.commands(commands, { maxCommands: 24, size: 'max' }), (instant, cmds) => runSequence('core', instant, cmds)),
      { seed: SEED, numRuns: CORE_RUNS },
    );
  }, 60_000);

  describe('in React', () => {
    beforeAll(() => {
      vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
    });
    afterAll(() => {
      vi.useRealTimers();
    });

    it(`useElbError with its panel, a controlled ErrorPanel and ErrorBanners hold them too, and the page shows what the store holds, over ${REACT_RUNS} sequences (seed ${SEED})`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.boolean(), fc.commands(commands, { maxCommands: 16, size: 'max' }), (instant, cmds) => runSequence('react', instant, cmds)),
        { seed: SEED, numRuns: REACT_RUNS },
      );
    }, 60_000);
  });
});
