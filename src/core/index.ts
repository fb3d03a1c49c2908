// elb-status-ui/core: framework-free. No React, no DOM at import time.
// Exports are the documented API (README "API"); api/core.api.md records them. Helpers stay
// internal: modules may export for tests without this entry point re-exporting them.
export type { ElbError, ErrorCategory, ErrorKind, RequestContext, Severity, StatusInfo } from './types.js';
export { ELB_STATUS_CODES, getStatusInfo } from './statusCodes.js';
export { toElbError, readElbError, isElbError, type NormalizeOptions } from './toElbError.js';
export type { ErrorCodeLookup } from './category.js';
export { toCodeLookup, type ErrorCodeTable } from './codeLookup.js';
export { serializeElbError, SERIALIZED_ELB_ERROR, type SerializedElbError } from './serialize.js';
export { elbErrorView, type ElbErrorView } from './errorView.js';
export { cleanMessage } from './text.js';
export { redactText, isSecretName, CREDENTIAL_SHAPES, REDACTED, type CredentialShape } from './redact.js';
export {
  createRetryBudget,
  MAX_RETRY_ATTEMPTS,
  maxAutoAttempts,
  MIN_RETRY_DELAY_MS,
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
  type DescriptionKey,
  type ErrorText,
  type MessageBundle,
  type MessageKey,
  type MessageOverrides,
  type RetryPlan,
  type ShippedLocale,
  type Translate,
  type TranslatorMessages,
} from './messages/index.js';
export { formatErrorSummary, type SummaryOptions } from './summary.js';
export { throwIfNotOk } from './throwIfNotOk.js';
export { docsLink, formatAge, requestScope, type DocsUrlSource, type RequestScope } from './support.js';
export { failureIdentity, RetryController, type RetryClock, type RetryControllerOptions, type RetrySnapshot, type RetryState } from './retryController.js';
export { BannerStore, type BannerGroup, type BannerMember, type BannerReport, type BannerRetryOptions, type BannerStoreOptions } from './bannerStore.js';
export type {
  OperationAnnouncement, OperationBannerEntry, OperationBannerGroup, OperationVerb, TrackableOperation, TrackOptions, TrackSource,
} from './operationBanners.js';
export {
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
  waitForLockToClear,
  type SettleOutcome,
  type SettlingPolicy,
  type WaitForLockOptions,
  type WaitUntilSettled,
} from './settle.js';
export {
  ElbOperation,
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
export { readStatusTree, type StatusTreeNode } from './statusTree.js';
export { enResourceBase } from './messages/en-resource-base.js';
export { enResource } from './messages/en-resource.js';
