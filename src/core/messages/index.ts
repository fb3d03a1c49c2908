import type { ElbError, ErrorCategory, Severity } from '../types.js';
import { de } from './de.js';
import { en, type MessageBundle, type MessageKey } from './en.js';
import { zhCN } from './zh-CN.js';

export type { MessageBundle, MessageKey };

/** Locales shipped with the library. */
export type ShippedLocale = 'en' | 'de' | 'zh-CN';
/** Message overrides: any subset of keys, per locale or for all locales. */
export type MessageOverrides = Partial<Record<MessageKey, string>>;

export const MESSAGES: Readonly<Record<ShippedLocale, MessageBundle>> = { en, de, 'zh-CN': zhCN };

/** Maps any BCP 47 tag to the nearest shipped locale ('de-AT' -> 'de', 'zh-Hans' -> 'zh-CN'); English otherwise. */
export function resolveLocale(locale: string | null | undefined): ShippedLocale {
  const tag = typeof locale === 'string' ? locale.toLowerCase() : '';
  if (tag === 'de' || tag.startsWith('de-')) return 'de';
  if (tag === 'zh' || tag === 'zh-cn' || tag.startsWith('zh-hans') || tag === 'zh-sg') return 'zh-CN';
  return 'en';
}

/** A function that finds the text for a key: overrides, then the locale, then English; never the key itself. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function createTranslator(locale?: string | null, overrides?: MessageOverrides | null): Translate {
  const bundle = MESSAGES[resolveLocale(locale)];
  return (key, vars) => {
    const own = overrides?.[key];
    const template = typeof own === 'string' && own ? own : bundle[key] || en[key] || '';
    return vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
  };
}

/** The human title / explanation / hint for a failure, in the translator's language. */
export interface ErrorText {
  title: string;
  explanation: string;
  hint: string | null;
}

function statusKey(prefix: 'title' | 'explain', error: Pick<ElbError, 'kind' | 'status' | 'category' | 'severity'>): MessageKey {
  if (error.kind !== 'http' || error.status == null) return `${prefix}.${error.kind === 'http' ? 'unknown' : error.kind}` as MessageKey;
  const s = error.status;
  if (s === 409 && error.category === 'locked') return `${prefix}.409.locked`;
  const exact = `${prefix}.${s}`;
  if (exact in en) return exact as MessageKey;
  if (s >= 400 && s < 500) return `${prefix}.4xx`;
  if (s >= 500 && s < 600) return `${prefix}.5xx`;
  if (error.severity === 'success') return `${prefix}.success`;
  if (error.severity === 'info') return `${prefix}.info`;
  return `${prefix}.unknown`;
}

export function describeError(
  error: Pick<ElbError, 'kind' | 'status' | 'category' | 'severity'>,
  t: Translate,
): ErrorText {
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
