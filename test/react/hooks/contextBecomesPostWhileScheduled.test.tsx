import { act, render } from '@testing-library/react';
import { ElbUiProvider, useElbError } from 'elb-status-ui';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});
const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

// DESIGN, Automatic retry: "only idempotent methods ...; a POST only when the server said it did not process the
// request (429, or 503 with Retry-After)". useElbError: "context: method and url of the request, for policy and
// display"; the controller reads the latest onRetry when it acts. When the request onRetry re-runs becomes a POST
// while an automatic retry of a network failure is scheduled, that POST must not be sent on its own.
// (With a fresh TypeError each render the failure is re-normalised with the POST context and nothing is sent; with
// the same error object, as a query or a parent's state holds it, the PUT's schedule stays and runs the POST.)
const failure = new TypeError('Failed to fetch');

describe('a form whose request changes from PUT (edit) to POST (create) while an automatic retry is scheduled', () => {
  it('does not send the POST automatically after a network failure', async () => {
    const sent: string[] = [];
    function Form({ mode }: { mode: 'edit' | 'create' }) {
      const method = mode === 'edit' ? 'PUT' : 'POST';
      const submit = () => {
        sent.push(method);
        return Promise.reject(new TypeError('Failed to fetch'));
      };
      const elb = useElbError({ error: failure, onRetry: submit, autoRetry: { random: () => 0.5 }, context: { method, url: '/v3/p/elb/listeners' } });
      return <span data-state={elb.state} />;
    }
    const ui = (mode: 'edit' | 'create') => (
      <ElbUiProvider retryBudget={false}>
        <Form mode={mode} />
      </ElbUiProvider>
    );
    const { rerender } = render(ui('edit'));
    await advance(1);
    // The PUT's network failure is shown and its automatic retry scheduled; the user switches to "create".
    rerender(ui('create'));
    await advance(60_000);
    expect(sent.filter((m) => m === 'POST')).toEqual([]);
  });
});
