import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { useCallback, useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ErrorPanel, StatusBadge, throwIfNotOk, useElbError, type RetryPolicy } from '../../src/index.js';
import { textPattern, textsFor } from '../texts.js';

interface Listener {
  id: string;
  name: string;
  protocol: string;
  port: number;
}

const LISTENERS: Listener[] = [
  { id: 'ls-1', name: 'https-443', protocol: 'HTTPS', port: 443 },
  { id: 'ls-2', name: 'http-80', protocol: 'HTTP', port: 80 },
  { id: 'ls-3', name: 'tcp-8443', protocol: 'TCP', port: 8443 },
];

/** A console table whose GET really goes through fetch (answered by msw) and retries by itself. */
function ListenerTable({ autoRetry = true }: { autoRetry?: boolean | RetryPolicy }) {
  const url = '/api/v3/0c5f/elb/listeners?loadbalancer_id=lb-1';
  const [rows, setRows] = useState<Listener[] | null>(null);
  const [lastStatus, setLastStatus] = useState<number | null>(null);
  const load = useCallback(async (signal?: AbortSignal) => {
    const res = await fetch(url, { signal });
    setLastStatus(res.status);
    await throwIfNotOk(res, { method: 'GET', url });
    setRows(((await res.json()) as { listeners: Listener[] }).listeners);
  }, []);
  const elb = useElbError({ onRetry: load, autoRetry, context: { method: 'GET', url } });
  const { capture } = elb;
  useEffect(() => {
    // Fetching on mount is what this story demonstrates; the state updates happen after the response.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    load().catch(capture);
  }, [load, capture]);
  return (
    <div className="sb-stack">
      <ErrorPanel {...elb} headingLevel={3} />
      <p>
        Last response: {lastStatus ? <StatusBadge status={lastStatus} /> : '…'}
      </p>
      <table className="sb-table">
        <caption style={{ textAlign: 'start', fontWeight: 600 }}>Listeners of lb-1</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Protocol</th>
            <th scope="col">Port</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((l) => (
            <tr key={l.id}>
              <td>{l.name}</td>
              <td>{l.protocol}</td>
              <td>{l.port}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Updates a load balancer with PUT; the shared API answers 409 while it is PENDING_UPDATE. */
function RenameLoadBalancer({ autoRetry, method }: { autoRetry: boolean | RetryPolicy; method: 'PUT' | 'POST' }) {
  const url = method === 'PUT' ? '/api/v2.0/lbaas/loadbalancers/lb-1' : '/api/v3/0c5f/elb/loadbalancers';
  const [saved, setSaved] = useState<string | null>(null);
  const send = useCallback(async (signal?: AbortSignal) => {
    const res = await fetch(url, { method, body: JSON.stringify({ loadbalancer: { name: 'web-prod' } }), signal });
    await throwIfNotOk(res, { method, url });
    setSaved(method === 'PUT' ? 'Renamed to web-prod' : 'Load balancer created');
  }, [method, url]);
  const elb = useElbError({ onRetry: send, autoRetry, context: { method, url } });
  return (
    <div className="sb-stack">
      <div>
        <button type="button" className="sb-button" onClick={() => send().then(elb.clear, elb.capture)}>
          {method === 'PUT' ? 'Rename load balancer' : 'Create load balancer'}
        </button>
      </div>
      <ErrorPanel {...elb} headingLevel={3} />
      {saved ? <p role="status">{saved}</p> : null}
    </div>
  );
}

const meta = {
  title: 'Live/Requests',
  parameters: {
    docs: {
      description: {
        component:
          'Real `fetch` calls answered by msw with real ELB error bodies: the table fails with 503 + `Retry-After` twice, counts down, ' +
          'retries by itself and recovers; a PUT meets a 409 PENDING_UPDATE that clears; a POST that fails with 500 is offered only a manual retry.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const ServiceUnavailableThenRecovers: Story = {
  render: () => <ListenerTable />,
  beforeEach({ msw }) {
    let calls = 0;
    msw.use(
      http.get('*/api/v3/:project/elb/listeners', async () => {
        calls += 1;
        await delay(50);
        if (calls <= 2) {
          return HttpResponse.json(
            { error_msg: 'The system is busy. Try again later.', error_code: 'ELB.8906', request_id: `7f3c${calls}a9e0b1d24c6` },
            { status: 503, headers: { 'Retry-After': '1' } },
          );
        }
        return HttpResponse.json({ listeners: LISTENERS, request_id: 'ok' });
      }),
    );
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await waitFor(() => expect(canvas.getByRole('heading', { level: 3 })).toHaveTextContent(t('title.503')), { timeout: 4000 });
    await waitFor(() => expect(canvas.getByText(textPattern(t('ui.retryCountdown', { seconds: '\0' })))).toBeVisible(), { timeout: 4000 });
    await expect(canvas.getByText('ELB.8906')).toBeVisible();
    await waitFor(() => expect(canvas.getByText(t('ui.attempt', { attempt: 2, max: 3 }))).toBeVisible(), { timeout: 4000 });
    await waitFor(() => expect(canvas.getByRole('cell', { name: 'https-443' })).toBeVisible(), { timeout: 6000 });
    await expect(canvas.queryByRole('heading', { level: 3 })).toBeNull();
    await expect(canvas.getByText('200 OK')).toBeVisible();
  },
};

export const PendingUpdateClears: Story = {
  render: () => <RenameLoadBalancer method="PUT" autoRetry={{ lockDelayMs: 800, baseDelayMs: 200 }} />,
  beforeEach({ msw }) {
    let first: number | null = null;
    msw.use(
      http.put('*/api/v2.0/lbaas/loadbalancers/:id', ({ params }) => {
        first ??= Date.now();
        if (Date.now() - first < 1500) {
          return HttpResponse.json(
            { NeutronError: { type: 'StateInvalid', message: `Invalid state PENDING_UPDATE of loadbalancer resource ${String(params.id)}`, detail: '' } },
            { status: 409, headers: { 'X-Openstack-Request-Id': 'req-5b0f6a6e-64a1-4c36-9f2b-2b6f1c1a1a1a' } },
          );
        }
        return HttpResponse.json({ loadbalancer: { id: params.id, name: 'web-prod' } });
      }),
    );
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Rename load balancer' }));
    await waitFor(() => expect(canvas.getByRole('heading', { level: 3 })).toHaveTextContent(textsFor(globals)('title.409.locked')));
    await expect(canvas.getByText('req-5b0f6a6e-64a1-4c36-9f2b-2b6f1c1a1a1a')).toBeVisible();
    await waitFor(() => expect(canvas.getByText('Renamed to web-prod')).toBeVisible(), { timeout: 8000 });
    await expect(canvas.queryByRole('heading', { level: 3 })).toBeNull();
  },
};

export const PostFailsManualRetryOnly: Story = {
  render: () => <RenameLoadBalancer method="POST" autoRetry />,
  beforeEach({ msw }) {
    let calls = 0;
    msw.use(
      http.post('*/api/v3/:project/elb/loadbalancers', () => {
        calls += 1;
        if (calls === 1) {
          return HttpResponse.json({ error_msg: 'Internal server error.', error_code: 'ELB.8906', request_id: 'c0ffee00aa11' }, { status: 500 });
        }
        return HttpResponse.json({ loadbalancer: { id: 'lb-9' } }, { status: 201 });
      }),
    );
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await userEvent.click(await canvas.findByRole('button', { name: 'Create load balancer' }));
    await waitFor(() => expect(canvas.getByRole('heading', { level: 3 })).toHaveTextContent(t('title.500')));
    // A POST is never retried on its own: no countdown, but a Retry button.
    await expect(canvas.queryByText(textPattern(t('ui.retryCountdown', { seconds: '\0' })))).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: t('ui.retry') }));
    await waitFor(() => expect(canvas.getByText('Load balancer created')).toBeVisible());
  },
};
