import { BannerStore } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

// README, Retry safety: "In banners, ... a request with a method and URL reported again is the same request
// (its attempts go on)"; at most 3 automatic attempts per failure.
describe('banners: the same request (method and URL) reported again with another status after its attempts ran out', () => {
  it('continues its attempts instead of starting a second member at attempt 0 with fresh automatic retries', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock });
    store.setRetryOptions({ autoRetry: { random: () => 0.5 } });
    const context = { method: 'GET', url: 'https://elb.example/v3/p/elb/loadbalancers' };
    let runs = 0;
    let status = 503;
    const retry = () => {
      runs++;
      return Promise.reject({ status });
    };
    store.report({ status: 503 }, { context, retry });
    for (let i = 0; i < 20; i++) {
      advance(31_000);
      await flush();
    }
    expect(runs).toBe(3);
    expect(store.getGroups()[0]).toMatchObject({ attempt: 3, autoRetryStopped: 'attempts-exhausted' });

    // The page's poller reports the very same request again; this time the gateway answered 502, then 503, ...
    for (const next of [502, 504, 500]) {
      status = next;
      store.report({ status: next }, { context, retry });
      for (let i = 0; i < 20; i++) {
        advance(31_000);
        await flush();
      }
    }
    const members = store.getGroups().flatMap((g) => g.members.map((m) => `${g.key} attempt=${m.attempt} ${m.label}`));
    // One request, three automatic attempts at most.
    expect({ runs, members }).toMatchObject({ runs: 3 });
  });
});
