import { createRetryBudget, RetryController, throwIfNotOk, toElbError, type RetryBudget, type RetryClock } from 'elb-status-ui/core';
import { manualClock } from './manualClock.js';


const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A mounted controller whose onRetry starts the request and returns nothing (a block-bodied arrow that forgets `return`). */
function blindController(clock: RetryClock, budget: RetryBudget, onRun: () => void) {
  const controller = new RetryController(
    {
      onRetry: () => {
        onRun();
      },
      autoRetry: true,
      budget,
      context: { method: 'GET', url: '/v3/p/elb/listeners' },
    },
    clock,
  );
  controller.attach();
  return controller;
}
const timeout = () => new DOMException('The operation timed out.', 'TimeoutError');

describe('RetryController and the shared retry budget', () => {
  it('gives an automatic retry that succeeds back exactly what it took (a timeout costs more than a 503)', async () => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget({ capacity: 50, retryCost: 5, timeoutCost: 10 });
    const onRetry = vi.fn(async () => 'ok');
    const controller = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, budget, context: { method: 'GET' } }, clock);

    controller.capture(timeout());
    expect(controller.getSnapshot().state).toBe('waiting');
    expect(budget.available).toBe(40);
    advance(60_000);
    await flush();
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(controller.getSnapshot().state).toBe('idle');
    expect(budget.available).toBe(50);
  });

  it('counts a manual retry that succeeds as a plain success: it took no tokens, so it returns none', async () => {
    const { clock } = manualClock();
    const budget = createRetryBudget({ capacity: 50, retryCost: 5, successRefill: 1 });
    for (let i = 0; i < 4; i++) budget.acquire(toElbError(503));
    expect(budget.available).toBe(30);
    const controller = new RetryController({ onRetry: async () => 'ok', budget, context: { method: 'GET' } }, clock);

    controller.capture(503);
    expect(controller.getSnapshot().state).toBe('failed');
    controller.retry();
    await flush();
    expect(controller.getSnapshot().state).toBe('idle');
    expect(budget.available).toBe(31);
  });

  it.each([
    ['cancel', (c: RetryController) => c.cancel(), 'failed'],
    ['clear', (c: RetryController) => c.clear(), 'idle'],
    ['a new failure with no retry of its own', (c: RetryController) => c.capture(404), 'failed'],
  ])('gives a scheduled retry its tokens back when %s drops it', (_, drop, state) => {
    const { clock, pending } = manualClock();
    const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
    const controller = new RetryController({ onRetry: vi.fn(), autoRetry: true, budget, context: { method: 'GET' } }, clock);

    controller.capture(503);
    expect(budget.available).toBe(45);
    drop(controller);
    expect(controller.getSnapshot().state).toBe(state);
    expect(pending()).toBe(0);
    expect(budget.available).toBe(50);
  });

  it('gives the tokens back on unmount and takes them again when mounted again (StrictMode)', () => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
    const onRetry = vi.fn(() => new Promise(() => undefined));
    const controller = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, budget, context: { method: 'GET' } }, clock);

    controller.capture(503);
    expect(budget.available).toBe(45);
    controller.detach();
    expect(budget.available).toBe(50);
    controller.attach();
    expect(budget.available).toBe(45);
    expect(controller.getSnapshot().state).toBe('waiting');
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(controller.getSnapshot().state).toBe('retrying');
  });

  it('does not resume a scheduled retry on mount when the budget was spent meanwhile', () => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget({ capacity: 5, retryCost: 5 });
    const onRetry = vi.fn();
    const controller = new RetryController({ onRetry, autoRetry: true, budget, context: { method: 'GET' } }, clock);

    controller.capture(503);
    controller.detach();
    expect(budget.acquire(toElbError(503))).toBe(true); // another panel takes the returned tokens
    controller.attach();
    expect(controller.getSnapshot()).toMatchObject({ state: 'failed', retryAt: null, autoRetryStopped: 'budget-exhausted' });
    advance(60_000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('spends the tokens of a retry that fails again (the failure keeps them), and "Retry now" uses the scheduled tokens', async () => {
    const { clock } = manualClock();
    const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
    const onRetry = vi.fn(() => Promise.reject(toElbError(503, { method: 'GET' })));
    const controller = new RetryController({ onRetry, autoRetry: { maxAttempts: 1 }, budget, context: { method: 'GET' } }, clock);

    controller.capture(503);
    expect(budget.available).toBe(45);
    controller.retry(); // "Retry now" while waiting
    await flush();
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(controller.getSnapshot()).toMatchObject({ state: 'failed', attempt: 1, autoRetryStopped: 'attempts-exhausted' });
    expect(budget.available).toBe(45);
  });
});

describe('RetryController, controlled: a null while its own retry runs', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('is put off: a retry that then fails is the next attempt (a query resets its error when it refetches)', async () => {
    let reject!: (reason: unknown) => void;
    const c = new RetryController({ onRetry: () => new Promise((_, r) => (reject = r)), context: { method: 'GET' } });
    c.sync({ status: 502 });
    c.retry();
    c.sync(null);
    expect(c.getSnapshot().state).toBe('retrying');
    reject({ status: 502 });
    await settle();
    expect(c.getSnapshot()).toMatchObject({ state: 'failed', attempt: 1 });
  });

  it('decides once the retry has failed: the parent\'s null, synced again, ends the failure', async () => {
    let reject!: (reason: unknown) => void;
    const c = new RetryController({ onRetry: () => new Promise((_, r) => (reject = r)) });
    c.sync(new Error('boom'));
    c.retry();
    c.sync(null); // an unrelated load succeeded while the retry ran
    reject(new Error('retry failed'));
    await settle();
    c.sync(null); // the parent still says null after the retry
    expect(c.getSnapshot()).toMatchObject({ state: 'idle', error: null });
  });

  it('a retry that succeeds ends the failure: the same failure later starts from 0', async () => {
    const { clock, advance } = manualClock();
    let resolve!: (value: unknown) => void;
    const c = new RetryController({ onRetry: () => new Promise((r) => (resolve = r)) }, clock);
    c.sync({ status: 503 });
    c.retry();
    c.sync(null);
    resolve(undefined);
    await settle();
    expect(c.getSnapshot()).toMatchObject({ state: 'idle', error: null });
    advance(2_001);
    c.sync({ status: 503 });
    expect(c.getSnapshot()).toMatchObject({ state: 'failed', attempt: 0 });
  });

  it('a parent that catches the retry\'s failure itself (null, then the error after the promise resolved): the next attempt', async () => {
    const { clock, advance } = manualClock();
    let resolve!: (value: unknown) => void;
    const c = new RetryController({ onRetry: () => new Promise((r) => (resolve = r)), autoRetry: true, context: { method: 'GET', url: '/v3/p/elb/listeners' } }, clock);
    c.attach();
    c.sync({ status: 503 });
    advance(30_000);
    expect(c.getSnapshot().state).toBe('retrying');
    c.sync(null);
    resolve(undefined);
    await settle();
    // The parent's catch rendered the failure after its onRetry had resolved.
    c.sync({ status: 503 });
    expect(c.getSnapshot()).toMatchObject({ state: 'waiting', attempt: 1 });
  });
});

describe('RetryController, controlled: the same failure synced while its retry is in flight', () => {
  it('neither ends that retry nor starts another (a fresh object each render)', async () => {
    const { clock, advance } = manualClock();
    const signals: AbortSignal[] = [];
    const onRetry = vi.fn((signal: AbortSignal) => {
      signals.push(signal);
      return new Promise(() => undefined);
    });
    const c = new RetryController({ onRetry, autoRetry: true, context: { method: 'GET', url: '/x' } }, clock);
    c.attach();
    c.sync({ status: 503 });
    for (let i = 0; i < 20; i++) {
      c.sync({ status: 503 });
      advance(40_000);
      c.retry();
    }
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(signals[0]!.aborted).toBe(false);
    expect(c.getSnapshot().state).toBe('retrying');
  });

  it('is the retry\'s outcome when the retry resolves and the parent still holds it: the next attempt, up to the cap', async () => {
    const { clock, advance } = manualClock();
    const onRetry = vi.fn(async () => 'done');
    const c = new RetryController({ onRetry, autoRetry: true, context: { method: 'GET', url: '/x' } }, clock);
    c.attach();
    c.sync({ status: 503 });
    for (let i = 0; i < 40; i++) {
      advance(10_000);
      c.sync({ status: 503 }); // the parent re-renders with the failure it still holds
      await flush();
      c.sync({ status: 503 });
    }
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(c.getSnapshot()).toMatchObject({ state: 'failed', attempt: 3, autoRetryStopped: 'attempts-exhausted' });
  });
});

describe('RetryController: options that change while a retry is scheduled', () => {
  it.each([
    ['automatic retry turned off', { autoRetry: false }],
    ['onRetry removed', { onRetry: undefined }],
  ])('%s: the scheduled retry is dropped and its tokens go back', async (_name, change) => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
    const onRetry = vi.fn(() => new Promise(() => undefined));
    const options = { onRetry, autoRetry: true, budget, context: { method: 'GET', url: '/x' } };
    const c = new RetryController(options, clock);
    c.attach();
    c.capture({ status: 503 });
    expect(c.getSnapshot().state).toBe('waiting');
    expect(budget.available).toBe(45);
    c.setOptions({ ...options, ...change });
    expect(c.getSnapshot()).toMatchObject({ state: 'failed', retryAt: null });
    expect(budget.available).toBe(50);
    advance(600_000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('automatic retry turned on plans a retry for the failure shown; a cancelled one stays cancelled', () => {
    const { clock } = manualClock();
    const onRetry = vi.fn(() => new Promise(() => undefined));
    const options = { onRetry, autoRetry: false, context: { method: 'GET', url: '/x' } };
    const c = new RetryController(options, clock);
    c.attach();
    c.capture({ status: 503 });
    expect(c.getSnapshot()).toMatchObject({ state: 'failed', maxAttempts: 0 });
    c.setOptions({ ...options, autoRetry: true });
    expect(c.getSnapshot()).toMatchObject({ state: 'waiting', maxAttempts: 3 });
    c.cancel();
    c.setOptions({ ...options, autoRetry: false });
    c.setOptions({ ...options, autoRetry: true });
    expect(c.getSnapshot()).toMatchObject({ state: 'failed', autoRetryStopped: 'cancelled' });
  });
});

describe('RetryController: the context completes an error thrown without one', () => {
  it("retries a GET automatically when throwIfNotOk's error did not know the method", async () => {
    const { clock } = manualClock();
    let thrown: unknown;
    try {
      await throwIfNotOk(new Response('{"error_code":"ELB.8906"}', { status: 503 }));
    } catch (error) {
      thrown = error;
    }
    const controller = new RetryController(
      { onRetry: () => Promise.reject(thrown), autoRetry: true, budget: createRetryBudget(), context: { method: 'GET', url: '/v3/p/elb/listeners' } },
      clock,
    );
    controller.capture(thrown);
    const snapshot = controller.getSnapshot();
    expect(snapshot.state).toBe('waiting');
    expect([snapshot.error?.method, snapshot.error?.url]).toEqual(['GET', '/v3/p/elb/listeners']);
    controller.clear();
  });
});

describe('RetryController: an onRetry that does not return its request (controlled mode)', () => {
  it('counts the failure that comes back after the reset to null as the next attempt: at most the cap', async () => {
    const { clock, advance } = manualClock();
    let runs = 0;
    const controller = blindController(clock, createRetryBudget(), () => (runs += 1));
    controller.sync(toElbError(503));
    for (let i = 0; i < 40; i++) {
      const before = runs;
      advance(60_000);
      await flush();
      if (runs === before) continue;
      // The refetch it started: the query resets its error, then fails again with a fresh object.
      controller.sync(null);
      controller.sync(toElbError(503));
    }
    expect(runs).toBe(3);
    expect(controller.getSnapshot().autoRetryStopped).toBe('attempts-exhausted');
    controller.detach();
  });
});

describe('RetryController: a success after a retry ends the failure (controlled mode)', () => {
  const context = { method: 'GET', url: '/v3/p/elb/listeners' };

  it('when onRetry returned its request: every later failure gets its own automatic retries', async () => {
    const { clock, advance } = manualClock();
    let runs = 0;
    const controller = new RetryController({ onRetry: async () => void (runs += 1), autoRetry: true, budget: createRetryBudget(), context }, clock);
    controller.attach();
    for (let round = 1; round <= 4; round++) {
      controller.sync(toElbError(503));
      advance(60_000);
      await flush();
      // The query had data, so it kept its error during the refetch; it becomes null once the refetch succeeded.
      controller.sync(null);
      expect(runs).toBe(round);
      expect(controller.getSnapshot().state).toBe('idle');
      advance(2 * 3_600_000);
    }
    controller.detach();
  });

  it('when onRetry did not return it: a failure long after the null is a new one, with a fresh count and budget', async () => {
    const { clock, advance } = manualClock();
    let runs = 0;
    const budget = createRetryBudget();
    const controller = blindController(clock, budget, () => (runs += 1));
    controller.sync(toElbError(503));
    for (let i = 0; i < 3; i++) {
      advance(60_000);
      await flush();
      controller.sync(null);
      if (i < 2) controller.sync(toElbError(503));
    }
    // A retry whose outcome is unknown keeps its tokens (5 each).
    expect(runs).toBe(3);
    expect(budget.available).toBe(35);
    advance(2 * 3_600_000);
    controller.sync(toElbError(500));
    expect(controller.getSnapshot()).toMatchObject({ state: 'waiting', attempt: 0, autoRetryStopped: null });
    expect(budget.available).toBe(30);
    controller.detach();
  });
});

describe('RetryController: a retry whose outcome is unknown, and slow requests', () => {
  it('counts the same failure as the next attempt however long its request took (a 504 after 61 s)', async () => {
    const { clock, advance } = manualClock();
    let runs = 0;
    const controller = blindController(clock, createRetryBudget(), () => (runs += 1));
    controller.sync(toElbError(504));
    for (let i = 0; i < 30; i++) {
      const before = runs;
      advance(60_000);
      await flush();
      if (runs === before) continue;
      // The refetch it started: the query resets its error, and its 504 comes 61 s later.
      controller.sync(null);
      advance(61_000);
      controller.sync(toElbError(504));
    }
    expect(runs).toBe(3);
    controller.detach();
  });

  it('starts the wait at a null that came while the retry ran: another failure long after is a new one', async () => {
    const { clock, advance } = manualClock();
    let runs = 0;
    const controller = blindController(clock, createRetryBudget(), () => (runs += 1));
    controller.sync(toElbError(503));
    advance(60_000);
    controller.sync(null);
    await flush();
    advance(2 * 3_600_000);
    controller.sync(toElbError(500));
    expect(runs).toBe(1);
    expect(controller.getSnapshot()).toMatchObject({ state: 'waiting', attempt: 0 });
    controller.detach();
  });
});
