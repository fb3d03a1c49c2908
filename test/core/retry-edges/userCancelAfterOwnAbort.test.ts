import axios, { type AxiosAdapter } from 'axios';
import { BannerStore } from 'elb-status-ui/core';

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

// A banner dismissed while its retry runs: the store aborts the retry, and the retry's promise rejects into the
// store. A later, unrelated cancellation reported by another component (another request) still gets its banner.
describe('BannerStore: a stopped retry whose abort came back through its promise', () => {
  it('still shows a later, unrelated cancelled request reported by the page', async () => {
    const adapter: AxiosAdapter = (config) =>
      new Promise((_, reject) => config.signal?.addEventListener?.('abort', () => reject(new Error('socket closed'))));
    const http = axios.create({ adapter });
    const url = '/v3/p/elb/loadbalancers/1';
    const store = new BannerStore();
    // The retry returns its request (no report in its own catch): the store hears how it went.
    store.report({ status: 503 }, { context: { method: 'GET', url }, retry: (signal) => http.get(url, { signal }) });
    await settle();
    const key = store.getGroups()[0]!.key;
    void store.retryGroup(key).catch(() => undefined); // "Retry all" by a person
    await settle();
    expect(store.getGroups()[0]?.state).toBe('retrying');
    store.dismiss(key); // the person dismisses it: the store aborts the retry; its rejection reaches the store
    await settle();
    expect(store.getGroups()).toHaveLength(0);

    // Control: what the same report does on a store that never aborted anything.
    const fresh = new BannerStore();
    const cancel = async () => {
      const c = new AbortController();
      const p = http.post('/v3/p/elb/listeners', {}, { signal: c.signal });
      c.abort();
      return p.catch((e: unknown) => e);
    };
    fresh.report(await cancel(), { context: { method: 'POST', url: '/v3/p/elb/listeners' } });
    await settle();
    expect(fresh.getGroups()).toHaveLength(1);

    // Later, another component's request (a POST elsewhere) is cancelled and reported to the page.
    store.report(await cancel(), { context: { method: 'POST', url: '/v3/p/elb/listeners' } });
    await settle();
    expect(store.getGroups().map((g) => g.error.kind)).toEqual(['aborted']);
  });
});
