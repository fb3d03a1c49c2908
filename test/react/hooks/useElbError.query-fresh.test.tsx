import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { ElbUiProvider, useElbError } from 'elb-status-ui';
import { createRetryBudget } from 'elb-status-ui/core';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

type Log = { state: string; attempt: number; error: boolean }[];

function Page({ load, fresh, log, client }: { load: () => Promise<unknown>; fresh: boolean; log: Log; client: QueryClient }) {
  const query = useQuery({ queryKey: ['lbs'], queryFn: load });
  const err = query.error as { status?: number } | null;
  // fresh: the parent hands a new literal of the same failure each render.
  const error = fresh ? (err ? { status: err.status } : null) : err;
  const elb = useElbError({ error, onRetry: () => query.refetch(), autoRetry: { random: () => 0.5 }, context: { method: 'GET', url: '/v3/lbs' } });
  log.push({ state: elb.state, attempt: elb.attempt, error: elb.error != null });
  void client;
  return null;
}

async function scenario(fresh: boolean) {
  const budget = createRetryBudget();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let calls = 0;
  // 1st load works (the query has data), 2nd (a refetch) fails with 503, 3rd (the panel's retry) works after 100 ms.
  const load = () => {
    calls++;
    if (calls === 2) return Promise.reject({ status: 503 });
    return new Promise((r) => setTimeout(() => r({ ok: calls }), 100));
  };
  const log: Log = [];
  render(
    <ElbUiProvider retryBudget={budget}>
      <QueryClientProvider client={client}>
        <Page load={load} fresh={fresh} log={log} client={client} />
      </QueryClientProvider>
    </ElbUiProvider>,
  );
  await act(async () => {
    await vi.advanceTimersByTimeAsync(200);
  });
  await act(async () => {
    await client.refetchQueries({ queryKey: ['lbs'] });
    await vi.advanceTimersByTimeAsync(0);
  });
  const from = log.length;
  const afterFailure = log[log.length - 1];
  const tokensWhileWaiting = budget.available;
  for (let i = 0; i < 40; i++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(50);
    });
  }
  return { calls, afterFailure, tokensWhileWaiting, tokens: budget.available, states: log.slice(from).map((l) => `${l.state}/${l.attempt}`), last: log[log.length - 1] };
}

describe('controlled fresh literal, a retry that succeeds', () => {
  it('the same as passing query.error itself: no failed attempt shown, tokens back', async () => {
    const direct = await scenario(false);
    const fresh = await scenario(true);
    expect(direct.afterFailure).toMatchObject({ state: 'waiting', attempt: 0 });
    expect(fresh.afterFailure).toMatchObject({ state: 'waiting', attempt: 0 });
    expect(fresh.calls).toBe(3);
    expect(fresh.last).toMatchObject({ state: 'idle', error: false });
    // The successful retry never shows as a failed attempt...
    expect.soft(fresh.states).toEqual(direct.states);
    // ...and gives its tokens back, as with query.error itself.
    expect(fresh.tokens).toBe(direct.tokens);
  });
});
