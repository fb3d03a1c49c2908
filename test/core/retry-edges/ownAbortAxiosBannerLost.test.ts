import axios, { type AxiosAdapter } from 'axios';
import { BannerStore } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

// Banners: the same request reported again while its retry runs replaces the member and aborts that retry. With
// axios the retry rejects with axios's CanceledError; reported back by the retry's own catch, it must not replace the
// real 502 banner.
describe('BannerStore: a retry using axios is stopped by a new report of its request', () => {
  it('the page keeps the 502 it was told about', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock });
    store.setRetryOptions({ autoRetry: { random: () => 0.5 }, budget: null });
    const adapter: AxiosAdapter = (config) =>
      new Promise((_, reject) => config.signal?.addEventListener?.('abort', () => reject(new Error('socket closed'))));
    const http = axios.create({ adapter });
    const url = '/v3/p/elb/loadbalancers';
    const context = { method: 'GET', url };
    const retry = (signal: AbortSignal): Promise<unknown> =>
      http.get(url, { signal }).catch((e: unknown) => {
        store.report(e, { context, retry });
      });
    store.report({ status: 503 }, { context, retry });
    await settle();
    advance(30_000);
    await settle();
    expect(store.getGroups()[0]?.state).toBe('retrying');
    store.report({ status: 502 }, { context, retry }); // the page's poll of the same request fails differently
    await settle();
    const groups = store.getGroups().map((g) => ({ kind: g.error.kind, status: g.error.status }));
    expect(groups).toEqual([{ kind: 'http', status: 502 }]);
  });
});
