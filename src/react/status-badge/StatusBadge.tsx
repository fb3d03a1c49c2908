import * as Tooltip from '@radix-ui/react-tooltip';
import {
  forwardRef,
  useContext,
  useEffect,
  useState,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import type { ElbError, Severity, StatusInfo } from '../../core/types.js';
import { getStatusInfo, UNKNOWN_STATUS_REASON } from '../../core/statusCodes.js';
import { enBase } from '../../core/messages/en-base.js';
import { errorTitle, translatorOf, type Translate } from '../../core/messages/translate.js';
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
let tipIds = 0;

function infoOf(status: number | null | undefined, error: ElbError | null | undefined): StatusInfo | null {
  if (error) return error.status != null ? getStatusInfo(error.status) : null;
  return typeof status === 'number' ? getStatusInfo(status) : null;
}

function reasonText(info: StatusInfo, t: Translate): string {
  return info.reason === UNKNOWN_STATUS_REASON ? t('ui.unknownStatus', { status: info.status }) : `${info.status} ${info.reason}`;
}

/**
 * Call the consumer's handler first; skip ours when it called preventDefault. Without a consumer
 * handler, ours as is: badges render by the thousand, so no wrapper closure per handler.
 */
function compose<E extends { defaultPrevented: boolean }>(theirs: ((e: E) => void) | undefined, ours: (e: E) => void) {
  if (!theirs) return ours;
  return (event: E) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}

/**
 * A compact status pill: severity icon, code and reason as text, severity colour from CSS
 * custom properties, and the code's descriptions in a Radix tooltip on hover and focus.
 * Cheap in tables: the tooltip is only mounted while a person points at or focuses the badge.
 */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(
  { status, error, label, tooltip, className, onPointerEnter, onPointerLeave, onFocus, onBlur, onKeyDown, ...rest },
  ref,
) {
  const config = useContext(ElbUiContext);
  const t = config?.t ?? baseT;
  const tooltipDelay = config?.tooltipDelay ?? 300;
  const [armed, setArmed] = useState<Armed>(null);
  const info = infoOf(status, error);
  const severity: Severity = error?.severity ?? info?.severity ?? 'error';
  const text = label ?? (info ? reasonText(info, t) : error ? errorTitle(error, t) : t('ui.severity.error'));
  // Every ElbError has something to add (severity, code or message); a bare status only its descriptions.
  const hasTip = tooltip ?? !!(error || info?.descriptions.length);
  const arm = (mode: 'hover' | 'focus') => setArmed((a) => (a && (a.mode === 'focus' || mode === 'hover') ? a : { mode, id: `elb-badge-tip-${++tipIds}` }));

  return (
    <span
      {...rest}
      ref={ref}
      className={className ? `elb-badge ${className}` : 'elb-badge'}
      data-severity={severity}
      data-documented={info ? String(info.documented) : undefined}
      tabIndex={hasTip ? (rest.tabIndex ?? 0) : rest.tabIndex}
      aria-describedby={armed ? armed.id : rest['aria-describedby']}
      onPointerEnter={compose(onPointerEnter, (e: PointerEvent<HTMLSpanElement>) => {
        if (hasTip && e.pointerType === 'mouse') arm('hover');
      })}
      onPointerLeave={compose(onPointerLeave, (e: PointerEvent<HTMLSpanElement>) => {
        if (e.pointerType === 'mouse') setArmed((a) => (a?.mode === 'hover' ? null : a));
      })}
      onFocus={compose(onFocus, (_e: FocusEvent<HTMLSpanElement>) => {
        if (hasTip) arm('focus');
      })}
      onBlur={compose(onBlur, () => setArmed(null))}
      onKeyDown={compose(onKeyDown, (e: KeyboardEvent<HTMLSpanElement>) => {
        if (e.key === 'Escape' && armed) {
          e.stopPropagation();
          setArmed(null);
        }
      })}
    >
      {text}
      {armed && hasTip ? (
        <BadgeTooltip
          id={armed.id}
          delay={armed.mode === 'hover' ? tooltipDelay : 0}
          severity={severity}
          info={info}
          error={error ?? null}
          t={t}
          onClose={() => setArmed(null)}
        />
      ) : null}
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
            <Tooltip.Arrow className="elb-tooltip__arrow" width={10} height={5} />
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
