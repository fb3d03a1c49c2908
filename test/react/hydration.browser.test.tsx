import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { act } from 'react';
import { ElbUiProvider, ErrorPanel, StatusBadge, toElbError } from 'elb-status-ui';
import { de } from 'elb-status-ui/locales/de';

function App() {
  return (
    <ElbUiProvider locale="de" messages={de}>
      <table>
        <tbody>
          {[200, 404, 409, 503, 599].map((s) => (
            <tr key={s}>
              <td>
                <StatusBadge status={s} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorPanel
        error={toElbError({ status: 503, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.', request_id: 'r-1' } }, { method: 'GET', url: '/v3/lbs' })}
        onRetry={() => undefined}
        onDismiss={() => undefined}
      />
    </ElbUiProvider>
  );
}

describe('hydration in Chromium', () => {
  it('hydrates the server HTML without mismatches or console errors', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<App />);
    document.body.appendChild(container);
    const serverText = container.textContent;
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <App />, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    // Same content, now interactive (the live region fills in after hydration).
    expect(container.textContent).toContain('Der Dienst ist vorübergehend nicht verfügbar');
    expect(serverText).toContain('503 Service Unavailable');
    expect(container.querySelector('.elb-panel')).not.toBeNull();
    await act(async () => root!.unmount());
    container.remove();
  });
});
