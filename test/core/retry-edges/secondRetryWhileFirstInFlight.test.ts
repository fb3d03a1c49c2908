import { RetryController } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

// Contract: "one attempt in flight at a time"; a retry in flight is aborted on clear/unmount
// ("the caller's request gets an AbortSignal that fires then").
describe('another failure reported while an automatic retry\'s request is still on its way', () => {
  function setup() {
    const { clock, advance } = manualClock();
    const signals: AbortSignal[] = [];
    const pending: Array<{ signal: AbortSignal; inFlight: boolean }> = [];
    // Each call starts a request that stays on its way until the test ends it (never here).
    const onRetry = vi.fn((signal: AbortSignal) => {
      signals.push(signal);
      const entry = { signal, inFlight: true };
      pending.push(entry);
      return new Promise(() => undefined);
    });
    const c = new RetryController({ onRetry, autoRetry: { random: () => 0.5 }, context: { method: 'GET', url: '/v3/p/elb/listeners' } }, clock);
    c.attach();
    return { c, advance, onRetry, signals, pending };
  }

  it('never starts a second onRetry while the first one\'s request has neither settled nor been aborted', async () => {
    const { c, advance, onRetry, signals } = setup();
    c.capture({ status: 503 });
    advance(30_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(c.getSnapshot().state).toBe('retrying');
    // Something else of the page reports a failure meanwhile (another request's catch, a second query).
    c.capture({ status: 502 });
    advance(60_000);
    await settle();
    // A second request was started while the first is still running and was never aborted.
    const overlapping = onRetry.mock.calls.length > 1 && !signals[0]!.aborted;
    expect(overlapping).toBe(false);
  });

  it('aborts the first retry\'s request on clear', async () => {
    const { c, advance, onRetry, signals } = setup();
    c.capture({ status: 503 });
    advance(30_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    c.capture({ status: 502 });
    c.clear();
    expect(signals[0]!.aborted).toBe(true);
  });

  it('aborts the first retry\'s request on unmount (detach)', async () => {
    const { c, advance, onRetry, signals } = setup();
    c.capture({ status: 503 });
    advance(30_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    c.capture({ status: 502 });
    c.detach();
    expect(signals[0]!.aborted).toBe(true);
  });
});
