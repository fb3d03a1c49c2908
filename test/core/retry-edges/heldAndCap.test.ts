import { createRetryBudget, RetryController, toElbError } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('a held copy that counted as a failed retry, then a retry that succeeds', () => {
  it('the failed retry spends its tokens (as when its promise had rejected)', async () => {
    const run = async (heldPath: boolean) => {
      const { clock, advance } = manualClock();
      const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
      for (let i = 0; i < 4; i++) budget.acquire(toElbError(503)); // other panels' retries: 30 left
      let resolve!: (v: unknown) => void;
      let reject!: (e: unknown) => void;
      const onRetry = vi.fn(() => new Promise((res, rej) => ((resolve = res), (reject = rej))));
      const c = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, budget, context: { method: 'GET', url: '/v3/lbs' } }, clock);
      c.attach();
      c.sync({ status: 503 });
      advance(30_000);
      expect(c.getSnapshot().state).toBe('retrying');
      if (heldPath) {
        c.sync({ status: 503 }); // the parent's own catch: the same failure while the request is on its way
        resolve(undefined); // its promise resolves (the parent caught the error)
        await settle();
        advance(100); // no null came: the held copy is the retry's outcome (a failed attempt)
      } else {
        reject({ status: 503 });
        await settle();
      }
      expect(c.getSnapshot()).toMatchObject({ state: 'waiting', attempt: 1 });
      advance(30_000);
      expect(c.getSnapshot().state).toBe('retrying');
      resolve({ status: 'success' });
      await settle();
      c.sync(null);
      return { available: budget.available, calls: onRetry.mock.calls.length };
    };
    const rejected = await run(false);
    const held = await run(true);
    expect(rejected).toEqual({ available: 25, calls: 2 }); // one failed automatic retry spent 5
    expect(held).toEqual(rejected);
  });
});

describe('the cap lowered while the scheduled retry waits for a lock to settle', () => {
  it('runs no more automatic attempts than the cap now in force', async () => {
    const { clock, advance } = manualClock();
    let settleLock!: () => void;
    const waitUntilSettled = vi.fn(() => new Promise<void>((r) => (settleLock = r)));
    const onRetry = vi.fn(() => Promise.reject({ status: 409, body: { faultstring: 'Load Balancer lb-1 is immutable and cannot be updated.' } }));
    const base = { onRetry, context: { method: 'PUT', url: '/v2/lbaas/pools/p-1' } };
    const c = new RetryController({ ...base, autoRetry: { maxAttempts: 5, waitUntilSettled } }, clock);
    c.attach();
    c.capture({ status: 409, body: { faultstring: 'Load Balancer lb-1 is immutable and cannot be updated.' } });
    await settle();
    expect(c.getSnapshot()).toMatchObject({ state: 'waiting', settling: true });
    settleLock();
    await settle();
    advance(1000);
    await settle();
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(c.getSnapshot()).toMatchObject({ state: 'waiting', settling: true, attempt: 1 });
    c.setOptions({ ...base, autoRetry: { maxAttempts: 1, waitUntilSettled } });
    for (let i = 0; i < 5; i++) {
      settleLock();
      await settle();
      advance(1000);
      await settle();
    }
    expect(c.getSnapshot().state).not.toBe('retrying');
    expect(onRetry).toHaveBeenCalledTimes(1); // cap 1, one already made
  });
});

describe('the parent nulls its error when its retry starts and sets the caught failure after the promise resolved', () => {
  it('a retry whose request failed differently (502 after 503) is the next attempt: automatic retries stop at the cap', async () => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget();
    let resolve!: (v: unknown) => void;
    const onRetry = vi.fn(() => new Promise((r) => (resolve = r)));
    const c = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, budget, context: { method: 'GET', url: '/v3/lbs' } }, clock);
    c.attach();
    c.sync({ status: 503 });
    for (let i = 0; i < 12; i++) {
      advance(60_000);
      if (c.getSnapshot().state !== 'retrying') break;
      c.sync(null); // the parent's setError(null) as its onRetry starts
      resolve(undefined); // its own catch took the failure: the promise resolves
      await settle();
      c.sync({ status: i % 2 ? 503 : 502 }); // ...and renders the caught failure a moment later (a 503 became a 502)
    }
    // At most 3 automatic attempts (the default cap), and each one, having failed, spends its tokens.
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(budget.available).toBe(50 - 3 * 5);
  });
});

describe('the panel is hidden and shown again (detach, attach) within the held copy\'s 100 ms', () => {
  it('the failure the parent still holds is shown once the panel is back', async () => {
    const { clock, advance } = manualClock();
    let resolve!: (v: unknown) => void;
    const onRetry = vi.fn(() => new Promise((r) => (resolve = r)));
    const c = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, context: { method: 'GET', url: '/v3/lbs' } }, clock);
    c.attach();
    c.sync({ status: 503 });
    advance(30_000);
    expect(c.getSnapshot().state).toBe('retrying');
    const held = { status: 503 };
    c.sync(held); // the parent's own catch, while the request is on its way
    resolve(undefined);
    await settle();
    c.detach(); // hidden (an effect cleanup) before the 100 ms are up
    advance(100);
    c.attach();
    c.sync(held); // the parent renders the same value: it still holds the failure
    advance(1000);
    await settle();
    // The parent still gives the failure: it is shown again.
    expect(c.getSnapshot().error).not.toBeNull();
  });
});
