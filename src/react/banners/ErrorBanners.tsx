import { usePauseWhileHeld } from './usePauseWhileHeld.js';
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FocusEvent,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { BannerStore, describeError, type BannerGroup, type RetryPolicy, type TrackOptions, type TrackSource, type Translate } from '../../core/index.js';
import { clampDelay } from '../../core/retryPolicy.js';
import { ErrorPanelView } from '../error-panel/ErrorPanel.js';
import { OperationBanner, operationAnnouncement } from './OperationBanner.js';
import { useElbUi } from '../provider/ElbUiProvider.js';
import { useLatestEffect } from '../shared/useLatestEffect.js';

const BannerContext = createContext<BannerStore | null>(null);
BannerContext.displayName = 'ElbBannerContext';

export interface ElbBannerProviderProps {
  children?: ReactNode;
  /** A store of your own (to report from outside React); one is made otherwise. */
  store?: BannerStore;
}

/** Holds a page's failed requests. Put `<ErrorBanners />` anywhere inside to show them. */
export function ElbBannerProvider({ children, store }: ElbBannerProviderProps) {
  const { errorCodes } = useElbUi();
  const [own] = useState(() => store ?? new BannerStore({ errorCodes }));
  // A store made here goes with the provider: retries in flight are aborted (a store given stays its owner's).
  useEffect(() => (store ? undefined : () => own.stopRetries()), [store, own]);
  return <BannerContext.Provider value={store ?? own}>{children}</BannerContext.Provider>;
}

function useStore(): BannerStore {
  const store = useContext(BannerContext);
  if (!store) throw new Error('elb-status-ui: useElbBanners and <ErrorBanners> must be used inside <ElbBannerProvider>.');
  return store;
}

/** Tracked ids a component keeps before it prunes those no longer followed. */
const MAX_OWNED = 100;

/**
 * Report failed requests to the page's banner area, take them back, and follow long-running
 * operations with one banner each (`track`). Operations tracked through this hook stop being
 * followed when the component unmounts.
 */
export function useElbBanners() {
  const store = useStore();
  const [owned] = useState(() => new Set<string>());
  useEffect(
    () => () => {
      for (const id of owned) store.remove(id);
      owned.clear();
    },
    [store, owned],
  );
  return useMemo(
    () => ({
      /** Reports anything thrown, with the request's method/URL and a retry function; returns an id. */
      report: store.report,
      /** Removes one report, or stops following a tracked operation. */
      remove: store.remove,
      dismiss: store.dismiss,
      dismissAll: store.dismissAll,
      /**
       * Shows one banner for an operation (an `ElbOperation` or a `useElbOperation()` result):
       * "Updating listener http-80…" with the elapsed time, then success (auto-dismissed) or the
       * usual error banner. `label` names the resource; `context.method` picks the wording and
       * `context.url` (or `loadBalancer`) groups operations on one load balancer. Returns an id.
       */
      track: (operation: TrackSource, options: TrackOptions): string => {
        const id = store.track(operation, options);
        if (owned.size >= MAX_OWNED) for (const old of owned) if (!store.tracks(old)) owned.delete(old);
        owned.add(id);
        return id;
      },
    }),
    [store, owned],
  );
}

export interface ErrorBannersProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Banners shown before "Show N more". @defaultValue 3 */
  max?: number;
  /**
   * Dismiss warning/info/success banners after this many ms (paused while hovered or focused). Errors stay.
   * Clamped to what a timer holds; `Infinity`, `NaN`, 0 and negative values never dismiss. @defaultValue false
   */
  autoDismissMs?: number | false;
  /**
   * Retry groups automatically by the policy, with a countdown per banner. The store owns the
   * schedule; each request is re-run only when the policy allows it for its own method and status.
   * @defaultValue false
   */
  autoRetry?: boolean | RetryPolicy;
  /** Heading level of each banner. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Dismiss a tracked operation's banner this many ms after it succeeded (paused while hovered or
   * focused). `false`, `Infinity`, 0 and negative values keep it. @defaultValue 5000
   */
  successDismissMs?: number | false;
}

function groupTitle(group: BannerGroup, t: Translate): string | undefined {
  return group.count > 1 ? t('banner.count', { count: group.count, title: describeError(group.error, t).title }) : undefined;
}

/**
 * The text for a live region: a new announcement worded like the last one (two groups titled "Not found") gets
 * a no-break space at its end, or loses it, so that the region changes and is read again.
 */
function changed(text: string, before: string): string {
  if (text !== before.replace(/\u00a0$/, '')) return text;
  return before.endsWith('\u00a0') ? text : `${text}\u00a0`;
}

/** Announcements stay short: one per tick and region, at most about this many characters. */
const MAX_ANNOUNCEMENT = 200;

function announcementOf(list: BannerGroup[], t: Translate): string {
  const text = list.map((g) => `${t(`ui.severity.${g.severity}`)}: ${groupTitle(g, t) ?? describeError(g.error, t).title}.`).join(' ');
  if (text.length <= MAX_ANNOUNCEMENT) return text;
  const count = list.reduce((sum, g) => sum + g.count, 0);
  return `${t(`ui.severity.${list[0]!.severity}`)}: ${t('banner.announceMany', { count, kinds: list.length })}`.slice(0, MAX_ANNOUNCEMENT);
}

/** A delay option as a timer can take it: `false` when it should never fire. */
function dismissDelay(ms: number | false | undefined): number | false {
  if (typeof ms !== 'number' || !(ms > 0) || ms === Infinity) return false;
  return clampDelay(ms);
}

/**
 * The page's banner stack: identical failures grouped into one banner with "Retry all", ordered
 * by severity then recency, capped with "Show N more", one live region that announces each new
 * group once. A banner that goes while it holds the focus hands it to the banner in its place (its
 * dismiss button), else to the stack.
 */
export function ErrorBanners({ max = 3, autoDismissMs = false, autoRetry = false, headingLevel = 2, successDismissMs = 5000, className, onFocus, onBlur, ...rest }: ErrorBannersProps) {
  const store = useStore();
  const { t, retryBudget, retryPolicy } = useElbUi();
  // The store owns the groups' retry state; this only tells it the policy (no restart when it
  // changes) and stops its timers when the banners go away.
  useLatestEffect(() => {
    store.setRetryOptions({ autoRetry, budget: retryBudget, defaultPolicy: retryPolicy });
  }, [store, autoRetry, retryBudget, retryPolicy]);
  useEffect(() => () => store.setRetryOptions(null), [store]);
  const groups = useSyncExternalStore(store.subscribe, store.getGroups, store.getGroups);
  const operations = useSyncExternalStore(store.subscribe, store.getOperations, store.getOperations);
  const [expanded, setExpanded] = useState(false);
  const [announced, setAnnounced] = useState({ assertive: '', polite: '' });

  // New groups are announced once, when they appear; a further identical failure only updates the count.
  useEffect(
    () =>
      store.subscribe(() => {
        const fresh = store.takeAnnouncements();
        const ops = store.takeOperationAnnouncements();
        if (!fresh.length && !ops.length) return;
        const loud = fresh.filter((g) => g.severity === 'error');
        const soft = fresh.filter((g) => g.severity !== 'error');
        const polite = [soft.length ? announcementOf(soft, t) : '', ops.length ? operationAnnouncement(ops, t) : ''].filter(Boolean).join(' ');
        setAnnounced((prev) => ({
          assertive: loud.length ? changed(announcementOf(loud, t), prev.assertive) : prev.assertive,
          polite: polite ? changed(polite, prev.polite) : prev.polite,
        }));
      }),
    [store, t],
  );

  const visible = expanded ? groups : groups.slice(0, max);
  const hidden = groups.length - visible.length;
  const root = useRef<HTMLDivElement>(null);
  // The banner that holds the focus, its stack, and its place there as of the last render.
  // The banners after it: the first of them still there takes the focus when it goes, also when banners above
  // it (or right after it) go at once.
  const held = useRef<{ banner: HTMLElement; stack: HTMLElement; at: number; after: HTMLElement[]; element: HTMLElement } | null>(null);

  /**
   * Dismissing takes away the button that has the focus: it moves to the next banner's dismiss button
   * (else the previous one's), or to the stack itself when none is left, never to the page's body.
   */
  function dismiss(key: string, item: HTMLElement | null) {
    const focused = typeof document !== 'undefined' ? document.activeElement : null;
    if (item && focused && item.contains(focused)) {
      const sibling = nextBanner(item) ?? previousBanner(item);
      (sibling?.querySelector<HTMLElement>('.elb-panel__dismiss') ?? root.current)?.focus();
    }
    store.dismiss(key);
  }

  // The same rule when a banner holding the focus goes without a person dismissing it (its retry
  // succeeded, a more severe banner pushed it behind "Show N more", its operation was cancelled or
  // finished): the banner now in its place (the next one, else the previous one) takes the focus on its
  // dismiss button, else the stack does. Never when focus has moved elsewhere meanwhile.
  useEffect(() => {
    const now = held.current;
    if (!now) return;
    const { banner, stack, element } = now;
    const doc = banner.ownerDocument;
    const lost = !doc.activeElement || doc.activeElement === doc.body;
    if (banner.isConnected) {
      // Banners added or removed above it move it: its place, for the render where it goes.
      const banners = bannersOf(stack);
      now.at = banners.indexOf(banner);
      now.after = banners.slice(now.at + 1);
      // The banner stays but the focused control went (an operation's Cancel once it finished, one operation
      // of a group cancelled): its dismiss button, else the banner's first button, takes the focus.
      if (!element.isConnected && lost) {
        held.current = null;
        (banner.querySelector<HTMLElement>('.elb-panel__dismiss') ?? banner.querySelector<HTMLElement>('button') ?? root.current)?.focus();
      }
      return;
    }
    held.current = null;
    if (!lost) return;
    const items = stack.isConnected ? bannersOf(stack) : [];
    const next = now.after.find((b) => items.includes(b)) ?? items[Math.min(now.at, items.length - 1)];
    (next?.querySelector<HTMLElement>('.elb-panel__dismiss') ?? root.current)?.focus();
  });

  function handleFocus(event: FocusEvent<HTMLDivElement>) {
    onFocus?.(event);
    const banner = (event.target as HTMLElement).closest<HTMLElement>(BANNER);
    const stack = banner?.parentElement;
    const banners = stack ? bannersOf(stack) : [];
    const at = banner ? banners.indexOf(banner) : -1;
    held.current = banner && stack ? { banner, stack, at, after: banners.slice(at + 1), element: event.target as HTMLElement } : null;
  }

  function handleBlur(event: FocusEvent<HTMLDivElement>) {
    onBlur?.(event);
    // Focus left the banners (a removed banner's blur, where a browser sends one, is not leaving).
    const left = event.target;
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    queueMicrotask(() => {
      if (left.isConnected && held.current?.banner.contains(left)) held.current = null;
    });
  }

  function dismissAll() {
    const focused = typeof document !== 'undefined' ? document.activeElement : null;
    if (focused && root.current?.contains(focused)) root.current.focus();
    store.dismissAll();
  }

  return (
    <div tabIndex={-1} {...rest} ref={root} className={className ? `elb-banners ${className}` : 'elb-banners'} onFocus={handleFocus} onBlur={handleBlur}>
      {/* Mounted before any banner, so the first announcement is heard. */}
      <div className="elb-sr-only" role="alert" aria-live="assertive" aria-atomic="true">
        {announced.assertive}
      </div>
      <div className="elb-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announced.polite}
      </div>
      {operations.length ? (
        <section className="elb-banners__stack" aria-label={t('operation.banner.region')}>
          {operations.map((group) => (
            <OperationBanner key={group.key} group={group} store={store} t={t} successDismissMs={dismissDelay(successDismissMs)} headingLevel={headingLevel} onDismiss={dismiss} />
          ))}
        </section>
      ) : null}
      {groups.length ? (
        <section className="elb-banners__stack" aria-label={t('banner.region')}>
          {visible.map((group) => (
            <Banner key={group.key} group={group} store={store} t={t} autoDismissMs={dismissDelay(autoDismissMs)} headingLevel={headingLevel} onDismiss={dismiss} />
          ))}
          {groups.length > 1 || hidden > 0 ? (
            <div className="elb-banners__footer">
              {hidden > 0 || expanded ? (
                <button type="button" className="elb-button" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
                  {expanded ? t('banner.fewer') : t('banner.more', { count: hidden })}
                </button>
              ) : null}
              {groups.length > 1 ? (
                <button type="button" className="elb-button" onClick={dismissAll}>
                  {t('banner.dismissAll')}
                </button>
              ) : null}
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

interface BannerProps {
  group: BannerGroup;
  store: BannerStore;
  t: Translate;
  autoDismissMs: number | false;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** Dismisses the group; `item` is the banner's element, which may hold the focus. */
  onDismiss(key: string, item: HTMLElement | null): void;
}

const ignore = () => undefined;

/** A banner of either stack: a failure's (`Banner`) or an operation's (`OperationBanner`). */
const BANNER = '.elb-banners__item, .elb-op';
const isBanner = (element: Element | null): element is HTMLElement => element instanceof HTMLElement && element.matches(BANNER);
const bannersOf = (stack: HTMLElement) => [...stack.children].filter(isBanner);
const nextBanner = (item: HTMLElement) => (isBanner(item.nextElementSibling) ? item.nextElementSibling : null);
const previousBanner = (item: HTMLElement) => (isBanner(item.previousElementSibling) ? item.previousElementSibling : null);

/** One group, rendered from what the store holds: the panel here owns no retry state. */
function Banner({ group, store, t, autoDismissMs, headingLevel, onDismiss }: BannerProps) {
  const [paused, pauseProps] = usePauseWhileHeld();
  const item = useRef<HTMLDivElement>(null);
  const { key, severity, time } = group;
  useEffect(() => {
    if (autoDismissMs === false || severity === 'error' || paused) return;
    const timer = setTimeout(() => store.dismiss(key), autoDismissMs);
    return () => clearTimeout(timer);
  }, [autoDismissMs, severity, paused, key, time, store]);

  const more = group.count - group.members.length;
  const requests = (
    <div className="elb-banners__requests">
      <p className="elb-panel__label">{t('banner.requests')}</p>
      <ul>
        {group.members.map((m) => (
          <li key={m.id}>
            <code className="elb-panel__code">{m.label}</code>
            {m.state === 'retrying' ? ` (${t('banner.retrying')})` : !m.retry || !m.error.retryable ? ` (${t('banner.notRetryable')})` : ''}
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="elb-banners__more">{t('banner.moreRequests', { count: more })}</p> : null}
    </div>
  );
  return (
    <div
      ref={item}
      className="elb-banners__item"
      {...pauseProps}
    >
      <ErrorPanelView
        error={group.error}
        state={group.state}
        attempt={group.attempt}
        retryAt={group.retryAt}
        retryNotBefore={group.retryNotBefore}
        maxAttempts={group.maxAttempts}
        autoRetryStopped={group.autoRetryStopped}
        retry={() => void store.retryGroup(key).catch(ignore)}
        cancel={() => store.cancel(key)}
        canRetry={group.members.some((m) => m.retry)}
        title={groupTitle(group, t)}
        retryLabel={group.count > 1 ? t('banner.retryAll') : undefined}
        onDismiss={() => onDismiss(key, item.current)}
        politeness="off"
        headingLevel={headingLevel}
        details={requests}
        data-group={key}
      />
    </div>
  );
}
