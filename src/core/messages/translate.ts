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
}

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

export function describeError(error: Pick<ElbError, 'kind' | 'status' | 'category' | 'severity'>, t: Translate): ErrorText {
  const category: ErrorCategory | null = error.category;
  return {
    title: t(statusKey('title', error)),
    explanation: t(statusKey('explain', error)),
    hint: category ? t(`hint.${category}`) : null,
  };
}

/** The label announced for a severity ("Error", "Warning"). */
export function severityLabel(severity: Severity, t: Translate): string {
  return t(`ui.severity.${severity}`);
}
