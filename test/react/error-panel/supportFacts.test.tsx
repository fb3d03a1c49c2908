import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { createTranslator, ElbUiProvider, ErrorPanel, toElbError, type ElbUiProviderProps } from 'elb-status-ui';
import { FailureAge } from '../../../src/react/error-panel/supportFacts.js';
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';

const PROJECT = '0a1b2c3d4e5f67890a1b2c3d4e5f6789';
const URL_WITH_SCOPE = `https://elb.eu-de.otc.t-systems.com/v3/${PROJECT}/elb/loadbalancers?token=SECRET`;

function failure(url = URL_WITH_SCOPE) {
  return toElbError({ status: 409, body: { error_code: 'ELB.8902', error_msg: 'Busy.', request_id: 'req-7' } }, { method: 'PUT', url });
}

function details(): HTMLElement {
  return screen.getByRole('region').querySelector('details')!;
}

describe('the failure age in the panel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the age next to the absolute time and keeps it current while mounted', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 7, 12, 0, 0) });
    const error = failure();
    const { unmount } = render(<ErrorPanel error={error} />);
    const time = within(details()).getByText('Time').nextElementSibling as HTMLElement;
    expect(time).toHaveTextContent(/\(now\)$/);
    act(() => vi.advanceTimersByTime(5_000));
    expect(time).toHaveTextContent(/\(5 seconds ago\)$/);
    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(time).toHaveTextContent(/\(2 minutes ago\)$/);
    act(() => vi.advanceTimersByTime(60 * 60_000));
    expect(time).toHaveTextContent(/\(1 hour ago\)$/);
    // The clock ticks only when the text can change: once per hour now, and not at all after unmount.
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([
    ['de', de, 'Zeit', '(vor 2 Minuten)'],
    ['zh-CN', zhCN, '时间', '（2分钟前）'],
  ] as const)('%s', (locale, messages, label, age) => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 7, 12, 0, 0) });
    const error = failure();
    render(
      <ElbUiProvider locale={locale} messages={messages}>
        <ErrorPanel error={error} />
      </ElbUiProvider>,
    );
    act(() => vi.advanceTimersByTime(150_000));
    expect(within(details()).getByText(label).nextElementSibling).toHaveTextContent(age);
  });

  it.each([1e300, -1e300, 8.64e15, -8.64e15])('never throws for the odd failure time %s', (time) => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 7, 12, 0, 0) });
    const error = toElbError(503, { url: URL_WITH_SCOPE }, { now: () => time });
    expect(error.time).toBe(time);
    expect(() => render(<ErrorPanel error={error} />)).not.toThrow();
    act(() => vi.advanceTimersByTime(120_000));
    const value = within(details()).getByText('Time').nextElementSibling!;
    // A future time reads as now; a past one in years.
    expect(value).toHaveTextContent(time > 0 ? /\(now\)$/ : /years ago\)$/);
  });

  it.each([NaN, Infinity, undefined, 'yesterday', {}])('renders no age for %s', (time) => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 7, 12, 0, 0) });
    const { container } = render(<FailureAge time={time} locale="en" t={createTranslator('en')} />);
    act(() => vi.advanceTimersByTime(5_000));
    expect(container).toBeEmptyDOMElement();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('project id and region in the panel', () => {
  it('lists them in the details when the URL names them, from the redacted URL', () => {
    render(<ErrorPanel error={failure()} />);
    const facts = within(details());
    expect(facts.getByText('Project ID').nextElementSibling).toHaveTextContent(PROJECT);
    expect(facts.getByText('Region').nextElementSibling).toHaveTextContent('eu-de');
    expect(details()).not.toHaveTextContent('SECRET');
  });

  it('leaves them out when it does not', () => {
    render(<ErrorPanel error={failure('https://elb.example/v3/lbs')} />);
    expect(within(details()).queryByText('Project ID')).toBeNull();
    expect(within(details()).queryByText('Region')).toBeNull();
  });
});

describe('docsUrl: the ELB code as a documentation link', () => {
  function panel(props: Partial<ElbUiProviderProps>) {
    return render(
      <ElbUiProvider {...props}>
        <ErrorPanel error={failure()} />
      </ElbUiProvider>,
    );
  }

  it('is off by default', () => {
    panel({});
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getAllByText('ELB.8902')[0]).toBeInTheDocument();
  });

  it('takes a function', () => {
    const docsUrl = vi.fn((code: string) => `https://docs.example.com/errors/${code}`);
    panel({ docsUrl });
    const link = screen.getByRole('link', { name: 'Documentation for error code ELB.8902' });
    expect(link).toHaveAttribute('href', 'https://docs.example.com/errors/ELB.8902');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).not.toHaveAttribute('target');
    expect(link).toHaveTextContent('ELB.8902');
    expect(docsUrl).toHaveBeenCalledWith('ELB.8902');
  });

  it('takes a template string, with a target only when asked', () => {
    panel({ docsUrl: 'https://docs.example.com/errors#{code}', docsTarget: '_blank' });
    const link = screen.getByRole('link', { name: 'Documentation for error code ELB.8902 (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://docs.example.com/errors#ELB.8902');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('ignores a javascript: URL and a throwing function', () => {
    const { unmount } = panel({ docsUrl: () => 'javascript:alert(1)' });
    expect(screen.queryByRole('link')).toBeNull();
    unmount();
    panel({
      docsUrl: () => {
        throw new Error('boom');
      },
    });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getAllByText('ELB.8902')[0]).toBeInTheDocument();
  });

  it('translates the link name', () => {
    render(
      <ElbUiProvider locale="de" messages={de} docsUrl="https://docs.example.com/{code}">
        <ErrorPanel error={failure()} />
      </ElbUiProvider>,
    );
    expect(screen.getByRole('link', { name: 'Dokumentation zum Fehlercode ELB.8902' })).toBeInTheDocument();
  });
});

describe('the copied summary', () => {
  it('holds the project, region, age and documentation lines', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    try {
      render(
        <ElbUiProvider docsUrl="https://docs.example.com/errors#{code}">
          <ErrorPanel error={failure()} />
        </ElbUiProvider>,
      );
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
      });
      const text = writeText.mock.calls[0]![0];
      const lines = text.split('\n');
      expect(lines).toContain(`Project ID: ${PROJECT}`);
      expect(lines).toContain('Region: eu-de');
      expect(lines).toContain('Documentation: https://docs.example.com/errors#ELB.8902');
      expect(text).toMatch(/^Time: \S+ \((now|\d+ seconds? ago)\)$/m);
      expect(text).not.toContain('SECRET');
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });
});

describe('server rendering and hydration', () => {
  it('hydrates without a mismatch and then shows the age', async () => {
    const error = { ...failure(), time: Date.now() - 3 * 60_000 } as ReturnType<typeof failure>;
    const app = (
      <ElbUiProvider locale="de" messages={de} docsUrl="https://docs.example.com/errors#{code}">
        <ErrorPanel error={error} defaultExpanded />
      </ElbUiProvider>
    );
    const html = renderToString(app);
    // The server renders the absolute time, the facts and the link; the age only after mount.
    expect(html).toContain(PROJECT);
    expect(html).toContain('href="https://docs.example.com/errors#ELB.8902"');
    expect(html).not.toContain('vor 3 Minuten');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, app, { onRecoverableError: (e) => recoverable.push(e) });
    });
    expect(recoverable).toEqual([]);
    expect(console.error).not.toHaveBeenCalled();
    expect(container).toHaveTextContent('(vor 3 Minuten)');
    await act(async () => root!.unmount());
    container.remove();
  });
});

describe('shipped markup', () => {
  it('carries no data-testid (tests find things by role and text)', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 7, 12, 0, 0) });
    try {
      const error = toElbError({ status: 409, body: { NeutronError: { type: 'StateInvalid', message: 'Invalid state PENDING_UPDATE', detail: '' } }, headers: { 'x-request-id': 'req-1' } }, { method: 'PUT', url: URL_WITH_SCOPE });
      const { container } = render(
        <ElbUiProvider retryBudget={false} docsUrl="https://docs.example.com/{code}">
          <ErrorPanel error={error} onRetry={() => Promise.reject(error)} autoRetry={{ random: () => 0 }} context={{ method: 'PUT' }} defaultExpanded />
        </ElbUiProvider>,
      );
      await act(async () => vi.advanceTimersByTimeAsync(10));
      expect(screen.getByText(/Retrying automatically in/)).toBeInTheDocument();
      expect(screen.getByText('req-1')).toBeInTheDocument();
      expect(container.querySelectorAll('[data-testid]')).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
