import { forwardRef, useContext, useEffect, useReducer, useState, type HTMLAttributes, type ReactNode, type SyntheticEvent } from 'react';
import type { Severity } from '../../core/types.js';
import type { MessageKey } from '../../core/messages/en.js';
import { enBase } from '../../core/messages/en-base.js';
import { enResourceBase } from '../../core/messages/en-resource-base.js';
import { translatorOf, type Translate } from '../../core/messages/translate.js';
import { memberReasonText, resolveResourceStatus, type ElbApi, type ElbResourceType, type ResolvedResourceStatus } from '../../core/resourceStatus.js';
import { FOCUS_GROUP_ITEM, FocusGroupContext } from '../focus-group/focusGroup.js';
import { ElbUiContext } from '../provider/context.js';
import type { BadgeTooltipProps } from '../status-badge/BadgeTooltip.js';

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

const ignore = () => undefined;

interface ArmedProps {
  id: string;
  delay: number;
  severity: Severity;
  /** Computes the lines with the translator that has the descriptions. */
  lines: (t: Translate) => string[];
  /** The provider's translator, if any. */
  t: Translate | null;
  onClose(): void;
}

function ArmedTooltip({ id, delay, severity, lines, t, onClose }: ArmedProps) {
  const [ready, setReady] = useState<Loaded | null>(() => loaded);
  useEffect(() => {
    if (ready) return;
    let live = true;
    preloadResourceStatusTooltip().then(() => live && setReady(loaded), ignore);
    return () => {
      live = false;
    };
  }, [ready]);
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

type Armed = { focus: boolean; id: string } | null;
type BadgeEvent = SyntheticEvent<HTMLSpanElement> & { pointerType?: string; key?: string };
let tipIds = 0;
const CLOSE = { type: 'close' } as BadgeEvent;

function armedReducer(a: Armed, e: BadgeEvent): Armed {
  const focus = e.type === 'focus';
  if (focus || (e.type === 'pointerenter' && e.pointerType === 'mouse')) {
    return a && (a.focus || !focus) ? a : { focus, id: `elb-rbadge-tip-${++tipIds}` };
  }
  if (e.type === 'pointerleave') return e.pointerType === 'mouse' && !a?.focus ? null : a;
  return e.type === 'pointerenter' ? a : null;
}

function compose<E extends SyntheticEvent>(theirs: ((e: E) => void) | undefined, ours: (e: BadgeEvent) => void): (e: E) => void {
  if (!theirs) return ours as unknown as (e: E) => void;
  return (event: E) => {
    theirs(event);
    if (!event.defaultPrevented) ours(event as unknown as BadgeEvent);
  };
}

function present(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
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
  const field = t(`rs.field.${r.info.field}` as MessageKey);
  const description = (r.descriptionKey && t(r.descriptionKey)) || t('rs.undocumented');
  return `${field}: ${labelOf(r, t)}. ${description}`;
}

/**
 * One pill for a resource's `provisioning_status` and/or `operating_status`. The axis that needs
 * attention leads (colour, icon): a running operation or a failure in provisioning, else the
 * operating status. Transitional states show an in-progress icon (still under reduced motion).
 * The tooltip (loaded on first hover or focus, shared with `StatusBadge`) explains each axis for
 * this API and resource and, for a member, why its health check failed. Unknown values are shown
 * as sent, neutral, with `data-documented="false"`.
 */
export const ResourceStatusBadge = forwardRef<HTMLSpanElement, ResourceStatusBadgeProps>(function ResourceStatusBadge(props, ref) {
  const config = useContext(ElbUiContext);
  const inGroup = useContext(FocusGroupContext);
  const [armed, dispatch] = useReducer(armedReducer, null);
  const { provisioning, operating, resource, adminStateUp, reason, api, label, tooltip, className, ...rest } = props;
  const t = config ? withFallback(config.t, baseT) : baseT;
  const options = { api: api ?? config?.api ?? 'elb-v3', resource, adminStateUp };
  const p = present(provisioning) ? resolveResourceStatus(provisioning, 'provisioning', options) : null;
  const o = present(operating) ? resolveResourceStatus(operating, 'operating', options) : null;
  const lead = p && (!o || provisioningLeads(p)) ? p : o;
  if (!lead) return null;
  const text = label ?? resourceStatusText(p, o, t);
  const hasTip = tooltip ?? true;

  const span = rest as HTMLAttributes<HTMLSpanElement> & Record<string, unknown>;
  span.className = className ? `elb-badge elb-rbadge ${className}` : 'elb-badge elb-rbadge';
  span['data-severity'] = lead.info.severity;
  if (lead.info.transitional) span['data-transitional'] = 'true';
  if (!lead.info.documented) span['data-documented'] = 'false';
  if (ref) span.ref = ref;
  if (hasTip) {
    // Inside a StatusBadgeGroup the group is the Tab stop and its arrow keys reach the badge.
    span.tabIndex = props.tabIndex ?? (inGroup ? -1 : 0);
    if (inGroup) span[FOCUS_GROUP_ITEM] = '';
    span.onPointerEnter = compose(props.onPointerEnter, dispatch);
    span.onFocus = compose(props.onFocus, dispatch);
  }
  if (!hasTip || !armed) return <span {...span}>{text}</span>;

  span.onPointerLeave = compose(props.onPointerLeave, dispatch);
  span.onBlur = compose(props.onBlur, dispatch);
  span.onKeyDown = compose(props.onKeyDown, (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      dispatch(CLOSE);
    }
  });
  span['aria-describedby'] = props['aria-describedby'] ? `${props['aria-describedby']} ${armed.id}` : armed.id;
  if (!props.style?.position) span.style = { ...props.style, position: 'relative' };
  const lines = (tr: Translate) => {
    const out: string[] = [];
    if (p) out.push(explain(p, tr));
    if (o) out.push(explain(o, tr));
    const why = reason == null ? null : memberReasonText(reason, tr);
    if (why) out.push(why);
    return out;
  };
  return (
    <span {...span}>
      {text}
      <ArmedTooltip
        id={armed.id}
        delay={armed.focus ? 0 : (config?.tooltipDelay ?? 300)}
        severity={lead.info.severity}
        lines={lines}
        t={config?.t ?? null}
        onClose={() => dispatch(CLOSE)}
      />
    </span>
  );
});
