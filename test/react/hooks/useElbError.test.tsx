import { act, render, renderHook } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { ElbUiProvider, toElbError, useElbError, type UseElbErrorOptions } from 'elb-status-ui';

const fixedRandom = { random: () => 0.5 };
const wrapper = ({ children }: { children: ReactNode }) => <ElbUiProvider retryBudget={false}>{children}</ElbUiProvider>;
const strictWrapper = ({ children }: { children: ReactNode }) => (
  <StrictMode>
    <ElbUiProvider retryBudget={false}>{children}</ElbUiProvider>
  </StrictMode>
);

function deferred<T = unknown>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useElbError', () => {
  it('keeps capture, retry, cancel and clear the same functions across renders (safe in effect dependencies)', () => {
    const { result, rerender } = renderHook((props: UseElbErrorOptions) => useElbError(props), { wrapper: strictWrapper, initialProps: { onRetry: () => 1 } as UseElbErrorOptions });
    const first = result.current;
    act(() => first.capture(503));
    rerender({ onRetry: () => 2, autoRetry: true });
    for (const name of ['capture', 'retry', 'cancel', 'clear'] as const) expect(result.current[name]).toBe(first[name]);
    expect(result.current.state).not.toBe('idle');
  });

  it('starts idle, captures anything and clears', () => {
    const { result } = renderHook(() => useElbError(), { wrapper });
    expect(result.current).toMatchObject({ error: null, state: 'idle', attempt: 0, retryAt: null });
    act(() => result.current.capture(503));
    expect(result.current.error).toMatchObject({ status: 503, kind: 'http' });
    expect(result.current.state).toBe('failed');
    act(() => result.current.clear());
    expect(result.current).toMatchObject({ error: null, state: 'idle' });
  });

  it('reads a Response body on capture', async () => {
    const { result } = renderHook(() => useElbError(), { wrapper });
    await act(async () => {
      result.current.capture(new Response('{"error_code":"ELB.1002","error_msg":"The load balancer is not found."}', { status: 404 }));
      await vi.runAllTimersAsync();
    });
    expect(result.current.error).toMatchObject({ status: 404, code: 'ELB.1002', serverMessage: 'The load balancer is not found.' });
  });

  it('runs one retry at a time and clears on success', async () => {
    const pending = deferred();
    const onRetry = vi.fn((_signal: AbortSignal) => pending.promise);
    const { result } = renderHook(() => useElbError({ onRetry }), { wrapper });
    act(() => result.current.capture(503));
    act(() => {
      result.current.retry();
      result.current.retry();
    });
    act(() => result.current.retry());
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(onRetry.mock.calls[0]![0]).toBeInstanceOf(AbortSignal);
    expect(result.current.state).toBe('retrying');
    await act(async () => pending.resolve('ok'));
    expect(result.current).toMatchObject({ error: null, state: 'idle', attempt: 0 });
  });

  it('turns a rejection or a synchronous throw into the next error and counts the attempt', async () => {
    let call = 0;
    const onRetry = vi.fn(() => {
      call += 1;
      if (call === 1) throw new TypeError('Failed to fetch');
      return Promise.reject(toElbError(502));
    });
    const { result } = renderHook(() => useElbError({ onRetry }), { wrapper });
    act(() => result.current.capture(503));
    act(() => result.current.retry());
    expect(result.current.error).toMatchObject({ kind: 'network' });
    expect(result.current.attempt).toBe(1);
    await act(async () => result.current.retry());
    expect(result.current.error).toMatchObject({ status: 502 });
    expect(result.current.attempt).toBe(2);
    expect(result.current.state).toBe('failed');
  });

  it('treats a TanStack-style result with status "error" as a failure', async () => {
    const failure = toElbError(500, { method: 'GET' });
    const { result } = renderHook(() => useElbError({ onRetry: () => Promise.resolve({ status: 'error', error: failure }) }), { wrapper });
    act(() => result.current.capture(503));
    await act(async () => result.current.retry());
    expect(result.current.error).toBe(failure);
    expect(result.current.attempt).toBe(1);
  });

  it('schedules automatic retries by the policy, exposing retryAt, and stops after maxAttempts', async () => {
    const onRetry = vi.fn(() => Promise.reject(toElbError(503, { method: 'GET' })));
    const options: UseElbErrorOptions = { onRetry, autoRetry: fixedRandom, context: { method: 'GET' } };
    const { result } = renderHook(() => useElbError(options), { wrapper });
    act(() => result.current.capture(503));
    expect(result.current.state).toBe('waiting');
    expect(result.current.retryAt).toBe(Date.now() + 500);
    await act(async () => vi.advanceTimersByTime(499));
    expect(onRetry).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(1));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(result.current).toMatchObject({ state: 'waiting', attempt: 1 });
    expect(result.current.retryAt).toBe(Date.now() + 1000);
    await act(async () => vi.advanceTimersByTime(1000));
    await act(async () => vi.advanceTimersByTime(2000));
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(result.current).toMatchObject({ state: 'failed', attempt: 3, autoRetryStopped: 'attempts-exhausted', maxAttempts: 3 });
    await act(async () => vi.advanceTimersByTime(60_000));
    expect(onRetry).toHaveBeenCalledTimes(3);
  });

  it('never retries a POST 500 on its own, but offers the manual retry', () => {
    const onRetry = vi.fn();
    const { result } = renderHook(() => useElbError({ onRetry, autoRetry: true, context: { method: 'POST' } }), { wrapper });
    act(() => result.current.capture(500));
    expect(result.current).toMatchObject({ state: 'failed', autoRetryStopped: 'not-idempotent' });
    act(() => vi.advanceTimersByTime(120_000));
    expect(onRetry).not.toHaveBeenCalled();
    expect(result.current.error?.retryable).toBe(true);
  });

  it('does not schedule a Retry-After beyond the bound and says until when', () => {
    const onRetry = vi.fn();
    const { result } = renderHook(() => useElbError({ onRetry, autoRetry: true, context: { method: 'GET' } }), { wrapper });
    act(() => result.current.capture({ status: 503, headers: { 'Retry-After': '600' } }));
    expect(result.current).toMatchObject({ state: 'failed', autoRetryStopped: 'retry-after-too-long', retryNotBefore: Date.now() + 600_000 });
  });

  it('cancel stops a scheduled retry; the failure stays', () => {
    const onRetry = vi.fn();
    const { result } = renderHook(() => useElbError({ onRetry, autoRetry: fixedRandom, context: { method: 'GET' } }), { wrapper });
    act(() => result.current.capture(503));
    expect(result.current.state).toBe('waiting');
    act(() => result.current.cancel());
    expect(result.current).toMatchObject({ state: 'failed', retryAt: null, autoRetryStopped: 'cancelled' });
    act(() => vi.advanceTimersByTime(60_000));
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('aborts the request in flight on clear and on unmount', () => {
    const signals: AbortSignal[] = [];
    const onRetry = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise(() => undefined);
    };
    const { result, unmount } = renderHook(() => useElbError({ onRetry }), { wrapper });
    act(() => result.current.capture(503));
    act(() => result.current.retry());
    act(() => result.current.clear());
    expect(signals[0]!.aborted).toBe(true);
    act(() => result.current.capture(503));
    act(() => result.current.retry());
    unmount();
    expect(signals[1]!.aborted).toBe(true);
  });

  it('unmount during a scheduled retry leaves no timer behind', () => {
    const onRetry = vi.fn();
    const { result, unmount } = renderHook(() => useElbError({ onRetry, autoRetry: fixedRandom, context: { method: 'GET' } }), { wrapper });
    act(() => result.current.capture(503));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('is safe in StrictMode: one request per retry, one timer', async () => {
    const onRetry = vi.fn(() => Promise.resolve('ok'));
    function Probe({ failure }: { failure: unknown }) {
      const elb = useElbError({ onRetry, autoRetry: fixedRandom, error: failure, context: { method: 'GET' } });
      return <output>{elb.state}</output>;
    }
    const { container } = render(<Probe failure={toElbError(503, { method: 'GET' })} />, { wrapper: strictWrapper });
    expect(container.textContent).toBe('waiting');
    expect(vi.getTimerCount()).toBe(1);
    await act(async () => vi.advanceTimersByTime(500));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(container.textContent).toBe('idle');
  });

  it('controlled mode: shows the given error from the first render, clears when it goes away', () => {
    const failure = new Response(null, { status: 502 });
    const { result, rerender } = renderHook((props: { error: unknown }) => useElbError({ error: props.error }), {
      wrapper,
      initialProps: { error: failure as unknown },
    });
    expect(result.current.error).toMatchObject({ status: 502 });
    rerender({ error: null });
    expect(result.current.error).toBeNull();
  });

  it('controlled mode: a retry whose result reports the same error object does not double-count', async () => {
    const first = new Error('x');
    let current: unknown = first;
    const second = toElbError(503, { method: 'GET' });
    const refetch = vi.fn(async () => {
      current = second;
      return { status: 'error', error: second };
    });
    const { result, rerender } = renderHook(() => useElbError({ error: current, onRetry: refetch }), { wrapper });
    await act(async () => result.current.retry());
    rerender();
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(result.current.error).toBe(second);
    expect(result.current.attempt).toBe(1);
  });

  it('shares one retry budget under a provider', () => {
    const budgetWrapper = ({ children }: { children: ReactNode }) => (
      <ElbUiProvider retryBudget={{ capacity: 10, retryCost: 5 }}>{children}</ElbUiProvider>
    );
    function Many() {
      return (
        <>
          {[0, 1, 2, 3, 4].map((i) => (
            <One key={i} />
          ))}
        </>
      );
    }
    const captured: Array<ReturnType<typeof useElbError>> = [];
    function One() {
      const elb = useElbError({ onRetry: vi.fn(), autoRetry: true, context: { method: 'GET' } });
      captured.push(elb);
      return null;
    }
    render(<Many />, { wrapper: budgetWrapper });
    const latest = captured.slice(-5);
    act(() => latest.forEach((h) => h.capture(503)));
    const states = captured.slice(-5).map((h) => `${h.state}:${h.autoRetryStopped ?? ''}`);
    expect(states.filter((s) => s.startsWith('waiting')).length).toBe(2);
    expect(states.filter((s) => s.endsWith('budget-exhausted')).length).toBe(3);
  });
});
