import { usePauseWhileHeld } from './usePauseWhileHeld.js';
import { useEffect, useId, useRef, useState } from 'react';
import type { BannerStore, OperationAnnouncement, OperationBannerEntry, OperationBannerGroup, Translate } from '../../core/index.js';

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;

const RUNNING = { create: 'operation.banner.create', update: 'operation.banner.update', delete: 'operation.banner.delete', other: 'operation.banner.other' } as const;
const DONE = { create: 'operation.banner.created', update: 'operation.banner.updated', delete: 'operation.banner.deleted', other: 'operation.banner.done' } as const;

/** "Updating listener http-80…" while it runs, "Updated listener http-80" when it succeeded. */
export function operationText(entry: Pick<OperationBannerEntry, 'label' | 'verb'> & { state: 'in-progress' | 'succeeded' }, t: Translate): string {
  return t((entry.state === 'succeeded' ? DONE : RUNNING)[entry.verb] ?? RUNNING.other, { label: entry.label });
}

/** Announcements stay short: at most about this many characters per tick. */
const MAX_ANNOUNCEMENT = 200;

/** What the polite live region says for operations that started or finished. */
export function operationAnnouncement(list: readonly OperationAnnouncement[], t: Translate): string {
  const text = list.map((a) => operationText({ label: a.label, verb: a.verb, state: a.kind === 'succeeded' ? 'succeeded' : 'in-progress' }, t)).join(' ');
  return text.length > MAX_ANNOUNCEMENT ? `${text.slice(0, MAX_ANNOUNCEMENT - 1)}…` : text;
}

/** Re-renders every second while `active`, for the elapsed time. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

export interface OperationBannerProps {
  group: OperationBannerGroup;
  store: BannerStore;
  t: Translate;
  /** Dismiss a finished banner after this many ms (paused while hovered or focused); `false` keeps it. */
  successDismissMs: number | false;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** Dismisses the banner; `item` is its element, which may hold the focus (`ErrorBanners` moves it on). */
  onDismiss(key: string, item: HTMLElement | null): void;
}

/**
 * One operation banner, rendered from what the store holds: a running operation (an in-progress
 * icon that stands still under reduced motion, the elapsed time, Cancel) or a finished one that
 * goes away after a few seconds unless the pointer or focus is on it. Owns no operation state.
 */
export function OperationBanner({ group, store, t, successDismissMs, headingLevel, onDismiss }: OperationBannerProps) {
  const [paused, pauseProps] = usePauseWhileHeld();
  const item = useRef<HTMLElement>(null);
  const headingId = useId();
  const { key, state, count, running, loadBalancer, startedAt } = group;
  const now = useNow(state === 'in-progress');

  useEffect(() => {
    if (state !== 'succeeded' || paused || successDismissMs === false) return;
    const timer = setTimeout(() => store.dismiss(key), successDismissMs);
    return () => clearTimeout(timer);
  }, [state, paused, successDismissMs, key, store]);

  const single = count === 1 ? group.entries[0] : undefined;
  const lb = loadBalancer ?? '';
  const title = single
    ? operationText(single, t)
    : state === 'succeeded'
      ? t('operation.banner.groupDone', { count, loadBalancer: lb })
      : t('operation.banner.group', { count, loadBalancer: lb });
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  const status = single?.state === 'in-progress' ? single.status : null;
  const Heading = HEADINGS[headingLevel] ?? 'h2';

  return (
    <section
      ref={item}
      className="elb-panel elb-op"
      aria-labelledby={headingId}
      data-severity={state === 'succeeded' ? 'success' : 'info'}
      data-state={state}
      {...pauseProps}
    >
      <span className={state === 'in-progress' ? 'elb-op__progress' : 'elb-panel__icon'} aria-hidden="true" />
      <div className="elb-panel__body">
        <Heading id={headingId} className="elb-panel__title">
          {title}
        </Heading>
        {state === 'in-progress' ? (
          <p className="elb-op__meta">
            {status ? <span>{t('operation.status', { status })} · </span> : null}
            <span>{t('operation.elapsed', { seconds })}</span>
          </p>
        ) : null}
        {single ? null : (
          <>
            {state === 'in-progress' ? <p className="elb-op__meta">{t('operation.banner.groupRunning', { running, count })}</p> : null}
            <ul className="elb-op__list">
              {group.entries.map((entry) => (
                <li key={entry.id}>
                  {operationText(entry, t)}
                  {entry.state === 'in-progress' ? (
                    <>
                      {' '}
                      <button type="button" className="elb-button elb-op__cancel" aria-label={t('operation.banner.cancelOne', { label: entry.label })} onClick={() => entry.cancel()}>
                        {t('operation.banner.cancel')}
                      </button>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
            {count > group.entries.length ? <p className="elb-banners__more">{t('banner.moreRequests', { count: count - group.entries.length })}</p> : null}
          </>
        )}
        {single?.state === 'in-progress' ? (
          <div className="elb-panel__actions">
            <button type="button" className="elb-button" onClick={() => single.cancel()}>
              {t('operation.banner.cancel')}
            </button>
          </div>
        ) : null}
      </div>
      <button type="button" className="elb-panel__dismiss" aria-label={t('ui.dismiss')} title={t('ui.dismiss')} onClick={() => onDismiss(key, item.current)}>
        <span aria-hidden="true">×</span>
      </button>
    </section>
  );
}
