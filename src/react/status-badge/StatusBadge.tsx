import { forwardRef, useContext, type HTMLAttributes, type ReactNode } from 'react';
import type { ElbError, Severity, StatusInfo } from '../../core/types.js';
import { getStatusInfo, UNKNOWN_STATUS_REASON } from '../../core/statusCodes.js';
import { elbErrorView } from '../../core/errorView.js';
import type { SerializedElbError } from '../../core/serialize.js';
import { enBase } from '../../core/messages/en-base.js';
import { translateDescriptions, translatorOf, type Translate } from '../../core/messages/translate.js';
import { ElbUiContext } from '../provider/context.js';
import type * as BadgeTooltipModule from './BadgeTooltip.js';
import type { BadgeTooltipProps } from './BadgeTooltip.js';
import { useBadgeTooltip, useLoadedModule } from './useBadgeTooltip.js';

// Badges outside a provider need only these English strings, not the panel's texts.
const baseT = translatorOf(enBase);

export interface StatusBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /**
   * HTTP status to show. Ignored when `error` is given. A status that arrives as text from untyped data
   * (`"503"` from a JSON log) is read as the number it spells; any other text shows as a plain error.
   */
  status?: number | null;
  /**
   * A normalised failure (`toElbError`), or its plain-data form (`serializeElbError`, e.g. from a Server
   * Component); adds its ELB code and the server's message to the tooltip.
   */
  error?: ElbError | SerializedElbError | null;
  /** Replaces the reason text after the code. */
  label?: ReactNode;
  /** Show the tooltip on hover and focus. @defaultValue true when there is something to show */
  tooltip?: boolean;
}

/**
 * The tooltip's state (the badge's `data-state`, also `ResourceStatusBadge`'s), named as Radix names
 * it: `instant-open` on focus, `delayed-open` while a mouse points at the badge (the tooltip shows
 * after the provider's `tooltipDelay`), `closed` otherwise.
 */
export type StatusBadgeState = 'closed' | 'delayed-open' | 'instant-open';

// ---- the tooltip, loaded on first use -------------------------------------------------------

type TooltipModule = typeof BadgeTooltipModule;
let loadedTooltip: TooltipModule | null = null;
let loadingTooltip: Promise<TooltipModule> | null = null;

/**
 * Loads the badge tooltip (Radix and its positioning code, about 24 kB min+gz) ahead of the
 * first hover or focus. Badges start this themselves when first pointed at or focused; call it
 * when a page should have keyboard tooltips without the first load's short wait. A failed load
 * rejects and is tried again next time.
 */
export function preloadStatusBadgeTooltip(): Promise<void> {
  loadingTooltip ??= import('./BadgeTooltip.js').then(
    (module) => (loadedTooltip = module),
    (reason: unknown) => {
      loadingTooltip = null;
      throw reason;
    },
  );
  return loadingTooltip.then(() => undefined);
}

const readTooltip = () => loadedTooltip;

/** An open badge's tooltip: rendered at once when its code is loaded, else as soon as it arrives. */
function LazyTooltip(props: BadgeTooltipProps) {
  const loaded = useLoadedModule(readTooltip, preloadStatusBadgeTooltip);
  if (loaded) return <loaded.BadgeTooltip {...props} />;
  // Until the code arrives (or when it cannot be fetched), the badge's aria-describedby still names
  // what the tooltip will say: a hidden element is read as a description, not as the badge's text.
  const { severity, info, t } = props;
  // The code and the server's words are cleaned by the tooltip's chunk; until it arrives, the rest.
  const lines = [t(`ui.severity.${severity}`), ...(info?.descriptions ?? [])];
  return (
    <span id={props.id} hidden>
      {lines.filter(Boolean).join(' ')}
    </span>
  );
}

// ---- the badge ------------------------------------------------------------------------------

function reasonText(info: StatusInfo, t: Translate): string {
  return info.reason === UNKNOWN_STATUS_REASON ? t('ui.unknownStatus', { status: info.status }) : `${info.status} ${info.reason}`;
}

/**
 * A compact status pill: severity icon, code and reason as text, severity colour from CSS
 * custom properties, and the code's descriptions in a Radix tooltip on hover and focus.
 *
 * Cheap in tables (`npm run bench`): one span with one text at rest, no effect and no
 * subscription; the tooltip is mounted only while it is open, and its code (Radix) is loaded the
 * first time anybody points at or focuses a badge. Inside a `StatusBadgeGroup` the badge is not
 * a Tab stop of its own: the group's arrow keys reach it.
 */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(
  { status, error: errorProp, label, tooltip, className, ...rest },
  ref,
) {
  const config = useContext(ElbUiContext);
  const t = config?.t ?? baseT;
  const error = elbErrorView(errorProp);
  // With an error, its status (if any) is shown; the status prop is ignored.
  const shown = error ? error.status : typeof status === 'string' ? +status || null : status;
  const info = Number.isFinite(shown) ? getStatusInfo(shown as number) : null;
  const severity: Severity = error?.severity ?? info?.severity ?? 'error';
  // Without a status line, an error is named by its kind (the same title errorTitle() gives; inlined
  // here so a table of badges does not load the panel's status-to-title table).
  const text = label ?? (info ? reasonText(info, t) : error ? t(`title.${error.kind === 'http' ? 'unknown' : error.kind}`) : t('ui.severity.error'));
  // Every ElbError has something to add (severity, code or message), and every status: its descriptions,
  // or that the API reference does not list it. So every badge in a column is focusable alike.
  const hasTip = tooltip ?? !!(error || info);
  const tip = useBadgeTooltip(hasTip, rest);

  return (
    <span
      {...rest}
      // After the consumer's props: these call the consumer's handlers, then the tooltip's.
      data-state={tip['data-state']}
      tabIndex={tip.tabIndex}
      data-elb-item={tip['data-elb-item']}
      style={tip.style}
      aria-describedby={tip['aria-describedby']}
      onFocus={tip.onFocus}
      onPointerEnter={tip.onPointerEnter}
      onBlur={tip.onBlur}
      onPointerLeave={tip.onPointerLeave}
      onKeyDown={tip.onKeyDown}
      ref={ref}
      className={className ? `elb-badge ${className}` : 'elb-badge'}
      data-severity={severity}
      data-documented={info && !info.documented ? 'false' : undefined}
    >
      {tip.open ? (
        <>
          {text}
          <LazyTooltip id={tip.tipId} delay={tip.state === 'delayed-open' ? (config?.tooltipDelay ?? 300) : 0} severity={severity}
            // The descriptions in the reader's language (the verbatim English stays in StatusInfo).
            info={info && { ...info, descriptions: info.documented ? translateDescriptions(info.status, info.descriptions, t) : [t('ui.undocumentedStatus')] }}
            error={error}
            t={t}
            onClose={tip.close}
          />
        </>
      ) : (
        text
      )}
    </span>
  );
});
