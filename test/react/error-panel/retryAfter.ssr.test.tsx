// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { ErrorPanel, toElbError } from 'elb-status-ui';

/** A 503 whose Retry-After (25 h) is longer than automatic retry waits. */
const longWait = () => toElbError({ status: 503, headers: { 'retry-after': '90000' } }, { method: 'GET', url: '/v3/p/elb/listeners' });

describe('a Retry-After on the server (no DOM)', () => {
  it('gives the hint the mounted panel gives: the server asked to wait until a time', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(<ErrorPanel error={longWait()} onRetry={() => undefined} autoRetry />);
    expect(html).toContain('The service asked to wait. Try again after');
  });

  it('gives no such hint without automatic retry, as the mounted panel does not', () => {
    const html = renderToString(<ErrorPanel error={longWait()} onRetry={() => undefined} />);
    expect(html).not.toContain('The service asked to wait');
  });
});
