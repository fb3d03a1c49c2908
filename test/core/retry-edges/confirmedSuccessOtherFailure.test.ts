import { RetryController } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('a retry that returned its request and succeeded (the value went null), then another failure', () => {
  it('within 2 s is that retry\'s outcome (the cap holds, whatever the failure is now); later, a new failure', async () => {
    const { clock, advance } = manualClock();
    let outcome: 'fail' | 'ok' = 'fail';
    const onRetry = vi.fn(() => (outcome === 'fail' ? Promise.reject({ status: 503 }) : Promise.resolve('ok')));
    const c = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, context: { method: 'GET', url: '/v3/lbs' } }, clock);
    c.attach();
    c.sync({ status: 503 });
    // Two automatic retries fail.
    for (let i = 0; i < 2; i++) {
      advance(30_000);
      await settle();
    }
    expect(c.getSnapshot()).toMatchObject({ state: 'waiting', attempt: 2 });
    // The third one works: the query reset its error to null when the refetch started, the refetch resolves.
    outcome = 'ok';
    advance(30_000);
    expect(c.getSnapshot().state).toBe('retrying');
    c.sync(null);
    await settle();
    expect(c.getSnapshot()).toMatchObject({ state: 'idle', error: null });
    // One second later a different request-level failure of the page (a 500 from the next poll).
    advance(1_000);
    c.sync({ status: 500 });
    expect(c.getSnapshot()).toMatchObject({ state: 'failed', attempt: 3, autoRetryStopped: 'attempts-exhausted' });
    // After a success the parent confirmed (null again), a failure long after it starts anew.
    c.sync(null);
    advance(60_000);
    c.sync({ status: 500 });
    expect(c.getSnapshot()).toMatchObject({ state: 'waiting', attempt: 0, autoRetryStopped: null });
  });
});
