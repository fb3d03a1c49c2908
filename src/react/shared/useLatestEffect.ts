import { useEffect } from 'react';

/**
 * For pushing the latest options to an owner (controller, store) after render, as TanStack Query's
 * observers get theirs. A passive effect: a layout effect would make React 18 warn whenever a page is
 * rendered to HTML (on a server, or with `renderToString` in a browser), and nothing here needs to
 * run before paint: an owner acts on timers and events, which come after it.
 */
export const useLatestEffect = useEffect;
