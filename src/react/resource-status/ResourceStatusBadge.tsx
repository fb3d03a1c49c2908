import { forwardRef, useContext, type HTMLAttributes, type ReactNode } from 'react';
import type { Severity } from '../../core/types.js';
import type { MessageKey } from '../../core/messages/en.js';
import { enBase } from '../../core/messages/en-base.js';
import { enResourceBase } from '../../core/messages/en-resource-base.js';
import { translatorOf, type Translate } from '../../core/messages/translate.js';
import { memberReasonText, resolveResourceStatus, type ElbApi, type ElbResourceType, type ResolvedResourceStatus } from '../../core/resourceStatus.js';
import { ElbUiContext } from '../provider/context.js';
import type { BadgeTooltipProps } from '../status-badge/BadgeTooltip.js';
import { useBadgeTooltip, useLoadedModule } from '../status-badge/useBadgeTooltip.js';

export interface ResourceStatusBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** `provisioning_status`: ACTIVE, PENDING_UPDATE, ERROR… */
  provisioning?: string | null;
  /** `operating_status`: ONLINE, OFFLINE, DEGRADED, NO_MONITOR, FROZEN… */
  operating?: string | null;
  /** The resource both values belong to; decides where the APIs' meanings differ. */
  resource?: ElbResourceType;
  /** The resource's `admin_state_up`. */
  adminStateUp?: boolean;
  /** A member's health-check failure: `status[].reason` (`{ reason_code, expected_response, healthcheck_response }`) or a code. */
  reason?: unknown;
  /** Whose vocabulary applies. @defaultValue the provider's `api`, else 'elb-v3' */
  api?: ElbApi;
  /** Replaces the text of the pill. */
  label?: ReactNode;
  /** Show the explanation tooltip on hover and focus. @defaultValue true */
  tooltip?: boolean;
}

// The pill's English labels; the descriptions come with the tooltip. A provider's translator has
// the locale's texts (and the other English texts): the vocabulary's English is behind it.
const baseT = translatorOf({ ...enBase, ...enResourceBase });
const behind = new WeakMap<Translate, WeakMap<Translate, Translate>>();
function withFallback(t: Translate, fallback: Translate): Translate {
  let inner = behind.get(t);
  if (!inner) behind.set(t, (inner = new WeakMap()));
  let wrapped = inner.get(fallback);
  if (!wrapped) inner.set(fallback, (wrapped = (key, vars) => t(key, vars) || fallback(key, vars)));
  return wrapped;
}

// ---- the tooltip and the English descriptions, loaded on first use (shared with StatusBadge) ----

type TooltipComponent = (props: BadgeTooltipProps) => ReactNode;
interface Loaded {
  Tip: TooltipComponent;
  english: Translate;
}
let loaded: Loaded | null = null;
let loading: Promise<Loaded> | null = null;

/** Loads the tooltip (the same chunk `StatusBadge` uses) and the English descriptions. A failed load is tried again next time. */
export function preloadResourceStatusTooltip(): Promise<void> {
  loading ??= Promise.all([import('../status-badge/BadgeTooltip.js'), import('../../core/messages/en-resource.js')]).then(
    ([tip, texts]) => (loaded = { Tip: tip.BadgeTooltip, english: translatorOf({ ...enBase, ...enResourceBase, ...texts.enResource }) }),
    (reason: unknown) => {
      loading = null;
      throw reason;
    },
  );
  return loading.then(() => undefined);
}

const readLoaded = () => loaded;

interface LazyTooltipProps {
  id: string;
  delay: number;
  severity: Severity;
  /** Computes the lines with the translator that has the descriptions. */
  lines: (t: Translate) => string[];
  /** The provider's translator, if any. */
  t: Translate | null;
  onClose(): void;
}

function LazyTooltip({ id, delay, severity, lines, t, onClose }: LazyTooltipProps) {
  const ready = useLoadedModule(readLoaded, preloadResourceStatusTooltip);
  const english = ready?.english ?? baseT;
  const translate = t ? withFallback(t, english) : english;
  const text = lines(translate);
  if (ready) return <ready.Tip id={id} delay={delay} severity={severity} info={null} error={null} lines={text} t={translate} onClose={onClose} />;
  // Until the code arrives, aria-describedby still names what the tooltip will say.
  return (
    <span id={id} hidden>
      {text.join(' ')}
    </span>
  );
}

// ---- the badge ------------------------------------------------------------------------------

function present(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));
}

function labelOf(r: ResolvedResourceStatus, t: Translate): string {
  return (r.labelKey && t(r.labelKey)) || r.info.value;
}

/** Is the provisioning axis the one to lead: an operation runs, or it failed or needs a decision? */
function provisioningLeads(p: ResolvedResourceStatus): boolean {
  return p.info.documented && (p.info.transitional || p.info.severity === 'error' || p.info.severity === 'warning');
}

/** The text of the pill: one axis, or both when provisioning has something to say ("Online · updating"). */
export function resourceStatusText(p: ResolvedResourceStatus | null, o: ResolvedResourceStatus | null, t: Translate): string {
  if (p && o) {
    const quiet = p.info.documented && p.info.value === 'ACTIVE';
    if (quiet) return labelOf(o, t);
    return t('rs.both', { operating: labelOf(o, t), provisioning: (p.shortKey && p.info.documented && t(p.shortKey)) || p.info.value });
  }
  const only = p ?? o;
  return only ? labelOf(only, t) : '';
}

function explain(r: ResolvedResourceStatus, t: Translate): string {
  // Until the descriptions have loaded, the field's name and the description may be missing: what is
  // there still reads as a sentence.
  const field = t(`rs.field.${r.info.field}` as MessageKey);
  const description = (r.descriptionKey && t(r.descriptionKey)) || t('rs.undocumented');
  const label = `${labelOf(r, t)}.`;
  return [field ? `${field}: ${label}` : label, description].filter(Boolean).join(' ');
}

/**
 * One pill for a resource's `provisioning_status` and/or `operating_status`. The axis that needs
 * attention leads (colour, icon): a running operation or a failure in provisioning, else the
 * operating status. Transitional states show an in-progress icon (still under reduced motion).
 * The tooltip (loaded on first hover or focus, shared with `StatusBadge`) explains each axis for
 * this API and resource and, for a member, why its health check failed. Unknown values are shown
 * as sent, neutral, with `data-documented="false"`.
 */
export const ResourceStatusBadge = forwardRef<HTMLSpanElement, ResourceStatusBadgeProps>(function ResourceStatusBadge(
  { provisioning, operating, resource, adminStateUp, reason, api, label, tooltip, className, ...rest },
  ref,
) {
  const config = useContext(ElbUiContext);
  const tip = useBadgeTooltip(tooltip ?? true, rest);
  const t = config ? withFallback(config.t, baseT) : baseT;
  const options = { api: api ?? config?.api ?? 'elb-v3', resource, adminStateUp };
  const p = present(provisioning) ? resolveResourceStatus(provisioning, 'provisioning', options) : null;
  const o = present(operating) ? resolveResourceStatus(operating, 'operating', options) : null;
  const lead = p && (!o || provisioningLeads(p)) ? p : o;
  if (!lead) return null;
  const text = label ?? resourceStatusText(p, o, t);

  function tooltipLines(tr: Translate): string[] {
    const lines: string[] = [];
    if (p) lines.push(explain(p, tr));
    if (o) lines.push(explain(o, tr));
    const why = reason == null ? null : memberReasonText(reason, tr);
    if (why) lines.push(why);
    return lines;
  }

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
      className={className ? `elb-badge elb-rbadge ${className}` : 'elb-badge elb-rbadge'}
      data-severity={lead.info.severity}
      data-transitional={lead.info.transitional ? 'true' : undefined}
      data-documented={lead.info.documented ? undefined : 'false'}
    >
      {tip.open ? (
        <>
          {text}
          <LazyTooltip
            id={tip.tipId}
            delay={tip.state === 'delayed-open' ? (config?.tooltipDelay ?? 300) : 0}
            severity={lead.info.severity}
            lines={tooltipLines}
            t={config?.t ?? null}
            onClose={tip.close}
          />
        </>
      ) : (
        // One text at rest, as StatusBadge: React keeps a single text child without a fiber of its own.
        text
      )}
    </span>
  );
});
