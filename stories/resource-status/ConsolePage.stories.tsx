import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ResourceStatusBadge } from '../../src/index.js';
import { FIRST_TOOLTIP, label, translatorFor } from './helpers.js';

interface Lb { id: string; name: string; provisioning_status: string; operating_status: string }
interface Listener { id: string; name: string; protocol: string; protocol_port: number; provisioning_status: string; operating_status: string }
interface Pool { id: string; name: string; lb_algorithm: string; provisioning_status: string; operating_status: string }
interface Member {
  id: string;
  address: string;
  protocol_port: number;
  admin_state_up: boolean;
  operating_status: string;
  status?: Array<{ listener_id: string; operating_status: string; reason?: { reason_code: string } }>;
}
interface Snapshot { loadbalancers: Lb[]; listeners: Listener[]; pools: Pool[]; members: Member[] }

const BASE = '/api/v3/0c5f/elb';

/** Polls the four lists (as a console does while something is pending) and shows each row's status. */
function ConsolePage({ intervalMs = 250 }: { intervalMs?: number }) {
  const [data, setData] = useState<Snapshot | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const lists = await Promise.all(
          ['loadbalancers', 'listeners', 'pools', 'pools/pool-1/members'].map((path) =>
            fetch(`${BASE}/${path}`, { signal: controller.signal }).then((r) => r.json() as Promise<Record<string, unknown>>),
          ),
        );
        setData({
          loadbalancers: lists[0]!.loadbalancers as Lb[],
          listeners: lists[1]!.listeners as Listener[],
          pools: lists[2]!.pools as Pool[],
          members: lists[3]!.members as Member[],
        });
      } catch {
        if (controller.signal.aborted) return;
      }
      if (!controller.signal.aborted) timer = setTimeout(load, intervalMs);
    };
    void load();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [intervalMs]);

  if (!data) return <p>Loading…</p>;
  return (
    <div className="sb-stack">
      <table className="sb-table">
        <caption style={{ textAlign: 'start', fontWeight: 600 }}>Load balancers</caption>
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
          {data.loadbalancers.map((lb) => (
            <tr key={lb.id}>
              <th scope="row">{lb.name}</th>
              <td><ResourceStatusBadge resource="loadbalancer" provisioning={lb.provisioning_status} operating={lb.operating_status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="sb-table">
        <caption style={{ textAlign: 'start', fontWeight: 600 }}>Listeners</caption>
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Port</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
          {data.listeners.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.name}</th>
              <td>{`${l.protocol}/${l.protocol_port}`}</td>
              <td><ResourceStatusBadge resource="listener" provisioning={l.provisioning_status} operating={l.operating_status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="sb-table">
        <caption style={{ textAlign: 'start', fontWeight: 600 }}>Backend server groups</caption>
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Algorithm</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
          {data.pools.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td>{p.lb_algorithm}</td>
              <td><ResourceStatusBadge resource="pool" provisioning={p.provisioning_status} operating={p.operating_status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="sb-table">
        <caption style={{ textAlign: 'start', fontWeight: 600 }}>Backend servers of app-pool</caption>
        <thead>
          <tr><th scope="col">Address</th><th scope="col">Health</th></tr>
        </thead>
        <tbody>
          {data.members.map((m) => (
            <tr key={m.id}>
              <th scope="row">{`${m.address}:${m.protocol_port}`}</th>
              <td>
                <ResourceStatusBadge resource="member" operating={m.status?.[0]?.operating_status ?? m.operating_status} adminStateUp={m.admin_state_up} reason={m.status?.[0]?.reason} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const meta = {
  title: 'Resource status/Console page',
  component: ConsolePage,
  parameters: {
    docs: {
      description: {
        component:
          'Load balancers, listeners, pools and members of a console, polled through `fetch` (answered by msw). The load balancer and its ' +
          'listener go from PENDING_UPDATE to ACTIVE; a backend server goes OFFLINE with CONNECT_TIMEOUT, and its tooltip says why.',
      },
    },
  },
} satisfies Meta<typeof ConsolePage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const StatusesChangeLive: Story = {
  args: { intervalMs: 200 },
  beforeEach({ msw }) {
    // Counted in polls, not in time, so a slow machine sees every state: the update finishes after the
    // fifth poll; the second backend server fails its health check from the eighth.
    let polls = 0;
    const updating = () => polls <= 5;
    const failing = () => polls >= 8;
    msw.use(
      http.get(`*${BASE}/loadbalancers`, () => {
        polls += 1;
        return HttpResponse.json({ loadbalancers: [{ id: 'lb-1', name: 'web-prod', provisioning_status: updating() ? 'PENDING_UPDATE' : 'ACTIVE', operating_status: 'ONLINE' }] });
      }),
      http.get(`*${BASE}/listeners`, () =>
        HttpResponse.json({
          listeners: [
            { id: 'ls-1', name: 'https-443', protocol: 'HTTPS', protocol_port: 443, provisioning_status: updating() ? 'PENDING_UPDATE' : 'ACTIVE', operating_status: 'ONLINE' },
            { id: 'ls-2', name: 'http-80', protocol: 'HTTP', protocol_port: 80, provisioning_status: 'ACTIVE', operating_status: 'ONLINE' },
          ],
        }),
      ),
      http.get(`*${BASE}/pools`, () =>
        HttpResponse.json({ pools: [{ id: 'pool-1', name: 'app-pool', lb_algorithm: 'ROUND_ROBIN', provisioning_status: 'ACTIVE', operating_status: failing() ? 'DEGRADED' : 'ONLINE' }] }),
      ),
      http.get(`*${BASE}/pools/:pool/members`, () =>
        HttpResponse.json({
          members: [
            { id: 'm-1', address: '10.0.0.5', protocol_port: 8080, admin_state_up: true, operating_status: 'ONLINE' },
            failing()
              ? { id: 'm-2', address: '10.0.0.6', protocol_port: 8080, admin_state_up: true, operating_status: 'OFFLINE', status: [{ listener_id: 'ls-1', operating_status: 'OFFLINE', reason: { reason_code: 'CONNECT_TIMEOUT' } }] }
              : { id: 'm-2', address: '10.0.0.6', protocol_port: 8080, admin_state_up: true, operating_status: 'ONLINE' },
            { id: 'm-3', address: '10.0.0.7', protocol_port: 8080, admin_state_up: true, operating_status: 'NO_MONITOR' },
          ],
        }),
      ),
    );
  },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const canvas = within(canvasElement);
    const online = label(t, 'operating', 'ONLINE');
    const updatingText = t('rs.both', { operating: online, provisioning: t('rs.short.PENDING_UPDATE') });
    const lbRow = async () => (await canvas.findByRole('rowheader', { name: 'web-prod' })).closest('tr')!;
    // While the update runs: "Online · updating", with the in-progress icon.
    await waitFor(async () => expect(within(await lbRow()).getByText(updatingText)).toHaveAttribute('data-transitional', 'true'), { timeout: 8000 });
    // Then the load balancer settles on ACTIVE: only the operating status is left.
    await waitFor(async () => expect(within(await lbRow()).getByText(online)).toHaveAttribute('data-severity', 'success'), { timeout: 8000 });
    await expect(within(await lbRow()).queryByText(updatingText)).toBeNull();
    // The second backend server goes offline; its tooltip gives the health check's reason.
    const memberRow = async () => (await canvas.findByRole('rowheader', { name: '10.0.0.6:8080' })).closest('tr')!;
    const offline = label(t, 'operating', 'OFFLINE');
    await waitFor(async () => expect(within(await memberRow()).getByText(offline)).toHaveAttribute('data-severity', 'error'), { timeout: 8000 });
    await userEvent.hover(within(await memberRow()).getByText(offline));
    await waitFor(() => expect(within(canvasElement.ownerDocument.body).getByRole('tooltip')).toHaveTextContent(t('rs.reason.CONNECT_TIMEOUT')), FIRST_TOOLTIP);
    await expect(within(await canvas.findByRole('rowheader', { name: 'app-pool' }).then((h) => h.closest('tr')!)).getByText(label(t, 'operating', 'DEGRADED'))).toHaveAttribute(
      'data-severity',
      'warning',
    );
  },
};
