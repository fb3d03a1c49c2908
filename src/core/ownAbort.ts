/**
 * Requests this library aborted itself (a retry cut short by clear, unmount, dismissal or a newer
 * failure). `fetch` rejects with the signal's reason, so a caller's `catch` that reports it hands
 * back this very object: it is no failure of the request, and reporting it changes nothing.
 */
const OWN_ABORTS = new WeakSet<object>();

/** Aborts `controller` with a reason the library recognises when it is reported back. */
export function abortOwn(controller: AbortController | null | undefined): void {
  if (!controller || controller.signal.aborted) return;
  const reason =
    typeof DOMException === 'function'
      ? new DOMException('The retry was stopped by elb-status-ui.', 'AbortError')
      : Object.assign(new Error('The retry was stopped by elb-status-ui.'), { name: 'AbortError' });
  OWN_ABORTS.add(reason);
  controller.abort(reason);
}

/** Whether `value` is the reason of an abort made by `abortOwn`. */
export function isOwnAbort(value: unknown): boolean {
  return typeof value === 'object' && value !== null && OWN_ABORTS.has(value);
}

/** Aborts an owner may still hear of; beyond this, older ones are forgotten. */
const MAX_PENDING = 4;

/**
 * The aborts one owner (a retry controller, a banner store) made, until each is reported back. `fetch`
 * hands back the signal's reason (`isOwnAbort`); axios and whatwg-fetch reject with an error of their own,
 * so a failure of kind `aborted` reported while one of this owner's aborts is unclaimed is taken for it.
 */
export class OwnAborts {
  private pending = 0;

  /** Aborts `controller` (if it is not already) and expects to hear of it. */
  abort(controller: AbortController | null | undefined): void {
    if (!controller || controller.signal.aborted) return;
    abortOwn(controller);
    this.pending = Math.min(MAX_PENDING, this.pending + 1);
  }

  /** Whether a reported failure (`kind` as normalised) is one of these aborts coming back; it is then claimed. */
  claims(failure: unknown, kind: string): boolean {
    const own = isOwnAbort(failure);
    if (!own && (kind !== 'aborted' || this.pending === 0)) return false;
    this.pending = Math.max(0, this.pending - 1);
    return true;
  }
}
