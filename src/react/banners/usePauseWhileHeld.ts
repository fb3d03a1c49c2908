import { useState, type FocusEvent } from 'react';

/**
 * Whether a person holds a banner (points at it or has focus inside it), for pausing its
 * auto-dismiss; and the props that track it, for the banner's root element.
 */
export function usePauseWhileHeld() {
  const [paused, setPaused] = useState(false);
  const props = {
    'data-paused': paused || undefined,
    onPointerEnter: () => setPaused(true),
    onPointerLeave: () => setPaused(false),
    onFocus: () => setPaused(true),
    onBlur: (e: FocusEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setPaused(false);
    },
  };
  return [paused, props] as const;
}
