import { act, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { ElbUiProvider, ErrorPanel, preloadStatusBadgeTooltip, StatusBadge, toElbError } from 'elb-status-ui';
import { categoryOfCode } from 'elb-status-ui/error-codes';
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';

const notFound = () => toElbError({ status: 400, body: { error_code: 'ELB.1003', error_msg: 'Lb not exist.' } }); // made without the catalogue

describe('the panel hint uses the provider catalogue, however the error was made', () => {
  it('ELB.1003 on a 400 made without the catalogue shows the "not found" hint under a provider that has it', () => {
    render(
      <ElbUiProvider errorCodes={categoryOfCode}>
        <ErrorPanel error={notFound()} />
      </ElbUiProvider>,
    );
    const panel = screen.getByRole('region');
    expect(panel).toHaveTextContent('Refresh the list');
    expect(panel).not.toHaveTextContent('Check the values you entered');
    expect(panel).toHaveAttribute('data-category', 'not-found');
  });
});

describe('the panel hint agrees with the retry plan', () => {
  it('no "in a moment" while the countdown for the server Retry-After runs', async () => {
    vi.useFakeTimers();
    try {
      render(<ErrorPanel error={{ status: 503, headers: { 'retry-after': '30' } }} onRetry={() => Promise.resolve()} autoRetry context={{ method: 'GET' }} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1000);
      });
      const panel = screen.getByRole('region');
      expect(panel).toHaveTextContent(/Retrying automatically in \d+ s/);
      expect(panel).not.toHaveTextContent(/in a moment/i);
      expect(panel).toHaveTextContent('The console retries automatically.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('no "try again" for a failure that is not retryable', () => {
    render(<ErrorPanel error={505} onRetry={() => undefined} />);
    const panel = screen.getByRole('region');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(panel).not.toHaveTextContent(/try again/i);
    expect(panel).toHaveTextContent('contact support with the request ID');
  });

  it('a retryable failure without a countdown keeps the plain hint', () => {
    render(<ErrorPanel error={503} onRetry={() => undefined} />);
    expect(screen.getByRole('region')).toHaveTextContent('Try again in a moment.');
  });
});

describe('status descriptions and quotes in the reader language', () => {
  beforeAll(() => preloadStatusBadgeTooltip());

  it.each([
    ['de', 'Bedeutung dieses Status', 'Die Anfrage konnte nicht abgeschlossen werden, weil das System vorübergehend gestört ist.', '"„" "“"'],
    ['zh-CN', '状态', '系统暂时异常，请求未能完成。', '"“" "”"'],
  ])('%s: the panel explains the status in the locale and quotes the server in its marks', (locale, heading, description, quotes) => {
    const error = toElbError({ status: 503, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.' } });
    render(
      <ElbUiProvider locale={locale} messages={{ de, 'zh-CN': zhCN }}>
        <ErrorPanel error={error} defaultExpanded />
      </ElbUiProvider>,
    );
    const panel = screen.getByRole('region');
    expect(panel).toHaveTextContent(heading);
    expect(panel).toHaveTextContent(description);
    expect(panel).not.toHaveTextContent('Failed to complete the request because the system is temporarily abnormal.');
    // The English verbatim line stays on the error.
    expect(error.descriptions).toEqual(['Failed to complete the request because the system is temporarily abnormal.']);
    const quote = within(panel).getByText('Internal server error.');
    expect(quote.tagName).toBe('Q');
    expect(quote.getAttribute('style')).toContain(`quotes: ${quotes}`);
  });

  it('German quotation marks are in the server-rendered HTML too', () => {
    const html = renderToString(
      <ElbUiProvider locale="de" messages={de}>
        <ErrorPanel error={{ status: 409, body: { error_msg: 'Listener already exists.' } }} />
      </ElbUiProvider>,
    );
    expect(html).toMatch(/quotes:&quot;„&quot; &quot;“&quot;/);
  });

  it('the badge tooltip shows the translated descriptions', async () => {
    render(
      <ElbUiProvider locale="de" messages={de} tooltipDelay={0}>
        <StatusBadge status={404} />
      </ElbUiProvider>,
    );
    act(() => screen.getByText('404 Not Found').focus());
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Kein verfügbarer Anfrage-URI.');
    expect(tip).toHaveTextContent('Keine verfügbaren angeforderten Ressourcen.');
    expect(tip).not.toHaveTextContent('No available request URI.');
  });
});
