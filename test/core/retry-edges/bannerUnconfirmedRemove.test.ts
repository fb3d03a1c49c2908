import { BannerStore } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('a blind retry, then the app says the request succeeded (remove), then it fails again', () => {
  it('the new failure gets its own automatic retries', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock });
    store.setRetryOptions({ autoRetry: { random: () => 0.5 } });
    const context = { method: 'GET', url: 'https://elb.example/v3/lbs' };
    let runs = 0;
    let failing = true;
    const retry = () => {
      runs++; // starts the request, returns nothing; it fails later and is reported
      if (failing) clock.setTimeout(() => store.report({ status: 503 }, { context, retry }), 100);
    };
    const id = store.report({ status: 503 }, { context, retry });
    await flush();
    // Three blind automatic retries, each failing 100 ms later.
    for (let i = 0; i < 100; i++) {
      advance(1_000);
      await flush();
    }
    expect(runs).toBe(3);
    expect(store.getGroups()[0]).toMatchObject({ attempt: 3, autoRetryStopped: 'attempts-exhausted' });
    // A person clicks "Retry all" (blind again), and the page's next load of the request succeeds: the app removes it.
    failing = false;
    await store.retryGroup(store.getGroups()[0]!.key);
    await flush();
    expect(store.getGroups()).toHaveLength(0);
    store.remove(id);
    advance(20_000);
    await flush();
    expect(store.getGroups()).toHaveLength(0);
    // 20 s later the request fails again.
    store.report({ status: 503 }, { context, retry: async () => 'ok' });
    await flush();
    expect(store.getGroups()[0]).toMatchObject({ state: 'waiting', attempt: 0 });
  });
});
