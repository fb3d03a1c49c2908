// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { BannerStore, ElbBannerProvider, ElbErrorFallback, ElbUiProvider, ErrorBanners, ErrorPanel, StatusBadge, toElbError, useElbError } from 'elb-status-ui';
import { de } from 'elb-status-ui/locales/de';

describe('server rendering (no DOM)', () => {
  it('has no DOM here', () => {
    expect(typeof document).toBe('undefined');
  });

  it('renders a badge and a panel to HTML', () => {
    const html = renderToString(
      <ElbUiProvider locale="de" messages={de}>
        <StatusBadge status={503} />
        <ErrorPanel error={toElbError({ status: 409, body: { faultstring: 'Load Balancer 1 is immutable and cannot be updated.' } })} onRetry={() => undefined} />
      </ElbUiProvider>,
    );
    expect(html).toContain('503 Service Unavailable');
    expect(html).toContain('data-severity="warning"');
    expect(html).toContain('Die Ressource ist belegt');
    expect(html).toContain('Erneut versuchen');
    expect(html).toContain('role="status" aria-live="polite"');
  });

  it('escapes server text', () => {
    const html = renderToString(<ErrorPanel error={{ status: 400, body: { error_msg: '<script>alert(1)</script>' } }} />);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('renders the banner stack, the error-boundary fallback and a hook-driven panel', async () => {
    const store = new BannerStore();
    store.report(503, { context: { method: 'GET', url: '/v3/p/elb/pools' } });
    store.report(503, { context: { method: 'GET', url: '/v3/p/elb/members' } });
    await Promise.resolve(); // reports are delivered together, a microtask later
    function HookPanel() {
      const elb = useElbError({ error: toElbError(502), onRetry: () => undefined });
      return <ErrorPanel {...elb} />;
    }
    const html = renderToString(
      <ElbUiProvider>
        <ElbBannerProvider store={store}>
          <ErrorBanners />
        </ElbBannerProvider>
        <ElbErrorFallback error={toElbError(504)} resetErrorBoundary={() => undefined} />
        <HookPanel />
      </ElbUiProvider>,
    );
    expect(html).toContain('2 requests failed: The service is temporarily unavailable');
    expect(html).toContain('GET /v3/p/elb/members');
    expect(html).toContain('The service did not answer in time');
    expect(html).toContain('The service could not be reached');
  });
});
