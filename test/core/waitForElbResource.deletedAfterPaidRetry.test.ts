import { createRetryBudget, waitForElbResource, type ElbError, type WaitResult } from 'elb-status-ui/core';

const T0 = Date.parse('2026-11-24T10:00:00Z');
beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// README (Retry safety, shared budget): "an automatic retry takes tokens (acquire) for each request it re-runs, a
// success returns them (recordSuccess)". With until: 'deleted' a 404 is the read that ends the wait well: a read
// retried after a 503 (its tokens taken) that gets that 404 is a successful retry and returns its tokens, as a
// retried read that finds the resource ACTIVE does. Otherwise each such delete would keep 5 of the page's tokens.
describe('waitForElbResource(until: deleted): a paid read retry that ends the wait with a 404', () => {
  it('returns its tokens like any other successful retry', async () => {
    const budget = createRetryBudget();
    const steps: Array<() => Promise<unknown>> = [
      async () => ({ loadbalancer: { id: 'lb-1', provisioning_status: 'PENDING_DELETE' } }),
      async () => Promise.reject({ status: 503, body: { error_msg: 'busy' } }),
      async () => Promise.reject({ status: 404, body: { error_msg: 'not found' } }),
    ];
    let i = 0;
    const read = vi.fn(() => steps[Math.min(i++, steps.length - 1)]!());
    const out: { result?: WaitResult<unknown>; error?: ElbError } = {};
    waitForElbResource(read, { until: 'deleted', budget, visibility: null, random: () => 0.5, context: { method: 'GET', url: '/v2/lbaas/loadbalancers/lb-1' } }).then(
      (r) => (out.result = r),
      (e: ElbError) => (out.error = e),
    );
    await vi.advanceTimersByTimeAsync(30_000);
    expect(read).toHaveBeenCalledTimes(3);
    expect(out.result).toEqual({ resource: null, status: null, polls: 3 });
    expect(budget.available).toBe(50);
  });

  it('the same paid retry ending on a read that succeeds returns the tokens', async () => {
    const budget = createRetryBudget();
    const steps: Array<() => Promise<unknown>> = [
      async () => ({ loadbalancer: { id: 'lb-1', provisioning_status: 'PENDING_UPDATE' } }),
      async () => Promise.reject({ status: 503, body: { error_msg: 'busy' } }),
      async () => ({ loadbalancer: { id: 'lb-1', provisioning_status: 'ACTIVE' } }),
    ];
    let i = 0;
    const read = vi.fn(() => steps[Math.min(i++, steps.length - 1)]!());
    const out: { result?: WaitResult<unknown> } = {};
    void waitForElbResource(read, { budget, visibility: null, random: () => 0.5 }).then((r) => (out.result = r));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(out.result?.status).toBe('ACTIVE');
    expect(budget.available).toBe(50);
  });
});
