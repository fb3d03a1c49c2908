import fc from 'fast-check';
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';
import { createRetryBudget, createTranslator, describeError, isElbError, toElbError, waitForElbResource, type ElbError, type VisibilitySource, type WaitForElbResourceOptions, type WaitResult } from 'elb-status-ui/core';
import { MAX_WAIT_TIMEOUT_MS, pollInterval, POLL_MAX_INTERVAL_MS, POLL_MIN_INTERVAL_MS } from '../../src/core/waitForElbResource.js';
import { MAX_SERVER_MESSAGE } from '../../src/core/text.js';

const T0 = Date.parse('2026-11-24T10:00:00Z');
const mid = () => 0.5; // no jitter: intervals 1000, 1500, 2250, ...

type Step = unknown | { throws: unknown };
const lb = (status: string, extra: Record<string, unknown> = {}) => ({ loadbalancer: { id: 'lb-1', provisioning_status: status, ...extra } });
const fail = (input: unknown): { throws: unknown } => ({ throws: input });

/** A scripted read: one step per call (the last repeats). Records when each read started and ended. */
function script(steps: Step[], latencyMs = 0) {
  const calls: { start: number; end: number | null; signal: AbortSignal }[] = [];
  let i = 0;
  const read = vi.fn((signal: AbortSignal) => {
    const step = steps[Math.min(i++, steps.length - 1)];
    const call = { start: Date.now(), end: null as number | null, signal };
    calls.push(call);
    const settle = () => {
      call.end = Date.now();
      if (step && typeof step === 'object' && 'throws' in step) throw (step as { throws: unknown }).throws;
      return step;
    };
    if (latencyMs <= 0) return Promise.resolve().then(settle);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(settle());
        } catch (e) {
          reject(e);
        }
      }, latencyMs);
    });
  });
  return { read, calls };
}

/** Starts a wait and tracks its outcome without unhandled rejections. */
function start<T>(read: (signal: AbortSignal) => Promise<T>, options: WaitForElbResourceOptions<T> = {}) {
  const outcome: { result?: WaitResult<T>; error?: ElbError; settled: boolean } = { settled: false };
  const promise = waitForElbResource(read, { random: mid, visibility: null, ...options }).then(
    (result) => {
      outcome.result = result;
      outcome.settled = true;
    },
    (error: ElbError) => {
      outcome.error = error;
      outcome.settled = true;
    },
  );
  return { outcome, promise };
}

/** A page whose visibility the test switches. */
function fakePage(initial: 'visible' | 'hidden' = 'visible') {
  const target = new EventTarget();
  const page = {
    visibilityState: initial as string,
    addEventListener: vi.fn((type: string, fn: () => void) => target.addEventListener(type, fn)),
    removeEventListener: vi.fn((type: string, fn: () => void) => target.removeEventListener(type, fn)),
    set(state: 'visible' | 'hidden') {
      page.visibilityState = state;
      target.dispatchEvent(new Event('visibilitychange'));
    },
  };
  return page satisfies VisibilitySource;
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('pollInterval', () => {
  it('starts at about 1 s and grows by 1.5 up to 10 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((n) => pollInterval(n, mid))).toEqual([1000, 1500, 2250, 3375, 5063, 7594, 10_000, 10_000, 10_000]);
  });

  it('jitters by ±20 % but never leaves [1 s, 10 s], whatever random returns', () => {
    expect(pollInterval(2, () => 0)).toBe(1800);
    expect(pollInterval(2, () => 0.9999)).toBe(2700);
    for (const r of [() => 0, () => 0.99999, () => NaN, () => 7, () => -1, () => { throw new Error('x'); }]) {
      for (const n of [-5, 0, 1, 5, 6, 100, Infinity, NaN]) {
        const ms = pollInterval(n, r);
        expect(ms).toBeGreaterThanOrEqual(POLL_MIN_INTERVAL_MS);
        expect(ms).toBeLessThanOrEqual(POLL_MAX_INTERVAL_MS);
      }
    }
  });
});

describe('waitForElbResource', () => {
  it('polls with growing intervals until ACTIVE and reports progress after every read', async () => {
    const { read, calls } = script([lb('PENDING_CREATE'), lb('PENDING_UPDATE'), lb('PENDING_UPDATE'), lb('ACTIVE')]);
    const progress: unknown[] = [];
    const { outcome } = start(read, { onProgress: (p) => progress.push(p) });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(outcome.result).toEqual({ resource: lb('ACTIVE'), status: 'ACTIVE', polls: 4 });
    expect(calls.map((c) => c.start - T0)).toEqual([0, 1000, 2500, 4750]);
    expect(progress).toEqual([
      { status: 'PENDING_CREATE', polls: 1, elapsedMs: 0 },
      { status: 'PENDING_UPDATE', polls: 2, elapsedMs: 1000 },
      { status: 'PENDING_UPDATE', polls: 3, elapsedMs: 2500 },
      { status: 'ACTIVE', polls: 4, elapsedMs: 4750 },
    ]);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(read).toHaveBeenCalledTimes(4); // nothing after it ended
  });

  it('reads the status of a flat body, of the one top-level object, or through a custom getter (trimmed, upper-case)', async () => {
    const flat = start(() => Promise.resolve({ provisioning_status: ' active ' }));
    const custom = start(() => Promise.resolve({ job: { status: 'COMPLETE' } }), { status: (r) => r.job.status });
    const member = start(() => Promise.resolve({ member: { operating_status: 'INITIAL' } }), { status: (r) => r.member.operating_status, timeoutMs: 3000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(flat.outcome.result?.status).toBe('ACTIVE');
    expect(custom.outcome.result?.status).toBe('COMPLETE');
    expect(member.outcome.error?.kind).toBe('timeout'); // INITIAL is transitional: still waiting at the deadline
  });

  it('finds the one resource object next to plain values (ELB v3 puts request_id beside it)', async () => {
    const { read } = script([
      { request_id: 'req-1', loadbalancer: { provisioning_status: 'PENDING_UPDATE' } },
      { request_id: 'req-2', loadbalancer: { provisioning_status: 'ACTIVE' } },
    ]);
    const { outcome } = start(read);
    await vi.advanceTimersByTimeAsync(1000);
    expect(outcome.result).toMatchObject({ status: 'ACTIVE', polls: 2 });
  });

  it('accepts fetch Responses from read: an ok one is read as JSON, one that is not ok is a failed read (a 404 ends a delete)', async () => {
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    const bodies = [json(lb('PENDING_UPDATE')), json(lb('ACTIVE'))];
    const active = start(() => Promise.resolve(bodies.shift()!));
    const gone = [json(lb('PENDING_DELETE')), json({ faultstring: 'Load Balancer lb-1 not found.' }, 404)];
    const deleted = start(() => Promise.resolve(gone.shift()!), { until: 'deleted' });
    const broken = start(() => Promise.resolve(new Response('<html>', { status: 200 })));
    await vi.advanceTimersByTimeAsync(1000);
    expect(active.outcome.result).toMatchObject({ resource: lb('ACTIVE'), status: 'ACTIVE', polls: 2 });
    expect(deleted.outcome.result).toEqual({ resource: null, status: null, polls: 2 });
    expect(broken.outcome.error?.kind).toBe('unknown'); // not JSON: fails instead of counting as settled
  });

  it('counts a resource without a status field (an ELB v3 listener) as settled once it can be read', async () => {
    const { read } = script([{ listener: { id: 'l-1', name: 'http-80' } }]);
    const { outcome } = start(read);
    await flush();
    expect(outcome.result).toEqual({ resource: { listener: { id: 'l-1', name: 'http-80' } }, status: null, polls: 1 });
  });

  it('rejects with kind "operation" and the resource\'s fault text when it reaches ERROR', async () => {
    const { read } = script([lb('PENDING_CREATE'), lb('ERROR', { fault: { message: 'Amphora  compute instance failed to boot\n' } })]);
    const { outcome } = start(read);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = outcome.error!;
    expect(isElbError(error)).toBe(true);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ kind: 'operation', status: null, severity: 'error', retryable: false, reason: 'Operation Failed', serverMessage: 'Amphora compute instance failed to boot' });
    expect(error.message).toBe('Operation Failed (ERROR): Amphora compute instance failed to boot');
    expect(read).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('an operation error survives structuredClone (rebuilt by toElbError) and has a title and explanation in every locale', async () => {
    const { outcome } = start(() => Promise.resolve(lb('ERROR', { fault: 'listener port conflict' })));
    await flush();
    const rebuilt = toElbError(structuredClone({ ...outcome.error! }));
    expect(rebuilt).toMatchObject({ kind: 'operation', serverMessage: 'listener port conflict', retryable: false, severity: 'error' });
    expect(describeError(rebuilt, createTranslator('en'))).toMatchObject({ title: 'The operation failed', explanation: expect.stringMatching(/error state/) });
    expect(describeError(rebuilt, createTranslator('de', de)).title).toBe('Der Vorgang ist fehlgeschlagen');
    expect(describeError(rebuilt, createTranslator('zh-CN', zhCN)).title).toBe('操作失败');
  });

  it('rejects on ERROR without a fault text, and bounds a huge hostile fault text', async () => {
    const plain = start(() => Promise.resolve(lb('error')));
    const huge = start(() => Promise.resolve({ l7policy: { provisioning_status: 'ERROR', fault_reason: 'member port unreachable; '.repeat(100_000) } }));
    await flush();
    expect(plain.outcome.error).toMatchObject({ kind: 'operation', serverMessage: null, message: 'Operation Failed (ERROR)' });
    expect(huge.outcome.error!.kind).toBe('operation');
    expect(huge.outcome.error!.serverMessage!.length).toBeLessThanOrEqual(MAX_SERVER_MESSAGE);
  });

  it('fails with kind "operation" when the resource turns DELETED while it was to become active', async () => {
    const { outcome } = start(() => Promise.resolve(lb('DELETED')));
    await flush();
    expect(outcome.error).toMatchObject({ kind: 'operation', message: 'Operation Failed (DELETED)' });
  });

  it('until "deleted": polls through PENDING_DELETE and succeeds on a 404', async () => {
    const { read } = script([lb('PENDING_DELETE'), lb('PENDING_DELETE'), fail(toElbError({ status: 404, body: { faultstring: 'Load Balancer lb-1 not found.' } }))]);
    const { outcome } = start(read, { until: 'deleted' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(outcome.result).toEqual({ resource: null, status: null, polls: 3 });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('until "deleted": a 404 thrown as a plain { status } object, or the status DELETED, is success', async () => {
    const thrown = start(() => Promise.reject({ status: 404 }), { until: 'deleted' });
    const deleted = start(() => Promise.resolve(lb('DELETED')), { until: 'deleted' });
    await flush();
    expect(thrown.outcome.result).toEqual({ resource: null, status: null, polls: 1 });
    expect(deleted.outcome.result?.status).toBe('DELETED');
  });

  it('until "deleted": an ERROR while deleting fails', async () => {
    const { outcome } = start(() => Promise.resolve(lb('ERROR')), { until: 'deleted' });
    await flush();
    expect(outcome.error?.kind).toBe('operation');
  });

  it('a 404 while waiting for ACTIVE fails for good at once', async () => {
    const { read } = script([lb('PENDING_CREATE'), fail({ status: 404 })]);
    const { outcome } = start(read);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(outcome.error).toMatchObject({ kind: 'http', status: 404 });
    expect(read).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['403', { status: 403 }, 'http'],
    ['400', { status: 400 }, 'http'],
    ['501', { status: 501 }, 'http'],
    ['a thrown string', 'boom', 'unknown'],
  ])('a permanent read failure (%s) rejects with that error and polls no more', async (_, thrown, kind) => {
    const { read } = script([fail(thrown)]);
    const { outcome } = start(read);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(outcome.error?.kind).toBe(kind);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('a read that is not a function, or throws synchronously, or a status getter that throws, rejects instead of hanging', async () => {
    const notFn = start(undefined as unknown as () => Promise<unknown>);
    const sync = start(() => {
      throw new Error('sync');
    });
    const getter = start(() => Promise.resolve({}), {
      status: () => {
        throw new Error('bad getter');
      },
    });
    await flush();
    expect(notFn.outcome.error?.kind).toBe('unknown');
    expect(sync.outcome.error?.kind).toBe('unknown');
    expect(getter.outcome.error?.message).toMatch(/bad getter/);
  });

  it('ignores an onProgress callback that throws', async () => {
    const { outcome } = start(() => Promise.resolve(lb('ACTIVE')), {
      onProgress: () => {
        throw new Error('listener bug');
      },
    });
    await flush();
    expect(outcome.result?.status).toBe('ACTIVE');
  });

  describe('deadline', () => {
    it('rejects with kind "timeout" at 10 min by default, not before, and polls no more', async () => {
      const { read } = script([lb('PENDING_UPDATE')]);
      const { outcome } = start(read);
      await vi.advanceTimersByTimeAsync(599_999);
      expect(outcome.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(outcome.error).toMatchObject({ kind: 'timeout', status: null });
      expect(outcome.error!.message).toMatch(/PENDING_UPDATE/);
      const reads = read.mock.calls.length;
      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(read).toHaveBeenCalledTimes(reads);
    });

    it('aborts a read still in flight at the deadline', async () => {
      const { read, calls } = script([lb('PENDING_UPDATE')], 60_000);
      const { outcome } = start(read, { timeoutMs: 5000 });
      await vi.advanceTimersByTimeAsync(5000);
      expect(outcome.error?.kind).toBe('timeout');
      expect(calls[0]!.signal.aborted).toBe(true);
    });

    it.each([
      [-5, 1000],
      [0, 1000],
      [2500, 2500],
      [1e12, MAX_WAIT_TIMEOUT_MS],
      [Infinity, MAX_WAIT_TIMEOUT_MS],
      [NaN, 600_000],
    ])('clamps timeoutMs %d to %d (a huge value never fires at once)', async (timeoutMs, effective) => {
      const { outcome } = start(() => Promise.resolve(lb('PENDING_UPDATE')), { timeoutMs });
      await vi.advanceTimersByTimeAsync(effective - 1);
      expect(outcome.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(outcome.error?.kind).toBe('timeout');
    });
  });

  describe('abort', () => {
    it('rejects at once without reading when the signal is already aborted', async () => {
      const read = vi.fn(() => Promise.resolve(lb('ACTIVE')));
      const { outcome } = start(read, { signal: AbortSignal.abort() });
      await flush();
      expect(outcome.error).toMatchObject({ kind: 'aborted' });
      expect(read).not.toHaveBeenCalled();
    });

    it('stops between polls at once: no timer has to run, and nothing polls afterwards', async () => {
      const { read } = script([lb('PENDING_UPDATE')]);
      const controller = new AbortController();
      const { outcome, promise } = start(read, { signal: controller.signal });
      await flush();
      expect(read).toHaveBeenCalledTimes(1);
      controller.abort();
      await promise; // settles without advancing the clock
      expect(outcome.error).toMatchObject({ kind: 'aborted', severity: 'info' });
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(read).toHaveBeenCalledTimes(1);
    });

    it('stops mid-read at once and aborts the read\'s own signal', async () => {
      let readSignal: AbortSignal | null = null;
      const read = vi.fn((signal: AbortSignal) => {
        readSignal = signal;
        return new Promise<never>(() => undefined); // a read that never answers
      });
      const controller = new AbortController();
      const { outcome, promise } = start(read, { signal: controller.signal });
      await flush();
      controller.abort();
      await promise;
      expect(outcome.error?.kind).toBe('aborted');
      expect(readSignal!.aborted).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('reports a timeout reason (AbortSignal.timeout) as kind "timeout"', async () => {
      const controller = new AbortController();
      const { outcome, promise } = start(() => new Promise<never>(() => undefined), { signal: controller.signal });
      controller.abort(new DOMException('t', 'TimeoutError'));
      await promise;
      expect(outcome.error?.kind).toBe('timeout');
    });

    it('a read that aborts by itself (not through this wait) fails for good', async () => {
      const { read } = script([fail(new DOMException('x', 'AbortError'))]);
      const { outcome } = start(read);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(outcome.error?.kind).toBe('aborted');
      expect(read).toHaveBeenCalledTimes(1);
    });
  });

  describe('page visibility', () => {
    it('pauses while the page is hidden and polls at once when it is visible again', async () => {
      const page = fakePage();
      const { read, calls } = script([lb('PENDING_UPDATE'), lb('PENDING_UPDATE'), lb('ACTIVE')]);
      const { outcome } = start(read, { visibility: page });
      await flush();
      page.set('hidden');
      await vi.advanceTimersByTimeAsync(120_000);
      expect(read).toHaveBeenCalledTimes(1);
      page.set('visible');
      await flush();
      expect(read).toHaveBeenCalledTimes(2);
      expect(calls[1]!.start - T0).toBe(120_000);
      await vi.advanceTimersByTimeAsync(1500);
      expect(outcome.result?.polls).toBe(3);
      expect(page.removeEventListener).toHaveBeenCalled();
    });

    it('polls soon after the page shows again when the clock was set back meanwhile (no hour-long wait)', async () => {
      const page = fakePage();
      const { read } = script([lb('PENDING_UPDATE'), lb('ACTIVE')]);
      const { outcome } = start(read, { visibility: page });
      await flush();
      page.set('hidden');
      vi.setSystemTime(Date.now() - 3_600_000);
      page.set('visible');
      await vi.advanceTimersByTimeAsync(POLL_MIN_INTERVAL_MS);
      expect(read).toHaveBeenCalledTimes(2);
      expect(outcome.result?.status).toBe('ACTIVE');
    });

    it('does not poll when the timer fires while hidden; a second "visible" event does not poll twice', async () => {
      const page = fakePage();
      const { read } = script([lb('PENDING_UPDATE')], 200);
      start(read, { visibility: page, timeoutMs: 600_000 });
      await vi.advanceTimersByTimeAsync(200); // first read done
      page.visibilityState = 'hidden'; // no event: the timer finds the page hidden
      await vi.advanceTimersByTimeAsync(30_000);
      expect(read).toHaveBeenCalledTimes(1);
      page.set('visible');
      page.set('visible');
      await vi.advanceTimersByTimeAsync(100);
      expect(read).toHaveBeenCalledTimes(2); // one read, still in flight: no overlap
    });

    it('does not read at all while the page starts hidden', async () => {
      const page = fakePage('hidden');
      const { read } = script([lb('ACTIVE')]);
      const { outcome } = start(read, { visibility: page });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(read).not.toHaveBeenCalled();
      page.set('visible');
      await flush();
      expect(outcome.result?.status).toBe('ACTIVE');
    });

    it('keeps a server\'s Retry-After when the page shows again before it has passed', async () => {
      const page = fakePage();
      const { read, calls } = script([fail({ status: 429, headers: { 'retry-after': '30' } }), lb('ACTIVE')]);
      const { outcome } = start(read, { visibility: page });
      await vi.advanceTimersByTimeAsync(2000);
      page.set('hidden');
      await vi.advanceTimersByTimeAsync(3000);
      page.set('visible');
      await vi.advanceTimersByTimeAsync(24_999);
      expect(read).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls[1]!.start - T0).toBe(30_000);
      expect(outcome.result?.status).toBe('ACTIVE');
    });

    it('uses document.visibilityState by default', async () => {
      const state = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      const { read } = script([lb('PENDING_UPDATE'), lb('ACTIVE')]);
      const outcome: { status?: string | null } = {};
      void waitForElbResource(read, { random: mid }).then((r) => (outcome.status = r.status));
      await vi.advanceTimersByTimeAsync(30_000);
      expect(read).not.toHaveBeenCalled();
      state.mockReturnValue('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(outcome.status).toBe('ACTIVE');
      state.mockRestore();
    });
  });

  describe('read failures while polling', () => {
    it('waits for Retry-After (503) before the next poll', async () => {
      const { read, calls } = script([lb('PENDING_UPDATE'), fail(toElbError({ status: 503, headers: { 'retry-after': '7' } })), lb('ACTIVE')]);
      const { outcome } = start(read);
      await vi.advanceTimersByTimeAsync(1000 + 6999);
      expect(read).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(outcome.result?.polls).toBe(3);
      expect(calls[2]!.start - calls[1]!.end!).toBe(7000);
    });

    it('honours a 429 with Retry-After longer than the poll cap', async () => {
      const { read, calls } = script([fail({ status: 429, headers: { 'Retry-After': '30' } }), lb('ACTIVE')]);
      const { outcome } = start(read);
      await vi.advanceTimersByTimeAsync(29_999);
      expect(read).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(outcome.result?.status).toBe('ACTIVE');
      expect(calls[1]!.start - T0).toBe(30_000);
    });

    it('a 429 without Retry-After backs off within the poll range; a Retry-After beyond the policy bound fails', async () => {
      const plain = script([fail({ status: 429 }), lb('ACTIVE')]);
      const a = start(plain.read);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(a.outcome.result?.status).toBe('ACTIVE');
      const gap = plain.calls[1]!.start - plain.calls[0]!.end!;
      expect(gap).toBeGreaterThanOrEqual(POLL_MIN_INTERVAL_MS);
      expect(gap).toBeLessThanOrEqual(POLL_MAX_INTERVAL_MS);

      const far = script([fail({ status: 429, headers: { 'retry-after': '3600' } })]);
      const b = start(far.read);
      await vi.advanceTimersByTimeAsync(600_000);
      expect(b.outcome.error).toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
      expect(far.read).toHaveBeenCalledTimes(1);
    });

    it('retries transient failures (even an ElbError made without a method) and pays each retry from the shared budget', async () => {
      const budget = createRetryBudget({ capacity: 20, retryCost: 5, timeoutCost: 10 });
      const seen: number[] = [];
      const { read } = script([fail(toElbError(500)), fail(new TypeError('Failed to fetch')), lb('ACTIVE')]);
      const { outcome } = start(async (signal) => {
        seen.push(budget.available);
        return read(signal);
      }, { budget });
      await vi.advanceTimersByTimeAsync(30_000);
      expect(outcome.result?.polls).toBe(3);
      expect(seen).toEqual([20, 15, 5]); // 5 for the 500, 10 for the network failure
      expect(budget.available).toBe(15); // the last retry succeeded: its cost comes back
    });

    it('fails with the read\'s error when the shared budget is spent', async () => {
      const budget = createRetryBudget({ capacity: 5, retryCost: 5 });
      const { read } = script([fail({ status: 502 }), fail({ status: 503 }), lb('ACTIVE')]);
      const { outcome } = start(read, { budget });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(outcome.error).toMatchObject({ status: 503 });
      expect(read).toHaveBeenCalledTimes(2);
      expect(budget.available).toBe(0);
    });

    it('gives up after the policy\'s attempts: 3 retries of consecutive failures by default, a custom count when set', async () => {
      const a = script([fail({ status: 500 })]);
      const first = start(a.read);
      await vi.advanceTimersByTimeAsync(120_000);
      expect(first.outcome.error?.status).toBe(500);
      expect(a.read).toHaveBeenCalledTimes(4);

      const b = script([fail({ status: 504 })]);
      const second = start(b.read, { retryPolicy: { maxAttempts: 1 } });
      await vi.advanceTimersByTimeAsync(120_000);
      expect(second.outcome.error?.status).toBe(504);
      expect(b.read).toHaveBeenCalledTimes(2);
    });

    it('resets the attempt count after a successful read', async () => {
      const { read } = script([fail({ status: 500 }), fail({ status: 500 }), fail({ status: 500 }), lb('PENDING_UPDATE'), fail({ status: 500 }), fail({ status: 500 }), fail({ status: 500 }), lb('ACTIVE')]);
      const { outcome } = start(read);
      await vi.advanceTimersByTimeAsync(200_000);
      expect(outcome.result?.polls).toBe(8);
    });

    it('a function policy chooses delays only: it cannot make a 403 retryable nor lift the hard cap of 10 retries', async () => {
      const forbidden = script([fail({ status: 403 }), lb('ACTIVE')]);
      const a = start(forbidden.read, { retryPolicy: () => 1000 });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(a.outcome.error?.status).toBe(403);
      expect(forbidden.read).toHaveBeenCalledTimes(1);

      const flaky = script([fail({ status: 500 })]);
      const b = start(flaky.read, { retryPolicy: () => 1000 });
      await vi.advanceTimersByTimeAsync(120_000);
      expect(b.outcome.error?.status).toBe(500);
      expect(flaky.read).toHaveBeenCalledTimes(11);
    });

    it('gives a paid retry\'s tokens back when the wait ends before that retry reads', async () => {
      const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
      const controller = new AbortController();
      const { read } = script([fail({ status: 500 }), lb('ACTIVE')]);
      const { promise } = start(read, { budget, signal: controller.signal });
      await flush();
      expect(budget.available).toBe(5);
      controller.abort();
      await promise;
      expect(budget.available).toBe(10);
      expect(read).toHaveBeenCalledTimes(1);
    });

    it('a thousand waits failing together do not all retry: the shared budget lets a few through', async () => {
      const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
      const read = vi.fn(() => Promise.reject({ status: 503 }));
      const waits = Array.from({ length: 1000 }, () => start(read, { budget }));
      await vi.advanceTimersByTimeAsync(0);
      expect(waits.filter((w) => w.outcome.settled)).toHaveLength(990);
      await vi.advanceTimersByTimeAsync(120_000);
      expect(waits.every((w) => w.outcome.error?.status === 503)).toBe(true);
      expect(read).toHaveBeenCalledTimes(1000 + 10); // ten retries paid, each failing again with the budget spent
      expect(vi.getTimerCount()).toBe(0);
    });

    it('reads the body of a thrown Response for the error it rejects with', async () => {
      const response = new Response(JSON.stringify({ error_code: 'ELB.1002', error_msg: 'forbidden by policy' }), { status: 403, headers: { 'content-type': 'application/json' } });
      const { outcome } = start(() => Promise.reject(response));
      await vi.advanceTimersByTimeAsync(100);
      expect(outcome.error).toMatchObject({ status: 403, code: 'ELB.1002', serverMessage: 'forbidden by policy', method: 'GET' });
    });
  });

  const stepArb = fc.oneof(
    { weight: 5, arbitrary: fc.constant<Step>(lb('PENDING_UPDATE')) },
    { weight: 2, arbitrary: fc.constantFrom<Step>(fail({ status: 500 }), fail({ status: 503 }), fail(new TypeError('Failed to fetch')), fail({ status: 429 })) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }).map((s): Step => fail({ status: 429, headers: { 'retry-after': String(s) } })) },
  );
  const isFailure = (step: Step) => typeof step === 'object' && step !== null && 'throws' in step;
  /** At most 3 failures in a row (the default policy's attempts), so every scripted wait can succeed. */
  const stepsArb = (max: number) =>
    fc.array(stepArb, { minLength: 1, maxLength: max }).map((steps) => {
      const out: Step[] = [];
      let run = 0;
      for (const step of steps) {
        run = isFailure(step) ? run + 1 : 0;
        if (run > 3) {
          out.push(lb('PENDING_UPDATE'));
          run = 1;
        }
        out.push(step);
      }
      return out;
    });

  /** Runs one scripted wait to its end; returns the reads and whether two ever overlapped. */
  async function runScripted(steps: Step[], latency: number, r: number, toggles: number[]) {
    vi.clearAllTimers();
    vi.setSystemTime(T0);
    const page = fakePage();
    const { read, calls } = script([...steps, lb('ACTIVE')], latency);
    let inFlight = 0;
    let overlap = false;
    let readWhileHidden = false;
    const wrapped = async (signal: AbortSignal) => {
      if (inFlight > 0) overlap = true;
      if (page.visibilityState === 'hidden') readWhileHidden = true;
      inFlight++;
      try {
        return await read(signal);
      } finally {
        inFlight--;
      }
    };
    const { outcome } = start(wrapped, { visibility: page, random: () => r, timeoutMs: MAX_WAIT_TIMEOUT_MS });
    for (const at of [...toggles].sort((a, b) => a - b)) {
      await vi.advanceTimersByTimeAsync(Math.max(0, T0 + at - Date.now()));
      page.set(page.visibilityState === 'hidden' ? 'visible' : 'hidden');
    }
    if (page.visibilityState === 'hidden') page.set('visible');
    for (let i = 0; i < 400 && !outcome.settled; i++) await vi.advanceTimersByTimeAsync(5000);
    const total = read.mock.calls.length;
    await vi.advanceTimersByTimeAsync(600_000);
    return { outcome, calls, overlap, readWhileHidden, readsAfterEnd: read.mock.calls.length - total };
  }

  it('property: no two reads of one wait overlap, and every wait between reads is within [1 s, cap] unless the server asked for longer', async () => {
    await fc.assert(
      fc.asyncProperty(
        stepsArb(25),
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        async (steps, latency, r) => {
          const run = await runScripted(steps, latency, r, []);
          expect(run.outcome.result?.status).toBe('ACTIVE');
          expect(run.overlap).toBe(false);
          expect(run.readsAfterEnd).toBe(0);
          for (let i = 1; i < run.calls.length; i++) {
            const gap = run.calls[i]!.start - run.calls[i - 1]!.end!;
            const thrown = (steps[i - 1] as { throws?: { headers?: Record<string, string> } } | undefined)?.throws;
            const asked = Number(thrown?.headers?.['retry-after'] ?? 0) * 1000;
            expect(gap).toBeGreaterThanOrEqual(Math.max(POLL_MIN_INTERVAL_MS, asked));
            expect(gap).toBeLessThanOrEqual(Math.max(POLL_MAX_INTERVAL_MS, asked));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: with the page hidden and shown at any moments, reads never overlap, never run while hidden, and never come sooner than 1 s or the server\'s Retry-After', async () => {
    await fc.assert(
      fc.asyncProperty(
        stepsArb(15),
        fc.integer({ min: 0, max: 3000 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 1, maxLength: 8 }),
        async (steps, latency, r, toggles) => {
          const run = await runScripted(steps, latency, r, toggles);
          expect(run.outcome.result?.status).toBe('ACTIVE');
          expect(run.overlap).toBe(false);
          expect(run.readWhileHidden).toBe(false);
          expect(run.readsAfterEnd).toBe(0);
          for (let i = 1; i < run.calls.length; i++) {
            const thrown = (steps[i - 1] as { throws?: { headers?: Record<string, string> } } | undefined)?.throws;
            const asked = Number(thrown?.headers?.['retry-after'] ?? 0) * 1000;
            expect(run.calls[i]!.start - run.calls[i - 1]!.end!).toBeGreaterThanOrEqual(Math.max(POLL_MIN_INTERVAL_MS, asked));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
