import { createContext } from 'react';
import type { DocsUrlSource, ElbApi, ErrorCodeLookup, RetryBudget, RetryPolicy, ShippedLocale, Translate } from '../../core/index.js';

/** What every component under an `ElbUiProvider` shares. */
export interface ElbUiConfig {
  /** BCP 47 tag asked for (`'de-DE'`). */
  locale: string;
  /** The shipped locale used for text (`'de'`). */
  resolvedLocale: ShippedLocale;
  t: Translate;
  /** The policy `autoRetry: true` uses. */
  retryPolicy: RetryPolicy;
  /** One retry budget for every hook and panel below the provider; `null` switches it off. */
  retryBudget: RetryBudget | null;
  /** Hover delay before a badge tooltip opens, ms. */
  tooltipDelay: number;
  /** Category lookup for published error codes (from `elb-status-ui/error-codes`). */
  errorCodes: ErrorCodeLookup | undefined;
  /** Whose status vocabulary resource status badges and trees use. */
  api: ElbApi;
  /** Where ELB codes are documented: the panel links the code there. */
  docsUrl: DocsUrlSource | undefined;
  /** The documentation link's `target` (none unless given). */
  docsTarget: string | undefined;
}

/** `null` outside any provider: each component then uses its own English defaults. */
export const ElbUiContext = createContext<ElbUiConfig | null>(null);
ElbUiContext.displayName = 'ElbUiContext';
