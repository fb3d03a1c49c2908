import { createTranslator, describeError, type Translate } from './messages/index.js';
import { redactText } from './redact.js';
import { readElbError } from './toElbError.js';
import type { ElbError, RequestContext } from './types.js';

/**
 * A plain-text summary of a failure for support tickets: status, code, message, request id,
 * method, redacted URL, time. Holds no headers and no tokens: the whole text passes `redactText`
 * again, so an error whose fields were not redacted (a forged or hand-made object) leaks nothing.
 */
export function formatErrorSummary(error: ElbError, t: Translate = createTranslator('en')): string {
  const { title } = describeError(error, t);
  let time: string;
  try {
    time = new Date(error.time).toISOString();
  } catch {
    time = String(error.time);
  }
  const lines: Array<[string, string | null]> = [
    [t('ui.status'), error.status != null ? `${error.status} ${error.reason}` : error.reason],
    [t('ui.errorCode'), error.code],
    [t('ui.serverMessage'), error.serverMessage],
    [t('ui.requestId'), error.requestId],
    [t('ui.method'), error.method],
    [t('ui.url'), error.url],
    [t('ui.time'), time],
  ];
  return redactText([title, ...lines.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`)].join('\n'));
}

/**
 * For plain `fetch`: returns the response when it is ok, else throws the `ElbError` read from
 * it (body included). `const res = await throwIfNotOk(await fetch(url), { method: 'GET', url })`.
 */
export async function throwIfNotOk<R extends Response>(response: R, context?: RequestContext): Promise<R> {
  if (response.ok) return response;
  throw await readElbError(response, { url: response.url, ...context });
}
