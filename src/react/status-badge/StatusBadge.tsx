import * as Tooltip from '@radix-ui/react-tooltip';
import {
  forwardRef,
  useContext,
  useEffect,
  useState,
  type HTMLAttributes,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import type { ElbError, Severity, StatusInfo } from '../../core/types.js';
import { getStatusInfo, UNKNOWN_STATUS_REASON } from '../../core/statusCodes.js';
import { enBase } from '../../core/messages/en-base.js';
import { translatorOf, type Translate } from '../../core/messages/translate.js';
import { ElbUiContext } from '../provider/context.js';

// Badges outside a provider need only these English strings, not the panel's texts.
const baseT = translatorOf(enBase);

export interface StatusBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** HTTP status to show. Ignored when `error` is given. */
  status?: number | null;
  /** A normalised failure (`toElbError`); adds its ELB code and the server's message to the tooltip. */
  error?: ElbError | null;
  /** Replaces the reason text after the code. */
  label?: ReactNode;
  /** Show the tooltip on hover and focus. @defaultValue true when there is something to show */
  tooltip?: boolean;
}

type Armed = { mode: 'hover' | 'focus'; id: string } | null;
type BadgeEvent = SyntheticEvent<HTMLSpanElement> & { pointerType?: string; key?: string };
let tipIds = 0;

function infoOf(status: number | null | undefined, error: ElbError | null | undefined): StatusInfo | null {
  if (error) return error.status != null ? getStatusInfo(error.status) : null;
  return typeof status === 'number' ? getStatusInfo(status) : null;
}

// Tables repeat a few statuses thousands of times: one string per translator and status.
const texts = new WeakMap<Translate, Map<number, string>>();

function reasonText(info: StatusInfo, t: Translate): string {
  let byStatus = texts.get(t);
  if (!byStatus) texts.set(t, (byStatus = new Map()));
  let text = byStatus.get(info.status);
  if (text === undefined) {
    text = info.reason === UNKNOWN_STATUS_REASON ? t('ui.unknownStatus', { status: info.status }) : `${info.status} ${info.reason}`;
    if (byStatus.size < 1000) byStatus.set(info.status, text);
  }
  return text;
}

/** The consumer's handler first; ours only when it did not call preventDefault. */
function compose<E extends SyntheticEvent>(theirs: ((e: E) => void) | undefined, ours: ((e: BadgeEvent) => void) | undefined) {
  if (!theirs || !ours) return theirs ?? ours;
  return (event: E) => {
    theirs(event);
    if (!event.defaultPrevented) ours(event as unknown as BadgeEvent);
  };
}

/**
 * A compact status pill: severity icon, code and reason as text, severity colour from CSS
 * custom properties, and the code's descriptions in a Radix tooltip on hover and focus.
 *
 * Cheap in tables (`npm run bench`): one span with one text, three attributes and one event
 * closure; the tooltip, its state's only consumer, is mounted while a person points at or
 * focuses the badge, and only then.
 */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(
  { status, error, label, tooltip, className, onPointerEnter, onPointerLeave, onFocus, onBlur, onKeyDown, ...rest },
  ref,
) {
  const config = useContext(ElbUiContext);
  const t = config?.t ?? baseT;
  const [armed, setArmed] = useState<Armed>(null);
  const info = infoOf(status, error);
  const severity: Severity = error?.severity ?? info?.severity ?? 'error';
  // Without a status line, an error is named by its kind (the same title errorTitle() gives; inlined
  // here so a table of badges does not load the panel's status-to-title table).
  const text = label ?? (info ? reasonText(info, t) : error ? t(`title.${error.kind === 'http' ? 'unknown' : error.kind}`) : t('ui.severity.error'));
  // Every ElbError has something to add (severity, code or message); a bare status only its descriptions.
  const hasTip = tooltip ?? !!(error || info?.descriptions.length);

  // One closure serves all five events: badges render by the thousand.
  const onEvent = hasTip
    ? (e: BadgeEvent) => {
        switch (e.type) {
          case 'pointerenter':
          case 'focus': {
            if (e.type === 'pointerenter' && e.pointerType !== 'mouse') return;
            const mode = e.type === 'focus' ? 'focus' : 'hover';
            // Focus outranks hover: a pointer leaving must not close a keyboard user's tooltip.
            setArmed((a) => (a && (a.mode === 'focus' || mode === 'hover') ? a : { mode, id: `elb-badge-tip-${++tipIds}` }));
            return;
          }
          case 'pointerleave':
            if (e.pointerType === 'mouse') setArmed((a) => (a?.mode === 'hover' ? null : a));
            return;
          case 'blur':
            setArmed(null);
            return;
          case 'keydown':
            // Escape closes the tooltip and goes no further (a dialog around the table stays open).
            if (e.key === 'Escape' && armed) {
              e.stopPropagation();
              setArmed(null);
            }
        }
      }
    : undefined;

  return (
    <span
      {...rest}
      ref={ref}
      className={className ? `elb-badge ${className}` : 'elb-badge'}
      data-severity={severity}
      data-documented={info && !info.documented ? 'false' : undefined}
      tabIndex={hasTip ? (rest.tabIndex ?? 0) : rest.tabIndex}
      aria-describedby={armed ? armed.id : rest['aria-describedby']}
      // The tooltip's anchor covers the badge; only an armed badge needs to be its containing block.
      style={armed && !rest.style?.position ? { ...rest.style, position: 'relative' } : rest.style}
      onPointerEnter={compose(onPointerEnter, onEvent)}
      onPointerLeave={compose(onPointerLeave, onEvent)}
      onFocus={compose(onFocus, onEvent)}
      onBlur={compose(onBlur, onEvent)}
      onKeyDown={compose(onKeyDown, onEvent)}
    >
      {armed && hasTip ? (
        <>
          {text}
          <BadgeTooltip
            id={armed.id}
            delay={armed.mode === 'hover' ? (config?.tooltipDelay ?? 300) : 0}
            severity={severity}
            info={info}
            error={error ?? null}
            t={t}
            onClose={() => setArmed(null)}
          />
        </>
      ) : (
        // A lone text child: React sets textContent instead of creating a text node and fiber.
        text
      )}
    </span>
  );
});

interface BadgeTooltipProps {
  id: string;
  delay: number;
  severity: Severity;
  info: StatusInfo | null;
  error: ElbError | null;
  t: Translate;
  onClose(): void;
}

/** Mounted only while a badge is pointed at or focused: one Radix tooltip at a time, not one per row. */
function BadgeTooltip({ id, delay, severity, info, error, t, onClose }: BadgeTooltipProps) {
  const [open, setOpen] = useState(delay <= 0);
  useEffect(() => {
    if (delay <= 0) return;
    const timer = setTimeout(() => setOpen(true), delay);
    return () => clearTimeout(timer);
  }, [delay]);
  return (
    <Tooltip.Provider delayDuration={0}>
      <Tooltip.Root open={open} onOpenChange={(next) => !next && onClose()}>
        <Tooltip.Trigger asChild>
          {/* The badge itself stays outside Radix so arming never remounts it (focus is kept). */}
          <span className="elb-badge__anchor" aria-hidden="true" tabIndex={-1} />
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content id={id} className="elb-tooltip" data-severity={severity} side="top" sideOffset={6} collisionPadding={8}>
            <span className="elb-tooltip__severity">{t(`ui.severity.${severity}`)}</span>
            {info ? <TooltipLines lines={info.descriptions} /> : null}
            {error?.code ? (
              <span className="elb-tooltip__line">
                {t('ui.errorCode')}: <code>{error.code}</code>
              </span>
            ) : null}
            {error?.serverMessage ? <span className="elb-tooltip__line">{error.serverMessage}</span> : null}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}

function TooltipLines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} className="elb-tooltip__line">
          {line}
        </span>
      ))}
    </>
  );
}
