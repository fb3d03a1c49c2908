import { BannerStore, createRetryBudget } from 'elb-status-ui/core';
import { manualClock } from './manualClock.js';

const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('BannerStore: automatic rounds', () => {
  it('a retry that returns no promise and reports its failure later is held to the attempt cap, and keeps its tokens', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock });
    const budget = createRetryBudget();
    store.setRetryOptions({ autoRetry: true, budget });
    const context = { method: 'GET', url: 'https://elb.example/v3/lbs' };
    let runs = 0;
    // Starts the request and returns nothing; the request's failure is reported 100 ms later.
    const retry = () => {
      runs++;
      clock.setTimeout(() => store.report({ status: 503 }, { context, retry }), 100);
    };
    store.report({ status: 503 }, { context, retry });
    await flush();
    for (let i = 0; i < 200; i++) {
      advance(31_000);
      await flush();
    }
    expect(runs).toBe(3);
    expect(store.getGroups()).toHaveLength(1);
    expect(store.getGroups()[0]).toMatchObject({ state: 'failed', attempt: 3, autoRetryStopped: 'attempts-exhausted' });
    expect(budget.available).toBe(50 - 3 * 5);
  });

  it('the same request a minute after its blind retry seemed to work is a new failure', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock });
    store.setRetryOptions({ autoRetry: true });
    const context = { method: 'GET', url: 'https://elb.example/v3/lbs' };
    const retry = vi.fn(() => undefined);
    store.report({ status: 503 }, { context, retry });
    await flush();
    advance(31_000);
    await flush();
    expect(retry).toHaveBeenCalledTimes(1);
    expect(store.getGroups()).toHaveLength(0);
    advance(60_001);
    store.report({ status: 503 }, { context, retry });
    await flush();
    expect(store.getGroups()[0]!.members[0]!.attempt).toBe(0);
  });

  it('a request that joins a planned round is not re-run before its own Retry-After', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock });
    store.setRetryOptions({ autoRetry: { random: () => 0.99 } });
    const runsAt: Record<'a' | 'b', number[]> = { a: [], b: [] };
    const retryA = async () => {
      runsAt.a.push(clock.now());
      return 'ok';
    };
    const retryB = () => {
      runsAt.b.push(clock.now());
      return Promise.reject({ status: 503, headers: { 'retry-after': '50' } });
    };
    store.report({ status: 503 }, { context: { method: 'GET', url: 'https://elb.example/a' }, retry: retryA });
    await flush();
    store.report({ status: 503, headers: { 'retry-after': '50' } }, { context: { method: 'GET', url: 'https://elb.example/b' }, retry: retryB });
    await flush();
    for (let i = 0; i < 120; i++) {
      advance(1000);
      await flush();
    }
    expect(runsAt.a).toHaveLength(1);
    expect(runsAt.a[0]).toBeLessThanOrEqual(1000);
    expect(runsAt.b.length).toBeGreaterThan(0);
    expect(runsAt.b[0]).toBeGreaterThanOrEqual(50_000);
    // Each later attempt waits for the Retry-After of the failure before it.
    for (let i = 1; i < runsAt.b.length; i++) expect(runsAt.b[i]! - runsAt.b[i - 1]!).toBeGreaterThanOrEqual(50_000);
  });

  it('fifty failures at once do not all retry together: each request re-run takes tokens', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock, maxMembers: 100 });
    const budget = createRetryBudget();
    store.setRetryOptions({ autoRetry: true, budget });
    let runs = 0;
    for (let i = 0; i < 50; i++) {
      const context = { method: 'GET', url: `https://elb.example/v3/lbs/${i}` };
      const retry = () => {
        runs++;
        return Promise.reject({ status: 503 });
      };
      store.report({ status: 503 }, { context, retry });
    }
    await flush();
    for (let i = 0; i < 50; i++) {
      advance(31_000);
      await flush();
    }
    // 50 tokens at 5 a retry: ten requests re-run in all, then the budget stops the group.
    expect(runs).toBe(10);
    expect(budget.available).toBeLessThan(5);
    expect(store.getGroups()[0]).toMatchObject({ state: 'failed', autoRetryStopped: 'budget-exhausted' });
  });

  it('a round that succeeds gives back the tokens of every request it re-ran', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock });
    const budget = createRetryBudget();
    store.setRetryOptions({ autoRetry: true, budget });
    for (let i = 0; i < 4; i++) store.report({ status: 503 }, { context: { method: 'GET', url: `https://elb.example/${i}` }, retry: async () => 'ok' });
    await flush();
    expect(budget.available).toBe(45);
    advance(31_000);
    await flush();
    expect(store.getGroups()).toHaveLength(0);
    expect(budget.available).toBe(50);
  });
});
