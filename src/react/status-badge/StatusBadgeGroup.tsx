import { forwardRef, type HTMLAttributes } from 'react';
import { FocusGroupContext, useFocusGroup } from '../focus-group/focusGroup.js';

export type StatusBadgeGroupProps = HTMLAttributes<HTMLDivElement>;

/**
 * Makes the badges inside it (a table's status column, a list of listeners) one Tab stop, a roving
 * tabindex: the badge focused last (the first one the first time) has `tabIndex={0}`, the others
 * -1; the arrow keys, Home and End move between badges, and each badge opens its tooltip as it is
 * focused, as on its own. Other focusable elements inside (links, buttons) keep their Tab stops, and
 * Tab and Shift+Tab reach them and the badges in document order. Give it a name (`aria-label` or
 * `aria-labelledby`): a screen reader announces it when focus enters it.
 *
 * Renders a `div` with `role="group"`; wrap the table (or list) in it.
 */
export const StatusBadgeGroup = forwardRef<HTMLDivElement, StatusBadgeGroupProps>(function StatusBadgeGroup(
  { children, onFocus, onBlur, onKeyDown, onPointerDown, ...rest },
  ref,
) {
  const group = useFocusGroup({ onFocus, onBlur, onKeyDown, onPointerDown }, ref);
  return (
    <div role="group" {...rest} {...group}>
      <FocusGroupContext.Provider value>{children}</FocusGroupContext.Provider>
    </div>
  );
});
