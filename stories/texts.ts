// The UI texts of the toolbar's locale, for the preview's provider and for play functions: a play
// function asserts through these (or through roles), never through English literals, so that every
// story holds in en, de and zh-CN. A story about English text pins `globals: { locale: 'en' }`.
import { createTranslator, getStatusInfo, type MessageBundle, type MessageKey, type ShippedLocale, type Translate } from '../src/index.js';
import { de } from '../src/locales/de.js';
import { zhCN } from '../src/locales/zh-CN.js';

/** The bundles the preview's `ElbUiProvider` gets (English is built in). */
export const STORY_LOCALES = { de, 'zh-CN': zhCN } satisfies Partial<Record<ShippedLocale, MessageBundle>>;

/** The translator for a story's globals (`context.globals.locale`), as the components use it. */
export function textsFor(globals: Record<string, unknown> | undefined): Translate {
  const locale = typeof globals?.locale === 'string' ? globals.locale : 'en';
  return createTranslator(locale, (STORY_LOCALES as Record<string, MessageBundle | undefined>)[locale] ?? null);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for a translated template whose placeholders are not known in advance:
 * `textPattern(t('ui.retryCountdown', { seconds: '\0' }))` matches "Retrying automatically in 59 s" and its translations.
 * Each NUL stands for a number; with `placeholder: 'text'`, for any non-empty text on one line (a formatted date).
 */
export function textPattern(template: string, placeholder: 'number' | 'text' = 'number'): RegExp {
  return new RegExp(template.split('\0').map(escape).join(placeholder === 'number' ? '\\d+' : '.+?'));
}

/**
 * A status's descriptions as the reader sees them: each line's `desc.<status>.<n>` in the locale's
 * bundle, the API reference's English line where there is none (as in English).
 */
export function descriptionsFor(t: Translate, status: number): string[] {
  return getStatusInfo(status).descriptions.map((line, i) => t(`desc.${status}.${i + 1}` as MessageKey) || line);
}
