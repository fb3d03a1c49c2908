import { act, render, screen } from '@testing-library/react';
import { BannerStore, ElbBannerProvider, ElbUiProvider, ErrorBanners } from 'elb-status-ui';
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';

const flush = () => act(async () => {
  await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
});

function setup(store: BannerStore, locale = 'en') {
  return render(
    <ElbUiProvider locale={locale} messages={{ de, 'zh-CN': zhCN }}>
      <ElbBannerProvider store={store}>
        <ErrorBanners max={1000} />
      </ElbBannerProvider>
    </ElbUiProvider>,
  );
}

describe('BannerStore bounds', () => {
  it('keeps at most maxGroups groups: a new one drops the least severe, oldest group', async () => {
    const store = new BannerStore({ maxGroups: 3 });
    setup(store);
    act(() => void store.report(404, { context: { method: 'GET', url: '/warning' } }));
    await flush();
    act(() => {
      for (const status of [500, 502, 503]) store.report(status, { context: { method: 'GET', url: `/${status}` } });
    });
    await flush();
    expect(store.getGroups().map((g) => g.error.status)).toEqual([503, 502, 500]);
    expect(screen.getAllByRole('heading')).toHaveLength(3);
    expect(screen.queryByRole('heading', { name: /Not found/ })).toBeNull();
  });

  it('lists maxMembers requests of a group, counts every one, and says "and N more"', async () => {
    const store = new BannerStore({ maxMembers: 2 });
    setup(store);
    act(() => {
      for (let i = 0; i < 5; i++) store.report(503, { context: { method: 'GET', url: `/v3/p/elb/pools/${i}` } });
    });
    await flush();
    const [group] = store.getGroups();
    expect(group!.count).toBe(5);
    expect(group!.members.map((m) => m.label)).toEqual(['GET /v3/p/elb/pools/4', 'GET /v3/p/elb/pools/3']);
    const banner = screen.getByRole('region', { name: /5 requests failed/ });
    expect(banner.querySelectorAll('.elb-banners__requests li')).toHaveLength(2);
    expect(banner).toHaveTextContent('and 3 more, not listed');
  });

  it.each([
    ['de', 'und 3 weitere, nicht aufgeführt'],
    ['zh-CN', '另有 3 个未列出'],
  ])('says "and N more" in %s', async (locale, text) => {
    const store = new BannerStore({ maxMembers: 1 });
    setup(store, locale);
    act(() => {
      for (let i = 0; i < 4; i++) store.report(503, { context: { method: 'GET', url: `/x/${i}` } });
    });
    await flush();
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('10,000 identical reports keep one group of 20 listed requests, counted 10,000', async () => {
    const store = new BannerStore();
    act(() => {
      for (let i = 0; i < 10_000; i++) store.report(503, { context: { method: 'GET', url: `/v3/p/elb/members/${i}` } });
    });
    await flush();
    expect(store.getGroups()).toHaveLength(1);
    expect(store.getGroups()[0]!.count).toBe(10_000);
    expect(store.getGroups()[0]!.members).toHaveLength(20);
  }, 20_000);

  it('2,000 distinct failures in one tick: at most 50 banners and one short announcement', async () => {
    const store = new BannerStore();
    const { container } = setup(store);
    act(() => {
      for (let i = 0; i < 2000; i++) store.report({ status: 500, body: { error_code: `ELB.${1000 + i}` } }, { context: { method: 'GET', url: `/r/${i}` } });
    });
    await flush();
    expect(store.getGroups()).toHaveLength(50);
    expect(container.querySelectorAll('[data-group]')).toHaveLength(50);
    const alert = screen.getByRole('alert');
    expect(alert.textContent!.length).toBeLessThanOrEqual(200);
    expect(alert).toHaveTextContent('Error: 50 new failures of 50 kinds');
  }, 20_000);

  it('dismissAll frees everything, also the announcements nobody took yet', async () => {
    const store = new BannerStore();
    act(() => {
      for (let i = 0; i < 30; i++) store.report({ status: 502, body: { error_code: `ELB.${i}` } });
    });
    await flush();
    store.dismissAll();
    await flush();
    expect(store.getGroups()).toEqual([]);
    expect(store.takeAnnouncements()).toEqual([]);
  });
});
