import type { ElbOperation } from './operation.js';
import { INVISIBLE } from './invisible.js';
import { redactText } from './redact.js';
import type { RequestContext } from './types.js';

/** What a banner needs of an operation: an `ElbOperation` (or anything with the same surface). */
export type TrackableOperation = Pick<ElbOperation, 'getSnapshot' | 'subscribe' | 'cancel' | 'retry'>;

/** An `ElbOperation`, or a `useElbOperation()` result (its `operation`). */
export type TrackSource = TrackableOperation | { operation: TrackableOperation };

export interface TrackOptions {
  /** What the operation works on, as the reader knows it: "listener http-80". Text only, bounded. */
  label: string;
  /** Method and URL of the write request: the method picks the wording (creating, updating, deleting) and the URL names the load balancer. */
  context?: RequestContext | undefined;
  /**
   * The load balancer the operation changes (id or name): operations on one load balancer are one
   * banner with a count. @defaultValue the id after `/loadbalancers/` in `context.url`, else none (a banner of its own)
   */
  loadBalancer?: string | undefined;
}

/** How the banner words the operation, from the method of the write request. */
export type OperationVerb = 'create' | 'update' | 'delete' | 'other';

/** One tracked operation in an operation banner. */
export interface OperationBannerEntry {
  id: string;
  label: string;
  verb: OperationVerb;
  state: 'in-progress' | 'succeeded';
  /** Last status read while waiting (`PENDING_UPDATE`), if any. */
  status: string | null;
  /** Epoch ms the operation (or its retry) started; the UI ticks its elapsed time from here. */
  startedAt: number;
  /** Stops the operation (aborts its request and polling); its banner goes away. */
  cancel: () => void;
}

/** Operations on one load balancer (or one operation of its own), shown as one banner. */
export interface OperationBannerGroup {
  key: string;
  /** The load balancer they change, or `null` for an operation without one. */
  loadBalancer: string | null;
  /** Newest first, at most the store's `maxMembers`. */
  entries: readonly OperationBannerEntry[];
  /** Operations in the group, also those not listed. */
  count: number;
  /** Operations still running. */
  running: number;
  /** `succeeded` when every operation in it has finished. */
  state: 'in-progress' | 'succeeded';
  /** Epoch ms the earliest running operation started (or the earliest one, when all finished). */
  startedAt: number;
}

/** An announcement for the polite live region: an operation started or finished. */
export interface OperationAnnouncement {
  label: string;
  verb: OperationVerb;
  kind: 'started' | 'succeeded';
}

/** Longest label or load balancer name kept (server and caller text is bounded). */
export const MAX_LABEL_LENGTH = 200;

/** The operation behind a track source; throws a `TypeError` naming what is wrong. */
export function operationOf(source: unknown): TrackableOperation {
  const isOperation = (v: unknown): v is TrackableOperation => {
    try {
      const o = v as TrackableOperation;
      return typeof v === 'object' && v !== null && typeof o.getSnapshot === 'function' && typeof o.subscribe === 'function' && typeof o.cancel === 'function' && typeof o.retry === 'function';
    } catch {
      return false;
    }
  };
  if (isOperation(source)) return source;
  let inner: unknown;
  try {
    inner = (source as { operation?: unknown } | null)?.operation;
  } catch {
    inner = undefined;
  }
  if (isOperation(inner)) return inner;
  throw new TypeError('elb-status-ui: track() needs an ElbOperation or a useElbOperation() result.');
}

/**
 * Text for display (a label often built from server data, a status a custom wait reports): control, invisible
 * and bidi characters dropped, credentials redacted, at most `MAX_LABEL_LENGTH` characters.
 */
export function boundedText(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : value == null ? '' : String(value);
  } catch {
    text = '';
  }
  // eslint-disable-next-line no-control-regex -- control characters are dropped from text shown to people
  text = text.slice(0, MAX_LABEL_LENGTH * 4).replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(INVISIBLE, '');
  text = redactText(text.trim());
  return text.length > MAX_LABEL_LENGTH ? `${text.slice(0, MAX_LABEL_LENGTH - 1)}…` : text;
}


/** The wording of an operation by the method of its write request. */
export function verbOf(method: unknown): OperationVerb {
  const m = typeof method === 'string' ? method.trim().toUpperCase() : '';
  if (m === 'POST') return 'create';
  if (m === 'PUT' || m === 'PATCH') return 'update';
  if (m === 'DELETE') return 'delete';
  return 'other';
}

/** The load balancer an operation changes: the given name, else the id after `/loadbalancers/` in the URL (redacted like all shown text). */
export function loadBalancerOf(options: TrackOptions): string | null {
  const given = boundedText(options.loadBalancer);
  if (given) return given;
  let url: string;
  try {
    url = typeof options.context?.url === 'string' ? options.context.url.slice(0, 4096) : '';
  } catch {
    url = '';
  }
  const match = /\/loadbalancers\/([A-Za-z0-9_.:-]{1,128})/.exec(url);
  return match ? redactText(match[1]!) : null;
}
