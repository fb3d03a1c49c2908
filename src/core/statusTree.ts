import { skipLeadingSpace } from './leadingSpace.js';
import type { ElbApi, ElbResourceType } from './resourceStatus.js';
import { INVISIBLE } from './invisible.js';
import { cleanText } from './text.js';

/** One object of a load balancer's status tree, whatever API sent it. */
export interface StatusTreeNode {
  type: ElbResourceType;
  /**
   * Unique within the tree, and the same for the same object from one response to the next: the path of
   * types and ids from the load balancer (`lb/listener:ls-1/pool:p-1/member:m-7`). Where an id is missing
   * or repeated among its siblings (a server may send either), the object's place stands in (`member#3`).
   */
  key: string;
  id: string;
  /** The object's name; `''` when it has none (ELB members never do). */
  name: string;
  provisioning: string | null;
  operating: string | null;
  /** Members: `address` and `protocol_port`. */
  address: string | null;
  port: number | null;
  /** Monitor `type`, L7 policy `action` or rule `type`. */
  detail: string | null;
  children: readonly StatusTreeNode[];
  /** Root only: `'octavia-v2'` when the shape is Octavia's own (`health_monitor`, named members), else `null`. */
  api?: ElbApi | null;
}

/** Nodes beyond this are dropped (a load balancer has a few thousand objects at most). */
export const MAX_STATUS_TREE_NODES = 20000;
const MAX_TEXT = 200;
const RESERVE = 8;

type Obj = Record<string, unknown>;

function get(o: unknown, key: string): unknown {
  if (!o || typeof o !== 'object') return undefined;
  try {
    return (o as Obj)[key];
  } catch {
    return undefined;
  }
}

/** Half of a surrogate pair without its other half (a cut, or hostile text): not a character, and no URL can encode it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// eslint-disable-next-line no-control-regex -- control characters are skipped like white space
const LEADING_SPACE = /^[\s\u0000-\u001f]*/;

/** An id (what a node is known by): printable, bounded, never redacted (two ids must not become one). */
function id(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  // Leading padding skipped (bounded) before the cut, so that the cut keeps the text after it.
  const t = skipLeadingSpace(value, LEADING_SPACE).slice(0, MAX_TEXT * 2).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return (t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t).replace(LONE_SURROGATE, '\uFFFD');
}

/** A name, status or address: server text like any other (invisible characters removed, credentials redacted, bounded). */
function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  return (cleanText(skipLeadingSpace(value, LEADING_SPACE), MAX_TEXT) ?? '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Entries looked at in all (also those skipped): a sparse or array-like value of any length is read in bounded time. */
const MAX_VISITS = MAX_STATUS_TREE_NODES * 4;

function list(value: unknown): readonly unknown[] {
  try {
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

function isObject(value: unknown): value is Obj {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

class Reader {
  count = 0;
  visits = 0;
  octavia = false;

  node(type: ElbResourceType, o: Obj, key: string, children: StatusTreeNode[]): StatusTreeNode {
    this.count += 1;
    const port = get(o, 'protocol_port');
    return {
      type,
      key,
      id: id(get(o, 'id')) ?? '',
      name: text(get(o, 'name')) ?? '',
      provisioning: text(get(o, 'provisioning_status')),
      operating: text(get(o, 'operating_status')),
      address: text(get(o, 'address')),
      port: typeof port === 'number' && Number.isFinite(port) ? port : typeof port === 'string' && /^\d{1,5}$/.test(port) ? +port : null,
      detail: text(get(o, type === 'l7policy' ? 'action' : 'type')),
      children,
    };
  }

  /**
   * Maps an array of objects of one type under `parent`, stopping at the node limit; `fn` gets each
   * object's key (its type and id, else its type and place).
   */
  each(value: unknown, parent: string, type: ElbResourceType, fn: (o: Obj, key: string) => StatusTreeNode | null): StatusTreeNode[] {
    const out: StatusTreeNode[] = [];
    const items = list(value);
    const n = items.length;
    const taken = new Set<string>();
    // Parents are counted after their children: keep room for the few above.
    for (let i = 0; i < n && this.count < MAX_STATUS_TREE_NODES - RESERVE && this.visits < MAX_VISITS; i++) {
      this.visits += 1;
      try {
        const item = items[i];
        if (!isObject(item)) continue;
        const itemId = id(get(item, 'id'));
        // encodeURIComponent: no white space, so a key can be part of an id list (aria-describedby)
        let segment = itemId ? `${type}:${encodeURIComponent(itemId)}` : '';
        if (!segment || taken.has(segment)) segment = `${type}#${i}`;
        taken.add(segment);
        const node = fn(item, `${parent}/${segment}`);
        if (node) out.push(node);
      } catch {
        // One hostile entry (a throwing getter) is skipped; the rest of the tree still reads.
      }
    }
    return out;
  }

  pool(o: Obj, key: string): StatusTreeNode {
    const children: StatusTreeNode[] = [];
    // The code's key is health_monitor (present only with a monitor); the api-ref's and ELB's is
    // healthmonitor ({} when there is none).
    let monitor = get(o, 'healthmonitor');
    const octaviaMonitor = get(o, 'health_monitor');
    if (isObject(octaviaMonitor)) {
      this.octavia = true;
      monitor = octaviaMonitor;
    }
    try {
      if (isObject(monitor) && Object.keys(monitor).length > 0) children.push(this.node('healthmonitor', monitor, `${key}/healthmonitor`, []));
    } catch {
      /* an unreadable monitor is left out */
    }
    children.push(
      ...this.each(get(o, 'members'), key, 'member', (m, memberKey) => {
        if (typeof get(m, 'name') === 'string') this.octavia = true;
        return this.node('member', m, memberKey, []);
      }),
    );
    return this.node('pool', o, key, children);
  }

  listener(o: Obj, key: string, seenPools: Set<string>): StatusTreeNode {
    const pools = this.each(get(o, 'pools'), key, 'pool', (p, poolKey) => {
      const node = this.pool(p, poolKey);
      if (node.id) seenPools.add(node.id);
      return node;
    });
    const policies = this.each(get(o, 'l7policies'), key, 'l7policy', (p, policyKey) =>
      this.node('l7policy', p, policyKey, this.each(get(p, 'rules'), policyKey, 'l7rule', (r, ruleKey) => this.node('l7rule', r, ruleKey, []))),
    );
    return this.node('listener', o, key, [...pools, ...policies]);
  }
}

function rootOf(body: unknown): Obj | null {
  const statuses = get(body, 'statuses');
  const fromStatuses = get(statuses, 'loadbalancer');
  if (isObject(fromStatuses)) return fromStatuses;
  const lb = get(body, 'loadbalancer');
  if (isObject(lb)) return lb;
  if (isObject(body) && (Array.isArray(get(body, 'listeners')) || Array.isArray(get(body, 'pools')))) return body;
  return null;
}

/**
 * Reads the body of a load balancer's status tree: ELB v3 and v2 (`GET …/loadbalancers/{id}/statuses`)
 * and Octavia (`GET /v2/lbaas/loadbalancers/{id}/status`), in the shape the code builds and the one
 * the api-ref shows. Pools listed both under a listener and at the load balancer appear once (under
 * the listener); pools bound to no listener hang under the load balancer. Never throws: `null` when
 * the body has no load balancer.
 */
export function readStatusTree(body: unknown): StatusTreeNode | null {
  try {
    const lb = rootOf(body);
    if (!lb) return null;
    const reader = new Reader();
    const seenPools = new Set<string>();
    const listeners = reader.each(get(lb, 'listeners'), 'lb', 'listener', (l, key) => reader.listener(l, key, seenPools));
    const unbound = reader.each(get(lb, 'pools'), 'lb', 'pool', (p, key) => {
      const poolId = id(get(p, 'id'));
      return poolId && seenPools.has(poolId) ? null : reader.pool(p, key);
    });
    const root = reader.node('loadbalancer', lb, 'lb', [...listeners, ...unbound]);
    root.api = reader.octavia ? 'octavia-v2' : null;
    return root;
  } catch {
    return null;
  }
}
