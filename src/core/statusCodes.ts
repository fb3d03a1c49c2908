import { classifyStatus } from './classify.js';
import { STATUS_TABLE } from './statusTable.generated.js';
import type { StatusInfo } from './types.js';

/**
 * IANA reason phrases for the statuses the API reference does not list, in runs of consecutive
 * codes: [first code, the run's phrases joined by '|'], '' for a code that is unassigned or
 * documented. (Written this compactly because `getStatusInfo` is in every badge's bundle.)
 */
const REASON_PHRASES: readonly (readonly [number, string])[] = [
  [100, 'Continue|Switching Protocols|Processing|Early Hints'],
  [202, 'Accepted|Non-Authoritative Information||Reset Content|Partial Content|Multi-Status|Already Reported'],
  [226, 'IM Used'],
  [300, 'Multiple Choices|Moved Permanently|Found|See Other|Not Modified|Use Proxy||Temporary Redirect|Permanent Redirect'],
  [402, 'Payment Required'],
  [410, 'Gone|Length Required|Precondition Failed|Content Too Large|URI Too Long|Unsupported Media Type|Range Not Satisfiable|Expectation Failed'],
  [421, 'Misdirected Request|Unprocessable Content|Locked|Failed Dependency|Too Early|Upgrade Required||Precondition Required|Too Many Requests||Request Header Fields Too Large'],
  [451, 'Unavailable For Legal Reasons'],
  [505, 'HTTP Version Not Supported|Variant Also Negotiates|Insufficient Storage|Loop Detected||Not Extended|Network Authentication Required'],
];

function reasonPhrase(status: number): string {
  for (const [first, phrases] of REASON_PHRASES) {
    const phrase = status >= first ? phrases.split('|')[status - first] : undefined;
    if (phrase) return phrase;
  }
  return UNKNOWN_STATUS_REASON;
}

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
    info = makeInfo(key, reasonPhrase(key), [], false);
    if (undocumented.size < 1000) undocumented.set(key, info);
  }
  return info;
}
