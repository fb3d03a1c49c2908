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
