import axios, { type AxiosAdapter } from 'axios';
import { RetryController } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

// "Another failure reported while a retry's request runs stops it", and the abort the library makes is recognised
// when the caller's catch reports it back. axios rejects an aborted request with its own CanceledError (whatwg-fetch
// with a fresh AbortError), not the signal's reason: reported back, it still must not replace the failure shown.
describe('a retry using axios, stopped because another failure was reported while it ran', () => {
  it('keeps showing the failure that stopped it', async () => {
    const { clock, advance } = manualClock();
    // An adapter whose request is on its way until the signal aborts it.
    const adapter: AxiosAdapter = (config) =>
      new Promise((_, reject) => config.signal?.addEventListener?.('abort', () => reject(new Error('socket closed'))));
    const http = axios.create({ adapter });
    const onRetry = (signal: AbortSignal): Promise<void> => http.get('/v3/p/elb/loadbalancers', { signal }).then(() => c.clear(), (e: unknown) => c.capture(e));
    const c: RetryController = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, context: { method: 'GET', url: '/v3/p/elb/loadbalancers' } }, clock);
    c.attach();
    c.capture({ status: 503 });
    advance(30_000);
    expect(c.getSnapshot().state).toBe('retrying');
    // Meanwhile the page's poll fails (a 502 now): reported, it stops the retry in flight (one at a time).
    c.capture({ status: 502 });
    await settle();
    // The retry's own catch has reported axios's CanceledError by now.
    const after = c.getSnapshot();
    expect({ kind: after.error?.kind, status: after.error?.status, state: after.state }).toEqual({ kind: 'http', status: 502, state: 'waiting' });
  });
});
