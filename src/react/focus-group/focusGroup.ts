import { createContext, useCallback, useEffect, useRef, useState, type FocusEvent, type ForwardedRef, type KeyboardEvent, type PointerEvent } from 'react';

/**
 * A focus group makes many small focusable items (badges in a table, nodes of a status tree) one
 * Tab stop: the group's element takes the Tab stop and hands focus to the item focused last (the
 * first one the first time); the arrow keys, Home and End move between items. Items stay
 * focusable (`tabIndex={-1}`), so a click or a script can still focus them, and whatever focus
 * shows them (a tooltip, a description) works as before.
 */

/**
 * `true` below a focus group. An item reads it with `useContext` and, inside a group, renders
 * `tabIndex={-1}` and the `data-elb-item` attribute on its focusable element.
 */
export const FocusGroupContext = createContext(false);

/** The attribute that marks an element as an item of the focus group around it. */
export const FOCUS_GROUP_ITEM = 'data-elb-item';

const NEXT: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

function itemsOf(group: HTMLElement): HTMLElement[] {
  return [...group.querySelectorAll<HTMLElement>(`[${FOCUS_GROUP_ITEM}]`)];
}

/** Can the item take focus: not in a hidden or inert subtree, not in a row hidden by CSS (display, visibility)? */
function canFocus(item: HTMLElement): boolean {
  return !item.closest('[hidden], [inert]') && item.checkVisibility?.({ visibilityProperty: true, checkVisibilityCSS: true }) !== false;
}

/** The first item from `start` on, going by `step`, that can take focus (only the items passed are looked at). */
function focusableFrom(items: HTMLElement[], start: number, step: number): HTMLElement | undefined {
  for (let i = start; i >= 0 && i < items.length; i += step) if (canFocus(items[i]!)) return items[i];
  return undefined;
}

/** Sets a ref handed down to a component (a function or an object). */
function assignRef<T>(ref: ForwardedRef<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

export interface FocusGroupHandlers<T extends HTMLElement> {
  onFocus?: ((event: FocusEvent<T>) => void) | undefined;
  onBlur?: ((event: FocusEvent<T>) => void) | undefined;
  onKeyDown?: ((event: KeyboardEvent<T>) => void) | undefined;
  onPointerDown?: ((event: PointerEvent<T>) => void) | undefined;
}

export interface FocusGroupProps<T extends HTMLElement> extends Required<FocusGroupHandlers<T>> {
  tabIndex: number;
  /** The group's element (also sets the ref given to `useFocusGroup`). */
  ref: (element: T | null) => void;
}

/**
 * The group's side: props for the element around the items (render `FocusGroupContext` with
 * `true` inside it). Takes the consumer's handlers and calls them first; a handler that calls
 * `preventDefault` keeps the group from acting on that event. When the focused item is removed
 * (a refresh, a filter), focus goes to the item now in its place, and the group is a Tab stop
 * again once no item is left.
 */
export function useFocusGroup<T extends HTMLElement>(theirs: FocusGroupHandlers<T> = {}, forwardedRef?: ForwardedRef<T>): FocusGroupProps<T> {
  // Focus inside: the group's element leaves the Tab order, so Shift+Tab from an item leaves the group.
  const [focusInside, setFocusInside] = useState(false);
  const lastItem = useRef<HTMLElement | null>(null);
  const lastIndex = useRef(0);
  // The element inside the group that has focus, until focus moves out (a blur whose element is still
  // there afterwards; a removed element's blur, where a browser sends one, is not leaving).
  const focused = useRef<HTMLElement | null>(null);
  const pointerDown = useRef(false);
  const groupRef = useRef<T | null>(null);
  const ref = useCallback(
    (element: T | null) => {
      groupRef.current = element;
      assignRef(forwardedRef, element);
    },
    [forwardedRef],
  );

  // A focused element that is removed takes focus with it to the page's body, and no event says so: a
  // removed item hands focus to the item now in its place (without scrolling the page to it); after
  // anything else (a row's own button) the group is a Tab stop again. So does a focused item that stops
  // being one (a badge whose status is gone has nothing to describe and is no longer focusable).
  useEffect(() => {
    const group = groupRef.current;
    if (!group || typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(() => {
      const gone = focused.current;
      const wasItem = gone !== null && gone === lastItem.current;
      if (!gone) return;
      if (gone.isConnected && (!wasItem || gone.hasAttribute(FOCUS_GROUP_ITEM))) {
        // Still there, perhaps moved by rows added or removed above it: its place, for when it goes.
        if (wasItem) lastIndex.current = Math.max(0, itemsOf(group).indexOf(gone));
        return;
      }
      focused.current = null;
      const doc = group.ownerDocument;
      const active = doc.activeElement;
      if (active && active !== doc.body && active !== gone) return;
      const items = wasItem ? itemsOf(group) : [];
      const at = Math.min(lastIndex.current, items.length - 1);
      const next = focusableFrom(items, at, 1) ?? focusableFrom(items, at - 1, -1);
      if (next) next.focus({ preventScroll: true });
      else setFocusInside(false);
    });
    observer.observe(group, { childList: true, subtree: true, attributeFilter: [FOCUS_GROUP_ITEM] });
    return () => observer.disconnect();
  }, []);

  function handlePointerDown(event: PointerEvent<T>) {
    theirs.onPointerDown?.(event);
    // A click on the group's plain text focuses the group's element: that is not a Tab into it.
    pointerDown.current = true;
    setTimeout(() => (pointerDown.current = false));
  }

  function handleFocus(event: FocusEvent<T>) {
    theirs.onFocus?.(event);
    setFocusInside(true);
    const group = event.currentTarget;
    const target = event.target as HTMLElement;
    focused.current = target;
    if (event.defaultPrevented) return;
    if (target.hasAttribute(FOCUS_GROUP_ITEM)) {
      lastItem.current = target;
      lastIndex.current = Math.max(0, itemsOf(group).indexOf(target));
    } else if (target === group && !pointerDown.current) {
      // Tabbed into the group: on to the item focused last, while it is still there.
      const last = lastItem.current;
      (last && group.contains(last) && last.hasAttribute(FOCUS_GROUP_ITEM) && canFocus(last) ? last : focusableFrom(itemsOf(group), 0, 1))?.focus();
    }
  }

  function handleBlur(event: FocusEvent<T>) {
    theirs.onBlur?.(event);
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    setFocusInside(false);
    const left = event.target;
    queueMicrotask(() => {
      if (left.isConnected && focused.current === left) focused.current = null;
    });
  }

  function handleKeyDown(event: KeyboardEvent<T>) {
    theirs.onKeyDown?.(event);
    const target = event.target as HTMLElement;
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !target.hasAttribute(FOCUS_GROUP_ITEM)) return;
    const step = NEXT[event.key];
    if (!step && event.key !== 'Home' && event.key !== 'End') return;
    // Items in hidden rows are passed over, looked at one by one from where the search starts.
    const items = itemsOf(event.currentTarget);
    const next =
      event.key === 'Home' ? focusableFrom(items, 0, 1) : event.key === 'End' ? focusableFrom(items, items.length - 1, -1) : focusableFrom(items, items.indexOf(target) + step!, step!);
    // The page does not scroll on an arrow key that moved focus or hit the group's end.
    event.preventDefault();
    next?.focus();
  }

  return { tabIndex: focusInside ? -1 : 0, ref, onFocus: handleFocus, onBlur: handleBlur, onKeyDown: handleKeyDown, onPointerDown: handlePointerDown };
}
