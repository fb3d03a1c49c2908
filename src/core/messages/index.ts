import { en, type DescriptionKey, type MessageBundle, type MessageKey } from './en.js';
import { translatorOf, type MessageOverrides, type Translate } from './translate.js';

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

/**
 * A translator: `overrides` first (pass a whole bundle such as `de` from
 * `elb-status-ui/locales/de` to translate everything), then English; never a key name.
 * `locale` is accepted for symmetry with the provider and does not load anything.
 */
export function createTranslator(_locale?: string | null, overrides?: MessageOverrides | null): Translate {
  return translatorOf(en, overrides);
}
