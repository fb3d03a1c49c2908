import { createTranslator, describeError, type Translate } from './messages/index.js';
import { redactText } from './redact.js';
import { docsLink, formatAge, requestScope, type DocsUrlSource } from './support.js';
import { readElbError } from './toElbError.js';
import type { ElbError, RequestContext } from './types.js';

/** What `formatErrorSummary` adds besides the failure's own fields. */
export interface SummaryOptions {
  /** The time the summary is made, for the failure's age ("2 minutes ago"). @defaultValue Date.now() */
  now?: number | undefined;
  /** The locale of the age. @defaultValue 'en' */
  locale?: string | undefined;
  /** Where the ELB code is documented (as `ElbUiProvider`'s `docsUrl`): adds a documentation line. */
  docsUrl?: DocsUrlSource | undefined;
}

/**
 * A plain-text summary of a failure for support tickets: status, code, message, request id,
 * method, redacted URL, project id and region (when the URL names them), time and age, and the
 * code's documentation link (with `docsUrl`). Holds no headers and no tokens: the whole text passes
 * `redactText` again, so an error whose fields were not redacted (a forged or hand-made object) leaks nothing.
 */
export function formatErrorSummary(error: ElbError, t: Translate = createTranslator('en'), options: SummaryOptions = {}): string {
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
    ...supportLines(error, t, options, time),
  ];
  return redactText([title, ...lines.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`)].join('\n'));
}

function supportLines(error: ElbError, t: Translate, options: SummaryOptions, time: string): Array<[string, string | null]> {
  const { projectId, region } = requestScope(error.url);
  const age = formatAge(error.time, options.now ?? Date.now(), options.locale ?? 'en');
  return [
    [t('ui.project'), projectId],
    [t('ui.region'), region],
    [t('ui.time'), age ? `${time} ${t('ui.age', { age })}` : time],
    [t('ui.docs'), docsLink(options.docsUrl, error.code)],
  ];
}

/**
 * For plain `fetch`: returns the response when it is ok, else throws the `ElbError` read from
 * it (body included). `const res = await throwIfNotOk(await fetch(url), { method: 'GET', url })`.
 */
export async function throwIfNotOk<R extends Response>(response: R, context?: RequestContext): Promise<R> {
  if (response.ok) return response;
  throw await readElbError(response, { url: response.url, ...context });
}
