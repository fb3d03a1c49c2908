import * as Tooltip from '@radix-ui/react-tooltip';
import { useEffect, useRef, useState } from 'react';
import type { Severity, StatusInfo } from '../../core/types.js';
import type { ElbErrorView } from '../../core/errorView.js';
import { cleanId, cleanText, MAX_CODE } from '../../core/text.js';
import type { Translate } from '../../core/messages/translate.js';

export interface BadgeTooltipProps {
  id: string;
  /** Milliseconds before it shows (a mouse pointing); 0 shows it at once (keyboard focus). */
  delay: number;
  severity: Severity;
  info: StatusInfo | null;
  error: ElbErrorView | null | undefined;
  /** Further lines after the descriptions (a resource status badge's explanation of each axis). */
  lines?: readonly string[];
  t: Translate;
  /** Radix asks to close (Escape, a scroll of the page). */
  onClose(): void;
}

/**
 * The Radix tooltip of one open badge. It lives in a module of its own: `StatusBadge` loads it
 * (and Radix with it) on the first hover or focus, so a page of badges does not download
 * tooltip and positioning code before anybody points at one. It is rendered only while the
 * badge's state is open, and shows after `delay`; until then a hidden element with the tooltip's
 * id and text describes the badge, so its `aria-describedby` never names an id that is not there.
 */
export function BadgeTooltip({ id, delay, severity, info, error, lines, t, onClose }: BadgeTooltipProps) {
  const [shown, setShown] = useState(delay <= 0);
  useEffect(() => {
    // At most a minute: setTimeout fires at once past 2^31 - 1 ms. Focus during the delay makes it 0.
    const timer = setTimeout(() => setShown(true), Math.min(delay, 60_000));
    return () => clearTimeout(timer);
  }, [delay]);

  // An ElbError's texts are clean already (cleaning is idempotent); a plain-data form's are only bounded.
  const code = cleanId(error?.code, MAX_CODE);
  const serverMessage = cleanText(error?.serverMessage);

  // Radix asks to close on Escape, on a press outside and on a scroll around the badge. A tooltip that
  // keyboard focus opened (no delay) stays through a scroll: moving focus along a list scrolls it, and
  // the focused badge is still described; the position follows.
  const asked = useRef(false);
  function handleOpenChange(open: boolean) {
    const dismissed = asked.current;
    asked.current = false;
    if (!open && (dismissed || delay > 0)) onClose();
  }
  const dismiss = () => {
    asked.current = true;
  };
  // The badge names this id in aria-describedby as soon as it is open; Radix renders the content only once
  // it shows. During the delay a hidden element carries the id and the same words (a hidden element is read
  // as a description), one line after the other.
  if (!shown) {
    const words = [t(`ui.severity.${severity}`), ...(info?.descriptions ?? []), code ? `${t('ui.errorCode')}: ${code}` : '', serverMessage, ...(lines ?? [])];
    return (
      <span id={id} hidden>
        {words.filter(Boolean).join(' ')}
      </span>
    );
  }
  return (
    <Tooltip.Provider delayDuration={0}>
      <Tooltip.Root open={shown} onOpenChange={handleOpenChange}>
        <Tooltip.Trigger asChild>
          {/* The badge itself stays outside Radix so opening never remounts it (focus is kept). */}
          <span className="elb-badge__anchor" aria-hidden="true" tabIndex={-1} />
        </Tooltip.Trigger>
        {/* Above the badge: Radix's default side. */}
        <Tooltip.Portal>
          <Tooltip.Content id={id} className="elb-tooltip" data-severity={severity} sideOffset={6} collisionPadding={8} onEscapeKeyDown={dismiss} onPointerDownOutside={dismiss}>
            <span className="elb-tooltip__severity">{t(`ui.severity.${severity}`)}</span>
            {info?.descriptions.map((line, i) => (
              <span key={i} className="elb-tooltip__line">
                {line}
              </span>
            ))}
            {code ? (
              <span className="elb-tooltip__line">
                {t('ui.errorCode')}: <code>{code}</code>
              </span>
            ) : null}
            {serverMessage ? <span className="elb-tooltip__line">{serverMessage}</span> : null}
            {lines?.map((line, i) => (
              <span key={`l${i}`} className="elb-tooltip__line">
                {line}
              </span>
            ))}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
