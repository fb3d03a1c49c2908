import { RetryController } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

// RetryController.attach() "reschedules a pending retry". A retry that resolves while the parent still holds the
// failure keeps it for 100 ms as the retry's possible outcome; when the parent's null (a success) or another value
// comes first, that held value is dropped, and a later failure's scheduled retry is re-armed on the next attach().
describe('a held outcome that was overtaken stays behind', () => {
  it('after a success, a later failure waiting across detach/attach gets its timer back', async () => {
    const { clock, advance, pending } = manualClock();
    let resolve!: (v: unknown) => void;
    const onRetry = vi.fn(() => new Promise((r) => (resolve = r)));
    const c = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, context: { method: 'GET', url: '/v3/lbs' } }, clock);
    c.attach();
    c.sync({ status: 503 }); // query.error
    advance(30_000);
    expect(c.getSnapshot().state).toBe('retrying');
    resolve({ status: 'success', data: [] }); // refetch() resolves; the query still holds its old error this tick
    await settle();
    c.sync(null); // the query's success reaches the parent a tick later: the failure is over
    advance(1_000);
    expect(c.getSnapshot().state).toBe('idle');

    // Minutes later another request fails: a new failure, its automatic retry scheduled.
    advance(300_000);
    c.sync(new TypeError('Failed to fetch'));
    expect(c.getSnapshot().state).toBe('waiting');

    // The panel is hidden and shown again (unmounted, or inside a hidden boundary): detach, then attach.
    c.detach();
    c.attach();
    const snap = c.getSnapshot();
    expect(snap.state).toBe('waiting');
    expect(snap.retryAt).not.toBeNull();
    // It shows a countdown: a timer must be armed for it, and the retry must run.
    expect(pending()).toBeGreaterThan(0);
    advance(60_000);
    await settle();
    expect(onRetry).toHaveBeenCalledTimes(2);
  });
});
