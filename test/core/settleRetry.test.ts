import { createRetryBudget, MIN_RETRY_DELAY_MS, RetryController, type WaitUntilSettled } from 'elb-status-ui/core';
import { manualClock } from './manualClock.js';


const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

const LOCK = { status: 409, body: { faultstring: 'Load Balancer lb-1 is immutable and cannot be updated.' } };

/** A hook the test settles by hand; records the signals it was given. */
function manualHook() {
  const calls: { signal: AbortSignal; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const hook: WaitUntilSettled = vi.fn(
    (signal: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ signal, resolve, reject });
      }),
  );
  return { hook, calls };
}

describe('RetryController: a 409 lock waits until the resource has settled', () => {
  it('waits (no countdown), then retries exactly once when the hook resolves, and pays the budget', async () => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
    const { hook, calls } = manualHook();
    const onRetry = vi.fn(async () => 'ok');
    const controller = new RetryController({ onRetry, autoRetry: { waitUntilSettled: hook }, budget, context: { method: 'PUT' } }, clock);

    controller.capture(LOCK);
    expect(controller.getSnapshot()).toMatchObject({ state: 'waiting', retryAt: null, settling: true });
    expect(budget.available).toBe(45);
    expect(hook).toHaveBeenCalledTimes(1);
    // No blind delay: the lock delay passing does not retry.
    advance(120_000);
    await flush();
    expect(onRetry).not.toHaveBeenCalled();
    calls[0]!.resolve();
    // The wait took longer than the shortest delay: the retry runs at once.
    await flush();
    expect(onRetry).toHaveBeenCalledTimes(1);
    await flush();
    expect(controller.getSnapshot()).toMatchObject({ state: 'idle', settling: false });
    expect(budget.available).toBe(50);
    advance(600_000);
    await flush();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['cancel', (c: RetryController) => c.cancel(), 'failed'],
    ['clear', (c: RetryController) => c.clear(), 'idle'],
    ['detach (unmount)', (c: RetryController) => c.detach(), 'waiting'],
  ] as const)('%s aborts the wait and nothing runs afterwards', async (_name, stop, state) => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
    const { hook, calls } = manualHook();
    const onRetry = vi.fn(async () => 'ok');
    const controller = new RetryController({ onRetry, autoRetry: { waitUntilSettled: hook }, budget, context: { method: 'PUT' } }, clock);
    controller.capture(LOCK);
    expect(budget.available).toBe(45);
    stop(controller);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(budget.available).toBe(50);
    calls[0]!.resolve();
    advance(600_000);
    await flush();
    expect(onRetry).not.toHaveBeenCalled();
    expect(controller.getSnapshot().state).toBe(state);
  });

  it('starts the wait again when mounted again after an unmount', async () => {
    const { clock, advance } = manualClock();
    const { hook, calls } = manualHook();
    const onRetry = vi.fn(async () => 'ok');
    const controller = new RetryController({ onRetry, autoRetry: { waitUntilSettled: hook }, context: { method: 'PUT' } }, clock);
    controller.capture(LOCK);
    controller.detach();
    controller.attach();
    expect(calls).toHaveLength(2);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(controller.getSnapshot()).toMatchObject({ state: 'waiting', settling: true });
    calls[1]!.resolve();
    await flush();
    advance(MIN_RETRY_DELAY_MS);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a resource that reads settled at once is written to no sooner than MIN_RETRY_DELAY_MS after the failure', async () => {
    const { clock, advance } = manualClock();
    const times: number[] = [];
    const onRetry = vi.fn(() => {
      times.push(clock.now());
      return Promise.reject(LOCK);
    });
    const controller = new RetryController({ onRetry, autoRetry: { maxAttempts: 10, waitUntilSettled: () => Promise.resolve() }, context: { method: 'PUT', url: '/v3/p/elb/loadbalancers/lb-1' } }, clock);
    controller.capture(LOCK);
    await flush();
    expect(onRetry).not.toHaveBeenCalled();
    expect(controller.getSnapshot()).toMatchObject({ state: 'waiting', settling: true });
    for (let i = 0; i < 20; i++) {
      advance(50);
      await flush();
    }
    // 1000 ms: four writes at most, each 250 ms after the failure before it, then none without time passing.
    expect(times).toEqual([250, 500, 750, 1000]);
    await flush();
    expect(onRetry).toHaveBeenCalledTimes(4);
  });

  it('cancel during the pause after the resource settled stops the write', async () => {
    const { clock, advance } = manualClock();
    const onRetry = vi.fn(async () => 'ok');
    const controller = new RetryController({ onRetry, autoRetry: { waitUntilSettled: () => Promise.resolve() }, context: { method: 'PUT' } }, clock);
    controller.capture(LOCK);
    await flush();
    controller.cancel();
    advance(10_000);
    await flush();
    expect(onRetry).not.toHaveBeenCalled();
    expect(controller.getSnapshot()).toMatchObject({ state: 'failed', autoRetryStopped: 'cancelled' });
  });

  it('stops with a reason when the resource does not settle (ERROR), and gives the tokens back', async () => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
    const { hook, calls } = manualHook();
    const onRetry = vi.fn(async () => 'ok');
    const controller = new RetryController({ onRetry, autoRetry: { waitUntilSettled: hook }, budget, context: { method: 'PUT' } }, clock);
    controller.capture(LOCK);
    calls[0]!.reject(new Error('load balancer went to ERROR'));
    await flush();
    expect(controller.getSnapshot()).toMatchObject({ state: 'failed', settling: false, autoRetryStopped: 'not-settled', error: { status: 409 } });
    expect(budget.available).toBe(50);
    advance(600_000);
    await flush();
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('stops when the wait takes longer than the bound', async () => {
    const { clock, advance } = manualClock();
    const { hook } = manualHook();
    const onRetry = vi.fn(async () => 'ok');
    const controller = new RetryController({ onRetry, autoRetry: { waitUntilSettled: hook }, context: { method: 'PUT' } }, clock);
    controller.capture(LOCK);
    advance(11 * 60_000);
    await flush();
    expect(controller.getSnapshot()).toMatchObject({ state: 'failed', autoRetryStopped: 'not-settled' });
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('never auto-retries a POST 409 (nothing waits, no tokens taken)', async () => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
    const { hook } = manualHook();
    const onRetry = vi.fn(async () => 'ok');
    const controller = new RetryController({ onRetry, autoRetry: { waitUntilSettled: hook }, budget, context: { method: 'POST' } }, clock);
    controller.capture(LOCK);
    expect(controller.getSnapshot()).toMatchObject({ state: 'failed', settling: false, autoRetryStopped: 'not-idempotent' });
    expect(hook).not.toHaveBeenCalled();
    expect(budget.available).toBe(50);
    advance(600_000);
    await flush();
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('does not wait when the budget is spent', () => {
    const { clock } = manualClock();
    const budget = createRetryBudget({ capacity: 4, retryCost: 5 });
    const { hook } = manualHook();
    const controller = new RetryController({ onRetry: async () => 'ok', autoRetry: { waitUntilSettled: hook }, budget, context: { method: 'PUT' } }, clock);
    controller.capture(LOCK);
    expect(controller.getSnapshot()).toMatchObject({ state: 'failed', autoRetryStopped: 'budget-exhausted' });
    expect(hook).not.toHaveBeenCalled();
  });

  it('a retry that hits the lock again waits again, up to the attempt cap', async () => {
    const { clock, advance } = manualClock();
    const { hook, calls } = manualHook();
    const onRetry = vi.fn(async () => Promise.reject(LOCK));
    const controller = new RetryController({ onRetry, autoRetry: { waitUntilSettled: hook, maxAttempts: 2 }, context: { method: 'PUT' } }, clock);
    controller.capture(LOCK);
    calls[0]!.resolve();
    await flush();
    advance(MIN_RETRY_DELAY_MS);
    await flush();
    expect(controller.getSnapshot()).toMatchObject({ state: 'waiting', settling: true, attempt: 1 });
    calls[1]!.resolve();
    await flush();
    advance(MIN_RETRY_DELAY_MS);
    await flush();
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(controller.getSnapshot()).toMatchObject({ state: 'failed', settling: false, autoRetryStopped: 'attempts-exhausted' });
    expect(calls).toHaveLength(2);
  });

  it('a Retry-After from the server wins over waiting', () => {
    const { clock } = manualClock();
    const { hook } = manualHook();
    const controller = new RetryController({ onRetry: async () => 'ok', autoRetry: { waitUntilSettled: hook }, context: { method: 'PUT' } }, clock);
    controller.capture({ ...LOCK, headers: { 'retry-after': '3' } });
    expect(controller.getSnapshot()).toMatchObject({ state: 'waiting', settling: false, retryAt: 3000 });
    expect(hook).not.toHaveBeenCalled();
  });
});
