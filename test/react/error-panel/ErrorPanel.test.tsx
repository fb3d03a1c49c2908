import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { ElbUiProvider, ErrorPanel, toElbError, useElbError } from 'elb-status-ui';
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';


const lockBody = { NeutronError: { type: 'StateInvalid', message: 'Invalid state PENDING_UPDATE of loadbalancer resource 7', detail: '' } };

async function flushAnnouncement() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 5));
  });
}

describe('ErrorPanel content', () => {
  it('shows title, explanation, server message, code with hint, request id and details', async () => {
    const error = toElbError(
      { status: 403, body: { error_code: 'ELB.1091', error_msg: 'The number of load balancers exceeds the quota.', request_id: 'req-9' } },
      { method: 'POST', url: 'https://elb.example/v3/p/elb/loadbalancers?token=abc' },
    );
    render(<ErrorPanel error={error} />);
    const panel = screen.getByRole('region', { name: /Access denied/ });
    expect(panel).toHaveAttribute('data-severity', 'warning');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Warning: Access denied');
    expect(panel).toHaveTextContent('Your account is signed in but has no permission for this operation.');
    expect(panel).toHaveTextContent('Message from the service: “The number of load balancers exceeds the quota.”'.replace(/[“”]/g, ''));
    expect(within(panel).getAllByText('ELB.1091')[0]).toBeInTheDocument();
    expect(panel).toHaveTextContent('A quota is used up.');
    expect(within(panel).getByText('Request ID:').parentElement).toHaveTextContent('Request ID: req-9');
    const details = panel.querySelector('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('POST');
    expect(details).toHaveTextContent('https://elb.example/v3/p/elb/loadbalancers?token=[redacted]');
    expect(details).toHaveTextContent('No permissions to access APIs.');
    expect(panel).not.toHaveTextContent('token=abc');
  });

  it('renders markup in server text as text', () => {
    const { container } = render(<ErrorPanel error={{ status: 400, body: { error_msg: '<img src=x onerror="window.hacked=1"><b>bold</b>' } }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="window.hacked=1"><b>bold</b>')).toBeInTheDocument();
  });

  it('renders nothing visible for a missing or garbage error, and a generic failure for an unrecognised one', () => {
    const { container, rerender } = render(<ErrorPanel error={null} />);
    expect(container.querySelector('.elb-panel')).toBeNull();
    rerender(<ErrorPanel error={undefined} />);
    expect(container.querySelector('.elb-panel')).toBeNull();
    rerender(<ErrorPanel error={{ weird: Symbol('x') }} />);
    expect(screen.getByRole('heading')).toHaveTextContent('Something went wrong');
  });

  it('shows "Unknown status 599"-style text through the badge and a class-based title', () => {
    render(<ErrorPanel error={599} />);
    expect(screen.getByRole('heading')).toHaveTextContent('The service failed');
    expect(screen.getByRole('region')).toHaveAttribute('data-severity', 'error');
  });
});

describe('ErrorPanel retry', () => {
  it('offers Retry only when retryable and onRetry is given', () => {
    const { rerender } = render(<ErrorPanel error={404} onRetry={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    rerender(<ErrorPanel error={503} />);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    rerender(<ErrorPanel error={503} onRetry={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows a retrying state and drops clicks during it (double clicks run one request)', async () => {
    const user = userEvent.setup();
    let finish!: () => void;
    const onRetry = vi.fn(() => new Promise<void>((r) => (finish = r)));
    function Page() {
      const [error, setError] = useState<unknown>(503);
      return <ErrorPanel error={error} onRetry={async () => { await onRetry(); setError(null); }} />;
    }
    render(<Page />);
    const button = screen.getByRole('button', { name: 'Retry' });
    await user.dblClick(button);
    await user.click(button);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveTextContent('Retrying…');
    expect(button).toHaveFocus();
    await act(async () => finish());
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('turns a throwing or rejecting onRetry into the next error, with no unhandled rejection', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn().mockImplementationOnce(() => {
      throw new TypeError('Failed to fetch');
    }).mockImplementationOnce(() => Promise.reject({ status: 504 }));
    render(<ErrorPanel error={503} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('heading')).toHaveTextContent('No connection to the service');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: /The service did not answer in time/ })).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'failed');
  });

  it('counts down an automatic retry with "retry now" and "cancel", and shows the attempt', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
    try {
      const onRetry = vi.fn(() => Promise.reject(toElbError(409, { method: 'PUT' })));
      const error = toElbError({ status: 409, body: lockBody }, { method: 'PUT' });
      render(
        <ElbUiProvider retryBudget={false}>
          <ErrorPanel error={error} onRetry={onRetry} autoRetry={{ random: () => 0 }} context={{ method: 'PUT' }} />
        </ElbUiProvider>,
      );
      expect(screen.getByRole('heading')).toHaveTextContent('The resource is busy');
      expect(screen.getByText('Retrying automatically in 5 s')).toBeInTheDocument();
      expect(screen.getByText('Attempt 1 of 3')).toBeInTheDocument();
      await act(async () => vi.advanceTimersByTime(2000));
      expect(screen.getByText('Retrying automatically in 3 s')).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Cancel automatic retry' }));
      expect(screen.queryByText(/Retrying automatically/)).toBeNull();
      expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
      await act(async () => vi.advanceTimersByTime(60_000));
      expect(onRetry).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('"retry now" runs the scheduled retry at once', async () => {
    vi.useFakeTimers();
    try {
      const onRetry = vi.fn(() => Promise.resolve());
      render(<ErrorPanel error={toElbError(503, { method: 'GET' })} onRetry={onRetry} autoRetry context={{ method: 'GET' }} />);
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Retry now' })));
      expect(onRetry).toHaveBeenCalledTimes(1);
      // The retry resolved: the panel steps aside, and no second run is scheduled beside it.
      expect(screen.queryByRole('heading')).toBeNull();
      // The parent still gives the same failure seconds later: that was the retry's outcome, its next attempt.
      await act(async () => vi.advanceTimersByTime(5_000));
      expect(screen.getByRole('heading')).toHaveTextContent('The service is temporarily unavailable');
      expect(screen.getByText('Attempt 2 of 3')).toBeInTheDocument();
      expect(onRetry).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes the hook result directly', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn(() => Promise.resolve());
    function Page() {
      const elb = useElbError({ onRetry });
      return (
        <>
          <button onClick={() => elb.capture(502)}>load</button>
          <ErrorPanel {...elb} />
        </>
      );
    }
    render(<Page />);
    expect(screen.queryByRole('region')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'load' }));
    expect(screen.getByRole('heading')).toHaveTextContent('The service could not be reached');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('says when to try again when Retry-After is too long to wait for', () => {
    render(<ErrorPanel error={{ status: 503, headers: { 'retry-after': '3600' } }} onRetry={() => undefined} autoRetry context={{ method: 'GET' }} />);
    expect(screen.getByText(/The service asked to wait\. Try again after/)).toBeInTheDocument();
  });
});

describe('ErrorPanel announcements and focus', () => {
  it('announces errors assertively and warnings politely, into a live region that exists before the text', async () => {
    const { rerender } = render(<ErrorPanel error={503} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('');
    await flushAnnouncement();
    expect(alert).toHaveTextContent('Error: The service is temporarily unavailable.');
    rerender(<ErrorPanel error={404} />);
    await flushAnnouncement();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('Warning: Not found.');
  });

  it('announces a panel inserted after load (live region present while empty)', async () => {
    function Page() {
      const [error, setError] = useState<unknown>(null);
      return (
        <>
          <button onClick={() => setError(500)}>fail</button>
          <ErrorPanel error={error} />
        </>
      );
    }
    render(<Page />);
    const region = screen.getByRole('alert');
    expect(region).toBeEmptyDOMElement();
    fireEvent.click(screen.getByRole('button', { name: 'fail' }));
    expect(screen.getByRole('alert')).toBe(region);
    await flushAnnouncement();
    expect(region).toHaveTextContent('The service had an internal error');
  });

  it('politeness can be overridden', () => {
    render(<ErrorPanel error={503} politeness="polite" />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('never steals focus unless autoFocus', () => {
    const { rerender } = render(<><input aria-label="name" autoFocus /><ErrorPanel error={503} /></>);
    expect(screen.getByLabelText('name')).toHaveFocus();
    rerender(<><input aria-label="name" /><ErrorPanel error={502} autoFocus /></>);
    expect(screen.getByRole('heading')).toHaveFocus();
  });

  it('is usable by keyboard alone: retry, details, copy and dismiss', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn(() => Promise.reject(toElbError(503)));
    const onDismiss = vi.fn();
    render(<ErrorPanel error={{ status: 503, body: { request_id: 'req-1' } }} onRetry={onRetry} onDismiss={onDismiss} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Retry' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledTimes(1);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy details' })).toHaveFocus();
    await user.tab();
    expect(screen.getByText('Details')).toHaveFocus(); // opening it by key is checked in Chromium
    await user.tab();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});

describe('ErrorPanel copy', () => {
  it('copies a plain-text summary without tokens', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const error = toElbError(
      { status: 500, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.', request_id: 'req-77' } },
      { method: 'GET', url: '/v3/lbs?X-Auth-Token=SECRET', headers: { 'X-Auth-Token': 'SECRET' } },
    );
    render(<ErrorPanel error={error} />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('Request ID: req-77');
    expect(text).toContain('Error code: ELB.8906');
    expect(text).toContain('URL: /v3/lbs?X-Auth-Token=[redacted]');
    expect(text).not.toContain('SECRET');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });
});

describe('ErrorPanel locales', () => {
  it.each([
    ['en', 'The service is temporarily unavailable', 'Retry', 'Copy details', 'Details'],
    ['de', 'Der Dienst ist vorübergehend nicht verfügbar', 'Erneut versuchen', 'Details kopieren', 'Details'],
    ['zh-CN', '服务暂时不可用', '重试', '复制详情', '详情'],
  ])('%s', (locale, title, retry, copy, details) => {
    render(
      <ElbUiProvider locale={locale} messages={{ de, 'zh-CN': zhCN }}>
        <ErrorPanel error={503} onRetry={() => undefined} onDismiss={() => undefined} />
      </ElbUiProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent(title);
    expect(screen.getByRole('button', { name: retry })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: copy })).toBeInTheDocument();
    expect(screen.getByText(details)).toBeInTheDocument();
  });

  it('uses message overrides and falls back to English, never to a key', () => {
    render(
      <ElbUiProvider locale="de" messages={{ de: { ...de, 'ui.retry': 'Nochmal' } }}>
        <ErrorPanel error={503} onRetry={() => undefined} />
      </ElbUiProvider>,
    );
    expect(screen.getByRole('button', { name: 'Nochmal' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/ui\.|title\.|explain\./);
  });
});

describe('ErrorPanel in StrictMode', () => {
  it('runs one request per retry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn(() => Promise.reject(toElbError(503)));
    render(
      <StrictMode>
        <ErrorPanel error={503} onRetry={onRetry} />
      </StrictMode>,
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Attempt 1 of 3', { exact: false }).catch(() => null)).toBeNull();
  });
});
