import { planSettle, settleBy, toElbError, waitForLockToClear, type SettleOutcome } from 'elb-status-ui/core';
import { settleHookOf } from '../../src/core/settle.js';

const lock = (method = 'PUT', extra: Record<string, unknown> = {}) =>
  toElbError({ status: 409, body: { faultstring: 'Load Balancer lb-1 is immutable and cannot be updated.' }, ...extra }, { method, url: '/v2/lbaas/pools/p-1' });

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

function track(promise: Promise<SettleOutcome>) {
  const box: { outcome?: SettleOutcome } = {};
  void promise.then((o) => (box.outcome = o));
  return box;
}

describe('planSettle', () => {
  const hook = () => Promise.resolve();

  it('waits out a transient 409 lock of an idempotent request when the policy has a hook', () => {
    expect(planSettle(lock('PUT'), 0, { waitUntilSettled: hook })).toBe(hook);
    expect(planSettle(lock('DELETE'), 2, { waitUntilSettled: hook, maxAttempts: 3 })).toBe(hook);
  });

  it('never lifts the safety rules: a POST, a permanent conflict, exhausted attempts, no hook, a non-409', () => {
    expect(planSettle(lock('POST'), 0, { waitUntilSettled: hook })).toBeNull();
    expect(planSettle(toElbError({ status: 409, body: { faultstring: 'Listener already exists' } }, { method: 'PUT' }), 0, { waitUntilSettled: hook })).toBeNull();
    expect(planSettle(lock('PUT'), 3, { waitUntilSettled: hook })).toBeNull();
    expect(planSettle(lock('PUT'), 0, {})).toBeNull();
    expect(planSettle(lock('PUT'), 0, true)).toBeNull();
    expect(planSettle(toElbError(503, { method: 'PUT' }), 0, { waitUntilSettled: hook })).toBeNull();
  });

  it('lets a Retry-After on the 409 win over waiting', () => {
    expect(planSettle(lock('PUT', { headers: { 'retry-after': '5' } }), 0, { waitUntilSettled: hook })).toBeNull();
  });

  it('finds a hook on a function policy too, and ignores a hostile policy object', () => {
    const fn = Object.assign(() => 1000, { waitUntilSettled: hook });
    expect(settleHookOf(fn)).toBe(hook);
    expect(planSettle(lock('PUT'), 0, fn)).toBe(hook);
    const hostile = new Proxy({}, { get() { throw new Error('trap'); } });
    expect(settleHookOf(hostile)).toBeNull();
    expect(settleHookOf({ waitUntilSettled: 'no' } as never)).toBeNull();
  });
});

describe('waitForLockToClear', () => {
  it('resolves settled when the hook resolves', async () => {
    const box = track(waitForLockToClear(() => new Promise((r) => setTimeout(r, 3000))));
    await vi.advanceTimersByTimeAsync(2999);
    expect(box.outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(box.outcome).toEqual({ settled: true, error: null });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports a hook that rejects (the load balancer went to ERROR) as failed with that error, never as a rejection', async () => {
    const failure = toElbError(500);
    const rejecting = track(waitForLockToClear(() => Promise.reject(failure)));
    const throwing = track(waitForLockToClear(() => { throw new Error('sync'); }));
    await vi.advanceTimersByTimeAsync(0);
    expect(rejecting.outcome).toEqual({ settled: false, reason: 'failed', error: failure });
    expect(throwing.outcome).toMatchObject({ settled: false, reason: 'failed', error: { kind: 'unknown' } });
  });

  it('stops at once on abort and aborts the hook\'s own signal', async () => {
    let hookSignal: AbortSignal | null = null;
    const controller = new AbortController();
    const box = track(waitForLockToClear((signal) => {
      hookSignal = signal;
      return new Promise(() => undefined);
    }, { signal: controller.signal }));
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(box.outcome).toEqual({ settled: false, reason: 'aborted', error: null });
    expect(hookSignal!.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    const early = track(waitForLockToClear(() => Promise.resolve(), { signal: AbortSignal.abort() }));
    await vi.advanceTimersByTimeAsync(0);
    expect(early.outcome).toMatchObject({ settled: false, reason: 'aborted' });
  });

  it('gives up after maxWaitMs (clamped) even when the hook never answers', async () => {
    const box = track(waitForLockToClear(() => new Promise(() => undefined), { maxWaitMs: 1e15 }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(box.outcome).toBeUndefined(); // a huge bound does not fire at once
    const short = track(waitForLockToClear(() => new Promise(() => undefined), { maxWaitMs: 5000 }));
    await vi.advanceTimersByTimeAsync(5000);
    expect(short.outcome).toEqual({ settled: false, reason: 'timeout', error: null });
  });

  it('settleBy waits for the load balancer through waitForElbResource, and fails when it ends in ERROR', async () => {
    const statuses = ['PENDING_UPDATE', 'PENDING_UPDATE', 'ACTIVE'];
    const read = vi.fn(() => Promise.resolve({ loadbalancer: { provisioning_status: statuses.shift() ?? 'ACTIVE' } }));
    const ok = track(waitForLockToClear(settleBy(read, { random: () => 0.5, visibility: null })));
    await vi.advanceTimersByTimeAsync(2500);
    expect(ok.outcome).toEqual({ settled: true, error: null });
    expect(read).toHaveBeenCalledTimes(3);

    const broken = track(waitForLockToClear(settleBy(() => Promise.resolve({ loadbalancer: { provisioning_status: 'ERROR' } }), { visibility: null })));
    await vi.advanceTimersByTimeAsync(0);
    expect(broken.outcome).toMatchObject({ settled: false, reason: 'failed', error: { kind: 'operation' } });
  });
});
