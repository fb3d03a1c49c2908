/**
 * The English strings a StatusBadge can show, kept apart from the panel's texts so a table of
 * badges does not download them.
 */
export const enBase = {
  'ui.errorCode': 'Error code',
  'ui.unknownStatus': 'Unknown status {status}',
  'ui.undocumentedStatus': 'The ELB API reference does not list this status.',
  'ui.severity.success': 'Success',
  'ui.severity.info': 'Information',
  'ui.severity.warning': 'Warning',
  'ui.severity.error': 'Error',
  'title.network': 'No connection to the service',
  'title.timeout': 'The request timed out',
  'title.aborted': 'The request was cancelled',
  'title.unknown': 'Something went wrong',
  'title.operation': 'The operation failed',
} as const;
