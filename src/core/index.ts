// elb-status-ui/core: framework-free. No React, no DOM at import time.
export type { ElbError, ErrorCategory, ErrorKind, RequestContext, Severity, StatusInfo } from './types.js';
export { ELB_STATUS_CODES, getStatusInfo, UNKNOWN_STATUS_REASON } from './statusCodes.js';
export { classifyKind, classifyStatus, isPermanentConflict, isTransientLock } from './classify.js';
export { categorize, type ErrorCodeLookup } from './category.js';
export { isElbError, KIND_REASONS, readElbError, toElbError, BODY_READ_TIMEOUT_MS, type NormalizeOptions } from './toElbError.js';
export { parseBody, MAX_BODY_CHARS, type ParsedBody } from './parseBody.js';
export { parseRetryAfter } from './retryAfter.js';
export { getHeader } from './headers.js';
export { cleanText, redactUrl, MAX_SERVER_MESSAGE } from './text.js';
export {
  backoffDelay,
  clampDelay,
  createRetryBudget,
  DEFAULT_RETRY_POLICY,
  isAutoRetryable,
  MAX_RETRY_ATTEMPTS,
  MAX_TIMER_DELAY_MS,
  maxAutoAttempts,
  MIN_RETRY_DELAY_MS,
  planRetry,
  resolveRetryPolicy,
  type RetryBudget,
  type RetryBudgetOptions,
  type RetryDecision,
  type RetryPolicy,
  type RetryPolicyFunction,
  type RetryPolicyOptions,
  type RetryReason,
} from './retryPolicy.js';
export {
  createTranslator,
  describeError,
  en,
  errorTitle,
  resolveLocale,
  severityLabel,
  translatorOf,
  type ErrorText,
  type MessageBundle,
  type MessageKey,
  type MessageOverrides,
  type ShippedLocale,
  type Translate,
} from './messages/index.js';
export { formatErrorSummary, throwIfNotOk } from './summary.js';
export { failureIdentity, RetryController, type RetryClock, type RetryControllerOptions, type RetrySnapshot, type RetryState } from './retryController.js';
export { BannerStore, bannerKey, type BannerGroup, type BannerMember, type BannerReport, type BannerRetryOptions, type BannerStoreOptions } from './bannerStore.js';
