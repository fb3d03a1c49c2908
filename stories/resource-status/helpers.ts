import { createTranslator, withResourceStatusEnglish, type MessageKey, type Translate } from '../../src/index.js';
import { resolveLocale } from '../../src/core/messages/index.js';
import { de } from '../../src/locales/de.js';
import { zhCN } from '../../src/locales/zh-CN.js';

/** The translator of the toolbar's locale, so play functions assert what the reader sees. */
export function translatorFor(globals: Record<string, unknown>): Translate {
  const locale = resolveLocale(typeof globals.locale === 'string' ? globals.locale : 'en');
  return withResourceStatusEnglish(createTranslator(locale, locale === 'de' ? de : locale === 'zh-CN' ? zhCN : undefined));
}

export const label = (t: Translate, field: 'provisioning' | 'operating', value: string) => t(`rs.label.${field}.${value}` as MessageKey);

/**
 * The first hover in a page downloads the tooltip's chunk (Radix), which the dev server transforms on
 * first request: several seconds while six browsers of stories share two cores. A bound for that
 * download, not a measure of speed (as in the StatusBadge stories).
 */
export const FIRST_TOOLTIP = { timeout: 10_000 };
