import { createTranslator, describeError, type MessageKey, type Translate } from './messages/index.js';
import { redactText } from './redact.js';
import { docsLink, formatAge, requestScope, type DocsUrlSource } from './support.js';
import type { ElbError } from './types.js';

/** One fact of a failure, labelled by a message key. */
export interface FailureFact {
  key: MessageKey;
  /** Listed in the panel's Details (the others are shown above them, in the panel's body). */
  inDetails: boolean;
  value(error: ElbError): string | null;
}

function isoTime(error: ElbError): string {
  try {
    return new Date(error.time).toISOString();
  } catch {
    return String(error.time);
  }
}

/** The facts of a failure, in order: the copied summary lists every one, the panel's Details those marked. */
export const FAILURE_FACTS: readonly FailureFact[] = [
  { key: 'ui.status', inDetails: true, value: (e) => (e.status != null ? `${e.status} ${e.reason}` : e.reason) },
  { key: 'ui.errorCode', inDetails: false, value: (e) => e.code },
  { key: 'ui.serverMessage', inDetails: false, value: (e) => e.serverMessage },
  { key: 'ui.requestId', inDetails: false, value: (e) => e.requestId },
  { key: 'ui.method', inDetails: true, value: (e) => e.method },
  { key: 'ui.url', inDetails: true, value: (e) => e.url },
  { key: 'ui.time', inDetails: true, value: isoTime },
];

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
  const facts = FAILURE_FACTS.filter((fact) => fact.key !== 'ui.time').map((fact) => [t(fact.key), fact.value(error)] as const);
  const lines = [...facts, ...supportLines(error, t, options, isoTime(error))].filter(([, v]) => v);
  return redactText([title, ...lines.map(([k, v]) => `${k}: ${v}`)].join('\n'));
}

function supportLines(error: ElbError, t: Translate, options: SummaryOptions, time: string): Array<readonly [string, string | null]> {
  const { projectId, region } = requestScope(error.url);
  const age = formatAge(error.time, options.now ?? Date.now(), options.locale ?? 'en');
  return [
    [t('ui.project'), projectId],
    [t('ui.region'), region],
    [t('ui.time'), age ? `${time} ${t('ui.age', { age })}` : time],
    [t('ui.docs'), docsLink(options.docsUrl, error.code)],
  ];
}
