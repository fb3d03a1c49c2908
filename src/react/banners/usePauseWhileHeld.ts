import { useState, type FocusEvent } from 'react';

/**
 * Whether a person holds a banner (points at it or has focus inside it), for pausing its
 * auto-dismiss; and the props that track it, for the banner's root element.
 *
 * Pointer and focus are followed apart: a keyboard user whose focus stays inside while the pointer
 * passes over and leaves, or a pointer resting on the banner while focus moves elsewhere, still
 * holds it. Only when neither is on the banner does the pause end.
 */
export function usePauseWhileHeld() {
  const [pointer, setPointer] = useState(false);
  const [focus, setFocus] = useState(false);
  const paused = pointer || focus;
  const props = {
    'data-paused': paused || undefined,
    onPointerEnter: () => setPointer(true),
    onPointerLeave: () => setPointer(false),
    onFocus: () => setFocus(true),
    onBlur: (e: FocusEvent<HTMLElement>) => {
      // Focus moving between the banner's own controls keeps it held.
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocus(false);
    },
  };
  return [paused, props] as const;
}
