import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ElbUiProvider, ErrorPanel, settleBy } from 'elb-status-ui';
import { de } from 'elb-status-ui/locales/de';

const LOCK = { status: 409, body: { faultstring: 'Load Balancer lb-1 is immutable and cannot be updated.' } };
const lb = (status: string) => ({ loadbalancer: { id: 'lb-1', provisioning_status: status } });

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A read of the load balancer: PENDING_UPDATE for `pending` reads, then ACTIVE. */
function loadBalancer(pending: number) {
  let reads = 0;
  const signals: AbortSignal[] = [];
  const read = vi.fn(async (signal: AbortSignal) => {
    signals.push(signal);
    return lb(reads++ < pending ? 'PENDING_UPDATE' : 'ACTIVE');
  });
  return { read, signals };
}

describe('ErrorPanel: a 409 lock under a settling policy', () => {
  it('says it waits for the load balancer (with Cancel, no countdown), then retries once when it is ACTIVE', async () => {
    const { read } = loadBalancer(2);
    let succeeded: () => void = () => undefined;
    // The parent clears its failure when the write goes through.
    const onRetry = vi.fn(async () => {
      succeeded();
      return 'ok';
    });
    function Page() {
      const [error, setError] = useState<unknown>(LOCK);
      succeeded = () => setError(null);
      return <ErrorPanel error={error} onRetry={onRetry} autoRetry={{ waitUntilSettled: settleBy(read, { visibility: null }) }} context={{ method: 'PUT' }} />;
    }
    render(
      <ElbUiProvider retryBudget={false}>
        <Page />
      </ElbUiProvider>,
    );
    await act(async () => vi.advanceTimersByTime(0));
    expect(screen.getByText('Waiting for the load balancer to finish updating…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel automatic retry' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry now' })).toBeNull();
    for (let i = 0; i < 6 && onRetry.mock.calls.length === 0; i++) await act(async () => vi.advanceTimersByTime(5_000));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(3);
    await act(async () => vi.advanceTimersByTime(600_000));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('Cancel stops the wait: no further reads, no retry, the failure stays', async () => {
    const { read, signals } = loadBalancer(1000);
    const onRetry = vi.fn(async () => 'ok');
    render(
      <ElbUiProvider retryBudget={false}>
        <ErrorPanel error={LOCK} onRetry={onRetry} autoRetry={{ waitUntilSettled: settleBy(read, { visibility: null }) }} context={{ method: 'PUT' }} />
      </ElbUiProvider>,
    );
    await act(async () => vi.advanceTimersByTime(3_000));
    const reads = read.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel automatic retry' }));
    expect(signals.every((s) => s.aborted)).toBe(true);
    await act(async () => vi.advanceTimersByTime(600_000));
    expect(read).toHaveBeenCalledTimes(reads);
    expect(onRetry).not.toHaveBeenCalled();
    expect(screen.queryByText('Waiting for the load balancer to finish updating…')).toBeNull();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('unmount stops the wait: no reads and no retry afterwards', async () => {
    const { read } = loadBalancer(1000);
    const onRetry = vi.fn(async () => 'ok');
    const view = render(
      <ElbUiProvider retryBudget={false}>
        <ErrorPanel error={LOCK} onRetry={onRetry} autoRetry={{ waitUntilSettled: settleBy(read, { visibility: null }) }} context={{ method: 'PUT' }} />
      </ElbUiProvider>,
    );
    await act(async () => vi.advanceTimersByTime(3_000));
    const reads = read.mock.calls.length;
    view.unmount();
    await act(async () => vi.advanceTimersByTime(600_000));
    expect(read).toHaveBeenCalledTimes(reads);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('says it in the reader’s language', async () => {
    const { read } = loadBalancer(1000);
    render(
      <ElbUiProvider retryBudget={false} locale="de" messages={de}>
        <ErrorPanel error={LOCK} onRetry={async () => 'ok'} autoRetry={{ waitUntilSettled: settleBy(read, { visibility: null }) }} context={{ method: 'PUT' }} />
      </ElbUiProvider>,
    );
    await act(async () => vi.advanceTimersByTime(0));
    expect(screen.getByText(de['operation.settling'])).toBeInTheDocument();
  });
});
