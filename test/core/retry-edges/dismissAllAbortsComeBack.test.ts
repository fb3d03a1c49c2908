import axios, { type AxiosAdapter } from 'axios';
import { BannerStore } from 'elb-status-ui/core';

const settle = async () => {
  for (let i = 0; i < 30; i++) await Promise.resolve();
};

// "Dismiss all" while five requests are being retried aborts five retries at once; each retry's own catch reports
// its axios CanceledError back (its config names the aborted signal). None of them comes back as a banner.
describe('BannerStore: dismissAll while five retries run', () => {
  it('leaves no banner behind', async () => {
    const adapter: AxiosAdapter = (config) =>
      new Promise((_, reject) => config.signal?.addEventListener?.('abort', () => reject(new Error('socket closed'))));
    const http = axios.create({ adapter });
    const store = new BannerStore();
    for (let i = 1; i <= 5; i++) {
      const url = `/v3/p/elb/loadbalancers/${i}`;
      const context = { method: 'GET', url };
      const retry = (signal: AbortSignal): Promise<unknown> =>
        http.get(url, { signal }).catch((e: unknown) => {
          store.report(e, { context, retry });
        });
      store.report({ status: 503 }, { context, retry });
    }
    await settle();
    expect(store.getGroups()).toHaveLength(1);
    expect(store.getGroups()[0]!.count).toBe(5);
    void store.retryGroup(store.getGroups()[0]!.key).catch(() => undefined); // "Retry all"
    await settle();
    expect(store.getGroups()[0]?.state).toBe('retrying');
    store.dismissAll();
    await settle();
    expect(store.getGroups().map((g) => `${g.error.kind} ${g.count}`)).toEqual([]);
  });
});
