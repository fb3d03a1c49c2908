import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type HTMLAttributes, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../core/messages/en.js';
import { en } from '../../core/messages/en.js';
import { translatorOf, type Translate } from '../../core/messages/translate.js';
import { describeResourceStatus, isElbApi, resolveResourceStatus, withResourceStatusEnglish, type ElbApi } from '../../core/resourceStatus.js';
import { readStatusTree, type StatusTreeNode } from '../../core/statusTree.js';
import { ElbUiContext } from '../provider/context.js';
import { ResourceStatusBadge } from './ResourceStatusBadge.js';

export interface LoadBalancerStatusTreeProps extends Omit<HTMLAttributes<HTMLUListElement>, 'children'> {
  /** The body of `GET …/loadbalancers/{id}/statuses` (ELB v3, v2) or `…/status` (Octavia), as parsed JSON. */
  statuses: unknown;
  /** Whose vocabulary applies. @defaultValue Octavia when the tree has Octavia's shape, else the provider's `api` ('elb-v3') */
  api?: ElbApi;
  /** Children shown per node before a "Show more" item. @defaultValue 100 */
  pageSize?: number;
}

const enT = translatorOf(en);

interface Facts {
  /** The node itself needs attention (error or warning on either axis). */
  problem: boolean;
  /** The operating status needs attention (a member that is offline, in error or disabled). */
  down: boolean;
  busy: boolean;
  membersTotal: number;
  membersDown: number;
  /** Descendants other than members that need attention. */
  problemsBelow: number;
  busyBelow: number;
}

function analyse(root: StatusTreeNode, api: ElbApi): Map<string, Facts> {
  const facts = new Map<string, Facts>();
  const visit = (node: StatusTreeNode): Facts => {
    const options = { api, resource: node.type };
    const p = node.provisioning ? resolveResourceStatus(node.provisioning, 'provisioning', options).info : null;
    const o = node.operating ? resolveResourceStatus(node.operating, 'operating', options).info : null;
    const bad = (s: typeof p) => !!s && s.documented && (s.severity === 'error' || s.severity === 'warning');
    const f: Facts = { problem: bad(p) || bad(o), down: bad(o), busy: !!(p?.transitional || o?.transitional), membersTotal: 0, membersDown: 0, problemsBelow: 0, busyBelow: 0 };
    for (const child of node.children) {
      const c = visit(child);
      f.membersTotal += c.membersTotal;
      f.membersDown += c.membersDown;
      f.problemsBelow += c.problemsBelow;
      f.busyBelow += c.busyBelow + (c.busy ? 1 : 0);
      if (child.type === 'member') {
        f.membersTotal += 1;
        if (c.down) f.membersDown += 1;
        else if (c.problem) f.problemsBelow += 1;
      } else if (c.problem) f.problemsBelow += 1;
    }
    facts.set(node.key, f);
    return f;
  };
  visit(root);
  return facts;
}

/** One row in keyboard order: a node, or the "Show more" item of a node's children. */
interface Row {
  key: string;
  node: StatusTreeNode | null;
  parent: string | null;
  level: number;
  posinset: number;
  setsize: number;
  /** For a "Show more" row: how many children are not shown yet. */
  more: number;
}

const MORE = '/~more';
/**
 * The id suffix of a row's description: a "|" appears in no key (ids in keys are percent-encoded), so no
 * row's description id is another row's id ("a" + "-desc" would be the row of an id "a-desc").
 */
const DESCRIPTION = '|desc';

function displayName(node: StatusTreeNode): string {
  if (node.name) return node.name;
  if (node.address) return node.port != null ? `${node.address}:${node.port}` : node.address;
  return node.id;
}

/**
 * The status tree of one load balancer: load balancer, listeners, pools, health monitor, members
 * and forwarding policies, each with its status badge. A WAI-ARIA tree (flat, with aria-level,
 * aria-posinset and aria-setsize): one Tab stop, arrow keys,
 * Home/End, Right/Left to expand and collapse, Enter to toggle. Nodes with problems below them
 * start expanded; a collapsed node says what is wrong below it ("2 of 12 members offline"). Long
 * child lists show `pageSize` items at a time, so a load balancer with thousands of members mounts fast.
 */
export function LoadBalancerStatusTree({ statuses, api: apiProp, pageSize = 100, className, ...rest }: LoadBalancerStatusTreeProps) {
  const config = useContext(ElbUiContext);
  const t: Translate = withResourceStatusEnglish(config?.t ?? enT);
  const root = useMemo(() => readStatusTree(statuses), [statuses]);
  const api: ElbApi = isElbApi(apiProp) ? apiProp : (root?.api ?? config?.api ?? 'elb-v3');
  const facts = useMemo(() => (root ? analyse(root, api) : new Map<string, Facts>()), [root, api]);
  const page = Number.isFinite(pageSize) && pageSize >= 1 ? Math.floor(pageSize) : 100;

  // The person's own choices; everything else follows the data (problems below: expanded).
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const [shown, setShown] = useState<ReadonlyMap<string, number>>(() => new Map());
  // The row focused last, where it was and the row after it: when it goes (a refresh removed it, its
  // branch closed), the row that followed it takes over, else the row now in its place.
  const [focused, setFocused] = useState<{ key: string; at: number; next: string | null } | null>(null);
  // The keyboard asked for another row: focus follows once it is rendered.
  const moveFocus = useRef(false);
  // The tree's element that had focus, while focus is inside the tree.
  const focusedElement = useRef<HTMLElement | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const baseId = useId();

  const isExpanded = useCallback(
    (node: StatusTreeNode) => {
      const own = toggled.get(node.key);
      if (own !== undefined) return own;
      const f = facts.get(node.key);
      return node.type === 'loadbalancer' || !!f && (f.problemsBelow > 0 || f.membersDown > 0);
    },
    [toggled, facts],
  );

  // Visible rows in order: what is rendered, and what the keyboard moves through.
  const rows = useMemo(() => {
    const out: Row[] = [];
    if (!root) return out;
    const walk = (node: StatusTreeNode, parent: string | null, level: number, posinset: number, setsize: number) => {
      out.push({ key: node.key, node, parent, level, posinset, setsize, more: 0 });
      if (!node.children.length || !isExpanded(node)) return;
      const limit = shown.get(node.key) ?? page;
      const children = orderChildren(node, facts);
      const visible = Math.min(children.length, limit);
      const hidden = children.length - visible;
      const size = visible + (hidden > 0 ? 1 : 0);
      for (let i = 0; i < visible; i++) walk(children[i]!, node.key, level + 1, i + 1, size);
      if (hidden > 0) out.push({ key: `${node.key}${MORE}`, node: null, parent: node.key, level: level + 1, posinset: size, setsize: size, more: hidden });
    };
    walk(root, null, 1, 1, 1);
    return out;
  }, [root, isExpanded, shown, page, facts]);

  const index = new Map(rows.map((r, i) => [r.key, i]));
  // Rows added or removed around the focused one move it: its place and the row after it are kept up to
  // date, for the render where it goes.
  const focusedAt = focused === null ? undefined : index.get(focused.key);
  if (focused !== null && focusedAt !== undefined) {
    const next = rows[focusedAt + 1]?.key ?? null;
    if (focusedAt !== focused.at || next !== focused.next) setFocused({ key: focused.key, at: focusedAt, next });
  }
  // The focused row gone: the row that followed it, when it is still there. Its old index alone would be
  // one row too far when rows above it went in the same refresh.
  const current =
    focused === null
      ? (rows[0]?.key ?? null)
      : index.has(focused.key)
        ? focused.key
        : focused.next !== null && index.has(focused.next)
          ? focused.next
          : (rows[Math.min(focused.at, rows.length - 1)]?.key ?? null);

  // After every render, focus goes to the current row when the keyboard moved it there, or when the
  // row that had focus is gone (the page would otherwise have lost it to its body); never while focus
  // is somewhere else on the page.
  useEffect(() => {
    const asked = moveFocus.current;
    moveFocus.current = false;
    // The focused row is gone (in this render, and only this one: a later render does not look again).
    const gone = focusedElement.current !== null && !focusedElement.current.isConnected;
    if (gone) focusedElement.current = null;
    const tree = treeRef.current;
    if (!tree || current === null) return;
    const doc = tree.ownerDocument;
    const active = doc.activeElement;
    const el = doc.getElementById(`${baseId}${current}`);
    if (!el || el === active) return;
    if (asked && tree.contains(active)) el.focus();
    // Where the page lost focus with the row: to the row in its place, without scrolling the page to it.
    else if (gone && (active === null || active === doc.body)) el.focus({ preventScroll: true });
  });

  // A row (re)focused: the state changes only when the row does, so a focus does not render the tree again.
  const remember = (key: string) =>
    setFocused((now) => {
      if (now?.key === key) return now;
      const at = index.get(key) ?? 0;
      return { key, at, next: rows[at + 1]?.key ?? null };
    });
  const focusRow = (key: string | undefined) => {
    // Already there (End on the last row): nothing to move, and nothing left pending.
    if (key === undefined || key === current) return;
    moveFocus.current = true;
    remember(key);
  };
  const setExpanded = (node: StatusTreeNode, value: boolean) => setToggled((m) => new Map(m).set(node.key, value));
  const showMore = (row: Row) => {
    if (!row.parent) return;
    setShown((m) => new Map(m).set(row.parent!, (m.get(row.parent!) ?? page) + page));
    // Focus stays on the first of the newly shown children (the "more" row's place).
    const parentRow = rows.find((r) => r.key === row.parent);
    const children = parentRow?.node ? orderChildren(parentRow.node, facts) : [];
    const next = children[shown.get(row.parent) ?? page];
    if (next) focusRow(next.key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    rest.onKeyDown?.(event);
    if (event.defaultPrevented || current === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const i = index.get(current) ?? 0;
    const row = rows[i]!;
    const node = row.node;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focusRow(rows[i + 1]?.key);
        break;
      case 'ArrowUp':
        focusRow(rows[i - 1]?.key);
        break;
      case 'Home':
        focusRow(rows[0]?.key);
        break;
      case 'End':
        focusRow(rows[rows.length - 1]?.key);
        break;
      case 'ArrowRight':
        if (node && node.children.length) {
          if (!isExpanded(node)) setExpanded(node, true);
          else focusRow(rows[i + 1]?.key);
        }
        break;
      case 'ArrowLeft':
        if (node && node.children.length && isExpanded(node)) setExpanded(node, false);
        else if (row.parent !== null) focusRow(row.parent);
        break;
      case 'Enter':
      case ' ':
        if (!node) showMore(row);
        else if (node.children.length) setExpanded(node, !isExpanded(node));
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  if (!root) {
    return <p className="elb-tree__empty">{t('rs.tree.empty')}</p>;
  }

  const renderRow = (row: Row) => {
    const id = `${baseId}${row.key}`;
    const isCurrent = row.key === current;
    const common = {
      id,
      role: 'treeitem',
      'aria-level': row.level,
      'aria-posinset': row.posinset,
      'aria-setsize': row.setsize,
      tabIndex: isCurrent ? 0 : -1,
      style: { '--elb-tree-level': row.level - 1 } as CSSProperties,
      onFocus: (event: FocusEvent<HTMLLIElement>) => {
        focusedElement.current = event.currentTarget;
        remember(row.key);
      },
    };
    const node = row.node;
    if (!node) {
      return (
        <li key={row.key} {...common} className="elb-tree__item elb-tree__more" onClick={() => showMore(row)}>
          {t('rs.tree.more', { count: Math.min(row.more, page) })}
        </li>
      );
    }
    const expandable = node.children.length > 0;
    const expanded = expandable && isExpanded(node);
    const f = facts.get(node.key);
    const summary = expandable && !expanded && f ? summarise(f, t) : '';
    return (
      <li
        key={row.key}
        {...common}
        aria-expanded={expandable ? expanded : undefined}
        aria-describedby={isCurrent ? `${id}${DESCRIPTION}` : undefined}
        className="elb-tree__item"
        data-problem={f?.problem ? 'true' : undefined}
        onClick={() => {
          remember(node.key);
          if (expandable) setExpanded(node, !expanded);
        }}
      >
        <span className="elb-tree__toggle" aria-hidden="true" data-expanded={expandable ? String(expanded) : undefined} />
        <span className="elb-tree__type">{t(`rs.type.${node.type}` as MessageKey)}</span> <span className="elb-tree__name">{displayName(node)}</span>{' '}
        <ResourceStatusBadge provisioning={node.provisioning} operating={node.operating} resource={node.type} api={api} tooltip={false} />
        {summary ? <span className="elb-tree__summary">{` ${summary}`}</span> : null}
        {isCurrent ? (
          <span id={`${id}${DESCRIPTION}`} hidden>
            {describe(node, api, t)}
          </span>
        ) : null}
      </li>
    );
  };

  const lbName = displayName(root);
  // A flat list with aria-level / aria-posinset / aria-setsize (the tree pattern's form without nested
  // groups): each item's name is its own row, and collapsed branches render nothing.
  return (
    <ul
      {...rest}
      ref={treeRef}
      role="tree"
      aria-label={rest['aria-label'] ?? t('rs.tree.label', { name: lbName })}
      className={className ? `elb-tree ${className}` : 'elb-tree'}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        rest.onBlur?.(event);
        // Focus moved somewhere else on the page (or to nothing, by a click on the page): a later refresh
        // does not bring it back. A row that lost focus because it was removed is not connected by then.
        const left = event.target;
        if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
        queueMicrotask(() => {
          if (left.isConnected && focusedElement.current === left) focusedElement.current = null;
        });
      }}
    >
      {rows.map(renderRow)}
    </ul>
  );
}

/** Children in the API's order, except that members with problems come first (a long list pages). */
function orderChildren(node: StatusTreeNode, facts: Map<string, Facts>): readonly StatusTreeNode[] {
  if (node.type !== 'pool' || node.children.length < 2) return node.children;
  const bad: StatusTreeNode[] = [];
  const rest: StatusTreeNode[] = [];
  for (const child of node.children) (child.type === 'member' && facts.get(child.key)?.problem ? bad : rest).push(child);
  if (!bad.length) return node.children;
  // Monitor first, then failing members, then the others.
  const monitor = rest.filter((c) => c.type !== 'member');
  return [...monitor, ...bad, ...rest.filter((c) => c.type === 'member')];
}

function summarise(f: Facts, t: Translate): string {
  const parts: string[] = [];
  if (f.membersDown) parts.push(t('rs.tree.membersDown', { count: f.membersDown, total: f.membersTotal }));
  if (f.problemsBelow) parts.push(t('rs.tree.problems', { count: f.problemsBelow }));
  if (f.busyBelow) parts.push(t('rs.tree.busy', { count: f.busyBelow }));
  return parts.join(' · ');
}

function describe(node: StatusTreeNode, api: ElbApi, t: Translate): string {
  const options = { api, resource: node.type };
  const out: string[] = [];
  if (node.detail) out.push(node.detail);
  if (node.provisioning) out.push(describeResourceStatus(node.provisioning, 'provisioning', options, t).description);
  if (node.operating) out.push(describeResourceStatus(node.operating, 'operating', options, t).description);
  return out.join(' ');
}
