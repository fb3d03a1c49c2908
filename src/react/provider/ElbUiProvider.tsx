import { useContext, useMemo, type ReactNode } from 'react';
import { ElbUiContext, type ElbUiConfig } from './context.js';
import {
  createRetryBudget,
  createTranslator,
  toCodeLookup,
  type ElbApi,
  type ErrorCodeLookup,
  type ErrorCodeTable,
  type MessageOverrides,
  type RetryBudget,
  type RetryBudgetOptions,
  type RetryPolicy,
  type ShippedLocale,
} from '../../core/index.js';
import { resolveLocale } from '../../core/messages/index.js';

export interface ElbUiProviderProps {
  /** BCP 47 locale; `en`, `de` and `zh-CN` are shipped, others fall back to English. @defaultValue 'en' */
  locale?: string;
  /**
   * Texts: a bundle (`import { de } from 'elb-status-ui/locales/de'`), any partial override, or one per
   * locale (`{ de, 'zh-CN': zhCN }`, chosen by `locale`). Missing keys fall back to English.
   */
  messages?: MessageOverrides | Partial<Record<ShippedLocale, MessageOverrides>>;
  /** Policy for automatic retries turned on with `autoRetry: true`. @defaultValue DEFAULT_RETRY_POLICY */
  retryPolicy?: RetryPolicy;
  /** Shared retry budget: an instance, options for a new one, or `false` for none. @defaultValue a budget of 50 tokens */
  retryBudget?: RetryBudget | RetryBudgetOptions | false;
  /** Hover delay before a status badge's tooltip opens, ms. @defaultValue 300 */
  tooltipDelay?: number;
  /**
   * The ELB error-code catalogue, for precise hints: a lookup function (`categoryOfCode` from
   * `elb-status-ui/error-codes`, in a client module) or the catalogue as data (`ERROR_CODE_ROWS`, or a
   * record `{ 'ELB.1003': 'not-found' }`), which a Server Component can pass. Kept out of the main
   * bundle on purpose.
   */
  errorCodes?: ErrorCodeLookup | ErrorCodeTable | undefined;
  /** The API whose resource status vocabulary badges and status trees below use. @defaultValue 'elb-v3' */
  api?: ElbApi | undefined;
  children?: ReactNode;
}

let sharedBudget: RetryBudget | null = null;
/** The budget shared by everything outside any provider, made on first use. */
function defaultBudget(): RetryBudget {
  return (sharedBudget ??= createRetryBudget());
}

const enT = createTranslator('en');
const DEFAULT_CONFIG: ElbUiConfig = {
  locale: 'en',
  resolvedLocale: 'en',
  t: enT,
  retryPolicy: {},
  get retryBudget() {
    return defaultBudget();
  },
  tooltipDelay: 300,
  errorCodes: undefined,
  api: 'elb-v3',
};


const SHIPPED = ['en', 'de', 'zh-CN'];
function pickOverrides(messages: ElbUiProviderProps['messages'], locale: ShippedLocale): MessageOverrides | undefined {
  if (!messages) return undefined;
  const perLocale = Object.keys(messages).some((k) => SHIPPED.includes(k));
  return perLocale ? (messages as Partial<Record<ShippedLocale, MessageOverrides>>)[locale] : (messages as MessageOverrides);
}

function isBudget(value: unknown): value is RetryBudget {
  return typeof value === 'object' && value !== null && typeof (value as RetryBudget).acquire === 'function';
}

// Bundlers replace process.env.NODE_ENV; in a plain browser `process` does not exist.
declare const process: { env?: { NODE_ENV?: string } } | undefined;

const warned = new Set<string>();
/** German and Chinese texts are separate entries: say so once when a locale asks for one that was not passed. */
function warnMissingBundle(locale: ShippedLocale, overrides: MessageOverrides | undefined): void {
  if (locale === 'en' || warned.has(locale) || (overrides && Object.keys(overrides).length > 20)) return;
  if (typeof process !== 'undefined' && process.env?.NODE_ENV === 'production') return;
  warned.add(locale);
  const name = locale === 'de' ? 'de' : 'zhCN';
  console.warn(
    `elb-status-ui: locale "${locale}" shows English until its texts are passed: ` +
      `import { ${name} } from 'elb-status-ui/locales/${locale}' and <ElbUiProvider locale="${locale}" messages={${name}}>.`,
  );
}

/** Locale, message overrides, retry policy, retry budget and tooltip delay for every component below. */
export function ElbUiProvider({ locale = 'en', messages, retryPolicy, retryBudget, tooltipDelay = 300, errorCodes, api = 'elb-v3', children }: ElbUiProviderProps) {
  const resolvedLocale = resolveLocale(locale);
  const overrides = pickOverrides(messages, resolvedLocale);
  warnMissingBundle(resolvedLocale, overrides);
  const budgetKey = retryBudget === false ? 'off' : isBudget(retryBudget) ? retryBudget : JSON.stringify(retryBudget ?? {});
  const budget = useMemo(
    () => (retryBudget === false ? null : isBudget(retryBudget) ? retryBudget : createRetryBudget(retryBudget)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- options objects are compared by value
    [budgetKey],
  );
  const lookup = useMemo(() => toCodeLookup(errorCodes), [errorCodes]);
  const value = useMemo<ElbUiConfig>(
    () => ({
      locale,
      resolvedLocale,
      t: createTranslator(resolvedLocale, overrides),
      retryPolicy: retryPolicy ?? {},
      retryBudget: budget,
      tooltipDelay,
      errorCodes: lookup,
      api,
    }),
    [locale, resolvedLocale, overrides, retryPolicy, budget, tooltipDelay, lookup, api],
  );
  return <ElbUiContext.Provider value={value}>{children}</ElbUiContext.Provider>;
}

/** The configuration of the nearest `ElbUiProvider` (defaults when there is none). */
export function useElbUi(): ElbUiConfig {
  return useContext(ElbUiContext) ?? DEFAULT_CONFIG;
}

export type { ElbUiConfig };
