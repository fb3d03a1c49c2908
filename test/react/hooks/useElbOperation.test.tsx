import { act, render, renderHook, screen } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { createRetryBudget, ElbUiProvider, useElbOperation, type UseElbOperationResult, type VisibilitySource } from 'elb-status-ui';

const T0 = Date.parse('2026-11-24T10:00:00Z');
const lb = (status: string) => ({ loadbalancer: { id: 'lb-1', provisioning_status: status } });
const wrapper = ({ children }: { children: ReactNode }) => <ElbUiProvider retryBudget={false}>{children}</ElbUiProvider>;
const strictWrapper = ({ children }: { children: ReactNode }) => (
  <StrictMode>
    <ElbUiProvider retryBudget={false}>{children}</ElbUiProvider>
  </StrictMode>
);

function statuses(...steps: string[]) {
  let i = 0;
  const signals: AbortSignal[] = [];
  const read = vi.fn((signal: AbortSignal) => {
    signals.push(signal);
    return Promise.resolve(lb(steps[Math.min(i++, steps.length - 1)]!));
  });
  return { read, signals };
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useElbOperation', () => {
  it('runs an operation to success, rendering every state and the progress', async () => {
    const { read } = statuses('PENDING_CREATE', 'PENDING_CREATE', 'ACTIVE');
    const { result } = renderHook(() => useElbOperation({ context: { method: 'POST' }, visibility: null }), { wrapper });
    expect(result.current).toMatchObject({ state: 'idle', error: null, progress: null, canRetry: false });
    let submitted!: (v: unknown) => void;
    act(() => {
      void result.current.run(() => new Promise((r) => (submitted = r)), { read });
    });
    expect(result.current.state).toBe('submitting');
    await act(async () => {
      submitted({ listener: { id: 'l-1' } });
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current).toMatchObject({ state: 'in-progress', progress: { status: 'PENDING_CREATE', polls: 1 } });
    await act(() => vi.advanceTimersByTimeAsync(2500));
    expect(result.current).toMatchObject({ state: 'succeeded', progress: { status: 'ACTIVE', polls: 3 }, result: { status: 'ACTIVE', polls: 3 } });
  });

  it('keeps run, cancel, retry, reset and the operation store the same across renders (StrictMode)', () => {
    const { result, rerender } = renderHook((props: { url: string }) => useElbOperation({ context: { method: 'PUT', url: props.url } }), { wrapper: strictWrapper, initialProps: { url: '/a' } });
    const first = result.current;
    rerender({ url: '/b' });
    for (const name of ['run', 'cancel', 'retry', 'reset', 'operation'] as const) expect(result.current[name]).toBe(first[name]);
    // The store can be followed from outside (a banner store): it sees every state change.
    const seen: string[] = [];
    first.operation.subscribe(() => seen.push(first.operation.getSnapshot().state));
    act(() => {
      void first.run(() => new Promise(() => undefined));
    });
    expect(seen).toEqual(['submitting']);
    expect(result.current.state).toBe('submitting');
  });

  it('works in StrictMode: the double effect run does not cancel an operation started afterwards', async () => {
    const { read } = statuses('PENDING_UPDATE', 'ACTIVE');
    const { result } = renderHook(() => useElbOperation({ visibility: null }), { wrapper: strictWrapper });
    await act(async () => {
      void result.current.run(() => ({}), { read });
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(result.current.state).toBe('succeeded');
  });

  it('unmount mid-wait aborts the read in flight and nothing polls afterwards', async () => {
    let readSignal: AbortSignal | null = null;
    const read = vi.fn((signal: AbortSignal) => {
      readSignal = signal;
      return new Promise<never>(() => undefined);
    });
    const { result, unmount } = renderHook(() => useElbOperation({ visibility: null }), { wrapper });
    await act(async () => {
      void result.current.run(() => ({}), { read });
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(read).toHaveBeenCalledTimes(1);
    unmount();
    expect(readSignal!.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(read).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('unmount between polls clears the timer: no operation polls after its component unmounted', async () => {
    const { read } = statuses('PENDING_UPDATE');
    const { result, unmount } = renderHook(() => useElbOperation({ visibility: null }), { wrapper });
    await act(async () => {
      void result.current.run(() => ({}), { read });
      await vi.advanceTimersByTimeAsync(2500);
    });
    const count = read.mock.calls.length;
    unmount();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(read).toHaveBeenCalledTimes(count);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('unmount mid-submit aborts the request; its late answer starts no wait', async () => {
    let submitSignal!: AbortSignal;
    let answer!: (v: unknown) => void;
    const read = vi.fn();
    const { result, unmount } = renderHook(() => useElbOperation(), { wrapper });
    act(() => {
      void result.current.run((signal) => {
        submitSignal = signal;
        return new Promise((r) => (answer = r));
      }, { read });
    });
    unmount();
    expect(submitSignal.aborted).toBe(true);
    answer({});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(read).not.toHaveBeenCalled();
  });

  it('cancel stops at once and returns to idle', async () => {
    const { read, signals } = statuses('PENDING_DELETE');
    const { result } = renderHook(() => useElbOperation({ visibility: null }), { wrapper });
    await act(async () => {
      void result.current.run(() => ({}), { read, until: 'deleted' });
      await vi.advanceTimersByTimeAsync(1000);
    });
    act(() => result.current.cancel());
    expect(result.current.state).toBe('idle');
    expect(signals.at(-1)!.aborted).toBe(true);
    const count = read.mock.calls.length;
    await vi.advanceTimersByTimeAsync(600_000);
    expect(read).toHaveBeenCalledTimes(count);
  });

  it('pauses the wait while the page is hidden and polls at once when it is visible again', async () => {
    const target = new EventTarget();
    const page: VisibilitySource & { visibilityState: string } = {
      visibilityState: 'visible',
      addEventListener: (t, fn) => target.addEventListener(t, fn),
      removeEventListener: (t, fn) => target.removeEventListener(t, fn),
    };
    const { read } = statuses('PENDING_UPDATE', 'ACTIVE');
    const { result } = renderHook(() => useElbOperation({ visibility: page }), { wrapper });
    await act(async () => {
      void result.current.run(() => ({}), { read });
      await vi.advanceTimersByTimeAsync(0);
    });
    page.visibilityState = 'hidden';
    target.dispatchEvent(new Event('visibilitychange'));
    await act(() => vi.advanceTimersByTimeAsync(120_000));
    expect(read).toHaveBeenCalledTimes(1);
    expect(result.current.state).toBe('in-progress');
    page.visibilityState = 'visible';
    await act(async () => {
      target.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current.state).toBe('succeeded');
  });

  it('uses the provider\'s shared retry budget for the wait\'s read failures', async () => {
    const budget = createRetryBudget({ capacity: 5, retryCost: 5 });
    const providerWrapper = ({ children }: { children: ReactNode }) => <ElbUiProvider retryBudget={budget}>{children}</ElbUiProvider>;
    const read = vi.fn(() => Promise.reject({ status: 502 }));
    const { result } = renderHook(() => useElbOperation({ visibility: null }), { wrapper: providerWrapper });
    await act(async () => {
      void result.current.run(() => ({}), { read });
      await vi.advanceTimersByTimeAsync(60_000);
    });
    expect(result.current).toMatchObject({ state: 'failed', failedIn: 'wait', error: { status: 502 } });
    expect(read).toHaveBeenCalledTimes(2);
    expect(budget.available).toBe(0);
  });

  function Form() {
    const op: UseElbOperationResult = useElbOperation({ context: { method: 'PUT', url: '/v2/lbaas/pools/p-1' }, visibility: null });
    return (
      <div>
        <p>{op.state}</p>
        {op.error ? <p role="alert">{op.error.reason}</p> : null}
        {op.canRetry ? (
          <button type="button" onClick={() => op.retry()}>
            Retry
          </button>
        ) : null}
        <button type="button" onClick={() => void op.run(submit, { read: wait })}>
          Save
        </button>
      </div>
    );
  }
  const submit = vi.fn();
  const wait = vi.fn();

  it('in a component: a PUT that hit a 409 lock shows the failure and re-runs on Retry; a double click submits once', async () => {
    submit.mockReset().mockRejectedValueOnce({ status: 409, body: { faultstring: 'Pool p-1 is immutable and cannot be updated.' } }).mockResolvedValue({});
    wait.mockReset().mockResolvedValue(lb('ACTIVE'));
    render(<Form />, { wrapper });
    await act(async () => {
      screen.getByRole('button', { name: 'Save' }).click();
      screen.getByRole('button', { name: 'Save' }).click();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(submit).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert')).toHaveTextContent('Conflict');
    await act(async () => {
      screen.getByRole('button', { name: 'Retry' }).click();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(submit).toHaveBeenCalledTimes(2);
    expect(screen.getByText('succeeded')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
