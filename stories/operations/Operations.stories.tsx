import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { useEffect, useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  ElbBannerProvider,
  ElbOperation,
  ErrorBanners,
  ErrorPanel,
  settleBy,
  throwIfNotOk,
  useElbBanners,
  useElbError,
  type OperationWaitSpec,
  type WaitClock,
} from '../../src/index.js';
import { translatorFor } from '../resource-status/helpers.js';

/**
 * Story time runs ten times faster than the console's: polls that are about 1 s apart in a console
 * are about 100 ms apart here, so the stories (and their tests) finish in a second or two.
 */
const quickClock: WaitClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms / 10),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

const API = '/api/v2/0c5f/elb';

/** One operation for the component's life (like `useElbOperation`, with the story's quick clock). */
function useQuickOperation(): ElbOperation {
  const [operation] = useState(() => new ElbOperation({ clock: quickClock, visibility: null }));
  useEffect(() => {
    operation.attach();
    return () => operation.detach();
  }, [operation]);
  return operation;
}

interface ScenarioProps {
  button: string;
  label: string;
  method: 'POST' | 'PUT' | 'DELETE';
  url: string;
  /** The read of the written resource while waiting. */
  readUrl: (submitted: unknown) => string;
  until?: 'active' | 'deleted';
}

/** A console action that sends a write through fetch (answered by msw) and tracks it with one banner. */
function Scenario({ button, label, method, url, readUrl, until = 'active' }: ScenarioProps) {
  const operation = useQuickOperation();
  const { track } = useElbBanners();
  const start = () => {
    track(operation, { label, context: { method, url } });
    const wait: OperationWaitSpec<unknown, Response> = { read: (signal, submitted) => fetch(readUrl(submitted), { signal }), until };
    void operation.run(
      async (signal) => {
        const res = await throwIfNotOk(await fetch(url, { method, signal, body: method === 'DELETE' ? null : '{}' }), { method, url });
        return res.status === 204 ? null : ((await res.json()) as unknown);
      },
      wait,
      { context: { method, url } },
    );
  };
  return (
    <div className="sb-stack">
      <div>
        <button type="button" className="sb-button" onClick={start}>
          {button}
        </button>
      </div>
      <ErrorBanners headingLevel={3} />
    </div>
  );
}

/** Answers the reads of one resource: the statuses in order (the last one repeats); a number is that HTTP status. */
function statusSequence(key: string, steps: (string | number | { status: 429; retryAfter: string })[]) {
  let i = 0;
  return () => {
    const step = steps[Math.min(i++, steps.length - 1)]!;
    if (typeof step === 'object') {
      return HttpResponse.json({ error_msg: 'Too many requests.', error_code: 'APIGW.0308', request_id: 'rq-429' }, { status: 429, headers: { 'Retry-After': step.retryAfter } });
    }
    if (typeof step === 'number') return HttpResponse.json({ error_msg: 'Not found.', error_code: 'ELB.8902', request_id: `rq-${step}` }, { status: step });
    return HttpResponse.json({ [key]: { id: `${key}-1`, provisioning_status: step, ...(step === 'ERROR' ? { fault: 'No capacity left for the member in subnet 192.168.0.0/24.' } : {}) } });
  };
}

const withBanners = (node: ReactNode) => <ElbBannerProvider>{node}</ElbBannerProvider>;

const meta = {
  title: 'Live/Operations',
  parameters: {
    docs: {
      description: {
        component:
          'Long-running operations through real `fetch` calls answered by msw: one banner per operation (`useElbBanners().track`) from ' +
          '"Creating listener http-80…" to done or a clear failure, and a 409 lock that waits until the load balancer has settled ' +
          '(`waitUntilSettled`). Story time runs ten times faster than a console (polls about 100 ms apart).',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const CreateListener: Story = {
  render: () =>
    withBanners(
      <Scenario
        button="Create listener"
        label="listener http-80"
        method="POST"
        url={`${API}/listeners`}
        readUrl={(s) => `${API}/listeners/${(s as { listener: { id: string } }).listener.id}`}
      />,
    ),
  beforeEach({ msw }) {
    msw.use(
      http.post('*/api/v2/:project/elb/listeners', () => HttpResponse.json({ listener: { id: 'ls-9', provisioning_status: 'PENDING_CREATE' } }, { status: 201 })),
      http.get('*/api/v2/:project/elb/listeners/:id', statusSequence('listener', ['PENDING_CREATE', 'PENDING_CREATE', 'ACTIVE'])),
    );
  },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create listener' }));
    const region = await canvas.findByRole('region', { name: t('operation.banner.region') });
    await expect(within(region).getByRole('heading', { name: t('operation.banner.create', { label: 'listener http-80' }) })).toBeVisible();
    await expect(within(region).getByRole('button', { name: t('operation.banner.cancel') })).toBeVisible();
    await waitFor(() => expect(within(region).getByRole('heading', { name: t('operation.banner.created', { label: 'listener http-80' }) })).toBeVisible(), { timeout: 4000 });
  },
};

/** Updates a pool with PUT; the first answer is a 409 lock, retried once the load balancer is ACTIVE again. */
function UpdatePool() {
  const url = `${API}/pools/pool-1`;
  const [saved, setSaved] = useState(false);
  const send = async (signal?: AbortSignal) => {
    const res = await fetch(url, { method: 'PUT', body: '{}', signal });
    await throwIfNotOk(res, { method: 'PUT', url });
    setSaved(true);
  };
  const [policy] = useState(() => ({
    waitUntilSettled: settleBy((signal) => fetch(`${API}/loadbalancers/lb-1`, { signal }), { clock: quickClock, visibility: null }),
  }));
  const elb = useElbError({ onRetry: send, autoRetry: policy, context: { method: 'PUT', url } });
  return (
    <div className="sb-stack">
      <div>
        <button type="button" className="sb-button" onClick={() => send().then(elb.clear, elb.capture)}>
          Update pool
        </button>
      </div>
      <ErrorPanel {...elb} headingLevel={3} />
      {saved ? <p role="status">Pool pool-1 saved</p> : null}
    </div>
  );
}

export const UpdatePoolWaitsForLock: Story = {
  render: () => <UpdatePool />,
  beforeEach({ msw }) {
    let puts = 0;
    msw.use(
      http.put('*/api/v2/:project/elb/pools/:id', () => {
        puts += 1;
        if (puts === 1) {
          return HttpResponse.json(
            { NeutronError: { type: 'StateInvalid', message: 'Invalid state PENDING_UPDATE of loadbalancer resource lb-1', detail: '' } },
            { status: 409, headers: { 'X-Openstack-Request-Id': 'req-409-lock' } },
          );
        }
        return HttpResponse.json({ pool: { id: 'pool-1', provisioning_status: 'ACTIVE' } });
      }),
      http.get('*/api/v2/:project/elb/loadbalancers/:id', statusSequence('loadbalancer', ['PENDING_UPDATE', 'PENDING_UPDATE', 'PENDING_UPDATE', 'ACTIVE'])),
    );
  },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Update pool' }));
    await waitFor(() => expect(canvas.getByText(t('operation.settling'))).toBeVisible());
    await expect(canvas.getByRole('button', { name: t('ui.cancelRetry') })).toBeVisible();
    await waitFor(() => expect(canvas.getByText('Pool pool-1 saved')).toBeVisible(), { timeout: 4000 });
    await expect(canvas.queryByText(t('operation.settling'))).toBeNull();
  },
};

export const DeleteLoadBalancer: Story = {
  render: () =>
    withBanners(
      <Scenario button="Delete load balancer" label="load balancer web-prod" method="DELETE" url={`${API}/loadbalancers/lb-1`} readUrl={() => `${API}/loadbalancers/lb-1`} until="deleted" />,
    ),
  beforeEach({ msw }) {
    msw.use(
      http.delete('*/api/v2/:project/elb/loadbalancers/:id', () => new HttpResponse(null, { status: 204 })),
      http.get('*/api/v2/:project/elb/loadbalancers/:id', statusSequence('loadbalancer', ['PENDING_DELETE', 'PENDING_DELETE', 404])),
    );
  },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete load balancer' }));
    await expect(await canvas.findByRole('heading', { name: t('operation.banner.delete', { label: 'load balancer web-prod' }) })).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('heading', { name: t('operation.banner.deleted', { label: 'load balancer web-prod' }) })).toBeVisible(), { timeout: 4000 });
  },
};

export const OperationEndsInError: Story = {
  render: () =>
    withBanners(
      <Scenario
        button="Add member"
        label="member 192.168.0.12:8080"
        method="POST"
        url={`${API}/pools/pool-1/members`}
        readUrl={() => `${API}/pools/pool-1/members/member-1`}
      />,
    ),
  beforeEach({ msw }) {
    msw.use(
      http.post('*/api/v2/:project/elb/pools/:id/members', () => HttpResponse.json({ member: { id: 'member-1', provisioning_status: 'PENDING_CREATE' } }, { status: 201 })),
      http.get('*/api/v2/:project/elb/pools/:id/members/:member', statusSequence('member', ['PENDING_CREATE', 'ERROR'])),
    );
  },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add member' }));
    const failed = await canvas.findByRole('region', { name: t('banner.region') }, { timeout: 4000 });
    await expect(within(failed).getByText(t('explain.operation'))).toBeVisible();
    // The resource ended in ERROR: waiting again cannot help, and the POST is never sent again.
    await expect(within(failed).queryByRole('button', { name: t('ui.retry') })).toBeNull();
    await expect(canvas.queryByRole('region', { name: t('operation.banner.region') })).toBeNull();
  },
};

export const ThrottledWhilePolling: Story = {
  render: () =>
    withBanners(
      <Scenario button="Update health monitor" label="health monitor hm-1" method="PUT" url={`${API}/healthmonitors/hm-1`} readUrl={() => `${API}/healthmonitors/hm-1`} />,
    ),
  beforeEach({ msw }) {
    msw.use(
      http.put('*/api/v2/:project/elb/healthmonitors/:id', () => HttpResponse.json({ healthmonitor: { id: 'hm-1', provisioning_status: 'PENDING_UPDATE' } })),
      http.get('*/api/v2/:project/elb/healthmonitors/:id', statusSequence('healthmonitor', ['PENDING_UPDATE', { status: 429, retryAfter: '2' }, 'PENDING_UPDATE', 'ACTIVE'])),
    );
  },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Update health monitor' }));
    await expect(await canvas.findByRole('heading', { name: t('operation.banner.update', { label: 'health monitor hm-1' }) })).toBeVisible();
    // The 429 is honoured (Retry-After) and polling goes on: no error banner, then done.
    await waitFor(() => expect(canvas.getByRole('heading', { name: t('operation.banner.updated', { label: 'health monitor hm-1' }) })).toBeVisible(), { timeout: 4000 });
    await expect(canvas.queryByRole('region', { name: t('banner.region') })).toBeNull();
  },
};
