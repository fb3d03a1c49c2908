import { RetryController, failureIdentity, toElbError } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

// Contract: a failure is identified by (kind, status, code, method, redacted url); a success ends it.
// An onRetry that returned its request and resolved is a success (it refills the budget as one).
describe('uncontrolled: an awaited retry that succeeded, then an unrelated failure an hour later', () => {
  it('starts the unrelated failure at attempt 0 with its own automatic retries', async () => {
    const { clock, advance } = manualClock();
    const onRetry = vi.fn(() => Promise.resolve('ok'));
    const c = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, context: { method: 'GET', url: '/v3/p/elb/loadbalancers' } }, clock);
    c.attach();
    c.capture({ status: 503 });
    // Three failures of the listing, each retried automatically and each retry succeeded.
    advance(30_000);
    await settle();
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(c.getSnapshot().state).toBe('idle');

    // An hour later a different request of the page fails: another status, another URL.
    advance(3_600_000);
    const other = toElbError({ status: 500 }, { method: 'GET', url: '/v3/p/elb/listeners' });
    expect(failureIdentity(other)).not.toBe(failureIdentity(toElbError({ status: 503 }, { method: 'GET', url: '/v3/p/elb/loadbalancers' })));
    c.capture(other);
    // Carried over from the old, already succeeded failure: attempt 1 instead of 0.
    expect(c.getSnapshot().attempt).toBe(0);
  });

  it('an unrelated failure after three succeeded automatic retries still gets automatic retries', async () => {
    const { clock, advance } = manualClock();
    const onRetry = vi.fn(() => Promise.resolve('ok'));
    const c = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, context: { method: 'GET', url: '/v3/p/elb/loadbalancers' } }, clock);
    c.attach();
    for (let i = 0; i < 3; i++) {
      c.capture({ status: 503 });
      advance(60_000);
      await settle();
      expect(c.getSnapshot().state).toBe('idle');
      advance(3_600_000);
    }
    c.capture(toElbError({ status: 500 }, { method: 'GET', url: '/v3/p/elb/listeners' }));
    expect(c.getSnapshot()).toMatchObject({ attempt: 0, state: 'waiting', autoRetryStopped: null });
  });
});
