import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ElbUiProvider, ErrorPanel, StatusBadge, throwIfNotOk, useElbError } from 'elb-status-ui';
import { categoryOfCode } from 'elb-status-ui/error-codes';
import { de } from 'elb-status-ui/locales/de';
import 'elb-status-ui/styles.css';

/** The fields of a listener (GET /v3/{project_id}/elb/listeners) this table shows. */
interface Listener {
  id: string;
  name: string;
  protocol: string;
  protocol_port: number;
}

/** What one load of the table brings: the answer's status and its listeners. */
interface Page {
  status: number;
  listeners: Listener[];
}

/** The listeners of one load balancer, and a panel when loading them fails (retried automatically where safe). */
function Listeners({ projectId, lbId }: { projectId: string; lbId: string }) {
  const [page, setPage] = useState<Page | null>(null);
  const url = `/v3/${projectId}/elb/listeners?loadbalancer_id=${encodeURIComponent(lbId)}`;
  const load = useCallback(
    async (signal: AbortSignal): Promise<Page> => {
      // Any answer that is not ok becomes a thrown ElbError (its body read, bounded).
      const res = await throwIfNotOk(await fetch(url, { signal }), { method: 'GET', url });
      return { status: res.status, listeners: ((await res.json()) as { listeners: Listener[] }).listeners };
    },
    [url],
  );
  // Retry (by hand or automatically) loads again; a rejection becomes the panel's next error.
  const retry = useCallback((signal: AbortSignal) => load(signal).then(setPage), [load]);
  const elb = useElbError({ onRetry: retry, autoRetry: true, context: { method: 'GET', url } });
  const { clear, capture } = elb;
  useEffect(() => {
    const request = new AbortController();
    // A success clears what an earlier load left; the load a new lbId abandons is aborted, not an error.
    load(request.signal).then(
      (next) => {
        setPage(next);
        clear();
      },
      (error: unknown) => request.signal.aborted || capture(error),
    );
    return () => request.abort();
  }, [load, clear, capture]);

  return (
    <section>
      <h2>Listeners {page ? <StatusBadge status={page.status} /> : null}</h2>
      <ErrorPanel {...elb} />
      <table>
        <tbody>
          {page?.listeners.map((listener) => (
            <tr key={listener.id}>
              <td>{listener.name}</td>
              <td>
                {listener.protocol}:{listener.protocol_port}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

// Once, around the app: locale and texts, the error-code catalogue for precise hints, one retry budget.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ElbUiProvider locale="de" messages={de} errorCodes={categoryOfCode}>
      <Listeners projectId="0a1b2c3d4e" lbId="7e9f0a1b" />
    </ElbUiProvider>
  </StrictMode>,
);
