import { ElbOperation, type OperationSnapshot } from 'elb-status-ui/core';
import { takeConsoleMessages } from '../setup.js';

const T0 = Date.parse('2026-11-24T10:00:00Z');
beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// ElbOperation.run / useElbOperation().run (JSDoc): "Sends submit, then waits ... Resolves with the final
// snapshot; never rejects." Listeners are told of every state, also while the operation runs: one that throws
// neither keeps the write from being sent, nor leaves the operation running for good, nor makes run() throw or
// reject. Its error is reported (here, without reportError: on the console) and the others are still told.
const REPORTED = /ElbOperation listener threw Error: subscriber failed/;

describe('ElbOperation: a throwing subscriber', () => {
  it('at "submitting": run does not throw, the write is sent, and the operation ends', async () => {
    const op = new ElbOperation({ visibility: null });
    let calls = 0;
    op.subscribe(() => {
      if (calls++ === 0) throw new Error('subscriber failed');
    });
    const submit = vi.fn(() => ({ ok: 1 }));
    let outcome: OperationSnapshot | undefined;
    expect(() => {
      void op.run(submit).then((s) => (outcome = s));
    }).not.toThrow();
    await vi.advanceTimersByTimeAsync(10);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(op.getSnapshot().state).toBe('succeeded');
    expect(outcome?.state).toBe('succeeded');
    expect(takeConsoleMessages(REPORTED)).toBe(1);
  });

  it('the other listeners are still told, in order', () => {
    const op = new ElbOperation({ visibility: null });
    const told: string[] = [];
    op.subscribe(() => told.push(`first:${op.getSnapshot().state}`));
    op.subscribe(() => {
      throw new Error('subscriber failed');
    });
    op.subscribe(() => told.push(`third:${op.getSnapshot().state}`));
    void op.run(() => new Promise(() => {}));
    expect(told).toEqual(['first:submitting', 'third:submitting']);
    op.cancel();
    expect(told).toEqual(['first:submitting', 'third:submitting', 'first:idle', 'third:idle']);
    expect(takeConsoleMessages(REPORTED)).toBe(2);
  });

  it('at "submitting": a later run is not ignored forever', async () => {
    const op = new ElbOperation({ visibility: null });
    let calls = 0;
    op.subscribe(() => {
      if (calls++ === 0) throw new Error('subscriber failed');
    });
    void op.run(() => ({}));
    await vi.advanceTimersByTimeAsync(10);
    const second = vi.fn(() => ({}));
    void op.run(second);
    await vi.advanceTimersByTimeAsync(10);
    expect(op.getSnapshot().state).not.toBe('submitting');
    expect(second).toHaveBeenCalledTimes(1);
    expect(takeConsoleMessages(REPORTED)).toBe(1);
  });

  it('at "succeeded": run resolves (never rejects) and nothing is left unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const op = new ElbOperation({ visibility: null });
      op.subscribe(() => {
        if (op.getSnapshot().state === 'succeeded') throw new Error('subscriber failed');
      });
      let result: string = 'pending';
      void op.run(() => ({})).then(
        (s) => (result = `resolved:${s.state}`),
        (e: unknown) => (result = `rejected:${String(e)}`),
      );
      await vi.advanceTimersByTimeAsync(10);
      await vi.waitFor(() => expect(result).not.toBe('pending'));
      // give Node a turn to report unhandled rejections
      vi.useRealTimers();
      await new Promise((r) => setTimeout(r, 20));
      expect(result).toBe('resolved:succeeded');
      expect(unhandled).toEqual([]);
      expect(takeConsoleMessages(REPORTED)).toBe(1);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

it('where the platform has reportError, a listener error goes there', async () => {
  const reportError = vi.fn();
  vi.stubGlobal('reportError', reportError);
  try {
    const op = new ElbOperation({ visibility: null });
    op.subscribe(() => {
      throw new Error('subscriber failed');
    });
    await op.run(() => ({}));
    expect(op.getSnapshot().state).toBe('succeeded');
    expect(reportError).toHaveBeenCalledTimes(2);
    expect(reportError.mock.calls[0]![0]).toEqual(new Error('subscriber failed'));
  } finally {
    vi.unstubAllGlobals();
  }
});
