import { toElbError, type NormalizeOptions } from './toElbError.js';
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
}

/** Failures that are the same failure (kind, status, ELB code), shown as one banner. */
export interface BannerGroup {
  key: string;
  /** The newest member's error: what the banner shows. */
  error: ElbError;
  members: readonly BannerMember[];
  severity: Severity;
  /** Newest report time (epoch ms), for ordering. */
  time: number;
  retrying: boolean;
}

export interface BannerReport {
  /** Method and URL of the request (the URL is redacted). */
  context?: RequestContext;
  retry?: (signal: AbortSignal) => unknown;
  /** Reuse an id to replace an earlier report of the same request. */
  id?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, success: 3 };

/** The grouping key: failures with the same kind, status and ELB code are one failure. */
export function bannerKey(error: ElbError): string {
  return `${error.kind}|${error.status ?? ''}|${error.code ?? ''}`;
}

/**
 * The page's failed requests, grouped. Framework-free: React subscribes to it. Reports made in
 * the same tick are delivered to subscribers together (one render for fifty failures).
 */
export class BannerStore {
  private members = new Map<string, BannerMember & { time: number; abort: AbortController | null }>();
  private listeners = new Set<() => void>();
  private groups: readonly BannerGroup[] = [];
  private announced = new Set<string>();
  private pendingAnnouncements: BannerGroup[] = [];
  private scheduled = false;
  private nextId = 0;

  constructor(private readonly normalize: NormalizeOptions = {}) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getGroups = (): readonly BannerGroup[] => this.groups;

  /** Groups that appeared since the last call (each group is announced once). */
  takeAnnouncements(): BannerGroup[] {
    const out = this.pendingAnnouncements;
    this.pendingAnnouncements = [];
    return out;
  }

  /** Reports a failed request (anything thrown); returns its id for `remove`. */
  report = (failure: unknown, options: BannerReport = {}): string => {
    const error = toElbError(failure, options.context, this.normalize);
    const id = options.id ?? `elb-banner-${++this.nextId}`;
    this.members.get(id)?.abort?.abort();
    const label = [error.method, error.url].filter(Boolean).join(' ') || id;
    this.members.set(id, { id, error, label, retry: options.retry, state: 'failed', time: error.time, abort: null });
    this.changed();
    return id;
  };

  /** Removes one request (it succeeded elsewhere, or the component went away). */
  remove = (id: string): void => {
    const member = this.members.get(id);
    if (!member) return;
    member.abort?.abort();
    this.members.delete(id);
    this.changed();
  };

  /** Hides a banner and forgets its requests. */
  dismiss = (key: string): void => {
    for (const [id, m] of this.members) {
      if (bannerKey(m.error) === key) {
        m.abort?.abort();
        this.members.delete(id);
      }
    }
    this.announced.delete(key);
    this.changed();
  };

  dismissAll = (): void => {
    for (const m of this.members.values()) m.abort?.abort();
    this.members.clear();
    this.announced.clear();
    this.changed();
  };

  /**
   * Runs every retryable member of a group once (members already retrying are skipped, so a
   * request never runs twice at a time). Members that succeed are removed; those that fail again
   * are re-reported with their new error. Resolves when all have settled; rejects with the
   * group's newest error when any of them failed again.
   */
  retryGroup = async (key: string): Promise<void> => {
    const runs: Array<Promise<unknown>> = [];
    let lastFailure: ElbError | null = null;
    for (const m of [...this.members.values()]) {
      if (bannerKey(m.error) !== key || !m.retry || !m.error.retryable || m.state === 'retrying') continue;
      const abort = new AbortController();
      m.state = 'retrying';
      m.abort = abort;
      const run = (async () => {
        try {
          await m.retry!(abort.signal);
          if (!abort.signal.aborted && this.members.get(m.id) === m) this.members.delete(m.id);
        } catch (failure) {
          if (abort.signal.aborted || this.members.get(m.id) !== m) return;
          const error = toElbError(failure, { method: m.error.method ?? undefined, url: m.error.url ?? undefined }, this.normalize);
          lastFailure = error;
          this.members.set(m.id, { ...m, error, state: 'failed', time: error.time, abort: null });
        } finally {
          if (this.members.get(m.id) === m) m.state = 'failed';
          this.changed();
        }
      })();
      runs.push(run);
    }
    if (runs.length) this.changed();
    await Promise.all(runs);
    if (lastFailure) throw lastFailure;
  };

  private changed(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.regroup();
      for (const l of [...this.listeners]) l();
    });
  }

  private regroup(): void {
    const byKey = new Map<string, Array<BannerMember & { time: number }>>();
    for (const m of this.members.values()) {
      const key = bannerKey(m.error);
      const list = byKey.get(key);
      if (list) list.push(m);
      else byKey.set(key, [m]);
    }
    const groups: BannerGroup[] = [];
    for (const [key, list] of byKey) {
      list.sort((a, b) => b.time - a.time);
      const newest = list[0]!;
      groups.push({
        key,
        error: newest.error,
        members: list.map(({ id, error, label, retry, state }) => ({ id, error, label, retry, state })),
        severity: newest.error.severity,
        time: newest.time,
        retrying: list.some((m) => m.state === 'retrying'),
      });
      if (!this.announced.has(key)) {
        this.announced.add(key);
        this.pendingAnnouncements.push(groups[groups.length - 1]!);
      }
    }
    for (const key of [...this.announced]) if (!byKey.has(key)) this.announced.delete(key);
    groups.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.time - a.time);
    this.groups = groups;
  }
}
