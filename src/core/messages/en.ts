import { enBase } from './en-base.js';
import type { enResourceBase } from './en-resource-base.js';
import type { enResource } from './en-resource.js';

/** English, the reference bundle: every key any component shows. Placeholders: `{name}`. */
export const en = {
  ...enBase,
  'ui.retry': 'Retry',
  'ui.retrying': 'Retrying…',
  'ui.retryNow': 'Retry now',
  'ui.cancelRetry': 'Cancel automatic retry',
  'ui.dismiss': 'Dismiss',
  'banner.region': 'Failed requests',
  'banner.count': '{count} requests failed: {title}',
  'banner.retryAll': 'Retry all',
  'banner.requests': 'Affected requests',
  'banner.notRetryable': 'cannot be retried',
  'banner.retrying': 'retrying',
  'banner.more': 'Show {count} more',
  'banner.fewer': 'Show fewer',
  'banner.dismissAll': 'Dismiss all',
  'banner.moreRequests': 'and {count} more, not listed',
  'banner.announceMany': '{count} new failures of {kinds} kinds',
  'ui.copy': 'Copy details',
  'ui.copied': 'Copied',
  'ui.copyFailed': 'Copy failed: select the request ID and copy it by hand',
  'ui.requestId': 'Request ID',
  'ui.serverMessage': 'Message from the service',
  'ui.details': 'Details',
  'ui.status': 'Status',
  'ui.method': 'Method',
  'ui.url': 'URL',
  'ui.time': 'Time',
  'ui.descriptions': 'What this status means',
  'ui.hint': 'What you can do',
  'ui.attempt': 'Attempt {attempt} of {max}',
  'ui.retryCountdown': 'Retrying automatically in {seconds} s',
  'ui.retryLater': 'The service asked to wait. Try again after {time}.',
  'ui.attemptsExhausted': 'Automatic retries stopped (attempt limit: {max}).',
  'ui.age': '({age})',
  'ui.project': 'Project ID',
  'ui.region': 'Region',
  'ui.docs': 'Documentation',
  'ui.docsFor': 'Documentation for error code {code}',
  'ui.newTab': 'opens in a new tab',
  'title.success': 'Request completed',
  'title.info': 'Request not completed',
  'title.400': 'The request was not accepted',
  'title.401': 'Sign-in required',
  'title.403': 'Access denied',
  'title.404': 'Not found',
  'title.405': 'Operation not allowed',
  'title.406': 'Response format not available',
  'title.407': 'Proxy sign-in required',
  'title.408': 'The request took too long',
  'title.409': 'The resource is in conflict',
  'title.409.locked': 'The resource is busy',
  'title.429': 'Too many requests',
  'title.4xx': 'The request could not be processed',
  'title.500': 'The service had an internal error',
  'title.501': 'Operation not supported',
  'title.502': 'The service could not be reached',
  'title.503': 'The service is temporarily unavailable',
  'title.504': 'The service did not answer in time',
  'title.5xx': 'The service failed',
  'explain.success': 'The service accepted the request.',
  'explain.info': 'The service answered without completing the request.',
  'explain.400': 'The service rejected the request because some of its content is not valid.',
  'explain.401': 'Your session is missing or has expired, so the service did not accept the request.',
  'explain.403': 'Your account is signed in but has no permission for this operation.',
  'explain.404': 'The resource does not exist, or it was deleted in the meantime.',
  'explain.405': 'This operation is not available for this resource.',
  'explain.406': 'The service cannot answer in a format this console understands.',
  'explain.407': 'A proxy between you and the service needs you to sign in.',
  'explain.408': 'The service waited too long for the request to arrive.',
  'explain.409': 'The request conflicts with the current state of the resource.',
  'explain.409.locked': 'Another operation is still changing this resource. It can be changed again once that finishes.',
  'explain.429': 'Requests are being throttled. Wait a moment before trying again.',
  'explain.4xx': 'The service did not accept the request.',
  'explain.500': 'The service hit an internal problem. This is usually temporary.',
  'explain.501': 'The service does not support this operation.',
  'explain.502': 'A gateway got an invalid answer from the service. This is usually temporary.',
  'explain.503': 'The service is overloaded or under maintenance. This is usually temporary.',
  'explain.504': 'A gateway gave up waiting for the service. The operation may still complete.',
  'explain.5xx': 'The service could not complete the request.',
  'explain.network': 'The request did not reach the service. Check your connection or VPN.',
  'explain.timeout': 'No answer arrived in time. The operation may still complete.',
  'explain.aborted': 'The request was stopped before it finished.',
  'explain.unknown': 'The request failed for a reason this console does not recognise.',
  'hint.invalid-input': 'Check the values you entered against the field limits, then submit again.',
  'hint.not-found': 'Refresh the list: the resource may have been deleted or moved to another project or region.',
  'hint.quota': 'A quota is used up. Delete unused resources or ask for a higher quota.',
  'hint.conflict': 'Something with the same name or settings exists already. Change the values or use the existing resource.',
  'hint.locked': 'Wait until the load balancer leaves its PENDING state, then try again.',
  'hint.auth': 'Sign in again or refresh your token.',
  'hint.permission': 'Ask your administrator for the permission named in the message.',
  'hint.throttled': 'Wait a moment, then try again; send fewer requests at once.',
  'hint.unsupported': 'This region, flavor or API version does not offer the feature.',
  'hint.server': 'Try again in a moment. If it keeps failing, contact support with the request ID.',
  'explain.operation': 'The service accepted the request, but the resource ended in an error state instead of becoming active.',
  'operation.submitting': 'Sending the request…',
  'operation.waiting': 'Waiting for the resource to become active…',
  'operation.waitingDeleted': 'Waiting for the resource to be deleted…',
  'operation.settling': 'Waiting for the load balancer to finish updating…',
  'operation.succeeded': 'Completed',
  'operation.status': 'Current status: {status}',
  'operation.elapsed': '{seconds} s elapsed',
  'operation.timedOut': 'The resource did not settle in time. The operation may still finish; check the resource later.',
  // Operation banners (useElbBanners().track): {label} is the caller's name of the resource, e.g. "listener http-80".
  'operation.banner.region': 'Operations in progress',
  'operation.banner.create': 'Creating {label}…',
  'operation.banner.update': 'Updating {label}…',
  'operation.banner.delete': 'Deleting {label}…',
  'operation.banner.other': 'Working on {label}…',
  'operation.banner.created': 'Created {label}',
  'operation.banner.updated': 'Updated {label}',
  'operation.banner.deleted': 'Deleted {label}',
  'operation.banner.done': 'Finished {label}',
  'operation.banner.group': 'Operations on load balancer {loadBalancer}: {count}',
  'operation.banner.groupRunning': 'Running: {running} of {count}',
  'operation.banner.groupDone': 'All {count} operations on load balancer {loadBalancer} finished',
  'operation.banner.cancel': 'Cancel',
  'operation.banner.cancelOne': 'Cancel: {label}',
  // Hints that agree with the retry plan: `.auto` while an automatic retry counts down, `.final` when retrying cannot help.
  'hint.server.auto': 'The console retries automatically. If it keeps failing, contact support with the request ID.',
  'hint.server.final': 'If this keeps happening, contact support with the request ID.',
  'hint.locked.auto': 'The console retries automatically once the load balancer leaves its PENDING state.',
  'hint.locked.final': 'Wait until the load balancer leaves its PENDING state before you change it.',
  'hint.throttled.auto': 'Requests are being throttled; the console retries automatically when the wait is over.',
  'hint.throttled.final': 'Requests are being throttled: send fewer requests at once.',
  // The server's message in the reader's quotation marks.
  'ui.quote': '“{text}”',
} as const;

/**
 * Translations of the API reference's status descriptions, `desc.<status>.<line>` (1-based, in table
 * order). English has none of its own: its lines are `StatusInfo.descriptions`, verbatim.
 */
export type DescriptionKey =
  | 'desc.200.1'
  | 'desc.201.1'
  | 'desc.204.1'
  | 'desc.400.1'
  | 'desc.400.2'
  | 'desc.400.3'
  | 'desc.400.4'
  | 'desc.401.1'
  | 'desc.401.2'
  | 'desc.403.1'
  | 'desc.404.1'
  | 'desc.404.2'
  | 'desc.405.1'
  | 'desc.406.1'
  | 'desc.407.1'
  | 'desc.408.1'
  | 'desc.409.1'
  | 'desc.409.2'
  | 'desc.500.1'
  | 'desc.500.2'
  | 'desc.501.1'
  | 'desc.502.1'
  | 'desc.503.1'
  | 'desc.504.1';

/**
 * Every string the components show. The English texts of the resource status vocabulary live in
 * en-resource-base.ts and en-resource.ts (only the resource status components load them); the
 * locale bundles translate them like every other key.
 */
export type MessageKey = keyof typeof en | keyof typeof enResourceBase | keyof typeof enResource | DescriptionKey;
/** A complete bundle for one locale. */
export type MessageBundle = Record<MessageKey, string>;
