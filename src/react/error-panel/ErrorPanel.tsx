import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import {
  describeError,
  formatErrorSummary,
  isElbError,
  type ElbError,
  type RequestContext,
  type RetryPolicy,
  type RetrySnapshot,
  type Severity,
  type Translate,
} from '../../core/index.js';
import { useElbError } from '../hooks/useElbError.js';
import { useElbUi } from '../provider/ElbUiProvider.js';

/** How loudly a panel is announced. `assertive` = `role="alert"`, `polite` = `role="status"`. */
export type Politeness = 'assertive' | 'polite' | 'off';

export interface ErrorPanelProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'role'> {
  /** Whatever was thrown or returned: normalised with `toElbError` (a `Response`'s body is read). */
  error?: unknown;
  /** Re-runs the failed request. A Retry button is shown only when the failure is retryable and this is given. */
  onRetry?: (signal: AbortSignal) => unknown;
  /** Shows a dismiss button. */
  onDismiss?: () => void;
  /** Retry automatically by the policy (standalone use; with a hook result, the hook decides). @defaultValue false */
  autoRetry?: boolean | RetryPolicy;
  /** Method and URL of the failed request, for display and for the retry policy. */
  context?: RequestContext;
  /** Announcement politeness. @defaultValue 'assertive' for severity error, else 'polite' */
  politeness?: Politeness;
  /** Move focus to the panel's heading when it appears (for failures right after a user action). @defaultValue false */
  autoFocus?: boolean;
  /** Replaces the human title. */
  title?: ReactNode;
  /** Replaces the human explanation. */
  description?: ReactNode;
  /** Level of the title heading. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Open the details section initially. @defaultValue false */
  defaultExpanded?: boolean;
  /** Extra actions, rendered after the built-in buttons. */
  children?: ReactNode;
  /** Extra content at the top of the expandable details (e.g. the requests of a group). */
  details?: ReactNode;
  /** Replaces the Retry button's text (e.g. "Retry all"). */
  retryLabel?: ReactNode;

  // The result of `useElbError`, so `<ErrorPanel {...elb} />` needs no wiring.
  state?: RetrySnapshot['state'];
  attempt?: number;
  retryAt?: number | null;
  retryNotBefore?: number | null;
  maxAttempts?: number;
  autoRetryStopped?: RetrySnapshot['autoRetryStopped'];
  retry?: () => void;
  cancel?: () => void;
  clear?: () => void;
  capture?: (failure: unknown) => void;
  canRetry?: boolean;
}

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;

function politenessOf(severity: Severity, asked: Politeness | undefined): Politeness {
  return asked ?? (severity === 'error' ? 'assertive' : 'polite');
}

/** Re-renders every second while `active`, for countdowns. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [active]);
  return now;
}

function formatTime(epoch: number, locale: string, withDate = false): string {
  try {
    return new Intl.DateTimeFormat(locale, withDate ? { dateStyle: 'medium', timeStyle: 'medium' } : { timeStyle: 'medium' }).format(epoch);
  } catch {
    return new Date(epoch).toISOString();
  }
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the selection fallback */
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

/**
 * The failed-request banner: human title and explanation, the server's message, the ELB code
 * with a hint, the request id with a copy button, expandable details, Retry (only when it can
 * help), the retrying state, the auto-retry countdown and the attempt count.
 */
export const ErrorPanel = forwardRef<HTMLElement, ErrorPanelProps>(function ErrorPanel(props, ref) {
  const {
    error: errorProp, onRetry, onDismiss, autoRetry, context, politeness, autoFocus = false, title, description,
    headingLevel = 2, defaultExpanded = false, children, details, retryLabel, className,
    state: stateProp, attempt: attemptProp, retryAt: retryAtProp, retryNotBefore: notBeforeProp, maxAttempts: maxProp,
    autoRetryStopped: stoppedProp, retry: retryProp, cancel: cancelProp, clear: _clear, capture: _capture, canRetry: canRetryProp,
    ...rest
  } = props;
  const { t, locale } = useElbUi();
  // A hook result spread in (`retry` + `state`): use it. Otherwise this panel owns the state.
  const fromHook = typeof retryProp === 'function' && typeof stateProp === 'string';
  const own = useElbError(fromHook ? {} : { error: errorProp ?? null, onRetry, autoRetry, context });

  const error: ElbError | null = fromHook ? (isElbError(errorProp) ? errorProp : null) : own.error;
  const state = fromHook ? stateProp! : own.state;
  const attempt = fromHook ? attemptProp ?? 0 : own.attempt;
  const retryAt = fromHook ? retryAtProp ?? null : own.retryAt;
  const notBefore = fromHook ? notBeforeProp ?? null : own.retryNotBefore;
  const maxAttempts = fromHook ? maxProp ?? 0 : own.maxAttempts;
  const stopped = fromHook ? stoppedProp ?? null : own.autoRetryStopped;
  const retry = fromHook ? retryProp! : own.retry;
  const cancel = fromHook ? cancelProp ?? (() => undefined) : own.cancel;
  const canRetry = fromHook ? canRetryProp ?? true : typeof onRetry === 'function';

  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const now = useNow(state === 'waiting');

  const text = error ? describeError(error, t) : null;
  const severity: Severity = error?.severity ?? 'error';
  const live = politenessOf(severity, politeness);
  const attemptLabel = maxAttempts > 0 && Number.isFinite(maxAttempts) && (attempt > 0 || state === 'waiting')
    ? t('ui.attempt', { attempt: state === 'waiting' ? attempt + 1 : attempt, max: maxAttempts })
    : null;

  // Fill the live region after it is in the document, so panels inserted later are announced.
  const announce = live !== 'off' && error && text ? `${t(`ui.severity.${severity}`)}: ${text.title}. ${text.explanation}${attemptLabel ? ` ${attemptLabel}.` : ''}` : '';
  useEffect(() => {
    // A tick later, so screen readers have seen the empty region before the text arrives.
    const timer = setTimeout(() => setAnnouncement(announce), 0);
    return () => clearTimeout(timer);
  }, [announce, error]);

  useEffect(() => {
    if (autoFocus && error) headingRef.current?.focus();
  }, [autoFocus, error]);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  const liveRegion = (
    <div className="elb-sr-only" role={live === 'off' ? undefined : live === 'assertive' ? 'alert' : 'status'} aria-live={live} aria-atomic="true">
      {announcement}
    </div>
  );
  if (!error || !text) return liveRegion;

  const Heading = HEADINGS[headingLevel] ?? 'h2';
  const retrying = state === 'retrying';
  const showRetry = error.retryable && canRetry && state !== 'waiting';
  const seconds = retryAt != null ? Math.max(0, Math.ceil((retryAt - now) / 1000)) : 0;

  const onCopy = async (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setCopied((await copyText(formatErrorSummary(error, t))) ? 'copied' : 'failed');
  };

  return (
    <>
      {liveRegion}
      <section
        {...rest}
        ref={ref}
        className={className ? `elb-panel ${className}` : 'elb-panel'}
        aria-labelledby={rest['aria-labelledby'] ?? headingId}
        data-severity={severity}
        data-state={state}
        data-kind={error.kind}
        data-category={error.category ?? undefined}
      >
        <span className="elb-panel__icon" aria-hidden="true" />
        <div className="elb-panel__body">
          <Heading id={headingId} ref={headingRef} tabIndex={-1} className="elb-panel__title">
            <span className="elb-sr-only">{t(`ui.severity.${severity}`)}: </span>
            {title ?? text.title}
          </Heading>
          <p className="elb-panel__explanation">{description ?? text.explanation}</p>
          {error.serverMessage ? (
            <p className="elb-panel__server">
              <span className="elb-panel__label">{t('ui.serverMessage')}: </span>
              <q className="elb-panel__quote">{error.serverMessage}</q>
            </p>
          ) : null}
          {error.code ? (
            <p className="elb-panel__code-line">
              <span className="elb-panel__label">{t('ui.errorCode')}: </span>
              <code className="elb-panel__code">{error.code}</code>
            </p>
          ) : null}
          {text.hint ? (
            <p className="elb-panel__hint">
              <span className="elb-sr-only">{t('ui.hint')}: </span>
              {text.hint}
            </p>
          ) : null}
          {error.requestId ? (
            <p className="elb-panel__request-id">
              <span className="elb-panel__label">{t('ui.requestId')}: </span>
              <code className="elb-panel__code">{error.requestId}</code>
            </p>
          ) : null}

          {state === 'waiting' && retryAt != null ? (
            <p className="elb-panel__countdown">
              {t('ui.retryCountdown', { seconds })}
            </p>
          ) : null}
          {notBefore != null && state !== 'waiting' ? (
            <p className="elb-panel__countdown">{t('ui.retryLater', { time: formatTime(notBefore, locale) })}</p>
          ) : null}
          {attemptLabel ? <p className="elb-panel__attempt">{attemptLabel}</p> : null}
          {stopped === 'attempts-exhausted' && state === 'failed' ? (
            <p className="elb-panel__attempt">{t('ui.attemptsExhausted', { max: maxAttempts })}</p>
          ) : null}

          <div className="elb-panel__actions">
            {showRetry ? (
              <button
                type="button"
                className="elb-button elb-button--primary"
                aria-disabled={retrying || undefined}
                data-state={retrying ? 'retrying' : 'idle'}
                onClick={() => {
                  if (!retrying) retry();
                }}
              >
                {retrying ? t('ui.retrying') : (retryLabel ?? t('ui.retry'))}
              </button>
            ) : null}
            {state === 'waiting' ? (
              <>
                <button type="button" className="elb-button elb-button--primary" onClick={() => retry()}>
                  {t('ui.retryNow')}
                </button>
                <button type="button" className="elb-button" onClick={() => cancel()}>
                  {t('ui.cancelRetry')}
                </button>
              </>
            ) : null}
            <button type="button" className="elb-button" onClick={onCopy}>
              {t('ui.copy')}
            </button>
            <span className="elb-panel__copied" role="status">
              {copied === 'copied' ? t('ui.copied') : copied === 'failed' ? t('ui.copyFailed') : ''}
            </span>
            {children}
          </div>

          <details className="elb-panel__details" open={defaultExpanded || undefined}>
            <summary>{t('ui.details')}</summary>
            {details}
            <Details error={error} t={t} locale={locale} />
          </details>
        </div>
        {onDismiss ? (
          <button type="button" className="elb-panel__dismiss" aria-label={t('ui.dismiss')} title={t('ui.dismiss')} onClick={() => onDismiss()}>
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </section>
    </>
  );
});

function Details({ error, t, locale }: { error: ElbError; t: Translate; locale: string }) {
  const timeLabel = t('ui.time');
  const rows: Array<[string, string | null]> = [
    [t('ui.status'), error.status != null ? `${error.status} ${error.reason}` : error.reason],
    [t('ui.method'), error.method],
    [t('ui.url'), error.url],
    [timeLabel, formatTime(error.time, locale, true)],
  ];
  return (
    <div className="elb-panel__details-body">
      <dl className="elb-panel__facts">
        {rows
          .filter(([, value]) => value)
          .map(([name, value]) => (
            <div key={name} className="elb-panel__fact">
              <dt>{name}</dt>
              {/* The time is formatted in the server's time zone first, then the browser's: expected to differ. */}
              <dd suppressHydrationWarning={name === timeLabel}>{value}</dd>
            </div>
          ))}
      </dl>
      {error.descriptions.length ? (
        <>
          <p className="elb-panel__label">{t('ui.descriptions')}</p>
          <ul className="elb-panel__descriptions">
            {error.descriptions.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
