// elb-status-ui/core: framework-free. No React, no DOM at import time.
export type { ElbError, ErrorCategory, ErrorKind, RequestContext, Severity, StatusInfo } from './types.js';
export { ELB_STATUS_CODES, getStatusInfo, UNKNOWN_STATUS_REASON } from './statusCodes.js';
export { classifyKind, classifyStatus, isPermanentConflict, isTransientLock } from './classify.js';
export { categorize, type ErrorCodeLookup } from './category.js';
export { toCodeLookup, type ErrorCodeTable } from './codeLookup.js';
export {
  isElbError,
  KIND_REASONS,
  readElbError,
  toElbError,
  BODY_READ_TIMEOUT_MS,
  MAX_BODY_READ_TIMEOUT_MS,
  clampBodyTimeout,
  type NormalizeOptions,
} from './toElbError.js';
export { parseBody, MAX_BODY_CHARS, type ParsedBody } from './parseBody.js';
export { serializeElbError, SERIALIZED_ELB_ERROR, type SerializedElbError } from './serialize.js';
export { elbErrorView, type ElbErrorView } from './errorView.js';
export { parseRetryAfter } from './retryAfter.js';
export { getHeader, readHeaders, MAX_HEADER_ENTRIES } from './headers.js';
export { cleanText, cleanMessage, redactUrl, MAX_SERVER_MESSAGE, MAX_URL } from './text.js';
export { redactText, isSecretName, CREDENTIAL_SHAPES, REDACTED, type CredentialShape } from './redact.js';
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
  quotationMarks,
  translateDescriptions,
  type DescribeOptions,
  type RetryPlan,
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
export { formatErrorSummary, throwIfNotOk, type SummaryOptions } from './summary.js';
export { docsLink, formatAge, nextAgeChange, requestScope, type DocsUrlSource, type RequestScope } from './support.js';
export { failureIdentity, RetryController, type RetryClock, type RetryControllerOptions, type RetrySnapshot, type RetryState } from './retryController.js';
export { BannerStore, bannerKey, type BannerGroup, type BannerMember, type BannerReport, type BannerRetryOptions, type BannerStoreOptions } from './bannerStore.js';
export type {
  OperationAnnouncement, OperationBannerEntry, OperationBannerGroup, OperationVerb, TrackableOperation, TrackOptions, TrackSource,
} from './operationBanners.js';
export {
  clampWaitTimeout,
  DEFAULT_WAIT_TIMEOUT_MS,
  defaultResourceStatus,
  MAX_READ_RETRIES,
  MAX_WAIT_TIMEOUT_MS,
  MIN_WAIT_TIMEOUT_MS,
  normalizeResourceStatus,
  operationError,
  POLL_INTERVAL_FACTOR,
  POLL_JITTER,
  POLL_MAX_INTERVAL_MS,
  POLL_MIN_INTERVAL_MS,
  pollInterval,
  resourceFault,
  resourceOutcome,
  waitForElbResource,
  type VisibilitySource,
  type WaitClock,
  type WaitForElbResourceOptions,
  type WaitProgress,
  type WaitResult,
} from './waitForElbResource.js';
export {
  planSettle,
  settleBy,
  settleHookOf,
  waitForLockToClear,
  type SettleOutcome,
  type SettlingPolicy,
  type WaitForLockOptions,
  type WaitUntilSettled,
} from './settle.js';
export {
  ElbOperation,
  mayResubmit,
  type ElbOperationOptions,
  type OperationProgress,
  type OperationRunOptions,
  type OperationSnapshot,
  type OperationState,
  type OperationSubmit,
  type OperationWait,
  type OperationWaitFunction,
  type OperationWaitSpec,
} from './operation.js';
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
