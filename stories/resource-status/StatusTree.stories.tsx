import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { LoadBalancerStatusTree } from '../../src/index.js';
import { label, translatorFor } from './helpers.js';

const member = (i: number, operating = 'ONLINE') => ({
  id: `m-${i}`, address: `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`, protocol_port: 8080, provisioning_status: 'ACTIVE', operating_status: operating,
});

/** The body of GET /v3/{project_id}/elb/loadbalancers/{id}/statuses: 2 of 12 members offline. */
const failingMembers = {
  statuses: {
    loadbalancer: {
      id: 'lb-1', name: 'web-prod', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED',
      listeners: [
        {
          id: 'ls-1', name: 'https-443', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED',
          pools: [{
            id: 'p-1', name: 'app-pool', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED',
            healthmonitor: { id: 'hm-1', name: '', type: 'HTTP', provisioning_status: 'ACTIVE' },
            members: Array.from({ length: 12 }, (_, i) => member(i, i === 3 || i === 7 ? 'OFFLINE' : 'ONLINE')),
          }],
          l7policies: [{ id: 'pol-1', name: 'api-redirect', action: 'REDIRECT_TO_POOL', provisioning_status: 'ACTIVE', rules: [{ id: 'r-1', type: 'PATH', provisioning_status: 'ACTIVE' }] }],
        },
        {
          id: 'ls-2', name: 'http-80', provisioning_status: 'ACTIVE', operating_status: 'ONLINE',
          pools: [{ id: 'p-2', name: 'static-pool', provisioning_status: 'ACTIVE', operating_status: 'ONLINE', healthmonitor: {}, members: [member(20), member(21, 'NO_MONITOR')] }],
          l7policies: [],
        },
      ],
      pools: [{ id: 'p-3', name: 'spare-pool', provisioning_status: 'ACTIVE', operating_status: 'ONLINE', healthmonitor: {}, members: [] }],
    },
  },
  request_id: 'req-1',
};

/** Octavia's tree, as its code builds it: a member being added. */
const octavia = {
  statuses: {
    loadbalancer: {
      id: 'lb-2', name: 'os-web', provisioning_status: 'PENDING_UPDATE', operating_status: 'ONLINE',
      listeners: [{
        id: 'ls-1', name: 'http', provisioning_status: 'PENDING_UPDATE', operating_status: 'ONLINE',
        pools: [{
          id: 'p-1', name: 'app', provisioning_status: 'PENDING_UPDATE', operating_status: 'ONLINE',
          health_monitor: { id: 'hm-1', name: 'http-check', type: 'HTTP', provisioning_status: 'ACTIVE', operating_status: 'ONLINE' },
          members: [
            { id: 'm-1', name: 'web-1', address: '10.0.0.5', protocol_port: 80, provisioning_status: 'ACTIVE', operating_status: 'ONLINE' },
            { id: 'm-2', name: '', address: '10.0.0.6', protocol_port: 80, provisioning_status: 'PENDING_CREATE', operating_status: 'OFFLINE' },
          ],
        }],
      }],
    },
  },
};

const thousand = {
  statuses: {
    loadbalancer: {
      ...failingMembers.statuses.loadbalancer,
      listeners: [{
        ...failingMembers.statuses.loadbalancer.listeners[0]!,
        pools: [{ ...failingMembers.statuses.loadbalancer.listeners[0]!.pools[0]!, members: Array.from({ length: 1000 }, (_, i) => member(i, i % 97 === 0 ? 'OFFLINE' : 'ONLINE')) }],
      }],
    },
  },
};

const meta = {
  title: 'Resource status/Status tree',
  component: LoadBalancerStatusTree,
  parameters: {
    docs: {
      description: {
        component:
          "`<LoadBalancerStatusTree statuses={body} />` renders a load balancer's status tree (ELB v3/v2 or Octavia). Branches with problems " +
          'start expanded; a collapsed branch says what is wrong below it. Keyboard: arrows, Home/End, Right/Left, Enter.',
      },
    },
  },
} satisfies Meta<typeof LoadBalancerStatusTree>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FailingMembers: Story = {
  args: { statuses: failingMembers },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const canvas = within(canvasElement);
    const tree = await canvas.findByRole('tree', { name: t('rs.tree.label', { name: 'web-prod' }) });
    const listener = within(tree).getByRole('treeitem', { name: new RegExp(`^${t('rs.type.listener')} https-443`) });
    await expect(listener).toHaveAttribute('aria-expanded', 'true');
    // The failing members come first and are named by address.
    const offline = within(tree).getAllByRole('treeitem', { name: new RegExp(`${label(t, 'operating', 'OFFLINE')}$`) });
    await expect(offline.map((el) => el.getAttribute('aria-level'))).toEqual(['4', '4']);
    // The healthy listener starts collapsed.
    await expect(within(tree).getByRole('treeitem', { name: new RegExp(`^${t('rs.type.listener')} http-80`) })).toHaveAttribute('aria-expanded', 'false');
    // Keyboard: Tab into the tree, down to the listener, collapse it: it summarises what is wrong below.
    await userEvent.tab();
    await waitFor(() => expect(within(tree).getAllByRole('treeitem')[0]).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}{ArrowLeft}');
    await waitFor(() => expect(listener).toHaveAttribute('aria-expanded', 'false'));
    await expect(listener).toHaveFocus();
    await expect(listener).toHaveAccessibleName(expect.stringContaining(t('rs.tree.membersDown', { count: 2, total: 12 })));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(listener).toHaveAttribute('aria-expanded', 'true'));
  },
};

export const OctaviaAddingAMember: Story = {
  args: { statuses: octavia },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const tree = await within(canvasElement).findByRole('tree');
    const both = t('rs.both', { operating: label(t, 'operating', 'ONLINE'), provisioning: t('rs.short.PENDING_UPDATE') });
    await expect(within(tree).getAllByText(both)[0]).toHaveAttribute('data-transitional', 'true');
    // Nothing fails: the listener is collapsed and says a change is running below.
    const listener = within(tree).getByRole('treeitem', { name: new RegExp(`^${t('rs.type.listener')} http`) });
    await expect(listener).toHaveAttribute('aria-expanded', 'false');
    await expect(listener).toHaveAccessibleName(expect.stringContaining(t('rs.tree.busy', { count: 2 })));
  },
};

export const ThousandMembers: Story = {
  args: { statuses: thousand },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const tree = await within(canvasElement).findByRole('tree');
    const more = within(tree).getByRole('treeitem', { name: t('rs.tree.more', { count: 100 }) });
    await userEvent.click(more);
    await waitFor(() => expect(within(tree).getByRole('treeitem', { name: t('rs.tree.more', { count: 100 }) })).toHaveAttribute('aria-posinset', '201'));
  },
};
