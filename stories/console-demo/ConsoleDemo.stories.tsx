import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { textPattern, textsFor } from '../texts.js';
import { ElbConsole } from './ElbConsole.js';
import { FakeElb, FAULTS, type Fault } from './fakeElb.js';

// One simulated backend for the page (a docs page shows both stories against the same "server").
const backend = new FakeElb();

const meta = {
  title: 'Console demo',
  component: ElbConsole,
  args: { backend, fault: 'none', schedule: false, scheduleSeconds: 8, pollSeconds: 0 },
  argTypes: {
    backend: { table: { disable: true }, control: false },
    fault: {
      description: 'Inject a fault into the simulated backend (choose "none" to recover)',
      control: 'select',
      options: ['none', ...FAULTS.map((f) => f.fault)] satisfies Fault[],
    },
    schedule: { description: 'Inject the next fault every `scheduleSeconds`: 503 burst, 429, network down, 409 lock, 403' },
    scheduleSeconds: { control: { type: 'number', min: 2, max: 60 } },
    pollSeconds: { description: 'Reload every list this often (0: only on Refresh)', control: { type: 'number', min: 0, max: 60 } },
  },
  beforeEach({ msw }) {
    backend.reset();
    msw.use(...backend.handlers());
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'A small ELB console built only on the public API, against a simulated ELB v3 endpoint (msw). The tables load with `fetch` + ' +
          '`throwIfNotOk`, show the last response as a `StatusBadge` and report failures with `useElbBanners().report(error, { context, retry, id })`: ' +
          'identical failures become one banner with "Retry all", retried by the policy (honouring `Retry-After`) and removed when a later load ' +
          'succeeds. The detail panel renames the load balancer with PUT; its failure shows in `<ErrorPanel {...useElbError(...)} />`, and a ' +
          '409 while the load balancer is PENDING_UPDATE is retried by itself. Trigger faults with the buttons under the console or the ' +
          '`fault` control, or switch on `schedule`.',
      },
    },
  },
} satisfies Meta<typeof ElbConsole>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The console as it runs: lists reload every 5 s and a fault arrives every 8 s, then goes away again. */
export const Console: Story = {
  args: { schedule: true, pollSeconds: 5 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'web-prod' }, { timeout: 5000 })).toBeVisible();
    await expect(await canvas.findByRole('cell', { name: '10.0.1.11' }, { timeout: 5000 })).toBeVisible();
    // Rows stay on screen through later failures; what a fault changes is asserted in the stories below.
    await expect(canvas.getByRole('group', { name: 'Simulated backend (msw)' })).toBeVisible();
  },
};

// What the fault stories share: the console after its first load, and its controls by role and text.
async function loaded(canvasElement: HTMLElement, globals: Record<string, unknown>) {
  const canvas = within(canvasElement);
  const t = textsFor(globals);
  await expect(await canvas.findByRole('cell', { name: '10.0.1.11' }, { timeout: 5000 })).toBeVisible();
  return {
    canvas,
    t,
    inject: (label: string) => userEvent.click(canvas.getByRole('button', { name: label })),
    refresh: () => userEvent.click(canvas.getByRole('button', { name: 'Refresh lists' })),
    /** A banner's heading (level 3) whose name contains `title`, or null. */
    banner: (title: string) => canvas.queryByRole('heading', { level: 3, name: textPattern(title) }),
    findBanner: (title: string) => canvas.findByRole('heading', { level: 3, name: textPattern(title) }, { timeout: 5000 }),
  };
}

/** A burst of 503s with `Retry-After: 1`: one banner for the three lists, retried by itself until the burst is over. */
export const ServiceUnavailableBurst: Story = {
  play: async ({ canvasElement, globals }) => {
    const { canvas, t, inject, refresh, banner, findBanner } = await loaded(canvasElement, globals);
    await inject('503 burst');
    await refresh();
    await expect(await findBanner(t('banner.count', { count: 3, title: t('title.503') }))).toBeVisible();
    await expect(canvas.getAllByText('503 Service Unavailable').length).toBeGreaterThanOrEqual(1);
    await waitFor(() => expect(banner(t('title.503'))).toBeNull(), { timeout: 10_000 });
    await waitFor(() => expect(canvas.getAllByText('200 OK')).toHaveLength(3), { timeout: 5000 });
  },
};

/** The gateway throttles with 429 and `Retry-After`; the lists are retried when it allows. */
export const ThrottledWithRetryAfter: Story = {
  play: async ({ canvasElement, globals }) => {
    const { t, inject, refresh, banner, findBanner } = await loaded(canvasElement, globals);
    await inject('429 Retry-After');
    await refresh();
    await expect(await findBanner(t('title.429'))).toBeVisible();
    await waitFor(() => expect(banner(t('title.429'))).toBeNull(), { timeout: 10_000 });
  },
};

/** A 403 on the members list: no retry is offered; the banner goes once a load succeeds again. */
export const Forbidden: Story = {
  play: async ({ canvasElement, globals }) => {
    const { canvas, t, inject, refresh, banner, findBanner } = await loaded(canvasElement, globals);
    await inject('403 on members');
    await refresh();
    await expect(await findBanner(t('title.403'))).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('ui.retry') })).toBeNull();
    await inject('Recover');
    await refresh();
    await waitFor(() => expect(banner(t('title.403'))).toBeNull(), { timeout: 5000 });
  },
};

/** The network goes away: a banner without a status; the first load after it is back clears it. */
export const NetworkDown: Story = {
  play: async ({ canvasElement, globals }) => {
    const { canvas, t, inject, refresh, banner, findBanner } = await loaded(canvasElement, globals);
    await inject('Network down');
    await refresh();
    await expect(await findBanner(t('title.network'))).toBeVisible();
    await inject('Recover');
    await refresh();
    await waitFor(() => expect(banner(t('title.network'))).toBeNull(), { timeout: 5000 });
    await expect(canvas.getByRole('cell', { name: '10.0.1.11' })).toBeVisible();
  },
};

/** A rename meets the load balancer in PENDING_UPDATE (409): the detail panel waits, retries and goes through. */
export const LockedDuringRename: Story = {
  play: async ({ canvasElement, globals }) => {
    const { canvas, t, inject } = await loaded(canvasElement, globals);
    await inject('409 lock');
    const name = canvas.getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'web-prod-2');
    await userEvent.click(canvas.getByRole('button', { name: 'Rename' }));
    await expect(await canvas.findByRole('heading', { level: 4, name: textPattern(t('title.409.locked')) }, { timeout: 5000 })).toBeVisible();
    await expect(await canvas.findByText('Renamed to web-prod-2', {}, { timeout: 10_000 })).toBeVisible();
    await expect(canvas.queryByRole('heading', { level: 4 })).toBeNull();
    await expect(await canvas.findByRole('button', { name: 'web-prod-2' }, { timeout: 5000 })).toBeVisible();
  },
};
