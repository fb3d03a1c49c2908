import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { ElbUiProvider, ErrorPanel, useElbError } from 'elb-status-ui';
import { FromQuery } from '../../../examples/ownership/forms';

// TanStack Query v5 sets `error` back to null when it refetches a query that has no data. While the
// panel's own retry runs, that null is not a success: the attempt count goes on, and automatic
// retries stop at the cap (3 by default) however the query reports the next failure.

/** Time passing with renders in between (React 18's act renders only when its scope ends). */
async function advanceInSteps(ms: number, step = 2000) {
  for (let t = 0; t < ms; t += step) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(Math.min(step, ms - t));
    });
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

function withQuery(children: ReactNode, provider: 'none' | 'default' | 'no budget') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const tree = <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  if (provider === 'none') return tree;
  return provider === 'default' ? <ElbUiProvider>{tree}</ElbUiProvider> : <ElbUiProvider retryBudget={false}>{tree}</ElbUiProvider>;
}

function Listeners({ load }: { load: () => Promise<unknown> }) {
  const query = useQuery({ queryKey: ['listeners'], queryFn: load });
  const elb = useElbError({ error: query.error, onRetry: () => query.refetch(), autoRetry: true, context: { method: 'GET' } });
  return (
    <>
      <ErrorPanel {...elb} />
      {query.data ? <p>loaded</p> : null}
    </>
  );
}

/** The same with a block-bodied onRetry that forgets to return the refetch (its promise resolves at once). */
function ListenersNoReturn({ load }: { load: () => Promise<unknown> }) {
  const query = useQuery({ queryKey: ['listeners'], queryFn: load });
  const elb = useElbError({
    error: query.error,
    onRetry: () => {
      void query.refetch();
    },
    autoRetry: true,
    context: { method: 'GET' },
  });
  return <ErrorPanel {...elb} />;
}

describe('useElbError with TanStack Query and automatic retry', () => {
  it.each(['none', 'default', 'no budget'] as const)('an onRetry that does not return the refetch still stops at 1 + 3 runs (provider: %s)', async (provider) => {
    let calls = 0;
    const load = () => {
      calls++;
      return Promise.reject({ status: 503 });
    };
    render(withQuery(<ListenersNoReturn load={load} />, provider));
    await advanceInSteps(600_000);
    expect(calls).toBe(4);
  });

  it.each(['none', 'default', 'no budget'] as const)('the README example retries a 429 at most 3 times on its own (provider: %s)', async (provider) => {
    let calls = 0;
    const load = () => {
      calls++;
      return Promise.reject(Object.assign(new Error('throttled'), { status: 429 }));
    };
    render(withQuery(<FromQuery load={load} />, provider));
    await advanceInSteps(600_000);
    expect(calls).toBe(4);
  });

  it.each(['none', 'default', 'no budget'] as const)('a GET that keeps failing with 502 runs 1 + 3 times (provider: %s)', async (provider) => {
    let calls = 0;
    const load = () => {
      calls++;
      return Promise.reject({ status: 502 });
    };
    render(withQuery(<Listeners load={load} />, provider));
    await advanceInSteps(600_000);
    expect(calls).toBe(4);
    expect(screen.getByRole('heading')).toBeInTheDocument();
  });

  it('a retry that succeeds clears the panel and ends the failure (the next failure starts from 0)', async () => {
    let calls = 0;
    let failing = true;
    const load = () => {
      calls++;
      return failing ? Promise.reject({ status: 502 }) : Promise.resolve({ listeners: [] });
    };
    render(withQuery(<Listeners load={load} />, 'no budget'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(calls).toBe(1);
    failing = false;
    await advanceInSteps(60_000);
    expect(calls).toBe(2);
    expect(screen.getByText('loaded')).toBeInTheDocument();
    expect(screen.queryByRole('heading')).toBeNull();
  });
});

describe('useElbError, controlled: a parent that says null while the hook retries', () => {
  it('is heard once that retry has failed: the panel goes away instead of showing the retry\'s failure for good', async () => {
    let reject!: (reason: unknown) => void;
    function Page() {
      const [error, setError] = useState<unknown>({ status: 502 });
      const elb = useElbError({ error, onRetry: () => new Promise((_, r) => (reject = r)), context: { method: 'GET' } });
      return (
        <>
          <ErrorPanel {...elb} />
          <button type="button" onClick={() => setError(null)}>
            Another load succeeded
          </button>
        </>
      );
    }
    render(<Page />);
    expect(screen.getByRole('heading')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Retry' }).click());
    act(() => screen.getByRole('button', { name: 'Another load succeeded' }).click());
    await act(async () => {
      reject({ status: 502 });
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
