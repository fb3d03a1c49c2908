import axios, { type AxiosAdapter } from 'axios';
import { RetryController } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

// The retry's own catch reports its failure, which stops the retry in flight although its request has already
// failed. A person's own Cancel of another request reported later is still shown: only the aborts the library
// made are taken for its own.
describe('RetryController: a retry that reported its own failure leaves an abort that never comes back', () => {
  it('shows a later cancelled request the page reports', async () => {
    const { clock } = manualClock();
    let calls = 0;
    // First the request fails with a 503; its retry fails with a 502; then everything works.
    const adapter: AxiosAdapter = (config) => {
      calls++;
      if (config.url === '/v3/p/elb/listeners')
        return new Promise((_, reject) => config.signal?.addEventListener?.('abort', () => reject(new Error('socket closed'))));
      const status = calls === 1 ? 503 : 502;
      return Promise.reject(Object.assign(new Error(`Request failed with status code ${status}`), { isAxiosError: true, config, response: { status, data: {}, headers: {}, config } }));
    };
    const http = axios.create({ adapter });
    const url = '/v3/p/elb/loadbalancers';
    const onRetry = (signal: AbortSignal): Promise<void> => http.get(url, { signal }).then(() => c.clear(), (e: unknown) => c.capture(e));
    const c: RetryController = new RetryController({ onRetry, context: { method: 'GET', url } }, clock);
    c.attach();
    await http.get(url).catch((e: unknown) => c.capture(e));
    expect(c.getSnapshot().error?.status).toBe(503);
    c.retry(); // a person presses Retry; the retry's catch reports its 502: the next attempt
    await settle();
    expect(c.getSnapshot().error?.status).toBe(502);
    // The page's next load works: the failure is over.
    c.clear();
    expect(c.getSnapshot().error).toBeNull();

    // Later a person cancels a save (their own AbortController; axios rejects with CanceledError) and the page's
    // catch reports it, as it reports every failure. Nothing of the controller's was aborted since.
    const mine = new AbortController();
    const save = http.post('/v3/p/elb/listeners', {}, { signal: mine.signal });
    mine.abort();
    const cancelled = await save.catch((e: unknown) => e);
    // Control: a controller that never retried shows it.
    const fresh = new RetryController({ onRetry, context: { method: 'GET', url } }, clock);
    fresh.attach();
    fresh.capture(cancelled);
    expect(fresh.getSnapshot().error?.kind).toBe('aborted');
    c.capture(cancelled);
    expect(c.getSnapshot().error?.kind).toBe('aborted');
  });
});
