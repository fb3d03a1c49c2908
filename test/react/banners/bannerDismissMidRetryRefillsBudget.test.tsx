import { act, render } from '@testing-library/react';
import { BannerStore, createRetryBudget, ElbBannerProvider, ElbUiProvider, ErrorBanners } from 'elb-status-ui';
import { manualClock } from '../../core/manualClock.js';

const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

// README, Shared budget: "an automatic retry takes tokens (acquire) for each request it re-runs, a success
// returns them (recordSuccess), a paid retry that will not run gives them back (refund)".
// A retry that ran and was aborted because its banner was dismissed is neither a success nor unrun.
describe('banners: dismissing a banner while its automatic retry runs', () => {
  // A fetch-like retry: on its way until aborted, then rejects with an AbortError.
  const hanging = (runs: { n: number }) => (signal: AbortSignal) => {
    runs.n++;
    return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  };

  it('does not hand the spent tokens back as a success', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock });
    const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
    store.setRetryOptions({ autoRetry: { random: () => 0.5 }, budget });
    const runs = { n: 0 };
    store.report({ status: 503 }, { context: { method: 'GET', url: 'https://elb.example/v3/lbs' }, retry: hanging(runs) });
    await flush();
    advance(31_000);
    await flush();
    expect(runs.n).toBe(1);
    expect(budget.available).toBe(45);
    store.dismiss(store.getGroups()[0]!.key);
    await flush();
    expect(budget.available).toBe(45);
  });

  it('the budget still bounds retries when banners are dismissed mid-retry (capacity 10 = two retries)', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock });
    const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
    store.setRetryOptions({ autoRetry: { random: () => 0.5 }, budget });
    const runs = { n: 0 };
    for (let i = 0; i < 10; i++) {
      store.report({ status: 503 }, { context: { method: 'GET', url: `https://elb.example/v3/lbs/${i}` }, retry: hanging(runs) });
      await flush();
      advance(31_000);
      await flush();
      const group = store.getGroups()[0];
      if (group) store.dismiss(group.key);
      await flush();
    }
    expect(runs.n).toBeLessThanOrEqual(2);
  });
});

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

// Without a person: <ErrorBanners autoDismissMs autoRetry>
// dismisses a warning (429) while its automatic retry's request is on its way; the aborted retry is recorded as a
// success and its tokens come back, so the shared budget never runs out. Capacity 10 at 5 a retry = two retries.
describe('auto-dismissed 429 banners whose automatic retry was running', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  it('do not refill the shared budget: at most two retries for a capacity of two', async () => {
    const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
    const store = new BannerStore();
    render(
      <ElbUiProvider retryBudget={budget} retryPolicy={{ random: () => 0.5 }}>
        <ElbBannerProvider store={store}>
          <ErrorBanners autoRetry autoDismissMs={3000} />
        </ElbBannerProvider>
      </ElbUiProvider>,
    );
    let runs = 0;
    // A slow request: on its way until aborted (as fetch with the signal).
    const retry = (signal: AbortSignal) => {
      runs++;
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    };
    for (let i = 0; i < 10; i++) {
      act(() => {
        store.report({ status: 429 }, { context: { method: 'POST', url: `/v3/p/elb/listeners?i=${i}` }, retry });
      });
      await advance(10_000);
    }
    expect(runs).toBeLessThanOrEqual(2);
    expect(budget.available).toBe(0);
  });
});
