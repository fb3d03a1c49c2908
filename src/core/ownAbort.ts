/**
 * Requests this library aborted itself (a retry cut short by clear, unmount, dismissal or a newer
 * failure): their signals and the reasons they were aborted with. A caller's `catch` that reports such
 * an abort back hands over the reason (`fetch`, ky) or an error that names the signal (axios's
 * `CanceledError`, in its `config`): it is no failure of the request, and reporting it changes nothing.
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
  OWN_ABORTS.add(controller.signal);
  controller.abort(reason);
}

/** Whether `value` is an abort made by `abortOwn` coming back: its reason, or an error naming its signal. */
export function isOwnAbort(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (OWN_ABORTS.has(value)) return true;
  try {
    const signal = (value as { config?: { signal?: unknown } }).config?.signal;
    return typeof signal === 'object' && signal !== null && OWN_ABORTS.has(signal);
  } catch {
    return false;
  }
}

