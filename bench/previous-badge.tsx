// Diagnostic (BENCH_KINDS=span,previous,badge): StatusBadge as it was before it was rewritten in plain
// React: jsx() called by hand, the props object mutated, the reducer's dispatch handed to React as the
// listener (no handler made per render), ids from a module counter, no useId, no data-state, no tooltip
// for undocumented statuses. Kept unchanged here so that a run can compare the two badges in the same
// page; it is not exported and nothing else imports it.
import {
  forwardRef,
  useContext,
  useEffect,
  useReducer,
  useState,
  type HTMLAttributes,
  type Ref,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { jsx, jsxs } from 'react/jsx-runtime';
import type { ElbError, Severity, StatusInfo } from '../src/core/types.js';
import { getStatusInfo, UNKNOWN_STATUS_REASON } from '../src/core/statusCodes.js';
import { enBase } from '../src/core/messages/en-base.js';
import { translatorOf, type Translate } from '../src/core/messages/translate.js';
import { ElbUiContext } from '../src/react/provider/context.js';
import type { BadgeTooltipProps } from '../src/react/status-badge/BadgeTooltip.js';

// Badges outside a provider need only these English strings, not the panel's texts.
const baseT = translatorOf(enBase);

export interface StatusBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /**
   * HTTP status to show. Ignored when `error` is given. A status that arrives as text from untyped data
   * (`"503"` from a JSON log) is read as the number it spells; any other text shows as a plain error.
   */
  status?: number | null;
  /** A normalised failure (`toElbError`); adds its ELB code and the server's message to the tooltip. */
  error?: ElbError | null;
  /** Replaces the reason text after the code. */
  label?: ReactNode;
  /** Show the tooltip on hover and focus. @defaultValue true when there is something to show */
  tooltip?: boolean;
}

type Armed = { focus: boolean; id: string } | null;
type BadgeEvent = SyntheticEvent<HTMLSpanElement> & { pointerType?: string; key?: string };
type SpanProps = HTMLAttributes<HTMLSpanElement> & { ref?: Ref<HTMLSpanElement>; 'data-severity'?: Severity; 'data-documented'?: 'false' };
let tipIds = 0;

// ---- the tooltip, loaded on first use -------------------------------------------------------

type TooltipComponent = (props: BadgeTooltipProps) => ReactNode;
let loadedTooltip: TooltipComponent | null = null;
let loadingTooltip: Promise<TooltipComponent> | null = null;

/**
 * Loads the badge tooltip (Radix and its positioning code, about 20 kB min+gz) ahead of the
 * first hover or focus. Badges start this themselves when first pointed at or focused; call it
 * when a page should have keyboard tooltips without the first load's short wait. A failed load
 * rejects and is tried again next time.
 */
function preloadStatusBadgeTooltip(): Promise<void> {
  loadingTooltip ??= import('../src/react/status-badge/BadgeTooltip.js').then(
    (module) => (loadedTooltip = module.BadgeTooltip),
    (reason: unknown) => {
      loadingTooltip = null;
      throw reason;
    },
  );
  return loadingTooltip.then(() => undefined);
}

const ignore = () => undefined;
const CLOSE = { type: 'close' } as BadgeEvent;

/** The armed badge's tooltip: rendered at once when loaded, else as soon as the module arrives. */
function ArmedTooltip(props: BadgeTooltipProps) {
  const [Tip, setTip] = useState<TooltipComponent | null>(() => loadedTooltip);
  useEffect(() => {
    if (Tip) return;
    let live = true;
    preloadStatusBadgeTooltip().then(() => live && setTip(() => loadedTooltip), ignore);
    return () => {
      live = false;
    };
  }, [Tip]);
  if (Tip) return <Tip {...props} />;
  // Until the code arrives (or when it cannot be fetched), the badge's aria-describedby still names
  // what the tooltip will say: a hidden element is read as a description, not as the badge's text.
  const { severity, info, error, t } = props;
  return (
    <span id={props.id} hidden>
      {[t(`ui.severity.${severity}`), ...(info?.descriptions ?? []), error?.code && `${t('ui.errorCode')}: ${error.code}`, error?.serverMessage]
        .filter(Boolean)
        .join(' ')}
    </span>
  );
}

// ---- the badge ------------------------------------------------------------------------------

function reasonText(info: StatusInfo, t: Translate): string {
  return info.reason === UNKNOWN_STATUS_REASON ? t('ui.unknownStatus', { status: info.status }) : `${info.status} ${info.reason}`;
}

/**
 * The badge's state machine. The badge hands its `dispatch` to React as its listener at rest, so
 * a table of badges allocates no handler per render and React's prop diff sees the same function
 * every time; the event arrives here as the action (React 17+ does not pool events).
 */
function armedReducer(a: Armed, e: BadgeEvent): Armed {
  const focus = e.type === 'focus';
  if (focus || (e.type === 'pointerenter' && e.pointerType === 'mouse')) {
    // Focus outranks hover: a pointer leaving must not close a keyboard user's tooltip.
    return a && (a.focus || !focus) ? a : { focus, id: `elb-badge-tip-${++tipIds}` };
  }
  if (e.type === 'pointerleave') return e.pointerType === 'mouse' && !a?.focus ? null : a;
  // A touch or pen pointerenter changes nothing; blur and close (Escape, Radix) disarm.
  return e.type === 'pointerenter' ? a : null;
}

/** The consumer's handler first; ours only when it did not call preventDefault. */
function compose<E extends SyntheticEvent>(theirs: ((e: E) => void) | undefined, ours: (e: BadgeEvent) => void): (e: E) => void {
  if (!theirs) return ours as unknown as (e: E) => void;
  return (event: E) => {
    theirs(event);
    if (!event.defaultPrevented) ours(event as unknown as BadgeEvent);
  };
}

/**
 * A compact status pill: severity icon, code and reason as text, severity colour from CSS
 * custom properties, and the code's descriptions in a Radix tooltip on hover and focus.
 *
 * Cheap in tables (`npm run bench`): one span with one text and as few attributes and
 * listeners as its state needs (two at rest, five while armed). At rest both listeners are the
 * reducer's own dispatch, so a re-render hands React the same functions again. The tooltip, its
 * state's only consumer, is mounted while a person points at or focuses the badge, and its code
 * (Radix) is loaded the first time that happens.
 */
export const PreviousBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(props, ref) {
  const config = useContext(ElbUiContext);
  const [armed, dispatch] = useReducer(armedReducer, null);
  const { status, error, label, tooltip, className, ...rest } = props;
  const t = config?.t ?? baseT;
  // With an error, its status (if any) is shown; the status prop is ignored.
  const shown = error ? error.status : typeof status === 'string' ? +status || null : status;
  const info = Number.isFinite(shown) ? getStatusInfo(shown as number) : null;
  const severity: Severity = error?.severity ?? info?.severity ?? 'error';
  // Without a status line, an error is named by its kind (the same title errorTitle() gives; inlined
  // here so a table of badges does not load the panel's status-to-title table).
  const text = label ?? (info ? reasonText(info, t) : error ? t(`title.${error.kind === 'http' ? 'unknown' : error.kind}`) : t('ui.severity.error'));
  // Every ElbError has something to add (severity, code or message); a bare status only its descriptions.
  const hasTip = tooltip ?? !!(error || info?.descriptions.length);

  // `rest` is this render's own object: it becomes the span's props as it is, with only the keys
  // this badge's state needs (badges render by the thousand, and every key costs in React's diff).
  const span = rest as SpanProps;
  span.className = className ? `elb-badge ${className}` : 'elb-badge';
  span['data-severity'] = severity;
  if (hasTip) {
    span.tabIndex = props.tabIndex ?? 0;
    span.onPointerEnter = compose(props.onPointerEnter, dispatch);
    span.onFocus = compose(props.onFocus, dispatch);
  }
  if (ref) span.ref = ref;
  if (info && !info.documented) span['data-documented'] = 'false';
  if (!hasTip || !armed) {
    // A lone text child: React sets textContent instead of creating a text node and fiber.
    span.children = text;
    return jsx('span', span);
  }
  span.onPointerLeave = compose(props.onPointerLeave, dispatch);
  span.onBlur = compose(props.onBlur, dispatch);
  // Escape closes the tooltip and goes no further (a dialog around the table stays open); the next
  // Escape reaches it.
  span.onKeyDown = compose(props.onKeyDown, (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      dispatch(CLOSE);
    }
  });
  span['aria-describedby'] = props['aria-describedby'] ? `${props['aria-describedby']} ${armed.id}` : armed.id;
  // The tooltip's anchor covers the badge; only an armed badge needs to be its containing block.
  if (!props.style?.position) span.style = { ...props.style, position: 'relative' };
  // Static children (jsxs): the text and the tooltip, which need no keys.
  span.children = [
    text,
    <ArmedTooltip
      key="tip"
      id={armed.id}
      delay={armed.focus ? 0 : (config?.tooltipDelay ?? 300)}
      severity={severity}
      info={info}
      error={error ?? null}
      t={t}
      onClose={() => dispatch(CLOSE)}
    />,
  ];
  return jsxs('span', span);
});
