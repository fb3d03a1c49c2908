import { createRetryBudget, ElbOperation, toElbError, type OperationSnapshot, type OperationState } from 'elb-status-ui/core';
import { mayResubmit } from '../../src/core/operation.js';

const T0 = Date.parse('2026-11-24T10:00:00Z');
const lb = (status: string, extra: Record<string, unknown> = {}) => ({ loadbalancer: { id: 'lb-1', provisioning_status: status, ...extra } });

/** Reads that answer one status after another (the last repeats). */
function reads(...steps: unknown[]) {
  let i = 0;
  const signals: AbortSignal[] = [];
  const read = vi.fn((signal: AbortSignal, submitted: unknown) => {
    void submitted;
    signals.push(signal);
    const step = steps[Math.min(i++, steps.length - 1)];
    return step instanceof Error || (typeof step === 'object' && step !== null && 'status' in step && typeof (step as { status: unknown }).status === 'number')
      ? Promise.reject(step)
      : Promise.resolve(step);
  });
  return { read, signals };
}

function make() {
  const op = new ElbOperation({ random: () => 0.5, visibility: null, budget: null });
  const states: OperationState[] = [];
  op.subscribe(() => {
    const s = op.getSnapshot().state;
    if (states[states.length - 1] !== s) states.push(s);
  });
  return { op, states };
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ElbOperation', () => {
  it('starts idle, then goes submitting -> in-progress -> succeeded, with progress from every poll', async () => {
    const { op, states } = make();
    expect(op.getSnapshot()).toMatchObject({ state: 'idle', error: null, progress: null });
    const { read } = reads(lb('PENDING_CREATE'), lb('PENDING_CREATE'), lb('ACTIVE'));
    const submit = vi.fn(() => Promise.resolve({ listener: { id: 'l-1' } }));
    const done = op.run(submit, { read }, { context: { method: 'POST', url: '/v3/p/elb/listeners' } });
    expect(op.getSnapshot()).toMatchObject({ state: 'submitting', method: 'POST', progress: { status: null, polls: 0, elapsedMs: 0, startedAt: T0 } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(op.getSnapshot()).toMatchObject({ state: 'in-progress', progress: { status: 'PENDING_CREATE', polls: 2, elapsedMs: 1000 } });
    await vi.advanceTimersByTimeAsync(1500);
    const final = await done;
    expect(final).toBe(op.getSnapshot());
    expect(final).toMatchObject({ state: 'succeeded', error: null, result: { status: 'ACTIVE', polls: 3 }, progress: { status: 'ACTIVE', polls: 3 } });
    expect(states).toEqual(['submitting', 'in-progress', 'succeeded']);
    expect(read).toHaveBeenCalledWith(expect.any(AbortSignal), { listener: { id: 'l-1' } });
    expect(submit).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(read).toHaveBeenCalledTimes(3); // no poll after it ended
  });

  it('without a wait, succeeds with what submit returned; a custom wait function gets the submit result and a signal', async () => {
    const { op } = make();
    expect((await op.run(() => 42)).result).toBe(42);
    const wait = vi.fn((submitted: number, { onProgress }: { signal: AbortSignal; onProgress: (p: { status: string | null; polls: number; elapsedMs: number }) => void }) => {
      onProgress({ status: 'RUNNING', polls: 1, elapsedMs: 0 });
      return Promise.resolve(submitted * 2);
    });
    const outcome = await op.run(() => 21, wait);
    expect(outcome).toMatchObject({ state: 'succeeded', result: 42, progress: { status: 'RUNNING', polls: 1 } });
    expect(wait.mock.calls[0]![1].signal).toBeInstanceOf(AbortSignal);
  });

  it('fails in submit with the normalised error (reading a Response that is not ok)', async () => {
    const { op } = make();
    const response = new Response(JSON.stringify({ error_code: 'ELB.8905', error_msg: 'quota exceeded' }), { status: 409, headers: { 'content-type': 'application/json' } });
    const outcome = await op.run(() => Promise.resolve(response), { read: vi.fn() }, { context: { method: 'POST' } });
    expect(outcome).toMatchObject({ state: 'failed', failedIn: 'submit', error: { status: 409, code: 'ELB.8905', method: 'POST' }, canRetry: false });
  });

  it('fails in wait with kind "operation" and the fault text when the resource ends in ERROR; retry is not offered', async () => {
    const { op } = make();
    const { read } = reads(lb('PENDING_UPDATE'), lb('ERROR', { fault: 'No valid host was found' }));
    const done = op.run(() => Promise.resolve({}), { read }, { context: { method: 'PUT' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(await done).toMatchObject({ state: 'failed', failedIn: 'wait', canRetry: false, error: { kind: 'operation', serverMessage: 'No valid host was found' } });
    expect(op.retry()).toBe(false);
  });

  it('after the deadline, retry() waits again without sending the write request again', async () => {
    const { op } = make();
    const submit = vi.fn(() => Promise.resolve({ id: 'lb-1' }));
    const { read } = reads(lb('PENDING_CREATE'));
    const done = op.run(submit, { read, timeoutMs: 5000 }, { context: { method: 'POST' } });
    await vi.advanceTimersByTimeAsync(5000);
    expect(await done).toMatchObject({ state: 'failed', failedIn: 'wait', canRetry: true, error: { kind: 'timeout' } });
    read.mockImplementation(() => Promise.resolve(lb('ACTIVE')));
    expect(op.retry()).toBe(true);
    expect(op.retry()).toBe(false); // the same click twice starts one run
    expect(op.getSnapshot().state).toBe('in-progress');
    await vi.advanceTimersByTimeAsync(0);
    expect(op.getSnapshot()).toMatchObject({ state: 'succeeded', result: { status: 'ACTIVE' } });
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['POST', new TypeError('Failed to fetch'), false],
    ['POST', { status: 500 }, false],
    ['POST', { status: 504 }, false],
    ['POST', { status: 409, body: { faultstring: 'Load Balancer lb-1 is immutable and cannot be updated.' } }, true],
    ['POST', { status: 429 }, true],
    ['POST', { status: 503, headers: { 'retry-after': '3' } }, true],
    ['POST', { status: 400 }, false],
    ['PATCH', { status: 502 }, false],
    [undefined, { status: 500 }, false],
    ['PUT', { status: 500 }, true],
    ['DELETE', new TypeError('Failed to fetch'), true],
    ['put', { status: 409, body: { faultstring: 'Load Balancer lb-1 is immutable and cannot be updated.' } }, true],
  ])('a %s that failed with %o may be sent again by retry(): %s', async (method, failure, allowed) => {
    const { op } = make();
    const submit = vi.fn(() => Promise.reject(failure));
    const outcome = await op.run(submit, undefined, { context: method ? { method } : {} });
    expect(outcome).toMatchObject({ state: 'failed', failedIn: 'submit', canRetry: allowed });
    expect(mayResubmit(outcome.error!, outcome.method)).toBe(allowed);
    expect(op.retry()).toBe(allowed);
    await vi.advanceTimersByTimeAsync(0);
    expect(submit).toHaveBeenCalledTimes(allowed ? 2 : 1);
  });

  it('ignores run while an operation runs (no double submit) and returns the running outcome', async () => {
    const { op } = make();
    let finish!: (v: unknown) => void;
    const first = vi.fn(() => new Promise((r) => (finish = r)));
    const second = vi.fn(() => Promise.resolve('second'));
    const a = op.run(first);
    const b = op.run(second);
    expect(b).toBe(a);
    finish('first');
    expect((await b).result).toBe('first');
    expect(second).not.toHaveBeenCalled();
    expect((await op.run(second)).result).toBe('second'); // allowed once the first ended
  });

  it('a listener may start the next operation as soon as one ends', async () => {
    const { op } = make();
    const next = vi.fn(() => 'next');
    let started = false;
    op.subscribe(() => {
      if (op.getSnapshot().state === 'succeeded' && !started) {
        started = true;
        void op.run(next);
      }
    });
    await op.run(() => 'first');
    await vi.advanceTimersByTimeAsync(0);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('cancel while submitting aborts the request at once, goes idle and ignores its late answer', async () => {
    const { op } = make();
    let signal!: AbortSignal;
    let answer!: (v: unknown) => void;
    const read = vi.fn();
    const done = op.run((s) => {
      signal = s;
      return new Promise((r) => (answer = r));
    }, { read });
    op.cancel();
    expect(signal.aborted).toBe(true);
    expect(op.getSnapshot()).toMatchObject({ state: 'idle', error: null, progress: null });
    answer({ id: 'x' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(read).not.toHaveBeenCalled();
    expect(op.getSnapshot().state).toBe('idle');
    expect((await done).state).toBe('idle');
  });

  it('cancel while waiting aborts the read in flight and nothing polls afterwards', async () => {
    const { op } = make();
    const { read, signals } = reads(lb('PENDING_UPDATE'));
    void op.run(() => ({}), { read });
    await vi.advanceTimersByTimeAsync(2500);
    const count = read.mock.calls.length;
    op.cancel();
    expect(signals[signals.length - 1]!.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(read).toHaveBeenCalledTimes(count);
    expect(op.getSnapshot().state).toBe('idle');
  });

  it('detach (unmount) stops the running operation; run and retry are ignored until attach', async () => {
    const { op } = make();
    const { read } = reads(lb('PENDING_UPDATE'));
    void op.run(() => ({}), { read });
    await vi.advanceTimersByTimeAsync(1000);
    op.detach();
    const count = read.mock.calls.length;
    await vi.advanceTimersByTimeAsync(600_000);
    expect(read).toHaveBeenCalledTimes(count);
    const submit = vi.fn(() => 1);
    await op.run(submit);
    expect(submit).not.toHaveBeenCalled();
    op.attach();
    expect((await op.run(submit)).state).toBe('succeeded');
  });

  it('passes the shared budget to the wait: a retried read takes tokens', async () => {
    const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
    const op = new ElbOperation({ budget, random: () => 0.5, visibility: null });
    const { read } = reads({ status: 503 }, { status: 503 }, { status: 503 });
    const done = op.run(() => ({}), { read });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await done).toMatchObject({ state: 'failed', failedIn: 'wait', error: { status: 503, method: 'GET' }, canRetry: true });
    expect(read).toHaveBeenCalledTimes(3); // two retries paid, the third failure finds the budget spent
    expect(budget.available).toBe(0);
  });

  it('handles bad input: submit not a function is ignored, a wait spec without read fails, reset forgets', async () => {
    const { op } = make();
    expect((await op.run(undefined as never)).state).toBe('idle');
    const outcome: OperationSnapshot = await op.run(() => 1, {} as never);
    expect(outcome).toMatchObject({ state: 'failed', failedIn: 'wait' });
    op.reset();
    expect(op.getSnapshot().state).toBe('idle');
  });

  it('a thrown ElbError keeps its identity', async () => {
    const { op } = make();
    const error = toElbError(403);
    expect((await op.run(() => Promise.reject(error))).error).toBe(error);
  });

  it('ignores run and honours cancel from a listener told that the write is being sent (no second write)', async () => {
    const operation = new ElbOperation({ visibility: null });
    const submit = vi.fn((signal: AbortSignal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError')))));
    let again: Promise<OperationSnapshot> | null = null;
    const stop = operation.subscribe(() => {
      if (operation.getSnapshot().state === 'submitting' && !again) again = operation.run(submit);
    });
    const first = operation.run(submit);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(again).not.toBeNull();
    stop();
    const cancelling = new ElbOperation({ visibility: null });
    cancelling.subscribe(() => {
      if (cancelling.getSnapshot().state === 'submitting') cancelling.cancel();
    });
    void cancelling.run(submit);
    await Promise.resolve();
    expect(submit).toHaveBeenCalledTimes(1);
    expect(cancelling.getSnapshot().state).toBe('idle');
    operation.cancel();
    await first;
  });
});
