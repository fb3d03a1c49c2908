// The benchmark page: built by Vite in production mode and driven by bench/run.mjs in Chromium.
import * as Tooltip from '@radix-ui/react-tooltip';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ErrorPanel, getStatusInfo, StatusBadge, toElbError } from '../src/index.js';
import '../src/styles.css';

type Kind = 'span' | 'badge' | 'radix' | 'lite';
const STATUSES = [200, 201, 204, 400, 401, 403, 404, 409, 500, 502, 503, 504, 418, 599];

function statusesFor(n: number, shift: number): number[] {
  return Array.from({ length: n }, (_, i) => STATUSES[(i + shift) % STATUSES.length]!);
}

// The floor: a span with the same text a badge shows.
function Spans({ statuses }: { statuses: number[] }) {
  return (
    <>
      {statuses.map((s, i) => {
        const info = getStatusInfo(s);
        return <span key={i}>{`${info.status} ${info.reason}`}</span>;
      })}
    </>
  );
}

function Badges({ statuses }: { statuses: number[] }) {
  return (
    <>
      {statuses.map((s, i) => (
        <StatusBadge key={i} status={s} />
      ))}
    </>
  );
}

// What a naive badge does: one Radix tooltip per badge.
function RadixSpans({ statuses }: { statuses: number[] }) {
  return (
    <Tooltip.Provider>
      {statuses.map((s, i) => {
        const info = getStatusInfo(s);
        return (
          <Tooltip.Root key={i}>
            <Tooltip.Trigger asChild>
              <span tabIndex={0}>{`${info.status} ${info.reason}`}</span>
            </Tooltip.Trigger>
            <Tooltip.Portal>
              <Tooltip.Content>{info.descriptions.join(' ')}</Tooltip.Content>
            </Tooltip.Portal>
          </Tooltip.Root>
        );
      })}
    </Tooltip.Provider>
  );
}

// Diagnostic: the badge's markup and classes without its hooks and handlers (BENCH_KINDS=span,badge,lite).
function Lite({ statuses }: { statuses: number[] }) {
  return (
    <>
      {statuses.map((s, i) => {
        const info = getStatusInfo(s);
        return <span key={i} className="elb-badge" data-severity={info.severity} data-documented="true" tabIndex={0}>{`${info.status} ${info.reason}`}</span>;
      })}
    </>
  );
}
const LISTS = { span: Spans, badge: Badges, radix: RadixSpans, lite: Lite } as const;
let root: Root | null = null;
const container = document.getElementById('root')!;

function time(work: () => void): number {
  const t0 = performance.now();
  work();
  if (!location.hash.includes("nolayout")) void container.offsetHeight; // include style and layout
  return performance.now() - t0;
}

const api = {
  mount(kind: Kind, n: number): number {
    root = createRoot(container);
    const List = LISTS[kind];
    return time(() => flushSync(() => root!.render(<List statuses={statusesFor(n, 0)} />)));
  },
  update(kind: Kind, n: number): number {
    const List = LISTS[kind];
    return time(() => flushSync(() => root!.render(<List statuses={statusesFor(n, 5)} />)));
  },
  unmount(): number {
    const ms = time(() => root!.unmount());
    root = null;
    return ms;
  },
  panel(): number {
    root = createRoot(container);
    const error = toElbError({ status: 503, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.', request_id: 'r-1' } }, { method: 'GET', url: '/v3/lbs' });
    const ms = time(() => flushSync(() => root!.render(<ErrorPanel error={error} onRetry={() => undefined} />)));
    root.unmount();
    root = null;
    return ms;
  },
  heap(): number {
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  },
};
(window as unknown as { bench: typeof api }).bench = api;
document.title = 'ready';
