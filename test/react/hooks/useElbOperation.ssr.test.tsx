// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { ElbUiProvider, useElbOperation, waitForElbResource } from 'elb-status-ui';

function Status() {
  const op = useElbOperation();
  return <p data-state={op.state}>{op.progress ? 'busy' : 'ready'}</p>;
}

describe('long-running operations without a DOM', () => {
  it('renders useElbOperation on the server as idle', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <ElbUiProvider>
        <Status />
      </ElbUiProvider>,
    );
    expect(html).toContain('data-state="idle"');
    expect(html).toContain('ready');
  });

  it('waits for a resource in Node (no page visibility to pause on)', async () => {
    vi.useFakeTimers();
    try {
      const statuses = ['PENDING_UPDATE', 'ACTIVE'];
      const wait = waitForElbResource(() => Promise.resolve({ pool: { provisioning_status: statuses.shift() ?? 'ACTIVE' } }));
      await vi.advanceTimersByTimeAsync(2000);
      await expect(wait).resolves.toMatchObject({ status: 'ACTIVE', polls: 2 });
    } finally {
      vi.useRealTimers();
    }
  });
});
