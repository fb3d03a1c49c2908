import { en, type DescriptionKey, type MessageBundle, type MessageKey } from './en.js';
import { resolveLocale, translatorOf, type MessageOverrides, type ShippedLocale, type Translate } from './translate.js';

export type { DescriptionKey, MessageBundle, MessageKey };
export { en };
export {
  describeError,
  errorTitle,
  quotationMarks,
  translateDescriptions,
  type DescribeOptions,
  type RetryPlan,
  resolveLocale,
  severityLabel,
  translatorOf,
  type ErrorText,
  type MessageOverrides,
  type ShippedLocale,
  type Translate,
} from './translate.js';

/** Texts for a translator: one bundle or override object, or one per shipped locale (`{ de, 'zh-CN': zhCN }`). */
export type TranslatorMessages = MessageOverrides | Partial<Record<ShippedLocale, MessageOverrides>>;

const SHIPPED: readonly string[] = ['en', 'de', 'zh-CN'] satisfies readonly ShippedLocale[];

/** The overrides `messages` holds for `locale`: the per-locale entry when keyed by locale, else `messages` itself. */
export function pickMessages(messages: TranslatorMessages | null | undefined, locale: ShippedLocale): MessageOverrides | undefined {
  if (!messages) return undefined;
  const perLocale = Object.keys(messages).some((k) => SHIPPED.includes(k));
  return perLocale ? (messages as Partial<Record<ShippedLocale, MessageOverrides>>)[locale] : (messages as MessageOverrides);
}

/**
 * A translator for `locale` (a BCP 47 tag, resolved to `en`, `de` or `zh-CN`): the texts `messages`
 * holds for it first, then English; never a key name. `messages` is a bundle or overrides (used for any
 * locale) or one per locale (`{ de, 'zh-CN': zhCN }`, chosen by `locale`). The core ships only English:
 * German and Chinese come from `elb-status-ui/locales/de` and `elb-status-ui/locales/zh-CN`, so
 * `createTranslator('de')` without them is English.
 */
export function createTranslator(locale?: string | null, messages?: TranslatorMessages | null): Translate {
  return translatorOf(en, pickMessages(messages, resolveLocale(locale)));
}
