import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { useCallback, useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { BannerStore, ElbBannerProvider, ErrorBanners, StatusBadge, throwIfNotOk, useElbBanners, type RetryPolicy } from '../../src/index.js';
import { textPattern, textsFor } from '../texts.js';

const RESOURCES = ['loadbalancers', 'listeners', 'pools', 'members', 'certificates'] as const;
type Resource = (typeof RESOURCES)[number];

/** One console table: loads its resource with fetch and reports a failure to the page's banners. */
function ResourceTable({ resource }: { resource: Resource }) {
  const url = `/api/v3/0c5f/elb/${resource}`;
  const { report, remove } = useElbBanners();
  const [rows, setRows] = useState<Array<{ id: string; name: string }> | null>(null);
  const [status, setStatus] = useState<number | null>(null);
  const load = useCallback(async () => {
    const res = await fetch(url);
    setStatus(res.status);
    await throwIfNotOk(res, { method: 'GET', url });
    setRows(((await res.json()) as { items: Array<{ id: string; name: string }> }).items);
  }, [url]);
  useEffect(() => {
    let id: string | null = null;
    // Fetching on mount is what this page demonstrates; state changes only after the response.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    load().catch((error: unknown) => {
      id = report(error, { context: { method: 'GET', url }, retry: load, id: resource });
    });
    return () => {
      if (id) remove(id);
    };
  }, [load, report, remove, resource, url]);
  return (
    <table className="sb-table">
      <caption style={{ textAlign: 'start', fontWeight: 600 }}>
        {resource} {status ? <StatusBadge status={status} /> : null}
      </caption>
      <thead>
        <tr>
          <th scope="col">ID</th>
          <th scope="col">Name</th>
        </tr>
      </thead>
      <tbody>
        {(rows ?? []).map((r) => (
          <tr key={r.id}>
            <td>{r.id}</td>
            <td>{r.name}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ConsolePage() {
  return (
    <ElbBannerProvider>
      <div className="sb-stack">
        <ErrorBanners max={2} headingLevel={3} />
        {RESOURCES.map((r) => (
          <ResourceTable key={r} resource={r} />
        ))}
      </div>
    </ElbBannerProvider>
  );
}

const meta = {
  title: 'Components/ErrorBanners',
  component: ConsolePage,
  parameters: {
    docs: {
      description: {
        component:
          'A page-level banner area. Wrap the page in `<ElbBannerProvider>`, place `<ErrorBanners />`, and report failures from any component with ' +
          '`useElbBanners().report(error, { context, retry })` (and `remove(id)` on success or unmount). Identical failures (same kind, status ' +
          'and ELB code) become one banner that lists the requests and offers "Retry all"; banners are ordered by severity, then recency, ' +
          'capped with "Show N more"; each new group is announced once. The store owns each group\'s retry state: an automatic retry re-runs only the ' +
          'requests whose own method and status allow it, "Retry all" runs every request with a `retry` once. At most 50 banners and 20 listed requests each ' +
          '(`new BannerStore({ maxGroups, maxMembers })`; the count keeps growing).',
      },
    },
  },
} satisfies Meta<typeof ConsolePage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The backend hiccups: four tables fail with the same 503, one with a 403; Retry all recovers the four. */
export const BackendHiccup: Story = {
  beforeEach({ msw }) {
    let healthy = false;
    msw.use(
      http.get('*/api/v3/:project/elb/:resource', async ({ params }) => {
        await delay(30);
        const resource = String(params.resource);
        if (resource === 'certificates') {
          return HttpResponse.json(
            { error_msg: "Policy doesn't allow elb:certificates:list to be performed.", error_code: 'ELB.9802', request_id: 'c3f1a2' },
            { status: 403 },
          );
        }
        if (!healthy) {
          return HttpResponse.json({ error_msg: 'The system is busy. Try again later.', error_code: 'ELB.8906', request_id: `r-${resource}` }, { status: 503 });
        }
        return HttpResponse.json({ items: [{ id: `${resource}-1`, name: `${resource} one` }] });
      }),
      // Once the banner is on screen the backend recovers.
      http.post('*/__test/heal', () => {
        healthy = true;
        return HttpResponse.json({});
      }),
    );
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    const unavailable = t('title.503');
    const heading = await canvas.findByRole('heading', { name: textPattern(t('banner.count', { count: 4, title: unavailable })) }, { timeout: 5000 });
    await expect(heading).toBeVisible();
    await expect(await canvas.findByRole('heading', { name: textPattern(t('title.403')) }, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    // Announced once, when the first of the four arrived; the later three raised the count silently.
    await expect(canvas.getByRole('alert').textContent).toBe(`${t('ui.severity.error')}: ${unavailable}.`);
    await fetch('/__test/heal', { method: 'POST' });
    await userEvent.click(canvas.getByRole('button', { name: t('banner.retryAll') }));
    // Members leave the group one by one as their retries succeed: with one left the heading is the
    // singular title, so wait for the failure's title in either form to be gone.
    await waitFor(() => expect(canvas.queryByRole('heading', { name: textPattern(unavailable) })).toBeNull(), { timeout: 5000 });
    await expect(canvas.getByRole('cell', { name: 'pools one' })).toBeVisible();
    // The permission problem stays: it cannot be fixed by retrying.
    await expect(canvas.getByRole('heading', { name: textPattern(t('title.403')) })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('ui.retry') })).toBeNull();
    await expect(canvas.queryByRole('button', { name: t('banner.retryAll') })).toBeNull();
  },
};

/** A page whose store is filled once, outside React (as a fetch wrapper would). */
function StorePage({ fill, autoRetry }: { fill: (store: BannerStore) => BannerStore; autoRetry?: boolean | RetryPolicy }) {
  const [store] = useState(() => fill(new BannerStore({ maxMembers: 3 })));
  return (
    <ElbBannerProvider store={store}>
      <ErrorBanners headingLevel={3} autoRetry={autoRetry} />
    </ElbBannerProvider>
  );
}

/** Twelve requests fail the same way; the store lists three of them and counts all twelve. */
export const ManyRequests: Story = {
  render: () => (
    <StorePage
      fill={(store) => {
        for (let i = 0; i < 12; i++) store.report(503, { context: { method: 'GET', url: `/api/v3/0c5f/elb/members/${i}` } });
        return store;
      }}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await expect(await canvas.findByRole('heading', { name: textPattern(t('banner.count', { count: 12, title: t('title.503') })) })).toBeVisible();
    await userEvent.click(canvas.getByText(t('ui.details'), { selector: 'summary' }));
    await expect(canvas.getAllByText(/^GET \/api\/v3\/0c5f\/elb\/members\/\d+$/)).toHaveLength(3);
    await expect(canvas.getByText(t('banner.moreRequests', { count: 9 }))).toBeVisible();
  },
};

/** A GET and a POST fail with the same 503: the automatic retry re-runs the GET only; a POST waits for a person. */
export const AutomaticRetryByMethod: Story = {
  render: () => (
    <StorePage
      autoRetry={{ baseDelayMs: 20 }}
      fill={(store) => {
        const calls = { get: 0, post: 0 };
        (window as unknown as { bannerCalls: typeof calls }).bannerCalls = calls;
        store.report(503, { context: { method: 'POST', url: '/api/v3/0c5f/elb/loadbalancers' }, retry: async () => void (calls.post += 1) });
        store.report(503, { context: { method: 'GET', url: '/api/v3/0c5f/elb/listeners' }, retry: async () => void (calls.get += 1) });
        return store;
      }}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    const calls = (window as unknown as { bannerCalls: { get: number; post: number } }).bannerCalls;
    await waitFor(() => expect(calls.get).toBe(1), { timeout: 5000 });
    await expect(calls.post).toBe(0);
    // The POST's banner stays until a person retries it.
    const heading = await canvas.findByRole('heading', { name: textPattern(t('title.503')) });
    await expect(heading).toBeVisible();
    await userEvent.click(canvas.getByText(t('ui.details'), { selector: 'summary' }));
    await expect(canvas.getByText('POST /api/v3/0c5f/elb/loadbalancers')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('ui.retry') }));
    await waitFor(() => expect(calls.post).toBe(1));
    await waitFor(() => expect(canvas.queryByRole('heading')).toBeNull());
  },
};
