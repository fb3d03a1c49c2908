import { readFileSync } from 'node:fs';
import { ELB_STATUS_CODES, getStatusInfo } from 'elb-status-ui/core';
import { UNKNOWN_STATUS_REASON } from '../../src/core/statusCodes.js';
// The generator's parser, to prove the committed module matches data/elb-status-codes.rst.
import { parseStatusTable } from '../../scripts/catalogue-lib.mjs';

// Transcribed by hand from the API reference's Status Codes page (Tables 1 and 2), in order.
const SPEC: Array<[number, string, string[]]> = [
  [200, 'OK', ['Normal response to GET and PUT requests.']],
  [201, 'Created', ['Normal response to POST requests.']],
  [204, 'No Content', ['Normal response to DELETE requests.']],
  [400, 'Bad Request', ['Invalid request URI.', 'Too long request header.', 'Invalid request body.', 'Unreleased fields in the request body.']],
  [401, 'Unauthorized', ['Authentication information unavailable in the request header.', 'Expired authentication information in the request header.']],
  [403, 'Forbidden', ['No permissions to access APIs.']],
  [404, 'Not Found', ['No available request URI.', 'No available requested resources.']],
  [405, 'Method Not Allowed', ['Method specified in the request not allowed.']],
  [406, 'Not Acceptable', ['Responses from the server failed to be received by the client.']],
  [407, 'Proxy Authentication Required', ['Proxy authentication required before the request can be processed.']],
  [408, 'Request Timeout', ['Request timed out.']],
  [409, 'Conflict', ['Failed to complete the request due to conflicts.', 'The resource being accessed by another request.']],
  [500, 'Internal IaaS OpenStack network error.', ['Service internal error.', 'Server exception.']],
  [501, 'Not Implemented', ['Failed to complete the request because the server does not support the requested function.']],
  [502, 'Bad Gateway', ['Failed to complete the request because the server receives an invalid response from the upstream server.']],
  [503, 'Service Unavailable', ['Failed to complete the request because the system is temporarily abnormal.']],
  [504, 'Gateway Timeout', ['Gateway timed out.']],
];

describe('ELB_STATUS_CODES', () => {
  it('holds the 17 documented codes in table order', () => {
    expect(ELB_STATUS_CODES.map((s) => s.status)).toEqual(SPEC.map(([status]) => status));
  });

  it.each(SPEC)('%i has the table message and every description verbatim', (status, reason, descriptions) => {
    const info = getStatusInfo(status);
    expect(info.reason).toBe(reason);
    expect(info.descriptions).toEqual(descriptions);
    expect(info.documented).toBe(true);
    expect(ELB_STATUS_CODES.find((s) => s.status === status)).toBe(info);
  });

  it('is generated from the committed spec file (npm run generate is up to date)', () => {
    const parsed = parseStatusTable(readFileSync('data/elb-status-codes.rst', 'utf8'));
    expect(parsed.map((r: { status: number; message: string; descriptions: string[] }) => [r.status, r.message, r.descriptions])).toEqual(SPEC);
  });

  it('cannot be mutated by callers', () => {
    expect(Object.isFrozen(ELB_STATUS_CODES)).toBe(true);
    expect(Object.isFrozen(ELB_STATUS_CODES[0])).toBe(true);
    expect(Object.isFrozen(ELB_STATUS_CODES[0]!.descriptions)).toBe(true);
  });
});

describe('getStatusInfo for undocumented statuses', () => {
  it.each([
    [202, 'Accepted', 'success', false],
    [302, 'Found', 'info', false],
    [100, 'Continue', 'info', false],
    [410, 'Gone', 'warning', false],
    [429, 'Too Many Requests', 'warning', true],
    [418, UNKNOWN_STATUS_REASON, 'warning', false],
    [505, 'HTTP Version Not Supported', 'error', false],
    [599, UNKNOWN_STATUS_REASON, 'error', false],
  ] as const)('%i: standard reason phrase, class defaults, no descriptions', (status, reason, severity, retryable) => {
    const info = getStatusInfo(status);
    expect(info).toMatchObject({ status, reason, severity, retryable, documented: false });
    expect(info.descriptions).toEqual([]);
  });

  it('gives every undocumented status from 100 to 599 its IANA phrase, and every other one "Unknown Status"', () => {
    // The IANA HTTP status code registry's phrases, written out plainly (the library stores them compactly).
    const IANA: Record<number, string> = {
      100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
      202: 'Accepted', 203: 'Non-Authoritative Information', 205: 'Reset Content', 206: 'Partial Content',
      207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
      300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
      305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
      402: 'Payment Required', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Content Too Large',
      414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
      421: 'Misdirected Request', 422: 'Unprocessable Content', 423: 'Locked', 424: 'Failed Dependency',
      425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
      431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
      505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
      508: 'Loop Detected', 510: 'Not Extended', 511: 'Network Authentication Required',
    };
    const documented = new Map(SPEC.map(([status, message]) => [status, message]));
    for (let status = 100; status <= 599; status++) {
      const info = getStatusInfo(status);
      expect([status, info.reason, info.documented]).toEqual([status, documented.get(status) ?? IANA[status] ?? UNKNOWN_STATUS_REASON, documented.has(status)]);
    }
  });

  it.each([0, -1, 4000, 1.5, NaN, Infinity])('never throws for %s', (status) => {
    const info = getStatusInfo(status);
    expect(info.documented).toBe(false);
    expect(info.reason).toBe(UNKNOWN_STATUS_REASON);
    expect(info.severity).toBe('error');
  });

  it('never throws for values that are not numbers', () => {
    expect(getStatusInfo('503' as unknown as number).documented).toBe(false);
    expect(getStatusInfo(undefined as unknown as number).reason).toBe(UNKNOWN_STATUS_REASON);
  });
});
