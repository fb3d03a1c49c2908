import { classifyStatus } from './classify.js';
import { STATUS_TABLE } from './statusTable.generated.js';
import type { StatusInfo } from './types.js';

/** IANA reason phrases, for statuses the API reference does not list. */
const REASON_PHRASES: Readonly<Record<number, string>> = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Content Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  421: 'Misdirected Request', 422: 'Unprocessable Content', 423: 'Locked', 424: 'Failed Dependency',
  425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 510: 'Not Extended', 511: 'Network Authentication Required',
};

/** The reason phrase used when a status is in neither the API reference nor the IANA registry. */
export const UNKNOWN_STATUS_REASON = 'Unknown Status';

function makeInfo(status: number, reason: string, descriptions: readonly string[], documented: boolean): StatusInfo {
  return Object.freeze({ status, reason, descriptions: Object.freeze(descriptions.slice()), documented, ...classifyStatus(status) });
}

/** The 17 status codes of the API reference's Status Codes page, in table order. */
export const ELB_STATUS_CODES: readonly StatusInfo[] = Object.freeze(
  STATUS_TABLE.map(([status, reason, descriptions]) => makeInfo(status, reason, descriptions, true)),
);

const documented = new Map<number, StatusInfo>(ELB_STATUS_CODES.map((info) => [info.status, info]));
// Undocumented infos are immutable and few (a page shows a handful of distinct statuses), so cache them.
const undocumented = new Map<number, StatusInfo>();

/**
 * Describes any status code. Never throws: a status outside the table gets the standard reason
 * phrase (or "Unknown Status"), no descriptions, `documented: false` and its class's defaults.
 */
export function getStatusInfo(status: number): StatusInfo {
  const known = documented.get(status);
  if (known) return known;
  const key = typeof status === 'number' && Number.isFinite(status) ? status : NaN;
  let info = undocumented.get(key);
  if (!info) {
    info = makeInfo(key, REASON_PHRASES[key] ?? UNKNOWN_STATUS_REASON, [], false);
    if (undocumented.size < 1000) undocumented.set(key, info);
  }
  return info;
}
