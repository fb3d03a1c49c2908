import {
  useContext,
  useEffect,
  useId,
  useState,
  type CSSProperties,
  type FocusEvent,
  type FocusEventHandler,
  type KeyboardEvent,
  type KeyboardEventHandler,
  type PointerEvent,
  type PointerEventHandler,
} from 'react';
import { FocusGroupContext } from '../focus-group/focusGroup.js';
import type { StatusBadgeState } from './StatusBadge.js';


/** The badge element's props that its tooltip takes part in: the consumer's, passed in to be composed. */
export interface BadgeTriggerProps {
  /** Kept when the badge has no tooltip (a consumer's own trigger may set it). */
  'data-state'?: string | undefined;
  tabIndex?: number | undefined;
  style?: CSSProperties | undefined;
  'aria-describedby'?: string | undefined;
  onFocus?: FocusEventHandler<HTMLSpanElement> | undefined;
  onBlur?: FocusEventHandler<HTMLSpanElement> | undefined;
  onPointerEnter?: PointerEventHandler<HTMLSpanElement> | undefined;
  onPointerLeave?: PointerEventHandler<HTMLSpanElement> | undefined;
  onKeyDown?: KeyboardEventHandler<HTMLSpanElement> | undefined;
}

/**
 * The tooltip's state, and the props for the badge's element: set each one on the element after the
 * consumer's other props (they call the consumer's handlers first). The badges name them one by one
 * rather than spread this object, which cost about 1 ms more per 1000 badges (npm run bench).
 */
export interface BadgeTooltip extends BadgeTriggerProps {
  state: StatusBadgeState;
  /** Render the tooltip now. */
  open: boolean;
  /** The tooltip's id: the element that describes the badge while it is open. */
  tipId: string;
  /** Closes the tooltip (Radix asks on Escape or a scroll). */
  close(): void;
  /** The tooltip's state; the consumer's own value when the badge has no tooltip. */
  'data-state': string | undefined;
  /** Marks the badge as an item of the focus group around it (`FOCUS_GROUP_ITEM`). */
  'data-elb-item': '' | undefined;
}

/**
 * The one owner of a badge's tooltip state, shared by `StatusBadge` and `ResourceStatusBadge`:
 * focus opens it at once, a mouse pointing opens it after the delay, blur, the mouse leaving and
 * Escape close it. A consumer's handler runs first; one that calls `preventDefault` keeps the
 * badge from acting on that event (except Escape once the tooltip's code has loaded: Radix closes
 * the tooltip on the document before the badge sees the key). Inside a focus group
 * (`StatusBadgeGroup`) the badge renders `tabIndex={-1}`: the group gives one badge the Tab stop
 * (setting its element's tabIndex to 0) and its arrow keys reach the others.
 */
export function useBadgeTooltip(enabled: boolean, theirs: BadgeTriggerProps): BadgeTooltip {
  const inGroup = useContext(FocusGroupContext);
  const [state, setState] = useState<StatusBadgeState>('closed');
  const tipId = useId();
  const open = enabled && state !== 'closed';
  // A tooltip switched off while open (its badge's status now has nothing to say) does not come back
  // open when it is switched on again: that badge may long since have lost focus and the mouse.
  if (!enabled && state !== 'closed') setState('closed');

  function handleFocus(event: FocusEvent<HTMLSpanElement>) {
    theirs.onFocus?.(event);
    if (!event.defaultPrevented) setState('instant-open');
  }

  // Pointer events are not rendered at once: a mouse crossing a badge on a busy page can enter and leave
  // before React renders the first. So both read the state as it is by then, and leaving is listened for
  // at rest too.
  function handlePointerEnter(event: PointerEvent<HTMLSpanElement>) {
    theirs.onPointerEnter?.(event);
    // Touch and pen have no hover: a tap focuses the badge instead.
    if (!event.defaultPrevented && event.pointerType === 'mouse') setState((now) => (now === 'closed' ? 'delayed-open' : now));
  }

  function handlePointerLeave(event: PointerEvent<HTMLSpanElement>) {
    theirs.onPointerLeave?.(event);
    // A pointer leaving does not close a keyboard user's tooltip.
    if (!event.defaultPrevented && event.pointerType === 'mouse') setState((now) => (now === 'delayed-open' ? 'closed' : now));
  }

  // Blur and Escape matter to an open badge only (focus is rendered before anything else happens): a
  // table of closed badges does not make their handlers on every render.
  const whileOpen = open ? openTooltipHandlers(theirs, setState) : null;
  const describedBy = theirs['aria-describedby'];
  return {
    state,
    open,
    tipId,
    close: whileOpen ? whileOpen.close : closeNothing,
    'data-state': enabled ? state : theirs['data-state'],
    tabIndex: theirs.tabIndex ?? (enabled ? (inGroup ? -1 : 0) : undefined),
    'data-elb-item': enabled && inGroup ? '' : undefined,
    // The tooltip's anchor covers the badge; only an open badge needs to be its containing block.
    style: open && !theirs.style?.position ? { ...theirs.style, position: 'relative' } : theirs.style,
    'aria-describedby': open ? (describedBy ? `${describedBy} ${tipId}` : tipId) : describedBy,
    onFocus: enabled ? handleFocus : theirs.onFocus,
    onPointerEnter: enabled ? handlePointerEnter : theirs.onPointerEnter,
    onPointerLeave: enabled ? handlePointerLeave : theirs.onPointerLeave,
    onBlur: whileOpen ? whileOpen.onBlur : theirs.onBlur,
    onKeyDown: whileOpen ? whileOpen.onKeyDown : theirs.onKeyDown,
  };
}

function closeNothing() {}

/** The handlers of an open tooltip: blur and Escape close it, as does `close` (Radix asks on a scroll). */
function openTooltipHandlers(theirs: BadgeTriggerProps, setState: (state: StatusBadgeState) => void) {
  function close() {
    setState('closed');
  }

  function onBlur(event: FocusEvent<HTMLSpanElement>) {
    theirs.onBlur?.(event);
    if (!event.defaultPrevented) close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLSpanElement>) {
    theirs.onKeyDown?.(event);
    if (event.key !== 'Escape') return;
    // Escape closes the tooltip and goes no further (a dialog around the table stays open: a React one
    // listens above, a native <dialog> closes by the key's default action); the next Escape reaches it.
    // Radix has closed a loaded tooltip already (and marked the event handled): this closes one whose
    // code is still on its way.
    event.stopPropagation();
    if (event.defaultPrevented) return;
    event.preventDefault();
    close();
  }

  return { close, onBlur, onKeyDown };
}

/**
 * A module loaded on first use (the tooltip's code, its texts): what `read` returns once `load`
 * has resolved, `null` until then. A failed load leaves `null`; the next mount tries again.
 * `read` and `load` are module-level functions.
 */
export function useLoadedModule<T>(read: () => T | null, load: () => Promise<unknown>): T | null {
  const [value, setValue] = useState<T | null>(read);
  useEffect(() => {
    if (value) return;
    let live = true;
    load().then(
      () => live && setValue(() => read()),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value, read, load]);
  return value;
}
