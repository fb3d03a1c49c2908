import { createContext, useCallback, useEffect, useRef, useState, type FocusEvent, type ForwardedRef, type KeyboardEvent, type PointerEvent } from 'react';

/**
 * A focus group makes many small focusable items (badges in a table, nodes of a status tree) one
 * Tab stop, by a roving tabindex: the item focused last (the first one the first time) has
 * `tabIndex={0}`, every other item `-1`, so Tab and Shift+Tab reach the items once, in their place in
 * the document among the other focusable elements (a row's link, a button); the arrow keys, Home and
 * End move between items. The group sets the one `0` on the element itself, so moving it renders no
 * item. Items stay focusable (`tabIndex={-1}`), so a click or a script can still focus them, and
 * whatever focus shows them (a tooltip, a description) works as before.
 */

/**
 * `true` below a focus group. An item reads it with `useContext` and, inside a group, renders
 * `tabIndex={-1}` and the `data-elb-item` attribute on its focusable element; the group raises one
 * item's `tabIndex` to 0 on the element.
 */
export const FocusGroupContext = createContext(false);

/** The attribute that marks an element as an item of the focus group around it. */
export const FOCUS_GROUP_ITEM = 'data-elb-item';

/** The attribute that marks a focus group's element: an item belongs to the nearest one around it. */
const FOCUS_GROUP = 'data-elb-focus-group';

const NEXT: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/** Is `element` one of the group's own items (not an item of a group inside it)? */
function isItemOf(group: HTMLElement, element: Element): element is HTMLElement {
  return element.hasAttribute(FOCUS_GROUP_ITEM) && element.closest(`[${FOCUS_GROUP}]`) === group;
}

/** The group's own items, in document order; the items of a group inside it belong to that group. */
function itemsOf(group: HTMLElement): HTMLElement[] {
  return [...group.querySelectorAll<HTMLElement>(`[${FOCUS_GROUP_ITEM}]`)].filter((item) => isItemOf(group, item));
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
  /** Marks the group's element, so that a group inside it keeps its own items. */
  'data-elb-focus-group': '';
  /** The group's element (also sets the ref given to `useFocusGroup`). */
  ref: (element: T | null) => void;
}

/**
 * The group's side: props for the element around the items (render `FocusGroupContext` with
 * `true` inside it). Takes the consumer's handlers and calls them first; a handler that calls
 * `preventDefault` keeps the group from acting on that event. When the focused item is removed
 * (a refresh, a filter), focus goes to the item now in its place. The group's element is a Tab stop
 * only while no item can hold the roving `tabIndex={0}` (before the first render's effect, or when no
 * item is left); then Tab into it goes on to an item.
 */
export function useFocusGroup<T extends HTMLElement>(theirs: FocusGroupHandlers<T> = {}, forwardedRef?: ForwardedRef<T>): FocusGroupProps<T> {
  // Whether an item holds the roving Tab stop: then the group's element leaves the Tab order.
  const [hasTabStop, setHasTabStop] = useState(false);
  // The item with `tabIndex={0}`: the one focused last, else the first that can take focus.
  const tabStop = useRef<HTMLElement | null>(null);
  const lastIndex = useRef(0);
  // The items after the focused one: the first still there takes focus when it is removed, also when rows above
  // or right after it go in the same update (its index then points too far).
  const following = useRef<HTMLElement[]>([]);
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

  /** The focused item's place among `items`, and the item after it. */
  function remember(items: HTMLElement[], item: HTMLElement) {
    const at = Math.max(0, items.indexOf(item));
    lastIndex.current = at;
    following.current = items.slice(at + 1);
  }

  /** Moves the roving Tab stop to `item` (or takes it away from every item, when `null`). */
  const moveTabStop = useCallback((item: HTMLElement | null) => {
    const before = tabStop.current;
    // An element that is no item any more has its own tabIndex again (React renders it).
    if (before && before !== item && before.hasAttribute(FOCUS_GROUP_ITEM)) before.tabIndex = -1;
    tabStop.current = item;
    if (item && item.tabIndex !== 0) item.tabIndex = 0;
    setHasTabStop(item !== null);
  }, []);

  // The Tab stop stays on an item that is still there and can take focus, else goes to the first that can.
  // While none can (the group is in a closed dialog or a hidden tab panel, every row is hidden), it stays on
  // an item all the same, the one it was on or the first: with the group's element as the Tab stop, Tab
  // would go from it on to the first badge, past the links before it. It is looked at again at the group's
  // next change and when focus comes to the group.
  const keepTabStop = useCallback(
    (group: HTMLElement) => {
      const item = tabStop.current;
      const held = item !== null && isItemOf(group, item);
      if (held && canFocus(item)) {
        moveTabStop(item);
        return;
      }
      const items = itemsOf(group);
      moveTabStop(focusableFrom(items, 0, 1) ?? (held ? item : (items[0] ?? null)));
    },
    [moveTabStop],
  );

  // A focused element that is removed takes focus with it to the page's body, and no event says so: a
  // removed item hands focus to the item now in its place (without scrolling the page to it). So does a
  // focused item that stops being one (a badge whose status is gone has nothing to describe and is no
  // longer focusable), and a focused item that is hidden (its row filtered out by `hidden`, `inert`, a
  // class or a style): focus goes to the next item that can take it. After every change, the Tab stop is
  // on an item that is still there and can take focus.
  useEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    function followFocus(group: HTMLElement) {
      const gone = focused.current;
      if (!gone) return;
      const wasItem = gone === tabStop.current;
      const hidden = wasItem && gone.isConnected && isItemOf(group, gone) && !canFocus(gone);
      if (gone.isConnected && (!wasItem || gone.hasAttribute(FOCUS_GROUP_ITEM)) && !hidden) {
        // Still there, perhaps moved by rows added or removed above it: its place, for when it goes.
        if (wasItem) remember(itemsOf(group), gone);
        return;
      }
      focused.current = null;
      const doc = group.ownerDocument;
      const active = doc.activeElement;
      if (!wasItem || (active && active !== doc.body && active !== gone)) return;
      const items = itemsOf(group);
      if (hidden) {
        // Still in its place: on to the next item that can take focus, else the one before it.
        const at = items.indexOf(gone);
        (focusableFrom(items, at + 1, 1) ?? focusableFrom(items, at - 1, -1) ?? group).focus({ preventScroll: true });
        return;
      }
      // The first of the items that followed it that is still there (they may have gone with it).
      const after = following.current.find((item) => isItemOf(group, item) && canFocus(item));
      if (after) {
        after.focus({ preventScroll: true });
        return;
      }
      const at = Math.min(lastIndex.current, items.length - 1);
      // No item left: the group itself (a Tab stop again) keeps the focus on the page's place.
      (focusableFrom(items, at, 1) ?? focusableFrom(items, at - 1, -1) ?? group).focus({ preventScroll: true });
    }
    /** Does a change to `node` (its class or style) matter: does it hold the Tab stop or the focused element? */
    function holdsFocusOrTabStop(node: Node) {
      return (tabStop.current !== null && node.contains(tabStop.current)) || (focused.current !== null && node.contains(focused.current));
    }
    keepTabStop(group);
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver((records) => {
      // A class or a style that changes anywhere else (a row restyled, a badge pointed at) changes neither
      // the Tab stop nor the focus: a look at each record, and nothing more, even in a 1000-row table.
      const matters = records.some((r) => (r.attributeName !== 'class' && r.attributeName !== 'style') || holdsFocusOrTabStop(r.target));
      if (!matters) return;
      followFocus(group);
      keepTabStop(group);
    });
    observer.observe(group, { childList: true, subtree: true, attributeFilter: [FOCUS_GROUP_ITEM, 'hidden', 'inert', 'class', 'style'] });
    return () => observer.disconnect();
  }, [keepTabStop]);

  function handlePointerDown(event: PointerEvent<T>) {
    theirs.onPointerDown?.(event);
    // A click on the group's plain text focuses the group's element: that is not a Tab into it.
    pointerDown.current = true;
    setTimeout(() => (pointerDown.current = false));
  }

  function handleFocus(event: FocusEvent<T>) {
    theirs.onFocus?.(event);
    const group = event.currentTarget;
    const target = event.target as HTMLElement;
    focused.current = target;
    if (event.defaultPrevented) return;
    // Focus comes from outside: the Tab stop is looked at again, so that the next Tab (from a row's link)
    // finds an item that can take focus.
    if (!group.contains(event.relatedTarget as Node | null)) keepTabStop(group);
    if (isItemOf(group, target)) {
      moveTabStop(target);
      remember(itemsOf(group), target);
    } else if (target === group && !pointerDown.current) {
      // Tabbed into the group (no item held the Tab stop yet) or focused by a script: on to the item
      // focused last, while it is still there.
      const last = tabStop.current;
      (last && isItemOf(group, last) && canFocus(last) ? last : focusableFrom(itemsOf(group), 0, 1))?.focus();
    }
  }

  function handleBlur(event: FocusEvent<T>) {
    theirs.onBlur?.(event);
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    const left = event.target;
    queueMicrotask(() => {
      if (left.isConnected && focused.current === left) focused.current = null;
    });
  }

  function handleKeyDown(event: KeyboardEvent<T>) {
    theirs.onKeyDown?.(event);
    const group = event.currentTarget;
    const target = event.target as HTMLElement;
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !target.hasAttribute(FOCUS_GROUP_ITEM)) return;
    const step = NEXT[event.key];
    if (!step && event.key !== 'Home' && event.key !== 'End') return;
    // Items in hidden rows are passed over, looked at one by one from where the search starts.
    const items = itemsOf(group);
    let next: HTMLElement | undefined;
    if (event.key === 'Home') next = focusableFrom(items, 0, 1);
    else if (event.key === 'End') next = focusableFrom(items, items.length - 1, -1);
    else {
      const at = items.indexOf(target);
      // An item of a group inside this one (the arrow key reached that group's end) sits between this
      // group's items before it and after it.
      const before = at >= 0 ? at : items.filter((item) => item.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING).length;
      next = focusableFrom(items, at >= 0 ? at + step! : step! > 0 ? before : before - 1, step!);
      // At this group's end, inside another group: the group around it moves on.
      if (!next && group.parentElement?.closest(`[${FOCUS_GROUP}]`)) return;
    }
    // The page does not scroll on an arrow key that moved focus or hit the group's end.
    event.preventDefault();
    next?.focus();
  }

  return {
    tabIndex: hasTabStop ? -1 : 0,
    [FOCUS_GROUP]: '',
    ref,
    onFocus: handleFocus,
    onBlur: handleBlur,
    onKeyDown: handleKeyDown,
    onPointerDown: handlePointerDown,
  };
}
