// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { ElbUiProvider, ErrorPanel, StatusBadge, toElbError } from 'elb-status-ui';
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
});
