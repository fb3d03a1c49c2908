import { BannerStore, createRetryBudget } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('banner round that skips every request for its Retry-After', () => {
  it('does not leave the group "waiting" with nothing scheduled', async () => {
    const { clock, advance, pending } = manualClock();
    const store = new BannerStore({ clock });
    const budget = createRetryBudget();
    store.setRetryOptions({ autoRetry: { random: () => 0.5 }, budget });
    const retryB = vi.fn(async () => 'ok');
    // A: a plain 503 GET, planned for about half a second.
    const a = store.report({ status: 503 }, { context: { method: 'GET', url: 'https://elb.example/a' }, retry: async () => 'ok' });
    await flush();
    expect(store.getGroups()[0]).toMatchObject({ state: 'waiting' });
    // B joins the planned round with its own Retry-After of 50 s.
    store.report({ status: 503, headers: { 'retry-after': '50' } }, { context: { method: 'GET', url: 'https://elb.example/b' }, retry: retryB });
    await flush();
    // A succeeded elsewhere before the round ran.
    store.remove(a);
    await flush();
    expect(store.getGroups()[0]).toMatchObject({ state: 'waiting' });
    advance(1_000);
    await flush();
    // The round ran nothing (B's Retry-After has not passed): something must be scheduled, or the banner must not say 'waiting'.
    const g = store.getGroups()[0];
    expect.soft(g?.state === 'waiting' ? pending() : 1).toBeGreaterThan(0);
    // And B is retried after its Retry-After.
    for (let i = 0; i < 120; i++) {
      advance(1_000);
      await flush();
    }
    expect(retryB).toHaveBeenCalled();
  });
});
