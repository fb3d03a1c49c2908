import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, useEffect } from 'react';
import { BannerStore, ElbBannerProvider, ErrorBanners, toElbError, useElbBanners } from 'elb-status-ui';

const flush = () => act(async () => {
  await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
});

function setup(props: Parameters<typeof ErrorBanners>[0] = {}) {
  const store = new BannerStore();
  const utils = render(
    <ElbBannerProvider store={store}>
      <ErrorBanners {...props} />
    </ElbBannerProvider>,
  );
  return { store, ...utils };
}

describe('ErrorBanners grouping', () => {
  it('collapses identical failures into one banner that lists the requests', async () => {
    const { store } = setup();
    act(() => {
      store.report({ status: 503, body: { error_code: 'ELB.8906' } }, { context: { method: 'GET', url: '/v3/p/elb/loadbalancers?token=abc' } });
      store.report({ status: 503, body: { error_code: 'ELB.8906' } }, { context: { method: 'GET', url: '/v3/p/elb/listeners' } });
      store.report({ status: 503, body: { error_code: 'ELB.8906' } }, { context: { method: 'GET', url: '/v3/p/elb/pools' } });
      store.report(404, { context: { method: 'GET', url: '/v3/p/elb/certificates/9' } });
    });
    await flush();
    const headings = screen.getAllByRole('heading');
    expect(headings).toHaveLength(2);
    expect(headings[0]).toHaveTextContent('3 requests failed: The service is temporarily unavailable');
    const banner = screen.getAllByRole('region', { name: /requests failed/ })[0]!;
    expect(banner).toHaveTextContent('GET /v3/p/elb/loadbalancers?token=[redacted]');
    expect(banner).toHaveTextContent('GET /v3/p/elb/pools');
    expect(banner).not.toHaveTextContent('token=abc');
  });

  it('orders by severity, then recency', async () => {
    const { store } = setup();
    act(() => {
      store.report(404, { context: { method: 'GET' } });
    });
    await flush();
    act(() => {
      store.report(503, { context: { method: 'GET' } });
    });
    await flush();
    act(() => {
      store.report(409, { context: { method: 'PUT' } });
    });
    await flush();
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual([
      'Error: The service is temporarily unavailable',
      'Warning: The resource is busy',
      'Warning: Not found',
    ]);
  });

  it('renders once and announces once per group for 50 failures in the same tick', async () => {
    // Commits after a burst must not grow with its size: 2 failures and 50 failures cost the same.
    async function commitsFor(count: number) {
      const store = new BannerStore();
      const notify = vi.fn();
      store.subscribe(notify);
      let commits = 0;
      const utils = render(
        <ElbBannerProvider store={store}>
          <Profiler id="banners" onRender={() => (commits += 1)}>
            <ErrorBanners />
          </Profiler>
        </ElbBannerProvider>,
      );
      commits = 0;
      act(() => {
        for (let i = 0; i < count; i++) store.report(i % 2 ? 503 : 404, { context: { method: 'GET', url: `/v3/p/elb/members/${i}` } });
      });
      await flush();
      expect(notify).toHaveBeenCalledTimes(1);
      return { commits, store, utils };
    }
    const small = await commitsFor(2);
    small.utils.unmount();
    const { commits, store } = await commitsFor(50);
    expect(commits).toBe(small.commits);
    expect(screen.getByRole('alert')).toHaveTextContent('Error: 25 requests failed: The service is temporarily unavailable.');
    expect(document.querySelector('.elb-banners > [aria-live="polite"]')).toHaveTextContent('Warning: 25 requests failed: Not found.');
    // A fourth, fifty-first identical failure updates the count silently.
    const before = screen.getByRole('alert').textContent;
    act(() => {
      store.report(503, { context: { method: 'GET', url: '/v3/p/elb/members/99' } });
    });
    await flush();
    expect(screen.getAllByRole('heading')[0]).toHaveTextContent('26 requests failed');
    expect(screen.getByRole('alert').textContent).toBe(before);
  });

  it('mounts its live regions before any banner', () => {
    setup();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(screen.queryByRole('heading')).toBeNull();
  });
});

describe('ErrorBanners retry all', () => {
  it('runs each retryable member once, never twice at a time, and removes the ones that succeed', async () => {
    const user = userEvent.setup();
    const { store } = setup();
    const pending: Array<(ok: boolean) => void> = [];
    const runs = { a: 0, b: 0, c: 0 };
    const retry = (name: keyof typeof runs) => () => {
      runs[name] += 1;
      return new Promise<void>((resolve, reject) => pending.push((ok) => (ok ? resolve() : reject(toElbError(503, { method: 'GET' })))));
    };
    act(() => {
      store.report(503, { context: { method: 'GET', url: '/a' }, retry: retry('a') });
      store.report(503, { context: { method: 'GET', url: '/b' }, retry: retry('b') });
      store.report(503, { context: { method: 'GET', url: '/c' } }); // no retry function
    });
    await flush();
    const button = screen.getByRole('button', { name: 'Retry all' });
    await user.click(button);
    await user.click(button);
    // A third, direct retry-all while both are in flight runs nothing either.
    await act(async () => {
      void store.retryGroup(store.getGroups()[0]!.key).catch(() => undefined);
    });
    expect(runs).toEqual({ a: 1, b: 1, c: 0 });
    expect(screen.getByRole('region', { name: /requests failed/ })).toHaveTextContent('/c (cannot be retried)');
    await act(async () => {
      pending[0]!(true);
      pending[1]!(false);
    });
    await flush();
    expect(screen.getByRole('heading')).toHaveTextContent('2 requests failed');
    const region = screen.getByRole('region', { name: /requests failed/ });
    expect(region).not.toHaveTextContent('GET /a');
    expect(region).toHaveTextContent('GET /b');
  });
});

describe('ErrorBanners overflow and dismiss', () => {
  it('caps visible banners with "Show N more", dismisses one or all', async () => {
    const user = userEvent.setup();
    const { store } = setup({ max: 2 });
    act(() => {
      for (const s of [500, 502, 503, 504, 404]) store.report(s, { context: { method: 'GET' } });
    });
    await flush();
    expect(screen.getAllByRole('heading')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Show 3 more' }));
    expect(screen.getAllByRole('heading')).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Show fewer' }));
    await user.click(screen.getAllByRole('button', { name: 'Dismiss' })[0]!);
    await flush();
    expect(store.getGroups()).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Dismiss all' }));
    await flush();
    expect(screen.queryByRole('heading')).toBeNull();
  });
});

describe('ErrorBanners: focus after a dismissal', () => {
  it('moves to the next banner\'s Dismiss, then the previous one\'s, then the stack: never to the body', async () => {
    const user = userEvent.setup();
    const { store, container } = setup({ max: 5 });
    act(() => {
      for (const s of [500, 502, 503]) store.report(s, { context: { method: 'GET' } });
    });
    await flush();
    const headings = () => screen.getAllByRole('heading').map((h) => h.textContent);
    const dismissOf = (index: number) => screen.getAllByRole('button', { name: 'Dismiss' })[index]!;
    const bannerOfFocus = () => (document.activeElement as HTMLElement).closest('.elb-banners__item')?.querySelector('h2')?.textContent;
    const [first, second, third] = headings();

    act(() => dismissOf(0).focus());
    await user.keyboard('{Enter}');
    await flush();
    expect(headings()).toEqual([second, third]);
    expect(document.activeElement).toBe(dismissOf(0));
    expect(bannerOfFocus()).toBe(second);

    act(() => dismissOf(1).focus());
    await user.keyboard('{Enter}');
    await flush();
    expect(headings()).toEqual([second]);
    expect(document.activeElement).toBe(dismissOf(0));

    await user.keyboard('{Enter}');
    await flush();
    expect(screen.queryByRole('heading')).toBeNull();
    expect(document.activeElement).toBe(container.querySelector('.elb-banners'));
    expect(first).not.toBe(second);
  });

  it('keeps a tabIndex the page gives the stack', () => {
    const { container } = setup({ tabIndex: 0 });
    expect(container.querySelector('.elb-banners')).toHaveAttribute('tabindex', '0');
  });

  it('"Dismiss all" leaves the focus on the stack', async () => {
    const user = userEvent.setup();
    const { store, container } = setup();
    act(() => {
      for (const s of [500, 502]) store.report(s, { context: { method: 'GET' } });
    });
    await flush();
    await user.click(screen.getByRole('button', { name: 'Dismiss all' }));
    await flush();
    expect(document.activeElement).toBe(container.querySelector('.elb-banners'));
  });
});

describe('ErrorBanners auto-dismiss', () => {
  it('dismisses warnings after the delay, pauses while hovered or focused, never dismisses errors', async () => {
    vi.useFakeTimers();
    try {
      const { store } = setup({ autoDismissMs: 5000 });
      act(() => {
        store.report(404, { context: { method: 'GET' } });
        store.report(500, { context: { method: 'GET' } });
      });
      await act(async () => vi.advanceTimersByTimeAsync(1));
      const warning = screen.getByRole('heading', { name: /Not found/ }).closest('.elb-banners__item')!;
      fireEvent.pointerEnter(warning);
      await act(async () => vi.advanceTimersByTimeAsync(10_000));
      expect(screen.getByRole('heading', { name: /Not found/ })).toBeInTheDocument();
      fireEvent.pointerLeave(warning);
      await act(async () => vi.advanceTimersByTimeAsync(4000));
      expect(screen.getByRole('heading', { name: /Not found/ })).toBeInTheDocument();
      act(() => within(warning as HTMLElement).getByRole('button', { name: 'Copy details' }).focus());
      await act(async () => vi.advanceTimersByTimeAsync(10_000));
      expect(screen.getByRole('heading', { name: /Not found/ })).toBeInTheDocument();
      act(() => (document.activeElement as HTMLElement).blur());
      await act(async () => vi.advanceTimersByTimeAsync(5001));
      expect(screen.queryByRole('heading', { name: /Not found/ })).toBeNull();
      expect(screen.getByRole('heading', { name: /internal error/ })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('useElbBanners', () => {
  it('lets any component report and remove its failure', async () => {
    function Table({ fail }: { fail: boolean }) {
      const { report, remove } = useElbBanners();
      useEffect(() => {
        if (!fail) return;
        const id = report(502, { context: { method: 'GET', url: '/v3/p/elb/pools' } });
        return () => remove(id);
      }, [fail, report, remove]);
      return null;
    }
    const { rerender } = render(
      <ElbBannerProvider>
        <ErrorBanners />
        <Table fail />
      </ElbBannerProvider>,
    );
    await flush();
    expect(screen.getByRole('heading')).toHaveTextContent('The service could not be reached');
    rerender(
      <ElbBannerProvider>
        <ErrorBanners />
        <Table fail={false} />
      </ElbBannerProvider>,
    );
    await flush();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('says clearly when used outside the provider', () => {
    function Lonely() {
      useElbBanners();
      return null;
    }
    vi.mocked(console.error).mockImplementation(() => undefined);
    expect(() => render(<Lonely />)).toThrow(/inside <ElbBannerProvider>/);
  });
});

describe('ErrorBanners automatic retry and focus', () => {
  it('shows a countdown per group from the policy and retries the group when it ends', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
    try {
      const store = new BannerStore();
      render(
        <ElbBannerProvider store={store}>
          <ErrorBanners autoRetry={{ random: () => 0.5 }} />
        </ElbBannerProvider>,
      );
      const retries = { a: 0, b: 0 };
      act(() => {
        store.report(503, { context: { method: 'GET', url: '/a' }, retry: async () => void (retries.a += 1) });
        store.report(503, { context: { method: 'GET', url: '/b' }, retry: async () => void (retries.b += 1) });
      });
      await act(async () => vi.advanceTimersByTimeAsync(1));
      expect(screen.getByText('Retrying automatically in 1 s')).toBeInTheDocument();
      expect(screen.getByText('Attempt 1 of 3')).toBeInTheDocument();
      await act(async () => vi.advanceTimersByTimeAsync(600));
      expect(retries).toEqual({ a: 1, b: 1 });
      expect(screen.queryByRole('heading')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('never moves focus when banners appear', async () => {
    const store = new BannerStore();
    render(
      <ElbBannerProvider store={store}>
        <input aria-label="search" />
        <ErrorBanners />
      </ElbBannerProvider>,
    );
    act(() => screen.getByLabelText('search').focus());
    act(() => {
      store.report(500, { context: { method: 'GET' } });
    });
    await flush();
    expect(screen.getByRole('heading')).toBeInTheDocument();
    expect(screen.getByLabelText('search')).toHaveFocus();
  });
});
