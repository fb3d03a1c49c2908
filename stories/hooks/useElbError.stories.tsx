import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ErrorPanel, toElbError, useElbError } from '../../src/index.js';
import { textsFor } from '../texts.js';

function HookDemo({ failuresBeforeSuccess = 1 }: { failuresBeforeSuccess?: number }) {
  const [calls, setCalls] = useState(0);
  const [data, setData] = useState<string | null>(null);
  const elb = useElbError({
    onRetry: async () => {
      const n = calls + 1;
      setCalls(n);
      if (n <= failuresBeforeSuccess) throw toElbError(502, { method: 'GET', url: '/v3/0c5f/elb/pools' });
      setData('3 pools loaded');
    },
    context: { method: 'GET', url: '/v3/0c5f/elb/pools' },
  });
  return (
    <div className="sb-stack">
      <div>
        <button type="button" className="sb-button" onClick={() => elb.capture(toElbError(503, { method: 'GET', url: '/v3/0c5f/elb/pools' }))}>
          Simulate a failed request
        </button>
      </div>
      <ErrorPanel {...elb} />
      <p>
        state: <output aria-label="state">{elb.state}</output> · attempt: <output aria-label="attempt">{elb.attempt}</output> · {data}
      </p>
    </div>
  );
}

const meta = {
  title: 'Hooks/useElbError',
  component: HookDemo,
  parameters: {
    docs: {
      description: {
        component:
          '`useElbError({ onRetry, autoRetry, error, context })` holds the state behind a panel: `capture(anything)` shows a failure (reading a ' +
          '`Response` body), `retry()` runs `onRetry(signal)` once at a time, a rejection becomes the next error and counts an attempt, ' +
          '`autoRetry` schedules retries by the policy (`state: "waiting"`, `retryAt` for countdowns), `cancel()` and `clear()` stop them, ' +
          'and unmounting aborts the request in flight. Pass `error: query.error` and `onRetry: () => query.refetch()` for TanStack Query.',
      },
    },
  },
} satisfies Meta<typeof HookDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const CaptureRetryRecover: Story = {
  args: { failuresBeforeSuccess: 1 },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await userEvent.click(await canvas.findByRole('button', { name: 'Simulate a failed request' }));
    await expect(await canvas.findByRole('heading')).toHaveTextContent(t('title.503'));
    await userEvent.click(canvas.getByRole('button', { name: t('ui.retry') }));
    await waitFor(() => expect(canvas.getByRole('heading')).toHaveTextContent(t('title.502')));
    await expect(canvas.getByRole('status', { name: 'attempt' })).toHaveTextContent('1');
    await userEvent.click(canvas.getByRole('button', { name: t('ui.retry') }));
    await waitFor(() => expect(canvas.getByRole('status', { name: 'state' })).toHaveTextContent('idle'));
    await expect(canvas.getByText(/3 pools loaded/)).toBeVisible();
  },
};
