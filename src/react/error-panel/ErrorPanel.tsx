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
  quotationMarks,
  translateDescriptions,
  type ElbError,
  type RequestContext,
  type RetryPolicy,
  type RetrySnapshot,
  type Severity,
  requestScope,
  type Translate,
} from '../../core/index.js';
import { MAX_TIME as MAX_DATE_MS } from '../../core/retryAfter.js';
import { FAILURE_FACTS } from '../../core/summary.js';
import { useElbError, type UseElbErrorResult } from '../hooks/useElbError.js';
import { useElbUi } from '../provider/ElbUiProvider.js';
import { ErrorCode, FailureAge } from './supportFacts.js';
import { useDevWarning } from '../shared/devWarning.js';

/** A caller's title or description as text, when it is text (elements are read from the page). */
function textOf(node: ReactNode): string | null {
  return typeof node === 'string' || typeof node === 'number' ? String(node) : null;
}

/** How loudly a panel is announced. `assertive` = `role="alert"`, `polite` = `role="status"`. */
export type Politeness = 'assertive' | 'polite' | 'off';

/** How a panel looks and where it sits; shared by both forms of `ErrorPanel`. */
export interface ErrorPanelDisplayProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'role'> {
  /** Shows a dismiss button. */
  onDismiss?: (() => void) | undefined;
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
}

/** The keys of a `useElbError` result: a panel given them renders that state and owns none. */
type SnapshotKeys = 'state' | 'attempt' | 'retryAt' | 'retryNotBefore' | 'maxAttempts' | 'autoRetryStopped' | 'settling' | 'retry' | 'cancel' | 'clear' | 'capture' | 'canRetry';

/**
 * The owning form: the panel is given the failure and owns one `useElbError` for it.
 * `<ErrorPanel error={e} onRetry={load} autoRetry context={{ method: 'GET' }} />`
 */
export interface ErrorPanelOwnerProps extends ErrorPanelDisplayProps {
  /** Whatever was thrown or returned: normalised with `toElbError` (a `Response`'s body is read). */
  error?: unknown;
  /** Re-runs the failed request. A Retry button is shown only when the failure is retryable and this is given. */
  onRetry?: ((signal: AbortSignal) => unknown) | undefined;
  /** Retry automatically by the policy. @defaultValue false */
  autoRetry?: boolean | RetryPolicy | undefined;
  /** Method and URL of the failed request, for display and for the retry policy. */
  context?: RequestContext | undefined;
  state?: never;
  attempt?: never;
  retryAt?: never;
  retryNotBefore?: never;
  maxAttempts?: never;
  autoRetryStopped?: never;
  settling?: never;
  retry?: never;
  cancel?: never;
  clear?: never;
  capture?: never;
  canRetry?: never;
}

/**
 * The rendering form: a `useElbError` result spread in (`<ErrorPanel {...elb} />`). The hook owns
 * the failure; the panel renders it and creates no state. `onRetry`, `autoRetry` and `context`
 * belong to the hook here, so giving them to the panel is a type error.
 */
export interface ErrorPanelStateProps extends ErrorPanelDisplayProps, Partial<Pick<UseElbErrorResult, Exclude<SnapshotKeys, 'state' | 'retry'>>> {
  error: ElbError | null;
  state: RetrySnapshot['state'];
  retry: () => void;
  onRetry?: never;
  autoRetry?: never;
  context?: never;
}

/** Either form: given a failure (and it owns its retry state), or given a `useElbError` result (and it owns nothing). */
export type ErrorPanelProps = ErrorPanelOwnerProps | ErrorPanelStateProps;

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

const DAY_MS = 86_400_000;

// Making a formatter costs far more than using one: one per locale, style and UTC offset, a few dozen at
// most. A formatter keeps the time zone it was made in; the offset in the key makes a new one when the
// machine's zone changes (a laptop that travels, TZ set in a server process).
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${withDate ? 'd' : 't'} ${new Date().getTimezoneOffset()} ${locale}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, withDate ? { dateStyle: 'medium', timeStyle: 'medium' } : { timeStyle: 'medium' });
    if (dateTimeFormats.size >= 32) dateTimeFormats.clear();
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** A time as text; never throws. Out-of-range and non-finite values are clamped, or give '' when not a number. */
export function formatTime(epoch: unknown, locale: string, withDate = false): string {
  if (typeof epoch !== 'number' || Number.isNaN(epoch)) return '';
  const ms = Math.min(MAX_DATE_MS, Math.max(-MAX_DATE_MS, epoch));
  try {
    return dateTimeFormat(locale, withDate).format(ms);
  } catch {
    try {
      return new Date(ms).toISOString();
    } catch {
      return '';
    }
  }
}

/** Whether a time to wait for should name its date: a day or more away, or on another day. */
function needsDate(epoch: number, now: number): boolean {
  if (!(epoch - now < DAY_MS)) return true;
  try {
    return new Date(Math.min(MAX_DATE_MS, epoch)).toDateString() !== new Date(now).toDateString();
  } catch {
    return true;
  }
}

const OWNER_KEYS = ['onRetry', 'autoRetry', 'context'] as const;
const SNAPSHOT_KEYS: readonly SnapshotKeys[] = ['state', 'attempt', 'retryAt', 'retryNotBefore', 'maxAttempts', 'autoRetryStopped', 'settling', 'retry', 'cancel', 'clear', 'capture', 'canRetry'];

/** What the panel says about props that do not fit its owner (none when they fit). */
function misuseOf(props: ErrorPanelProps, stateProps: boolean): string | null {
  const given = (keys: readonly string[]) => keys.filter((k) => (props as unknown as Record<string, unknown>)[k] !== undefined);
  if (stateProps) {
    const mixed = given(OWNER_KEYS);
    return mixed.length
      ? `<ErrorPanel> was given a useElbError result and ${mixed.join(', ')}. The hook owns the failure: pass ${mixed.join(', ')} to useElbError instead; the panel ignores them.`
      : null;
  }
  const partial = given(SNAPSHOT_KEYS);
  return partial.length ? `<ErrorPanel> was given ${partial.join(', ')} without a whole useElbError result (retry and state); it owns its own state and ignores them.` : null;
}

/** A `useElbError` result was spread in: `retry` is a function and `state` a string. */
function isStateProps(props: ErrorPanelProps): props is ErrorPanelStateProps {
  return typeof props.retry === 'function' && typeof props.state === 'string';
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
 *
 * One owner per failure: given `error` (with `onRetry` / `autoRetry`), the panel owns one
 * `useElbError`; given a `useElbError` result (`<ErrorPanel {...elb} />`), it renders that and
 * owns nothing.
 */
export const ErrorPanel = forwardRef<HTMLElement, ErrorPanelProps>(function ErrorPanel(props, ref) {
  const stateProps = isStateProps(props);
  useDevWarning(misuseOf(props, stateProps));
  if (stateProps) {
    const { onRetry: _r, autoRetry: _a, context: _c, clear: _clear, capture: _capture, ...view } = props as ErrorPanelStateProps & Record<string, unknown>;
    return <ErrorPanelView {...(view as ErrorPanelViewProps)} ref={ref} />;
  }
  return <OwnedErrorPanel {...(props as ErrorPanelOwnerProps)} ref={ref} />;
});

/** The owning form: exactly one `useElbError` for the failure it is given. */
const OwnedErrorPanel = forwardRef<HTMLElement, ErrorPanelOwnerProps>(function OwnedErrorPanel(props, ref) {
  const {
    error, onRetry, autoRetry, context,
    state: _s, attempt: _at, retryAt: _ra, retryNotBefore: _nb, maxAttempts: _m, autoRetryStopped: _st, settling: _se, retry: _r, cancel: _ca, clear: _cl, capture: _cp, canRetry: _cr,
    ...display
  } = props;
  const elb = useElbError({ error: error ?? null, onRetry, autoRetry, context });
  const { clear: _clear, capture: _capture, ...snapshot } = elb;
  return <ErrorPanelView {...display} {...snapshot} ref={ref} />;
});

/** What the presentational panel renders: a failure and its retry state, and how to show it. */
export interface ErrorPanelViewProps extends ErrorPanelDisplayProps {
  error: ElbError | null;
  state: RetrySnapshot['state'];
  attempt?: number;
  retryAt?: number | null;
  retryNotBefore?: number | null;
  maxAttempts?: number;
  autoRetryStopped?: RetrySnapshot['autoRetryStopped'];
  /** The scheduled retry waits for the load balancer to settle (no countdown). */
  settling?: boolean;
  retry: () => void;
  cancel?: () => void;
  canRetry?: boolean;
}

/**
 * The presentational panel: renders the snapshot it is given and holds no failure state (only
 * what is about the screen: the announcement tick, "Copied", the countdown's clock).
 * @internal Used by `ErrorPanel` and the page banners.
 */
export const ErrorPanelView = forwardRef<HTMLElement, ErrorPanelViewProps>(function ErrorPanelView(props, ref) {
  const {
    error: errorProp, onDismiss, politeness, autoFocus = false, title, description,
    headingLevel = 2, defaultExpanded = false, children, details, retryLabel, className,
    state, attempt = 0, retryAt = null, retryNotBefore: notBefore = null, maxAttempts = 0,
    autoRetryStopped: stopped = null, settling = false, retry, cancel, canRetry = true,
    ...rest
  } = props;
  const { t, locale, errorCodes, docsUrl, docsTarget } = useElbUi();
  const error: ElbError | null = isElbError(errorProp) ? errorProp : null;

  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const explanationRef = useRef<HTMLParagraphElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  // The action button that has focus, until focus moves out of the actions.
  const focusedAction = useRef<HTMLElement | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const now = useNow(state === 'waiting');

  // The provider's catalogue decides the hint however the error was made; the hint follows the retry plan.
  const plan = state === 'waiting' ? 'scheduled' : !error?.retryable ? 'none' : notBefore != null ? 'later' : 'manual';
  const text = error ? describeError(error, t, { errorCodes, retry: plan }) : null;
  const severity: Severity = error?.severity ?? 'error';
  const live = politenessOf(severity, politeness);
  const attemptLabel = maxAttempts > 0 && Number.isFinite(maxAttempts) && (attempt > 0 || state === 'waiting')
    ? t('ui.attempt', { attempt: state === 'waiting' ? attempt + 1 : attempt, max: maxAttempts })
    : null;

  // Fill the live region after it is in the document, so panels inserted later are announced.
  // The failure is announced, not its attempts: a count that changes would announce the whole alert again.
  // What is announced is what the panel shows: a `title` or `description` of the caller's replaces the text.
  const announce =
    live !== 'off' && error && text ? `${t(`ui.severity.${severity}`)}: ${textOf(title) ?? text.title}. ${textOf(description) ?? text.explanation}` : '';
  useEffect(() => {
    // A tick later, so screen readers have seen the empty region before the text arrives. Replacements that
    // are elements are read from the page then.
    const timer = setTimeout(() => {
      const heading = headingRef.current?.textContent;
      const explanation = explanationRef.current?.textContent;
      setAnnouncement(announce && heading && explanation ? `${heading}. ${explanation}` : announce);
    }, 0);
    return () => clearTimeout(timer);
  }, [announce, error]);

  // When a new failure is shown (attempt 0), not when a retry's outcome is (the same failure again, or one it
  // became): a retry that fails while a person types elsewhere on the page leaves their focus alone.
  const fresh = error != null && attempt === 0 ? error : null;
  useEffect(() => {
    if (autoFocus && fresh) headingRef.current?.focus();
  }, [autoFocus, fresh]);

  // The actions follow the retry state: "Retry now" and "Cancel automatic retry" go when the retry starts or
  // is cancelled, "Retry" when the next automatic retry is scheduled. A focused button that goes takes focus
  // to the page's body (the next Tab starts at the top, a screen reader loses its place): focus goes to the
  // primary button now in its place ("Retry", "Retry now"), else to the heading. Never when focus has moved
  // elsewhere meanwhile.
  useEffect(() => {
    const gone = focusedAction.current;
    if (!gone || gone.isConnected) return;
    focusedAction.current = null;
    const doc = gone.ownerDocument;
    if (doc.activeElement && doc.activeElement !== doc.body) return;
    (actionsRef.current?.querySelector<HTMLElement>('.elb-button--primary') ?? headingRef.current)?.focus();
  });

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
  const seconds = retryAt != null && Number.isFinite(retryAt) ? Math.max(0, Math.ceil((retryAt - now) / 1000)) : 0;

  const onCopy = async (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setCopied((await copyText(formatErrorSummary(error, t, { now: Date.now(), locale, docsUrl }))) ? 'copied' : 'failed');
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
        data-category={text.category ?? undefined}
      >
        <span className="elb-panel__icon" aria-hidden="true" />
        <div className="elb-panel__body">
          <Heading id={headingId} ref={headingRef} tabIndex={-1} className="elb-panel__title">
            <span className="elb-sr-only">{t(`ui.severity.${severity}`)}: </span>
            {title ?? text.title}
          </Heading>
          <p ref={explanationRef} className="elb-panel__explanation">
            {description ?? text.explanation}
          </p>
          {error.serverMessage ? (
            <p className="elb-panel__server">
              <span className="elb-panel__label">{t('ui.serverMessage')}: </span>
              <q className="elb-panel__quote" style={{ quotes: quotationMarks(t).map((mark) => JSON.stringify(mark)).join(' ') }}>
                {error.serverMessage}
              </q>
            </p>
          ) : null}
          {error.code ? (
            <p className="elb-panel__code-line">
              <span className="elb-panel__label">{t('ui.errorCode')}: </span>
              <ErrorCode code={error.code} docsUrl={docsUrl} target={docsTarget} t={t} />
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

          {state === 'waiting' && settling ? <p className="elb-panel__countdown">{t('operation.settling')}</p> : null}
          {state === 'waiting' && retryAt != null && !settling ? (
            <p className="elb-panel__countdown">
              {t('ui.retryCountdown', { seconds })}
            </p>
          ) : null}
          {notBefore != null && state !== 'waiting' ? (
            // A time of day: the server's render may show it in another time zone than the reader's.
            <p className="elb-panel__countdown" suppressHydrationWarning>{t('ui.retryLater', { time: formatTime(notBefore, locale, needsDate(notBefore, now)) })}</p>
          ) : null}
          {attemptLabel ? <p className="elb-panel__attempt">{attemptLabel}</p> : null}
          {stopped === 'attempts-exhausted' && state === 'failed' ? (
            <p className="elb-panel__attempt">{t('ui.attemptsExhausted', { max: maxAttempts })}</p>
          ) : null}

          <div
            className="elb-panel__actions"
            ref={actionsRef}
            onFocus={(event) => (focusedAction.current = event.target)}
            onBlur={(event) => {
              // Focus moved on (a removed button's blur, where a browser sends one, is not moving on).
              const left = event.target;
              queueMicrotask(() => {
                if (left.isConnected && focusedAction.current === left) focusedAction.current = null;
              });
            }}
          >
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
                {settling ? null : (
                  <button type="button" className="elb-button elb-button--primary" onClick={() => retry()}>
                    {t('ui.retryNow')}
                  </button>
                )}
                <button type="button" className="elb-button" onClick={() => cancel?.()}>
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
  // The copied summary's facts, with the project and region; the time in the reader's locale here.
  const scope = requestScope(error.url);
  const facts = FAILURE_FACTS.filter((fact) => fact.inDetails && fact.key !== 'ui.time').map((fact) => [t(fact.key), fact.value(error)] as const);
  const rows: ReadonlyArray<readonly [string, string | null]> = [
    ...facts,
    [t('ui.project'), scope.projectId],
    [t('ui.region'), scope.region],
    [timeLabel, formatTime(error.time, locale, true) || null],
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
              <dd suppressHydrationWarning={name === timeLabel}>
                {value}
                {name === timeLabel ? <FailureAge time={error.time} locale={locale} t={t} /> : null}
              </dd>
            </div>
          ))}
      </dl>
      {error.descriptions.length ? (
        <>
          <p className="elb-panel__label">{t('ui.descriptions')}</p>
          <ul className="elb-panel__descriptions">
            {translateDescriptions(error.status, error.descriptions, t).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
