import { useEffect, useState } from 'react';
import { docsLink, formatAge, type DocsUrlSource, type Translate } from '../../core/index.js';
import { nextAgeChange } from '../../core/support.js';

/**
 * The age of a failure ("2 minutes ago"), kept current while mounted. Empty on the server and in
 * the first render in the browser (so hydration matches whatever the clocks say); the clock then
 * ticks only when the text can change (each second in the first minute, each minute in the first
 * hour, …) and stops on unmount.
 */
export function useFailureAge(time: unknown, locale: string): string {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      const wait = nextAgeChange(time, current);
      if (wait != null) timer = setTimeout(tick, wait);
    };
    tick();
    return () => clearTimeout(timer);
  }, [time]);
  return now == null ? '' : formatAge(time, now, locale);
}

/** The failure's age after its absolute time: " (2 minutes ago)". Renders nothing until mounted. */
export function FailureAge({ time, locale, t }: { time: unknown; locale: string; t: Translate }) {
  const age = useFailureAge(time, locale);
  return age ? <span className="elb-panel__age"> {t('ui.age', { age })}</span> : null;
}

/** The ELB code, as a documentation link when `docsUrl` gives an http(s) URL for it. */
export function ErrorCode({ code, docsUrl, target, t }: { code: string; docsUrl: DocsUrlSource | undefined; target: string | undefined; t: Translate }) {
  const text = <code className="elb-panel__code">{code}</code>;
  const href = docsLink(docsUrl, code);
  if (!href) return text;
  const asked = typeof target === 'string' && target !== '' ? target : undefined;
  const newTab = asked != null && !['_self', '_parent', '_top'].includes(asked);
  return (
    <a
      className="elb-panel__docs"
      href={href}
      rel="noopener noreferrer"
      target={asked}
      aria-label={`${t('ui.docsFor', { code })}${newTab ? ` (${t('ui.newTab')})` : ''}`}
    >
      {text}
    </a>
  );
}
