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
  MAX_TIMER_DELAY_MS,
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
export { RetryController, type RetryClock, type RetryControllerOptions, type RetrySnapshot, type RetryState } from './retryController.js';
export { BannerStore, bannerKey, type BannerGroup, type BannerMember, type BannerReport } from './bannerStore.js';
export {
  describeMemberReason,
  describeResourceStatus,
  ELB_RESOURCE_STATUSES,
  getResourceStatusInfo,
  isElbApi,
  MAX_RESOURCE_STATUS_LENGTH,
  MEMBER_REASON_CODES,
  readMemberReason,
  resolveResourceStatus,
  withResourceStatusEnglish,
  type ElbApi,
  type ElbResourceType,
  type MemberReason,
  type ResolvedResourceStatus,
  type ResourceStatusField,
  type ResourceStatusInfo,
  type ResourceStatusOptions,
  type ResourceStatusText,
} from './resourceStatus.js';
export { MAX_STATUS_TREE_NODES, readStatusTree, type StatusTreeNode } from './statusTree.js';
export { enResourceBase } from './messages/en-resource-base.js';
export { enResource } from './messages/en-resource.js';
