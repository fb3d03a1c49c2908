import { useContext, useMemo, useState, type ReactNode } from 'react';
import { ElbUiContext, type ElbUiConfig } from './context.js';
import {
  createRetryBudget,
  createTranslator,
  toCodeLookup,
  type DocsUrlSource,
  type ElbApi,
  type ErrorCodeLookup,
  type ErrorCodeTable,
  type RetryBudget,
  type RetryBudgetOptions,
  type RetryPolicy,
  type ShippedLocale,
} from '../../core/index.js';
import { pickMessages, resolveLocale, type TranslatorMessages } from '../../core/messages/index.js';
import { useDevWarning } from '../shared/devWarning.js';

export interface ElbUiProviderProps {
  /** BCP 47 locale; `en`, `de` and `zh-CN` are shipped, others fall back to English. @defaultValue 'en' */
  locale?: string;
  /**
   * Texts: a bundle (`import { de } from 'elb-status-ui/locales/de'`), any partial override, or one per
   * locale (`{ de, 'zh-CN': zhCN }`, chosen by `locale`). Missing keys fall back to English.
   */
  messages?: TranslatorMessages;
  /** Policy for automatic retries turned on with `autoRetry: true`. @defaultValue DEFAULT_RETRY_POLICY */
  retryPolicy?: RetryPolicy;
  /**
   * The retry budget shared by everything below: an instance, options for a new one, or `false` for none.
   * Each provider owns its own. @defaultValue a budget of 50 tokens
   */
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
  /**
   * Turns an ELB code into a documentation link in the error panel and the copied summary: a function
   * (`(code) => url`, in a client module) or a template a Server Component can pass
   * (`"https://docs.example.com/errors#{code}"`, the code URL-encoded). Only http(s) URLs are used.
   * @defaultValue undefined (no link)
   */
  docsUrl?: DocsUrlSource | undefined;
  /** The documentation link's `target` (`'_blank'`); none unless given. */
  docsTarget?: string | undefined;
  children?: ReactNode;
}

const DEFAULT_CONFIG: ElbUiConfig = {
  locale: 'en',
  resolvedLocale: 'en',
  t: createTranslator('en'),
  retryPolicy: {},
  // Outside a provider there is no shared budget: each failure is still held to its attempt cap.
  retryBudget: null,
  tooltipDelay: 300,
  errorCodes: undefined,
  api: 'elb-v3',
  docsUrl: undefined,
  docsTarget: undefined,
};

function isBudget(value: unknown): value is RetryBudget {
  return typeof value === 'object' && value !== null && typeof (value as RetryBudget).acquire === 'function';
}

type BudgetProp = ElbUiProviderProps['retryBudget'];
const BUDGET_OPTIONS = ['capacity', 'retryCost', 'timeoutCost', 'successRefill'] as const;
/** The options a prop gives, read once and defensively (a getter that throws, a cycle, a BigInt: left out). */
function budgetOptions(prop: BudgetProp): RetryBudgetOptions {
  const options: RetryBudgetOptions = {};
  if (typeof prop !== 'object' || prop === null) return options;
  for (const key of BUDGET_OPTIONS) {
    try {
      const value: unknown = (prop as RetryBudgetOptions)[key];
      if (typeof value === 'number') options[key] = value;
    } catch {
      /* left at its default */
    }
  }
  return options;
}
/** What identifies the budget a prop asks for: options objects compare by value, instances by identity. */
function budgetIdentity(prop: BudgetProp): unknown {
  if (prop === false || isBudget(prop)) return prop;
  const options = budgetOptions(prop);
  return BUDGET_OPTIONS.map((key) => String(options[key])).join(' ');
}
function budgetFor(prop: BudgetProp): RetryBudget | null {
  return prop === false ? null : isBudget(prop) ? prop : createRetryBudget(budgetOptions(prop));
}

/** The provider's own budget: made once, and again only when the prop asks for a different one. */
function useProviderBudget(prop: BudgetProp): RetryBudget | null {
  const identity = budgetIdentity(prop);
  const [owned, setOwned] = useState(() => ({ identity, budget: budgetFor(prop) }));
  if (owned.identity === identity) return owned.budget;
  const next = { identity, budget: budgetFor(prop) };
  setOwned(next);
  return next.budget;
}

/** German and Chinese texts are separate entries: say so (once, after render) when a locale asks for one that was not passed. */
function missingBundleWarning(locale: ShippedLocale, messages: TranslatorMessages | undefined): string | null {
  if (locale === 'en' || pickMessages(messages, locale)?.['ui.retry']) return null;
  const name = locale === 'de' ? 'de' : 'zhCN';
  return (
    `locale "${locale}" shows English until its texts are passed: ` +
    `import { ${name} } from 'elb-status-ui/locales/${locale}' and <ElbUiProvider locale="${locale}" messages={${name}}>.`
  );
}

/**
 * Locale, message overrides, retry policy, retry budget and tooltip delay for every component below.
 * Each provider owns one retry budget (unless given one); outside any provider there is none.
 */
export function ElbUiProvider({ locale = 'en', messages, retryPolicy, retryBudget, tooltipDelay = 300, errorCodes, api = 'elb-v3', docsUrl, docsTarget, children }: ElbUiProviderProps) {
  const resolvedLocale = resolveLocale(locale);
  useDevWarning(missingBundleWarning(resolvedLocale, messages));
  const budget = useProviderBudget(retryBudget);
  const lookup = useMemo(() => toCodeLookup(errorCodes), [errorCodes]);
  const t = useMemo(() => createTranslator(resolvedLocale, messages), [resolvedLocale, messages]);
  const value = useMemo<ElbUiConfig>(
    () => ({
      locale,
      resolvedLocale,
      t,
      retryPolicy: retryPolicy ?? {},
      retryBudget: budget,
      tooltipDelay,
      errorCodes: lookup,
      api,
      docsUrl,
      docsTarget,
    }),
    [locale, resolvedLocale, t, retryPolicy, budget, tooltipDelay, lookup, api, docsUrl, docsTarget],
  );
  return <ElbUiContext.Provider value={value}>{children}</ElbUiContext.Provider>;
}

/** The configuration of the nearest `ElbUiProvider` (defaults when there is none). */
export function useElbUi(): ElbUiConfig {
  return useContext(ElbUiContext) ?? DEFAULT_CONFIG;
}

export type { ElbUiConfig };
