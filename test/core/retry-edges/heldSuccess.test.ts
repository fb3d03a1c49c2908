import { createRetryBudget, RetryController } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('a fresh object of the failure synced while the retry runs, then the retry succeeds', () => {
  it('its promise decides: a success, and the tokens come back', async () => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget();
    let resolve!: (v: unknown) => void;
    const onRetry = vi.fn(() => new Promise((r) => (resolve = r)));
    const c = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, budget, context: { method: 'GET', url: '/v3/lbs' } }, clock);
    c.attach();
    c.sync({ status: 503 });
    advance(30_000);
    expect(c.getSnapshot().state).toBe('retrying');
    c.sync({ status: 503 }); // the parent re-renders while the request is on its way (isFetching), a new literal
    resolve({ status: 'success', data: [] }); // the refetch worked; the parent renders null a tick later
    await settle();
    const right = c.getSnapshot();
    c.sync(null);
    expect.soft(right).toMatchObject({ state: 'idle' });
    expect(budget.available).toBe(50);
  });
});

describe('the same, again and again (a panel whose parent re-renders during every refetch)', () => {
  it('does not drain the shared budget with retries that all succeeded', async () => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget();
    let resolve!: (v: unknown) => void;
    const onRetry = vi.fn(() => new Promise((r) => (resolve = r)));
    const c = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, budget, context: { method: 'GET', url: '/v3/lbs' } }, clock);
    c.attach();
    for (let i = 0; i < 15; i++) {
      c.sync({ status: 503 });
      advance(30_000);
      if (c.getSnapshot().state !== 'retrying') break;
      c.sync({ status: 503 });
      resolve({ status: 'success', data: [] });
      await settle();
      c.sync(null);
      advance(10_000);
    }
    expect(onRetry).toHaveBeenCalledTimes(15);
    expect(budget.available).toBe(50);
  });
});
