// The benchmark page: built by Vite in production mode and driven by bench/run.mjs in Chromium.
import * as Tooltip from '@radix-ui/react-tooltip';
import { Fragment, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createTranslator, ErrorPanel, getStatusInfo, LoadBalancerStatusTree, resolveResourceStatus, ResourceStatusBadge, StatusBadge, toElbError } from '../src/index.js';
import '../src/styles.css';
import { PreviousBadge } from './previous-badge.js';

type Kind = 'span' | 'badge' | 'radix' | 'lite' | 'shell' | 'themed' | 'previous' | 'rspan' | 'resource';
const STATUSES = [200, 201, 204, 400, 401, 403, 404, 409, 500, 502, 503, 504, 418, 599];

// Layouts (the page's hash): "rows" puts every item in a row of its own, as a table column does;
// "flow" puts all of them in one paragraph, where plain spans are at their cheapest (one run of text);
// "table" puts each in the second cell of a row of a real <table> (auto layout), after a name cell.
const LAYOUT = location.hash.slice(1);
const item = (i: number, el: ReactElement) =>
  LAYOUT === 'rows' ? (
    <div key={i}>{el}</div>
  ) : LAYOUT === 'table' ? (
    <tr key={i}>
      <td>{`member-${i}`}</td>
      <td>{el}</td>
    </tr>
  ) : (
    // A space after each item, as between the words of any paragraph: without it, adjacent badges (nowrap,
    // and a letter then a digit at every boundary) have no place to wrap and make one line 128,000 px long,
    // while the spans wrap into 98 lines, so the two kinds would not be laid out alike.
    <Fragment key={i}>
      {el}{' '}
    </Fragment>
  );
const frame = (list: ReactElement) =>
  LAYOUT === 'table' ? (
    <table>
      <tbody>{list}</tbody>
    </table>
  ) : (
    list
  );

function statusesFor(n: number, shift: number): number[] {
  return Array.from({ length: n }, (_, i) => STATUSES[(i + shift) % STATUSES.length]!);
}

// The floor: a span with the same text a badge shows.
function Spans({ statuses }: { statuses: number[] }) {
  return (
    <>
      {statuses.map((s, i) => {
        const info = getStatusInfo(s);
        return item(i, <span key={i}>{`${info.status} ${info.reason}`}</span>);
      })}
    </>
  );
}

function Badges({ statuses }: { statuses: number[] }) {
  return <>{statuses.map((s, i) => item(i, <StatusBadge key={i} status={s} />))}</>;
}

// BENCH_KINDS=span,badge,themed: badges whose icons follow the theme (class elb-theme-icons around them).
function ThemedBadges({ statuses }: { statuses: number[] }) {
  return <div className="elb-theme-icons">{statuses.map((s, i) => item(i, <StatusBadge key={i} status={s} />))}</div>;
}

// Diagnostic (BENCH_KINDS=span,previous,badge): the badge before its rewrite in plain React (previous-badge.tsx).
function PreviousBadges({ statuses }: { statuses: number[] }) {
  return <>{statuses.map((s, i) => item(i, <PreviousBadge key={i} status={s} />))}</>;
}

// What a naive badge does: one Radix tooltip per badge.
function RadixSpans({ statuses }: { statuses: number[] }) {
  return (
    <Tooltip.Provider>
      {statuses.map((s, i) => {
        const info = getStatusInfo(s);
        return item(
          i,
          <Tooltip.Root key={i}>
            <Tooltip.Trigger asChild>
              <span tabIndex={0}>{`${info.status} ${info.reason}`}</span>
            </Tooltip.Trigger>
            <Tooltip.Portal>
              <Tooltip.Content>{info.descriptions.join(' ')}</Tooltip.Content>
            </Tooltip.Portal>
          </Tooltip.Root>,
        );
      })}
    </Tooltip.Provider>
  );
}

// The badge's markup with its styles, written out by hand (no StatusBadge).
function badgeMarkup(status: number, key?: number) {
  const info = getStatusInfo(status);
  return (
    <span key={key} className="elb-badge" data-severity={info.severity} tabIndex={0}>
      {`${info.status} ${info.reason}`}
    </span>
  );
}

// Diagnostic (BENCH_KINDS=span,badge,lite): the badge's markup and styles without its component.
function Lite({ statuses }: { statuses: number[] }) {
  return <>{statuses.map((s, i) => item(i, badgeMarkup(s, i)))}</>;
}

// Diagnostic (BENCH_KINDS=span,badge,shell): the same markup from a component with no hooks, the
// floor for any badge component (one more fiber per item than Lite).
function Shell({ status }: { status: number }) {
  return badgeMarkup(status);
}
function Shells({ statuses }: { statuses: number[] }) {
  return <>{statuses.map((s, i) => item(i, <Shell key={i} status={s} />))}</>;
}

// ResourceStatusBadge: a resource's two status fields, one, both, transitional, failing; the floor is a
// plain span with the same text.
const RESOURCE_STATES: ReadonlyArray<{ p?: string; o?: string; r: 'loadbalancer' | 'member' | 'listener' }> = [
  { p: 'ACTIVE', o: 'ONLINE', r: 'loadbalancer' },
  { p: 'PENDING_UPDATE', o: 'ONLINE', r: 'loadbalancer' },
  { o: 'OFFLINE', r: 'member' },
  { o: 'NO_MONITOR', r: 'member' },
  { p: 'ACTIVE', o: 'DEGRADED', r: 'listener' },
  { o: 'FROZEN', r: 'loadbalancer' },
  { p: 'PENDING_DELETE', r: 'loadbalancer' },
  { o: 'DISABLED', r: 'member' },
  { p: 'ERROR', o: 'ONLINE', r: 'listener' },
  { o: 'INITIAL', r: 'member' },
  { o: 'ONLINE', r: 'member' },
  { p: 'PENDING_CREATE', o: 'OFFLINE', r: 'member' },
  { o: 'SOMETHING_NEW', r: 'member' },
  { p: 'ACTIVE', r: 'listener' },
];
const enT = createTranslator('en');
function resourceText(i: number): string {
  const s = RESOURCE_STATES[i % RESOURCE_STATES.length]!;
  const p = s.p ? resolveResourceStatus(s.p, 'provisioning', { resource: s.r }) : null;
  const o = s.o ? resolveResourceStatus(s.o, 'operating', { resource: s.r }) : null;
  const label = (x: typeof p) => (x?.labelKey ? enT(x.labelKey) : (x?.info.value ?? ''));
  if (p && o) return p.info.value === 'ACTIVE' ? label(o) : `${label(o)} · ${p.shortKey ? enT(p.shortKey) : p.info.value}`;
  return label(p ?? o);
}
function ResourceSpans({ statuses }: { statuses: number[] }) {
  // statuses only carries the shift: item i shows state (i + shift).
  return <>{statuses.map((shift, i) => item(i, <span key={i}>{resourceText(i + shift)}</span>))}</>;
}
function ResourceBadges({ statuses }: { statuses: number[] }) {
  return (
    <>
      {statuses.map((shift, i) => {
        const s = RESOURCE_STATES[(i + shift) % RESOURCE_STATES.length]!;
        return item(i, <ResourceStatusBadge key={i} provisioning={s.p} operating={s.o} resource={s.r} />);
      })}
    </>
  );
}

const LISTS = { span: Spans, badge: Badges, radix: RadixSpans, lite: Lite, shell: Shells, themed: ThemedBadges, previous: PreviousBadges, rspan: ResourceSpans, resource: ResourceBadges } as const;
const RESOURCE_KINDS = new Set<Kind>(['rspan', 'resource']);
const listFor = (kind: Kind, n: number, shift: number) => (RESOURCE_KINDS.has(kind) ? Array.from({ length: n }, () => shift) : statusesFor(n, shift));

/** The body of a status tree: one listener, one pool, n members, every 50th offline. */
function statusTree(n: number) {
  const members = Array.from({ length: n }, (_, i) => ({
    id: `m-${i}`,
    address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    protocol_port: 8080,
    provisioning_status: 'ACTIVE',
    operating_status: i % 50 === 7 ? 'OFFLINE' : 'ONLINE',
  }));
  return {
    statuses: {
      loadbalancer: {
        id: 'lb-1', name: 'web', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED',
        listeners: [{ id: 'ls-1', name: 'https', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED',
          pools: [{ id: 'p-1', name: 'app', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED', healthmonitor: { id: 'hm', type: 'HTTP', provisioning_status: 'ACTIVE' }, members }] }],
      },
    },
  };
}
let root: Root | null = null;
const container = document.getElementById('root')!;

/** Cumulative milliseconds from the start of the work: React done, style and layout done, frame painted. */
export interface Timing {
  js: number;
  layout: number;
  frame: number;
}

/**
 * Runs the work at the start of an animation frame (so no time goes to waiting for vsync) and
 * reads three points: after React (flushSync), after a forced style and layout, and in the first
 * task after that frame's rendering (paint and commit to the compositor).
 */
function time(work: () => void): Promise<Timing> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const t0 = performance.now();
      work();
      const js = performance.now() - t0;
      void container.offsetHeight;
      const layout = performance.now() - t0;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve({ js, layout, frame: performance.now() - t0 });
      };
      channel.port2.postMessage(0);
    });
  });
}

const api = {
  mount(kind: Kind, n: number): Promise<Timing> {
    root = createRoot(container);
    const List = LISTS[kind];
    return time(() => flushSync(() => root!.render(frame(<List statuses={listFor(kind, n, 0)} />))));
  },
  /** Every item changes status (and most change severity). */
  update(kind: Kind, n: number, shift = 5): Promise<Timing> {
    const List = LISTS[kind];
    return time(() => flushSync(() => root!.render(frame(<List statuses={listFor(kind, n, shift)} />))));
  },
  /** The next update of the same rows: every item changes status back. */
  again(kind: Kind, n: number): Promise<Timing> {
    return api.update(kind, n, 0);
  },
  async unmount(): Promise<Timing> {
    const ms = await time(() => root!.unmount());
    root = null;
    return ms;
  },
  async panel(): Promise<Timing> {
    root = createRoot(container);
    const error = toElbError({ status: 503, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.', request_id: 'r-1' } }, { method: 'GET', url: '/v3/lbs' });
    const ms = await time(() => flushSync(() => root!.render(<ErrorPanel error={error} onRetry={() => undefined} />)));
    root.unmount();
    root = null;
    return ms;
  },
  /** Mounts a LoadBalancerStatusTree of n members (a fresh body, parsed inside the timed work) and unmounts it. */
  async tree(n: number, pageSize = 100): Promise<Timing> {
    root = createRoot(container);
    const body = JSON.stringify(statusTree(n));
    const ms = await time(() => flushSync(() => root!.render(<LoadBalancerStatusTree statuses={JSON.parse(body)} pageSize={pageSize} />)));
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
