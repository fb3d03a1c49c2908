import { RetryController, toElbError } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

// README, Retry safety: "A scheduled retry whose context.method changes (an edit form switched to create) is judged
// again by the method it would now send." A retry planned after the context became POST is planned by that method
// too: no POST is re-sent after a 503 without Retry-After.
const url = '/v3/p/elb/listeners';
const unavailable = (method: string) => toElbError({ status: 503 }, { method, url }); // what throwIfNotOk throws

describe('RetryController: context.method changes to POST, then an automatic retry is planned', () => {
  it('while the PUT retry is in flight: its failure does not schedule the POST', async () => {
    const { clock, advance } = manualClock();
    const sent: string[] = [];
    let reject!: (e: unknown) => void;
    const send = (method: string) => () => {
      sent.push(method);
      return new Promise((_, r) => (reject = r));
    };
    const c = new RetryController({ onRetry: send('PUT'), autoRetry: { random: () => 0.5 }, context: { method: 'PUT', url } }, clock);
    c.attach();
    c.capture(unavailable('PUT'));
    advance(30_000);
    expect(sent).toEqual(['PUT']);
    expect(c.getSnapshot().state).toBe('retrying');
    // The person switches the form to "create" while the PUT is on its way: the retry would now send a POST.
    c.setOptions({ onRetry: send('POST'), autoRetry: { random: () => 0.5 }, context: { method: 'POST', url } });
    reject(unavailable('PUT')); // the PUT failed again (a 503 without Retry-After)
    await settle();
    advance(60_000);
    await settle();
    expect(sent.filter((m) => m === 'POST')).toEqual([]);
  });

  it('automatic retry turned on in the same update: the POST is not scheduled', async () => {
    const { clock, advance } = manualClock();
    const sent: string[] = [];
    const send = (method: string) => () => {
      sent.push(method);
      return Promise.reject(unavailable(method));
    };
    const c = new RetryController({ onRetry: send('PUT'), autoRetry: false, context: { method: 'PUT', url } }, clock);
    c.attach();
    c.capture(unavailable('PUT'));
    c.setOptions({ onRetry: send('POST'), autoRetry: { random: () => 0.5 }, context: { method: 'POST', url } });
    advance(60_000);
    await settle();
    expect(sent.filter((m) => m === 'POST')).toEqual([]);
  });
});
