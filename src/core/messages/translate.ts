import { categorize, type ErrorCodeLookup } from '../category.js';
import type { ElbError, ErrorCategory, Severity } from '../types.js';
import type { MessageKey } from './en.js';

/** Locales shipped with the library (German and Chinese as their own entry points). */
export type ShippedLocale = 'en' | 'de' | 'zh-CN';
/** Message overrides: any subset of keys. A complete bundle (`de` from `elb-status-ui/locales/de`) translates everything. */
export type MessageOverrides = Partial<Record<MessageKey, string>>;

/** Maps any BCP 47 tag to the nearest shipped locale ('de-AT' -> 'de', 'zh-Hans' -> 'zh-CN'); English otherwise. */
export function resolveLocale(locale: string | null | undefined): ShippedLocale {
  const tag = typeof locale === 'string' ? locale.toLowerCase() : '';
  if (tag === 'de' || tag.startsWith('de-')) return 'de';
  if (tag === 'zh' || tag === 'zh-cn' || tag.startsWith('zh-hans') || tag === 'zh-sg') return 'zh-CN';
  return 'en';
}

/** A function that finds the text for a key: overrides, then English; never the key itself. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A translator over explicit bundles (the English fallback is passed in, so callers choose how much English they load). */
export function translatorOf(english: Partial<Record<MessageKey, string>>, overrides?: MessageOverrides | null): Translate {
  return (key, vars) => {
    const own = overrides?.[key];
    const template = typeof own === 'string' && own ? own : english[key] || '';
    return vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
  };
}

/** The human title / explanation / hint for a failure, in the translator's language. */
export interface ErrorText {
  title: string;
  explanation: string;
  hint: string | null;
  /** The category the texts were chosen by (the catalogue's, when `errorCodes` knows the code). */
  category: ErrorCategory | null;
}

/**
 * What happens next to a failure, so the hint does not contradict it: `manual` (a retry can help),
 * `scheduled` (an automatic retry counts down), `later` (the server asked to wait longer than
 * automatic retry waits), `none` (retrying cannot help).
 */
export type RetryPlan = 'manual' | 'scheduled' | 'later' | 'none';

export interface DescribeOptions {
  /**
   * The category lookup of the published error codes (the provider's `errorCodes`): it decides the
   * category, and so the hint, for the codes it knows, however the error was made.
   */
  errorCodes?: ErrorCodeLookup | null | undefined;
  /** @defaultValue `'manual'` for a retryable failure, else `'none'` */
  retry?: RetryPlan | undefined;
}

/** Categories whose hint speaks of retrying; each has a variant for an automatic retry and one for none. */
const RETRY_HINTS: ReadonlySet<ErrorCategory> = new Set(['server', 'locked', 'throttled']);

// Statuses with texts of their own; others use their class's (4xx, 5xx).
const SPECIFIC = new Set([400, 401, 403, 404, 405, 406, 407, 408, 409, 429, 500, 501, 502, 503, 504]);

function statusKey(prefix: 'title' | 'explain', error: Pick<ElbError, 'kind' | 'status' | 'category' | 'severity'>): MessageKey {
  if (error.kind !== 'http' || error.status == null) return `${prefix}.${error.kind === 'http' ? 'unknown' : error.kind}` as MessageKey;
  const s = error.status;
  if (s === 409 && error.category === 'locked') return `${prefix}.409.locked`;
  if (SPECIFIC.has(s)) return `${prefix}.${s}` as MessageKey;
  if (s >= 400 && s < 500) return `${prefix}.4xx`;
  if (s >= 500 && s < 600) return `${prefix}.5xx`;
  if (error.severity === 'success') return `${prefix}.success`;
  if (error.severity === 'info') return `${prefix}.info`;
  return `${prefix}.unknown`;
}

/** Only the title (what a badge needs for failures without a status). */
export function errorTitle(error: Pick<ElbError, 'kind' | 'status' | 'category' | 'severity'>, t: Translate): string {
  return t(statusKey('title', error));
}


export function describeError(
  error: Pick<ElbError, 'kind' | 'status' | 'category' | 'severity'> & Partial<Pick<ElbError, 'code' | 'serverMessage' | 'retryable'>>,
  t: Translate, options?: DescribeOptions): ErrorText {
  let category: ErrorCategory | null = error.category;
  if (options?.errorCodes && error.code) {
    category = categorize(error.kind, error.status, error.code, error.serverMessage ?? null, options.errorCodes) ?? category;
  }
  const plan = options?.retry ?? (error.retryable === false ? 'none' : 'manual');
  const keyed = { ...error, category };
  return {
    title: t(statusKey('title', keyed)),
    explanation: t(statusKey('explain', keyed)),
    hint: category
      ? t(RETRY_HINTS.has(category) && plan !== 'manual' ? (`hint.${category}.${plan === 'scheduled' ? 'auto' : 'final'}` as MessageKey) : `hint.${category}`)
      : null,
    category,
  };
}

/**
 * A status's descriptions in the translator's language: line by line, the bundle's `desc.<status>.<n>`
 * (1-based) where it has one, else the API reference's English line. The English stays in
 * `StatusInfo.descriptions`.
 */
export function translateDescriptions(status: number | null, descriptions: readonly string[], t: Translate): readonly string[] {
  return descriptions.map((line, i) => (status != null && t(`desc.${status}.${i + 1}` as MessageKey)) || line);
}

/** The locale's quotation marks around quoted text (`'ui.quote'`): `['„', '“']` in German. */
export function quotationMarks(t: Translate): readonly [string, string] {
  const [open = '', close = ''] = t('ui.quote', { text: '\u0000' }).split('\u0000');
  return [open, close];
}

/** The label announced for a severity ("Error", "Warning"). */
export function severityLabel(severity: Severity, t: Translate): string {
  return t(`ui.severity.${severity}`);
}
