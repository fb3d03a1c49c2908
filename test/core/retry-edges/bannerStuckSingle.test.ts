import { BannerStore } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('one request with Retry-After, reported again while its round is scheduled', () => {
  it('is retried after its Retry-After, and the banner does not stay "waiting" with no timer', async () => {
    const { clock, advance, pending } = manualClock();
    const store = new BannerStore({ clock });
    store.setRetryOptions({ autoRetry: true });
    const context = { method: 'GET', url: 'https://elb.example/v3/lbs' };
    const retry = vi.fn(async () => 'ok');
    store.report({ status: 503, headers: { 'retry-after': '20' } }, { context, retry });
    await flush();
    expect(store.getGroups()[0]).toMatchObject({ state: 'waiting', retryAt: 20_000 });
    // The page's own poll hits the same 503 ten seconds later and reports it (the same request: its attempts go on).
    advance(10_000);
    store.report({ status: 503, headers: { 'retry-after': '20' } }, { context, retry });
    await flush();
    expect(store.getGroups()).toHaveLength(1);
    advance(10_000);
    await flush();
    const g = store.getGroups()[0];
    expect.soft(g?.state === 'waiting' ? pending() : 1).toBeGreaterThan(0);
    for (let i = 0; i < 300; i++) {
      advance(1_000);
      await flush();
    }
    expect(retry).toHaveBeenCalled();
  });
});
