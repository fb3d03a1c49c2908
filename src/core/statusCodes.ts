import { classifyStatus } from './classify.js';
import { STATUS_TABLE } from './statusTable.generated.js';
import type { StatusInfo } from './types.js';

/**
 * IANA reason phrases for the statuses the API reference does not list: one string per class
 * (1xx to 5xx), its phrases joined by '|' at the index of the status within the class ('' for
 * codes that are unassigned or documented). Written this compactly because `getStatusInfo` is in
 * every badge's bundle; the tests check every status from 100 to 599 against a plain table.
 */
const REASON_PHRASES: readonly string[] = [
  'Continue|Switching Protocols|Processing|Early Hints',
  '||Accepted|Non-Authoritative Information||Reset Content|Partial Content|Multi-Status|Already Reported||||||||||||||||||IM Used',
  'Multiple Choices|Moved Permanently|Found|See Other|Not Modified|Use Proxy||Temporary Redirect|Permanent Redirect',
  '||Payment Required||||||||Gone|Length Required|Precondition Failed|Content Too Large|URI Too Long|Unsupported Media Type|Range Not Satisfiable|Expectation Failed||||Misdirected Request|Unprocessable Content|Locked|Failed Dependency|Too Early|Upgrade Required||Precondition Required|Too Many Requests||Request Header Fields Too Large||||||||||||||||||||Unavailable For Legal Reasons',
  '|||||HTTP Version Not Supported|Variant Also Negotiates|Insufficient Storage|Loop Detected||Not Extended|Network Authentication Required',
];

function reasonPhrase(status: number): string {
  return REASON_PHRASES[Math.floor(status / 100) - 1]?.split('|')[status % 100] || UNKNOWN_STATUS_REASON;
}

/** The reason phrase used when a status is in neither the API reference nor the IANA registry. */
export const UNKNOWN_STATUS_REASON = 'Unknown Status';

function makeInfo(status: number, reason: string, descriptions: readonly string[], documented: boolean): StatusInfo {
  return Object.freeze({ status, reason, descriptions: Object.freeze(descriptions), documented, ...classifyStatus(status) });
}

/** The 17 status codes of the API reference's Status Codes page, in table order. */
export const ELB_STATUS_CODES: readonly StatusInfo[] = Object.freeze(
  STATUS_TABLE.map(([status, reason, descriptions]) => makeInfo(status, reason, descriptions, true)),
);

// Every status asked for, documented or not: infos are immutable, and a page shows a handful of
// distinct statuses (bounded all the same).
const infos = new Map<unknown, StatusInfo>(ELB_STATUS_CODES.map((info) => [info.status, info]));

/**
 * Describes any status code. Never throws: a status outside the table gets the standard reason
 * phrase (or "Unknown Status"), no descriptions, `documented: false` and its class's defaults.
 */
export function getStatusInfo(status: number): StatusInfo {
  const key = typeof status === 'number' && Number.isFinite(status) ? status : NaN;
  let info = infos.get(key);
  if (!info) {
    info = makeInfo(key, reasonPhrase(key), [], false);
    if (infos.size < 1000) infos.set(key, info);
  }
  return info;
}
