// A small ELB console built only on the library's public API: tables that load with fetch, show the
// last response as a StatusBadge and report failures to the page's banners (grouped, retried by the
// policy, taken back when a later load succeeds), and a detail panel whose rename shows its own
// failure in an ErrorPanel driven by useElbError.
import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { ElbBannerProvider, ErrorBanners, ErrorPanel, StatusBadge, throwIfNotOk, useElbBanners, useElbError } from '../../src/index.js';
import { API, FAULTS, type FakeElb, type Fault, type Listener, type LoadBalancer, type Member } from './fakeElb.js';

export interface ElbConsoleProps {
  backend: FakeElb;
  /** Fault injected when this changes (the Controls panel); 'none' recovers. */
  fault?: Fault;
  /** Inject the next fault every `scheduleSeconds`, in turn. */
  schedule?: boolean;
  scheduleSeconds?: number;
  /** Reload every list this often; 0 for never (the Refresh button still works). */
  pollSeconds?: number;
}

const SCHEDULE: Array<Exclude<Fault, 'none'>> = ['503-burst', '429-throttle', 'network-down', '409-lock', '403-forbidden'];

/** Loads one list, reports a failure to the page's banners under `key`, and takes the report back when a load succeeds. */
function useList<T>(key: string, url: string, field: string, refresh: number) {
  const { report, remove } = useElbBanners();
  const [rows, setRows] = useState<T[] | null>(null);
  const [status, setStatus] = useState<number | null>(null);
  const load = useCallback(
    async (signal?: AbortSignal) => {
      let res: Response;
      try {
        res = await fetch(url, { signal });
      } catch (error) {
        if (!signal?.aborted) setStatus(null);
        throw error;
      }
      setStatus(res.status);
      await throwIfNotOk(res, { method: 'GET', url });
      const body = (await res.json()) as Record<string, unknown>;
      const list = body[field];
      setRows(Array.isArray(list) ? (list as T[]) : []);
    },
    [url, field],
  );
  useEffect(() => {
    const abort = new AbortController();
    // Loading on mount and on every refresh is what a console does; the state changes after the response.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    load(abort.signal).then(
      () => remove(key),
      (error: unknown) => {
        if (!abort.signal.aborted) report(error, { context: { method: 'GET', url }, retry: load, id: key });
      },
    );
    return () => abort.abort();
  }, [key, url, load, report, remove, refresh]);
  // A list that goes away takes its failure with it.
  useEffect(() => () => remove(key), [key, remove]);
  return { rows, status };
}

function Caption({ children, status }: { children: ReactNode; status: number | null }) {
  return (
    <caption className="sb-console__caption">
      {children} <span className="sb-console__muted">last response</span>{' '}
      {status ? <StatusBadge status={status} /> : <span className="sb-console__muted">none</span>}
    </caption>
  );
}

function LoadBalancerTable({ rows, status, selected, onSelect }: { rows: LoadBalancer[] | null; status: number | null; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <table className="sb-table">
      <Caption status={status}>Load balancers</Caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">ID</th>
          <th scope="col">Private IP</th>
          <th scope="col">Provisioning</th>
          <th scope="col">Operating</th>
        </tr>
      </thead>
      <tbody>
        {(rows ?? []).map((lb) => (
          <tr key={lb.id}>
            <td>
              <button type="button" className="sb-button" aria-pressed={lb.id === selected} onClick={() => onSelect(lb.id)}>
                {lb.name}
              </button>
            </td>
            <td>{lb.id}</td>
            <td>{lb.vip_address}</td>
            <td>{lb.provisioning_status}</td>
            <td>{lb.operating_status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ListenerTable({ lb, refresh }: { lb: LoadBalancer; refresh: number }) {
  const { rows, status } = useList<Listener>(`listeners:${lb.id}`, `${API}/listeners?loadbalancer_id=${lb.id}`, 'listeners', refresh);
  return (
    <table className="sb-table">
      <Caption status={status}>Listeners</Caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Protocol</th>
          <th scope="col">Port</th>
        </tr>
      </thead>
      <tbody>
        {(rows ?? []).map((l) => (
          <tr key={l.id}>
            <td>{l.name}</td>
            <td>{l.protocol}</td>
            <td>{l.protocol_port}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MemberTable({ lb, refresh }: { lb: LoadBalancer; refresh: number }) {
  const { rows, status } = useList<Member>(`members:${lb.pool_id}`, `${API}/pools/${lb.pool_id}/members`, 'members', refresh);
  return (
    <table className="sb-table">
      <Caption status={status}>Members of {lb.pool_id}</Caption>
      <thead>
        <tr>
          <th scope="col">Address</th>
          <th scope="col">Port</th>
          <th scope="col">Health</th>
        </tr>
      </thead>
      <tbody>
        {(rows ?? []).map((m) => (
          <tr key={m.id}>
            <td>{m.address}</td>
            <td>{m.protocol_port}</td>
            <td>{m.operating_status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Renames the load balancer with PUT: a 409 while it is PENDING_UPDATE is retried by itself. */
function RenameForm({ lb, onSaved }: { lb: LoadBalancer; onSaved: () => void }) {
  const url = `${API}/loadbalancers/${lb.id}`;
  const inputId = useId();
  const [name, setName] = useState(lb.name);
  const [saved, setSaved] = useState<string | null>(null);
  const send = useCallback(
    async (signal?: AbortSignal) => {
      const res = await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ loadbalancer: { name } }), signal });
      await throwIfNotOk(res, { method: 'PUT', url });
      setSaved(name);
      onSaved();
    },
    [url, name, onSaved],
  );
  const elb = useElbError({ onRetry: send, autoRetry: { lockDelayMs: 1000, baseDelayMs: 500 }, context: { method: 'PUT', url } });
  const { capture, clear } = elb;
  return (
    <div className="sb-stack">
      <form
        className="sb-console__form"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(null);
          send().then(clear, capture);
        }}
      >
        <label htmlFor={inputId}>Name</label>
        <input id={inputId} className="sb-console__input" value={name} maxLength={64} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="sb-button">
          Rename
        </button>
      </form>
      <ErrorPanel {...elb} headingLevel={4} />
      <p role="status" className="sb-console__muted">
        {saved ? `Renamed to ${saved}` : ''}
      </p>
    </div>
  );
}

function BackendControls({ backend, onRefresh }: { backend: FakeElb; onRefresh: () => void }) {
  // Faults also end with time: read the description on every change and twice a second.
  const [state, setState] = useState(() => backend.describe());
  useEffect(() => {
    const update = () => setState(backend.describe());
    const unsubscribe = backend.subscribe(update);
    const timer = setInterval(update, 500);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [backend]);
  return (
    <fieldset className="sb-console__backend">
      <legend>Simulated backend (msw)</legend>
      <div className="sb-console__buttons">
        {FAULTS.map(({ fault, label }) => (
          <button key={fault} type="button" className="sb-button" onClick={() => backend.inject(fault)}>
            {label}
          </button>
        ))}
        <button type="button" className="sb-button" onClick={() => backend.recover()}>
          Recover
        </button>
        <button type="button" className="sb-button" onClick={onRefresh}>
          Refresh lists
        </button>
      </div>
      <p className="sb-console__muted">Backend: {state}</p>
    </fieldset>
  );
}

function ConsolePage({ backend, fault = 'none', schedule = false, scheduleSeconds = 8, pollSeconds = 0 }: ElbConsoleProps) {
  const [refresh, setRefresh] = useState(0);
  const reload = useCallback(() => setRefresh((n) => n + 1), []);
  const [selected, setSelected] = useState<string | null>('lb-7d1c');
  const list = useList<LoadBalancer>('loadbalancers', `${API}/loadbalancers`, 'loadbalancers', refresh);
  const lb = list.rows?.find((l) => l.id === selected) ?? null;

  useEffect(() => {
    backend.inject(fault);
  }, [backend, fault]);
  useEffect(() => {
    if (!schedule) return;
    let next = 0;
    const timer = setInterval(() => backend.inject(SCHEDULE[next++ % SCHEDULE.length]!), Math.max(1, scheduleSeconds) * 1000);
    return () => clearInterval(timer);
  }, [backend, schedule, scheduleSeconds]);
  useEffect(() => {
    if (!(pollSeconds > 0)) return;
    const timer = setInterval(reload, Math.max(1, pollSeconds) * 1000);
    return () => clearInterval(timer);
  }, [pollSeconds, reload]);

  return (
    <div className="sb-stack sb-console">
      <header className="sb-console__header">
        <h2>Elastic Load Balance · eu-de</h2>
        <button type="button" className="sb-button" onClick={reload}>
          Refresh
        </button>
      </header>
      <ErrorBanners max={3} headingLevel={3} autoRetry />
      <LoadBalancerTable rows={list.rows} status={list.status} selected={selected} onSelect={setSelected} />
      {lb ? (
        <section className="sb-stack sb-console__detail" aria-labelledby={`detail-${lb.id}`}>
          <h3 id={`detail-${lb.id}`}>{lb.name}</h3>
          <RenameForm key={lb.id} lb={lb} onSaved={reload} />
          <ListenerTable lb={lb} refresh={refresh} />
          <MemberTable lb={lb} refresh={refresh} />
        </section>
      ) : null}
      <BackendControls backend={backend} onRefresh={reload} />
    </div>
  );
}

/** The console: one banner area for the page, inside the story's ElbUiProvider (theme and locale from the toolbar). */
export function ElbConsole(props: ElbConsoleProps) {
  return (
    <ElbBannerProvider>
      <ConsolePage {...props} />
    </ElbBannerProvider>
  );
}
