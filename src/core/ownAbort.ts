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
