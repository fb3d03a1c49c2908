import { useEffect, useLayoutEffect } from 'react';

/**
 * For pushing the latest options to an owner (controller, store) after render and before passive
 * effects run: a layout effect in the browser, a plain effect on the server (where neither runs, and
 * React 18 would warn about a layout effect).
 */
export const useLatestEffect: typeof useLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
