import { looksLikeResponse } from './inputShape.js';
import { abortOwn, isOwnAbort } from './ownAbort.js';
import { readElbError, toElbError, type NormalizeOptions } from './toElbError.js';
import { clampDelay, maxAutoAttempts, MIN_RETRY_DELAY_MS, planRetry, type RetryBudget, type RetryPolicy } from './retryPolicy.js';
import {
  failureIdentity, failureOfResult, MAX_DATE_MS, notBeforeOf, systemClock, UNCONFIRMED_SUCCESS_MS, type RetryClock, type RetrySnapshot,
} from './retryController.js';
import {
  boundedText, loadBalancerOf, operationOf, verbOf,
  type OperationAnnouncement, type OperationBannerEntry, type OperationBannerGroup, type OperationVerb, type TrackableOperation, type TrackOptions, type TrackSource,
} from './operationBanners.js';
import type { OperationSnapshot } from './operation.js';
import type { ElbError, RequestContext, Severity } from './types.js';

/** One failed request reported to the page's banner area. */
export interface BannerMember {
  id: string;
  error: ElbError;
  /** Method and redacted URL of the request as reported (kept when a retry fails differently). */
  label: string;
  /** Re-runs the request; gets a signal that fires when the member is removed. */
  retry?: ((signal: AbortSignal) => unknown) | undefined;
  state: 'failed' | 'retrying';
  /** Retries made for this request (by a person and automatically). */
  attempt: number;
}

/** Failures that are the same failure (kind, status, ELB code), shown as one banner. */
export interface BannerGroup {
  key: string;
  /** The newest member's error: what the banner shows. */
  error: ElbError;
  /** The newest requests, at most `maxMembers`. */
  members: readonly BannerMember[];
  /** Requests in the group, also those no longer listed (over `maxMembers`). */
  count: number;
  severity: Severity;
  /** Newest report time (epoch ms), for ordering. */
  time: number;
  retrying: boolean;
  /** The group's retry state, owned by the store: `waiting` while an automatic retry is scheduled. */
  state: 'failed' | 'retrying' | 'waiting';
  /** Retries made for the group's requests: the most any of them had (the next one while waiting). */
  attempt: number;
  /** Epoch ms of the scheduled automatic retry. */
  retryAt: number | null;
  /** Epoch ms before which the server asked not to retry, when that was too far to wait for. */
  retryNotBefore: number | null;
  /** Automatic attempts per request under the policy (0 when automatic retry is off). */
  maxAttempts: number;
  /** Why no automatic retry is scheduled, if one was considered. */
  autoRetryStopped: RetrySnapshot['autoRetryStopped'];
}

export interface BannerReport {
  /** Method and URL of the request (the URL is redacted). */
  context?: RequestContext;
  retry?: ((signal: AbortSignal) => unknown) | undefined;
  /** Reuse an id to replace an earlier report of the same request (its attempt count continues). */
  id?: string;
}

/** Bounds of a store, and how it normalises what is reported. */
export interface BannerStoreOptions extends NormalizeOptions {
  /**
   * Groups kept; a new one beyond this drops the least severe, oldest group. Each tick that changes the
   * list costs time in proportion to it (at most 10,000). @defaultValue 50
   */
  maxGroups?: number;
  /** Requests listed per group; older ones are dropped from the list but still counted. @defaultValue 20 */
  maxMembers?: number;
  /** Time and timers (tests). @defaultValue the system clock */
  clock?: RetryClock;
  /** Operations followed at once (`track`); beyond this the oldest, finished ones first, are no longer followed. @defaultValue 100 */
  maxOperations?: number;
}

/** How the store retries groups on its own (set by `<ErrorBanners autoRetry>`). */
export interface BannerRetryOptions {
  autoRetry?: boolean | RetryPolicy | undefined;
  budget?: RetryBudget | null | undefined;
  /** The provider's policy, used when `autoRetry` is `true`. */
  defaultPolicy?: RetryPolicy | undefined;
}

interface MemberRecord {
  id: string;
  error: ElbError;
  label: string;
  retry: ((signal: AbortSignal) => unknown) | undefined;
  state: 'failed' | 'retrying';
  attempt: number;
  time: number;
  /** When its current error arrived (reported, or its retry failed): a `Retry-After` counts from here. */
  failedAt: number;
  /** Report order, for recency when two reports share a millisecond. */
  seq: number;
  abort: AbortController | null;
  identity: string;
  group: GroupRecord | null;
  /** The body of a reported `Response` is still being read (no automatic retry until it is). */
  reading: boolean;
  announced: boolean;
  /** Retried only when a person asks: a tracked operation's failure (its retry sends the write again). */
  manual: boolean;
}

interface GroupRecord {
  key: string;
  /** Insertion order is report order: the last one is the newest. */
  members: Map<string, MemberRecord>;
  /** Members dropped from the list (over maxMembers) but still counted. */
  dropped: number;
  time: number;
  seq: number;
  announced: boolean;
  timer: unknown;
  retryAt: number | null;
  retryNotBefore: number | null;
  stopped: RetrySnapshot['autoRetryStopped'];
  /** The error whose cost a scheduled automatic retry took from the budget. */
  paid: ElbError | null;
  /** The lowest attempt of the members the scheduled retry will run. */
  nextAttempt: number;
  view: BannerGroup | null;
}

/** One operation the store follows (`track`). */
interface OperationRecord {
  id: string;
  operation: TrackableOperation;
  unsubscribe: () => void;
  label: string;
  verb: OperationVerb;
  loadBalancer: string | null;
  groupKey: string;
  context: RequestContext | undefined;
  /** `pending`: tracked before it ran (not shown); `failed`: shown as an error banner (a member with this id). */
  state: 'pending' | 'in-progress' | 'succeeded' | 'failed';
  status: string | null;
  startedAt: number;
  seq: number;
  /** The snapshot last seen, so a repeated notification changes nothing. */
  seen: OperationSnapshot | null;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, success: 3 };

/** The grouping key: failures with the same kind, status and ELB code are one failure. */
export function bannerKey(error: ElbError): string {
  return `${error.kind}|${error.status ?? ''}|${error.code ?? ''}`;
}

function bound(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && value >= 1 ? Math.min(max, Math.floor(value)) : fallback;
}

/**
 * The page's failed requests, grouped, and the one owner of their retry state: each group's
 * attempts, its automatic-retry timer and what it took from the retry budget live here, and
 * `<ErrorBanners>` only renders what the store holds. Framework-free: React subscribes to it.
 *
 * Bounded: at most `maxGroups` groups and `maxMembers` listed requests per group (the count
 * still grows). Reporting is O(1) amortised in the number of reports: reports made in the same tick
 * are delivered to subscribers together (one render for fifty failures), and only the groups they
 * touched are rebuilt. A tick that changes the list (and a new group that evicts another) costs
 * O(maxGroups): the list handed to subscribers is one array of all groups, so keep `maxGroups` small.
 */
export class BannerStore {
  private members = new Map<string, MemberRecord>();
  /** Members whose retry runs, by their retry function and by their request ("GET /v3/…"). */
  private running = new Map<unknown, MemberRecord>();
  /** Reports so far: a round during which anything was reported gets no refund (it may have been its own failure). */
  private reports = 0;
  private groups = new Map<string, GroupRecord>();
  /** The newest member of each failure identity (kind, status, code, method, url). */
  private byIdentity = new Map<string, string>();
  /** The member of each request (method and redacted URL), whatever its status now. */
  private byRequest = new Map<string, string>();
  /**
   * Attempts of requests no longer held whose next report continues them: a `retry` that returned no promise
   * and then nothing failed (its outcome unknown: for a minute), and a request the bounds pushed out (a full
   * group's list, an evicted group: it has not succeeded). By request (or identity), oldest first, bounded.
   */
  private carried = new Map<string, CarriedAttempts>();
  private listeners = new Set<() => void>();
  private list: readonly BannerGroup[] = [];
  private dirty = new Set<GroupRecord>();
  private listChanged = false;
  /** Keys of new groups to announce (a subset of the groups held, so bounded as they are). */
  private pendingAnnouncements = new Set<string>();
  private scheduled = false;
  private nextId = 0;
  private seq = 0;
  private retryOptions: BannerRetryOptions | null = null;
  private readonly normalize: NormalizeOptions;
  private readonly maxGroups: number;
  private readonly maxMembers: number;
  private readonly clock: RetryClock;
  /** Operations followed by `track`, in tracking order. */
  private operations = new Map<string, OperationRecord>();
  private operationIds = new Map<TrackableOperation, string>();
  private operationList: readonly OperationBannerGroup[] = [];
  private operationsChanged = false;
  private operationAnnouncements: OperationAnnouncement[] = [];
  private readonly maxOperations: number;

  constructor(options: BannerStoreOptions = {}) {
    const { maxGroups, maxMembers, clock, maxOperations, ...normalize } = options ?? {};
    this.normalize = normalize;
    this.maxGroups = bound(maxGroups, 50, 10_000);
    this.maxMembers = bound(maxMembers, 20, 10_000);
    this.maxOperations = bound(maxOperations, 100, 10_000);
    this.clock = clock ?? systemClock;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getGroups = (): readonly BannerGroup[] => this.list;

  /** Groups that appeared since the last call (each group is announced once; a request moving between groups is not new). */
  takeAnnouncements(): BannerGroup[] {
    const out: BannerGroup[] = [];
    for (const key of this.pendingAnnouncements) {
      const view = this.groups.get(key)?.view;
      if (view) out.push(view);
    }
    this.pendingAnnouncements.clear();
    return out;
  }

  /**
   * How the store retries on its own. `<ErrorBanners autoRetry>` sets it while mounted and
   * passes `null` when it unmounts (scheduled retries are then dropped).
   */
  setRetryOptions = (options: BannerRetryOptions | null): void => {
    const before = this.retryOptions;
    this.retryOptions = options;
    const wasOn = !!before?.autoRetry;
    const isOn = !!options?.autoRetry;
    if (wasOn === isOn && before?.budget === options?.budget) return;
    for (const group of this.groups.values()) {
      if (!isOn) {
        this.dropScheduled(group, before?.budget);
        // A person's cancel stays: turned on again (or the banner area mounted again), the group is not retried.
        if (group.stopped !== 'cancelled') group.stopped = null;
        group.retryNotBefore = null;
      }
      this.touch(group);
    }
  };

  /** Reports a failed request (anything thrown); returns its id for `remove`. A `Response`'s body is read (bounded). */
  report = (failure: unknown, options: BannerReport = {}): string => {
    // The abort of a retry the store stopped, reported by the caller's catch: nothing failed (an id held by nothing).
    if (isOwnAbort(failure)) return `elb-banner-${++this.nextId}`;
    this.reports++;
    const context = options?.context;
    const error = toElbError(failure, context, this.normalize);
    const identity = failureIdentity(error);
    let id = typeof options?.id === 'string' ? options.id : undefined;
    if (id === undefined) {
      // The same failure reported again while its retry runs or is scheduled: its next attempt, not a new request.
      // A known request (method and URL) failing differently now (a 503 that became a 502) is that request too.
      const request = requestOf(error);
      const prev = this.members.get(this.byIdentity.get(identity) ?? '') ?? (request ? this.members.get(this.byRequest.get(request) ?? '') : undefined);
      // And a known request (method and URL) reported again at any time is the same request: its attempts go on.
      if (prev && (prev.state === 'retrying' || prev.group?.timer != null || requestOf(prev.error))) id = prev.id;
      // Reported from inside its own retry, or for the same request while that runs, even when it now fails
      // differently (a 503 that became a 502): the next attempt too.
      if (id === undefined) id = this.runningFor(error, options.retry)?.id;
    }
    // A request whose blind retry (no promise returned) seemed to succeed, failing again soon after, or one the
    // bounds pushed out: its attempts go on. It keeps its id too, so that remove(id) still reaches it.
    const carried = id === undefined ? this.takeCarried(requestOf(error) || identity) : null;
    id ??= carried?.id ?? `elb-banner-${++this.nextId}`;
    const old = this.members.get(id);
    if (old) {
      abortOwn(old.abort);
      // A group that keeps its request keeps its state (schedule, announcement).
      this.detach(old, bannerKey(error) === old.group?.key);
    }
    const member: MemberRecord = {
      id,
      error,
      label: [error.method, error.url].filter(Boolean).join(' ') || id,
      retry: options && 'retry' in options ? options.retry : old?.retry,
      state: 'failed',
      attempt: old?.attempt ?? carried?.attempt ?? 0,
      time: this.now(),
      failedAt: this.now(),
      seq: ++this.seq,
      abort: null,
      identity,
      group: null,
      reading: false,
      announced: old?.announced ?? false,
      // A tracked operation's failure reported again (by anyone) is still retried only when a person asks.
      manual: old?.manual ?? false,
    };
    this.add(member);
    // Back in the list of the group that counted it as dropped: counted once.
    if (carried?.from && member.group === carried.from && carried.from.dropped > 0) carried.from.dropped -= 1;
    if (looksLikeResponse(failure)) {
      // Shown at once from the status line; code, message and request id arrive with the body.
      member.reading = true;
      void readElbError(failure as Response, context, this.normalize).then((read) => {
        if (this.members.get(id) !== member) return;
        member.reading = false;
        this.update(member, read);
      });
    }
    return id;
  };

  /** The attempts and id a request carries into its next report (see `carried`), forgotten once taken. */
  private takeCarried(key: string): CarriedAttempts | null {
    const entry = this.carried.get(key);
    if (!entry) return null;
    this.carried.delete(key);
    const now = this.now();
    return now >= entry.at && now <= entry.until && !this.members.has(entry.id) ? entry : null;
  }

  /**
   * Remembers a request's attempts for its next report (bounded: the oldest go first): for a minute after a
   * retry that returned no promise and did not fail, and without end for one the bounds pushed out of `from`.
   */
  private carry(member: MemberRecord, from: GroupRecord | null, blind: boolean): void {
    const key = requestOf(member.error) || member.identity;
    const at = this.now();
    this.carried.delete(key);
    this.carried.set(key, { attempt: member.attempt, at, until: blind ? at + UNCONFIRMED_SUCCESS_MS : Infinity, id: member.id, from });
    if (this.carried.size > MAX_CARRIED) this.carried.delete(this.carried.keys().next().value!);
  }

  /** The member whose retry runs and that this report is about: by its retry function, else by its request. */
  private runningFor(error: ElbError, retry: unknown): MemberRecord | undefined {
    const request = requestOf(error);
    const byRetry = retry ? this.running.get(retry) : undefined;
    // A retry function shared by several requests (a page reload) tells them apart by method and URL.
    const theirs = byRetry ? requestOf(byRetry.error) : '';
    const running = byRetry && (!request || !theirs || theirs === request) ? byRetry : request ? this.running.get(request) : undefined;
    return running && this.members.get(running.id) === running ? running : undefined;
  }

  /** Removes one request (it succeeded elsewhere, or the component went away). */
  remove = (id: string): void => {
    if (this.operations.has(id)) {
      this.untrack(id);
      return;
    }
    // It succeeded elsewhere: it no longer carries its attempts.
    for (const [key, entry] of this.carried) if (entry.id === id) this.carried.delete(key);
    const member = this.members.get(id);
    if (!member) return;
    abortOwn(member.abort);
    this.detach(member);
  };

  /** Hides a banner and forgets its requests. */
  dismiss = (key: string): void => {
    // An operation banner: stop following the operations it shows (the operations themselves go on). One
    // tracked but not run yet ('pending') shares the key of its load balancer without being in the banner:
    // it is followed until its own banner is dismissed.
    for (const record of [...this.operations.values()]) {
      if (record.groupKey === key && (record.state === 'in-progress' || record.state === 'succeeded')) this.untrack(record.id);
    }
    const group = this.groups.get(key);
    if (!group) return;
    for (const m of [...group.members.values()]) {
      abortOwn(m.abort);
      if (this.operations.has(m.id)) this.untrack(m.id);
      else this.detach(m);
    }
    this.deleteGroup(group);
  };

  /** Hides every banner and forgets everything: requests, timers, pending announcements. */
  dismissAll = (): void => {
    for (const id of [...this.operations.keys()]) this.untrack(id);
    for (const group of this.groups.values()) this.dropScheduled(group);
    for (const m of this.members.values()) abortOwn(m.abort);
    this.members.clear();
    this.groups.clear();
    this.byIdentity.clear();
    this.byRequest.clear();
    this.carried.clear();
    this.dirty.clear();
    this.pendingAnnouncements.clear();
    this.listChanged = true;
    this.changed();
  };

  /**
   * Aborts every retry in flight; their banners stay, as failed (the store's owner is going away:
   * `ElbBannerProvider` calls it when it unmounts with a store it made). Reported again, a request
   * goes on from its attempts.
   */
  stopRetries = (): void => {
    for (const m of this.members.values()) {
      if (!m.abort) continue;
      abortOwn(m.abort);
      m.abort = null;
      m.state = 'failed';
      if (m.group) this.touch(m.group);
    }
    this.running.clear();
  };

  /** Cancels a group's scheduled automatic retry; the banner stays. */
  cancel = (key: string): void => {
    const group = this.groups.get(key);
    if (!group || group.timer == null) return;
    this.dropScheduled(group);
    group.stopped = 'cancelled';
    this.touch(group);
  };

  /**
   * "Retry all" by a person: runs every member that has a `retry` once (members already
   * retrying are skipped, so a request never runs twice at a time). Members that succeed are
   * removed; those that fail again are re-reported with their new error. Resolves when all
   * have settled; rejects with the group's newest error when any of them failed again.
   */
  retryGroup = (key: string): Promise<void> => this.run(key, false);

  /**
   * Follows a long-running operation with one banner: in progress (the verb from the method, the
   * label, the elapsed time), then success (the banner auto-dismisses) or failure (an error banner
   * whose Retry re-runs the operation only when `canRetry` allows it: a POST that may have been
   * processed is never sent again). Operations on one load balancer share a banner with a count.
   * Cancelling the operation removes its banner. Tracking the same operation again returns its id and
   * describes its next call with the new label and context: a finished call's banner (success or
   * failure) then makes way for it. Returns the id (`remove(id)` stops following it).
   */
  track = (source: TrackSource, options: TrackOptions): string => {
    const operation = operationOf(source);
    const label = boundedText(options?.label) || '…';
    const loadBalancer = loadBalancerOf(options ?? { label });
    const verb = verbOf(options?.context?.method);
    const known = this.operationIds.get(operation);
    const tracked = known ? this.operations.get(known) : undefined;
    if (tracked) {
      this.describe(tracked, label, verb, loadBalancer, options?.context);
      return tracked.id;
    }
    const id = `elb-operation-${++this.nextId}`;
    const record: OperationRecord = {
      id, operation, unsubscribe: () => undefined, label, verb, loadBalancer,
      groupKey: `operation|${loadBalancer ?? id}`, context: options?.context, state: 'pending', status: null, startedAt: this.now(), seq: ++this.seq, seen: null,
    };
    if (this.operations.size >= this.maxOperations) this.evictOperation();
    this.operations.set(id, record);
    this.operationIds.set(operation, id);
    record.unsubscribe = operation.subscribe(() => this.follow(record));
    this.follow(record);
    return id;
  };

  /**
   * A tracked operation tracked again: one `useElbOperation` serves several calls (a rename, then a
   * delete), each tracked before it runs. The same words change nothing (a component may track on every
   * render). New words describe the call being made: while it is pending or running they apply at once;
   * after a finished call they are the next call's, so that call's banner (saying "Updated", or its error)
   * goes and the operation waits for its run, as when first tracked.
   */
  private describe(record: OperationRecord, label: string, verb: OperationVerb, loadBalancer: string | null, context: RequestContext | undefined): void {
    if (record.label === label && record.verb === verb && record.loadBalancer === loadBalancer) {
      record.context = context;
      return;
    }
    if (record.state === 'succeeded' || record.state === 'failed') {
      const member = this.members.get(record.id);
      if (member) {
        abortOwn(member.abort);
        this.detach(member);
      }
      record.state = 'pending';
    }
    record.label = label;
    record.verb = verb;
    record.loadBalancer = loadBalancer;
    record.groupKey = `operation|${loadBalancer ?? record.id}`;
    record.context = context;
    this.operationsChanged = true;
    this.changed();
  }

  /** Whether the store follows the operation `id` returned by `track`. */
  tracks(id: string): boolean {
    return this.operations.has(id);
  }

  /** Operation banners, newest first. */
  getOperations = (): readonly OperationBannerGroup[] => this.operationList;

  /** Operations that started or succeeded since the last call (for the polite live region). */
  takeOperationAnnouncements(): OperationAnnouncement[] {
    const out = this.operationAnnouncements;
    this.operationAnnouncements = [];
    return out;
  }

  /** Stops following an operation: unsubscribes and removes its banner (and its error banner). */
  private untrack(id: string): void {
    const record = this.operations.get(id);
    if (!record) return;
    this.operations.delete(id);
    if (this.operationIds.get(record.operation) === id) this.operationIds.delete(record.operation);
    try {
      record.unsubscribe();
    } catch {
      /* a hostile subscribe's unsubscribe */
    }
    const member = this.members.get(id);
    if (member) {
      abortOwn(member.abort);
      this.detach(member);
    }
    this.operationsChanged = true;
    this.changed();
  }

  /** Makes room for one more operation: the oldest finished one goes, else the oldest. */
  private evictOperation(): void {
    let victim: OperationRecord | undefined;
    for (const r of this.operations.values()) {
      if (r.state === 'succeeded' || r.state === 'pending') {
        victim = r;
        break;
      }
      victim ??= r;
    }
    if (victim) this.untrack(victim.id);
  }

  /** An operation's snapshot changed: the banner follows it. */
  private follow(record: OperationRecord): void {
    if (this.operations.get(record.id) !== record) return;
    let snapshot: OperationSnapshot;
    try {
      snapshot = record.operation.getSnapshot();
    } catch {
      return;
    }
    if (snapshot === record.seen) return;
    record.seen = snapshot;
    const announce = (kind: OperationAnnouncement['kind']) => {
      this.operationAnnouncements.push({ label: record.label, verb: record.verb, kind });
      if (this.operationAnnouncements.length > this.maxOperations) this.operationAnnouncements.shift();
    };
    switch (snapshot.state) {
      case 'submitting':
      case 'in-progress': {
        if (record.state === 'failed') {
          // A retry runs: the error banner makes way for the progress banner.
          const member = this.members.get(record.id);
          if (member) this.detach(member);
        }
        if (record.state !== 'in-progress') {
          record.seq = ++this.seq;
          announce('started');
        }
        record.state = 'in-progress';
        record.status = typeof snapshot.progress?.status === 'string' ? boundedText(snapshot.progress.status) : null;
        const started = snapshot.progress?.startedAt;
        record.startedAt = typeof started === 'number' && Number.isFinite(started) ? started : record.startedAt;
        break;
      }
      case 'succeeded':
        if (record.state !== 'succeeded') announce('succeeded');
        record.state = 'succeeded';
        record.seq = ++this.seq;
        break;
      case 'failed': {
        record.state = 'failed';
        const operation = record.operation;
        // Retry only where the operation allows it (its method and where it failed): never a POST that may have been
        // processed; and only when a person asks (automatic retries are for requests, not for a write and its wait).
        // A retry the operation refuses (it was detached: its component unmounted) keeps the failure on the page.
        const error = snapshot.error;
        const retry = snapshot.canRetry
          ? () => {
              if (!operation.retry()) throw error;
            }
          : undefined;
        // The error carries its own method and URL (a failed wait is a GET): no context over it.
        if (error) {
          const member = this.members.get(this.report(error, { id: record.id, retry }));
          if (member) member.manual = true;
        }
        break;
      }
      default:
        // Back to idle: cancelled or reset. A tracked operation that has not run yet waits for its run.
        if (record.state !== 'pending') {
          this.untrack(record.id);
          return;
        }
    }
    this.operationsChanged = true;
    this.changed();
  }

  private rebuildOperations(): void {
    const groups = new Map<string, OperationRecord[]>();
    for (const r of this.operations.values()) {
      if (r.state !== 'in-progress' && r.state !== 'succeeded') continue;
      let list = groups.get(r.groupKey);
      if (!list) groups.set(r.groupKey, (list = []));
      list.push(r);
    }
    const views: { view: OperationBannerGroup; seq: number }[] = [];
    for (const [key, records] of groups) {
      records.sort((a, b) => b.seq - a.seq);
      const running = records.filter((r) => r.state === 'in-progress');
      const entries: OperationBannerEntry[] = records.slice(0, this.maxMembers).map((r) => ({
        id: r.id, label: r.label, verb: r.verb, state: r.state as 'in-progress' | 'succeeded', status: r.status, startedAt: r.startedAt,
        cancel: () => r.operation.cancel(),
      }));
      const from = running.length ? running : records;
      views.push({
        seq: records[0]!.seq,
        view: {
          key, loadBalancer: records[0]!.loadBalancer, entries, count: records.length, running: running.length,
          state: running.length ? 'in-progress' : 'succeeded', startedAt: Math.min(...from.map((r) => r.startedAt)),
        },
      });
    }
    views.sort((a, b) => b.seq - a.seq);
    this.operationList = views.map((v) => v.view);
  }

  private now(): number {
    try {
      const t = this.clock.now();
      return Number.isFinite(t) ? t : 0;
    } catch {
      return 0;
    }
  }

  private policy(): RetryPolicy | null {
    const auto = this.retryOptions?.autoRetry;
    if (!auto) return null;
    return auto === true ? (this.retryOptions?.defaultPolicy ?? {}) : auto;
  }

  private add(member: MemberRecord): void {
    const key = bannerKey(member.error);
    let group = this.groups.get(key);
    if (!group) {
      if (this.groups.size >= this.maxGroups) this.evict();
      group = {
        key, members: new Map(), dropped: 0, time: member.time, seq: member.seq, announced: false, timer: null, retryAt: null, retryNotBefore: null,
        stopped: null, paid: null, nextAttempt: 0, view: null,
      };
      this.groups.set(key, group);
      this.listChanged = true;
    }
    member.group = group;
    group.members.set(member.id, member);
    group.time = Math.max(group.time, member.time);
    group.seq = Math.max(group.seq, member.seq);
    this.members.set(member.id, member);
    this.byIdentity.set(member.identity, member.id);
    const request = requestOf(member.error);
    if (request) this.byRequest.set(request, member.id);
    if (group.members.size > this.maxMembers) {
      const oldest = group.members.values().next().value!;
      abortOwn(oldest.abort);
      // Not a success: reported again, it goes on from its attempts.
      this.carry(oldest, group, false);
      this.detach(oldest);
      group.dropped += 1;
    }
    this.touch(group);
  }

  /** Takes a member out of its group (and the store); an empty group goes, unless the member is about to come back. */
  private detach(member: MemberRecord, keepGroup = false): void {
    const group = member.group;
    this.members.delete(member.id);
    if (this.byIdentity.get(member.identity) === member.id) this.byIdentity.delete(member.identity);
    const request = requestOf(member.error);
    if (request && this.byRequest.get(request) === member.id) this.byRequest.delete(request);
    // A retry that never settles does not keep its member here once it is gone.
    for (const [key, running] of this.running) if (running === member) this.running.delete(key);
    if (!group) return;
    group.members.delete(member.id);
    member.group = null;
    if (group.members.size === 0 && !keepGroup) this.deleteGroup(group);
    else this.touch(group);
  }

  /** A member's error changed (its body was read, or its retry failed differently): it may move to another group. */
  private update(member: MemberRecord, error: ElbError): void {
    this.detach(member, bannerKey(error) === member.group?.key);
    member.error = error;
    member.identity = failureIdentity(error);
    this.add(member);
  }

  private deleteGroup(group: GroupRecord): void {
    if (this.groups.get(group.key) !== group) return;
    this.dropScheduled(group);
    this.groups.delete(group.key);
    this.dirty.delete(group);
    this.pendingAnnouncements.delete(group.key);
    this.listChanged = true;
    this.changed();
  }

  /** Makes room for a new group: the least severe, then oldest group goes. */
  private evict(): void {
    let victim: GroupRecord | null = null;
    for (const g of this.groups.values()) {
      if (!victim) {
        victim = g;
        continue;
      }
      const a = SEVERITY_RANK[g.view?.severity ?? newestOf(g)?.error.severity ?? 'error'];
      const b = SEVERITY_RANK[victim.view?.severity ?? newestOf(victim)?.error.severity ?? 'error'];
      if (a > b || (a === b && (g.time < victim.time || (g.time === victim.time && g.seq < victim.seq)))) victim = g;
    }
    if (!victim) return;
    // Its requests have not succeeded: reported again, they go on from their attempts.
    for (const m of victim.members.values()) this.carry(m, null, false);
    this.dismiss(victim.key);
  }

  private touch(group: GroupRecord): void {
    this.dirty.add(group);
    this.changed();
  }

  private changed(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => this.flush());
  }

  /** Rebuilds what changed since the last tick, plans automatic retries, and notifies once. */
  private flush(): void {
    this.scheduled = false;
    if (this.operationsChanged) {
      this.operationsChanged = false;
      this.rebuildOperations();
    }
    const touched = [...this.dirty];
    this.dirty.clear();
    for (const group of touched) {
      if (this.groups.get(group.key) !== group) continue;
      this.plan(group);
      group.view = viewOf(group, maxAutoAttempts(this.policy()));
      this.listChanged = true;
      const fresh = [...group.members.values()].some((m) => !m.announced);
      if (!group.announced && fresh) this.pendingAnnouncements.add(group.key);
      group.announced = true;
      for (const m of group.members.values()) m.announced = true;
    }
    if (this.listChanged) {
      this.listChanged = false;
      const held = [...this.groups.values()].filter((g) => g.view);
      held.sort((a, b) => SEVERITY_RANK[a.view!.severity] - SEVERITY_RANK[b.view!.severity] || b.time - a.time || b.seq - a.seq);
      this.list = held.map((g) => g.view!);
    }
    for (const l of [...this.listeners]) l();
  }

  /** Schedules a group's automatic retry when the policy allows it for at least one of its requests. */
  private plan(group: GroupRecord): void {
    const policy = this.policy();
    if (group.timer != null || group.stopped === 'cancelled') return;
    group.retryAt = null;
    if (!policy) {
      group.stopped = null;
      group.retryNotBefore = null;
      return;
    }
    let busy = false;
    let eligible: { member: MemberRecord; delayMs: number } | null = null;
    let lowest = Infinity;
    let refusal: { member: MemberRecord; reason: NonNullable<RetrySnapshot['autoRetryStopped']>; retryAfterMs: number | null } | null = null;
    for (const m of group.members.values()) {
      if (m.state === 'retrying') busy = true;
      if (!m.retry || m.state !== 'failed' || m.reading || m.manual) continue;
      // Each request by its own method, status and attempt count: a POST 500 beside a GET 500 is never re-run.
      const d = planRetry(m.error, m.attempt, policy);
      // The round waits for the longest wait any request it will re-run asks for (its own Retry-After, counted
      // from when that failure arrived).
      if (d.retry) {
        const wait = typeof m.error.retryAfterMs === 'number' ? Math.max(MIN_RETRY_DELAY_MS, Math.min(d.delayMs, m.failedAt + d.delayMs - this.now())) : d.delayMs;
        if (!eligible || wait > eligible.delayMs) eligible = { member: m, delayMs: wait };
        lowest = Math.min(lowest, m.attempt);
      } else refusal = { member: m, reason: d.reason, retryAfterMs: d.retryAfterMs };
    }
    if (busy) return; // one round at a time; planned again when it settles
    if (!eligible) {
      group.stopped = refusal?.reason ?? null;
      group.retryNotBefore =
        refusal?.reason === 'retry-after-too-long' && refusal.retryAfterMs != null ? notBeforeOf(refusal.member.error, refusal.retryAfterMs, this.now()) : null;
      return;
    }
    const budget = this.retryOptions?.budget;
    if (budget && !budget.acquire(eligible.member.error)) {
      group.stopped = 'budget-exhausted';
      return;
    }
    group.paid = budget ? eligible.member.error : null;
    group.stopped = null;
    group.retryNotBefore = null;
    group.nextAttempt = lowest;
    const delay = clampDelay(eligible.delayMs);
    group.retryAt = Math.min(MAX_DATE_MS, this.now() + delay);
    group.timer = this.clock.setTimeout(() => {
      group.timer = null;
      group.retryAt = null;
      if (this.groups.get(group.key) === group) void this.run(group.key, true).catch(() => undefined);
    }, delay);
  }

  private dropScheduled(group: GroupRecord, budget: RetryBudget | null | undefined = this.retryOptions?.budget): void {
    if (group.timer != null) this.clock.clearTimeout(group.timer);
    group.timer = null;
    group.retryAt = null;
    const paid = group.paid;
    group.paid = null;
    if (paid) budget?.refund(paid);
  }

  /** Runs a group's members once: every member with a `retry` (a person asked), or those the policy allows (automatic). */
  private async run(key: string, automatic: boolean): Promise<void> {
    const group = this.groups.get(key);
    if (!group) return;
    const policy = this.policy();
    let paid: ElbError | null = null;
    if (automatic) {
      paid = group.paid;
      group.paid = null;
    } else {
      this.dropScheduled(group);
    }
    group.stopped = null;
    group.retryNotBefore = null;
    const budget = this.retryOptions?.budget;
    // What this round took from the budget: the tokens taken when it was planned pay for its first request.
    const spent: ElbError[] = [];
    let short = false;
    let skipped = false;
    const now = this.now();
    const chosen: MemberRecord[] = [];
    for (const m of group.members.values()) {
      if (!m.retry || m.state === 'retrying') continue;
      if (automatic) {
        if (policy == null || m.reading || m.manual || !planRetry(m.error, m.attempt, policy).retry) continue;
        // A request whose server asked for a longer wait than the round's (it joined a round already
        // planned) waits for a round of its own; a second of slack for timers and whole-second headers.
        if (typeof m.error.retryAfterMs === 'number' && now + 1000 < m.failedAt + m.error.retryAfterMs) {
          skipped = true;
          continue;
        }
        // Each request an automatic round re-runs takes its own tokens: fifty failures do not retry together.
        if (budget) {
          if (spent.length === 0 && paid) spent.push(paid);
          else if (budget.acquire(m.error)) spent.push(m.error);
          else {
            short = true;
            continue;
          }
        }
      }
      chosen.push(m);
    }
    // Tokens taken for a round that runs nothing go back, and the group is planned again (a request whose
    // Retry-After has not passed gets a round of its own).
    if (chosen.length === 0) {
      if (paid) budget?.refund(paid);
      this.touch(group);
    }
    let lastFailure: ElbError | null = null;
    let failed = false;
    // A retry that returned no promise: whether its request worked is unknown, so the round keeps its tokens.
    let unknown = false;
    const reportsBefore = this.reports;
    const runs = chosen.map(async (m) => {
      const abort = new AbortController();
      m.state = 'retrying';
      m.abort = abort;
      m.attempt += 1;
      const request = requestOf(m.error);
      this.running.set(m.retry, m);
      if (request) this.running.set(request, m);
      let outcome: { failed: boolean; failure?: unknown };
      let blind = false;
      try {
        const result = m.retry!(abort.signal);
        blind = !isThenable(result);
        const value = await result;
        const failure = failureOfResult(value);
        outcome = failure === undefined ? { failed: false } : { failed: true, failure };
      } catch (failure) {
        outcome = { failed: true, failure };
      }
      for (const key of [m.retry, request]) if (this.running.get(key) === m) this.running.delete(key);
      if (abort.signal.aborted || this.members.get(m.id) !== m) {
        // Reported again while it ran (its next attempt replaced it), or removed, dismissed or stopped before it
        // settled: no success is known, and the round gets no refund.
        failed = true;
        return;
      }
      m.abort = null;
      m.state = 'failed';
      if (!outcome.failed) {
        if (blind) {
          unknown = true;
          this.carry(m, null, true);
        }
        this.detach(m);
        return;
      }
      failed = true;
      const error = toElbError(outcome.failure, { method: m.error.method ?? undefined, url: m.error.url ?? undefined }, this.normalize);
      lastFailure = error;
      m.failedAt = this.now();
      // Failing differently (a 503 that became a 502) makes a new banner: that one is announced.
      m.announced = false;
      this.update(m, error);
    });
    if (chosen.length) this.touch(group);
    await Promise.all(runs);
    // An automatic round that fixed everything it ran gets its cost back, unless something was reported
    // meanwhile (a retry may report its own failure where it cannot be told apart: no URL, a new closure) or a
    // retry returned no promise.
    if (!failed && !unknown && this.reports === reportsBefore) for (const error of spent) budget?.recordSuccess(error);
    // Requests left out (no tokens, or their Retry-After still running): planned again once the round has settled.
    if (short || skipped) this.touch(group);
    if (lastFailure) throw lastFailure;
  }
}

/** Requests whose attempts are remembered (`carried`). */
const MAX_CARRIED = 1000;

/** A request's attempts kept for its next report; `from` is the group that counts it as dropped. */
interface CarriedAttempts {
  attempt: number;
  at: number;
  until: number;
  id: string;
  from: GroupRecord | null;
}

function isThenable(value: unknown): boolean {
  try {
    return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
  } catch {
    return false;
  }
}

/** A request as method and redacted URL; "" when either is unknown (such requests are never matched). */
function requestOf(error: ElbError): string {
  return error.method && error.url ? `${error.method} ${error.url}` : '';
}

function newestOf(group: GroupRecord): MemberRecord | undefined {
  let last: MemberRecord | undefined;
  for (const m of group.members.values()) last = m;
  return last;
}

function viewOf(group: GroupRecord, maxAttempts: number): BannerGroup {
  const members: BannerMember[] = [];
  let retrying = false;
  let attempt = 0;
  for (const m of group.members.values()) {
    members.push({ id: m.id, error: m.error, label: m.label, retry: m.retry, state: m.state, attempt: m.attempt });
    if (m.state === 'retrying') retrying = true;
    attempt = Math.max(attempt, m.attempt);
  }
  members.reverse();
  const newest = members[0]!;
  const waiting = group.timer != null;
  return {
    key: group.key,
    error: newest.error,
    members,
    count: group.members.size + group.dropped,
    severity: newest.error.severity,
    time: group.time,
    retrying,
    state: retrying ? 'retrying' : waiting ? 'waiting' : 'failed',
    attempt: waiting ? group.nextAttempt : attempt,
    retryAt: waiting ? group.retryAt : null,
    retryNotBefore: group.retryNotBefore,
    maxAttempts,
    // A cancel kept while automatic retry is off says nothing until it is on again.
    autoRetryStopped: waiting || (maxAttempts === 0 && group.stopped === 'cancelled') ? null : group.stopped,
  };
}
