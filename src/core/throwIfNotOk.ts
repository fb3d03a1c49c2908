import { redactText } from './redact.js';
import { readElbError } from './toElbError.js';
import type { RequestContext } from './types.js';

/**
 * For plain `fetch`: returns the response when it is ok, else throws the `ElbError` read from
 * it (body included). `const res = await throwIfNotOk(await fetch(url), { method: 'GET', url })`.
 */
export async function throwIfNotOk<R extends Response>(response: R, context?: RequestContext): Promise<R> {
  if (response.ok) return response;
  const error = await readElbError(response, { url: response.url, ...context });
  // An ElbError has no stack of its own; a thrown one shows where it was thrown (V8's engines).
  (Error as { captureStackTrace?: (target: object) => void }).captureStackTrace?.(error);
  // Its frames name script URLs, which may carry tokens: redacted like the first line.
  const withStack = error as { stack?: unknown };
  if (typeof withStack.stack === 'string') withStack.stack = redactText(withStack.stack);
  throw error;
}
