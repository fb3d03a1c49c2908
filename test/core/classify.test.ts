import { getStatusInfo, toElbError } from 'elb-status-ui/core';

// DESIGN.md "Default classification", one row per status.
const TABLE: Array<[number, 'success' | 'info' | 'warning' | 'error', boolean]> = [
  [101, 'info', false], [301, 'info', false], [304, 'info', false],
  [200, 'success', false], [201, 'success', false], [204, 'success', false],
  [400, 'warning', false], [401, 'warning', false], [403, 'warning', false], [404, 'warning', false],
  [405, 'warning', false], [406, 'warning', false], [407, 'warning', false], [422, 'warning', false],
  [408, 'warning', true], [409, 'warning', true], [429, 'warning', true],
  [500, 'error', true], [502, 'error', true], [503, 'error', true], [504, 'error', true],
  [501, 'error', false], [505, 'error', false], [511, 'error', false],
];

describe('default classification', () => {
  it.each(TABLE)('status %i is %s, retryable %s', (status, severity, retryable) => {
    expect(getStatusInfo(status)).toMatchObject({ severity, retryable });
    expect(toElbError(status)).toMatchObject({ kind: 'http', status, severity, retryable });
  });

  it('network and timeout failures are errors worth retrying', () => {
    expect(toElbError(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'network', severity: 'error', retryable: true, status: null });
    expect(toElbError(new DOMException('signal timed out', 'TimeoutError'))).toMatchObject({ kind: 'timeout', severity: 'error', retryable: true });
  });

  it('aborted requests are information, not retried', () => {
    expect(toElbError(new DOMException('The user aborted a request.', 'AbortError'))).toMatchObject({ kind: 'aborted', severity: 'info', retryable: false });
  });

  it('unknown failures are errors, not retried', () => {
    expect(toElbError(new Error('boom'))).toMatchObject({ kind: 'unknown', severity: 'error', retryable: false, status: null });
  });

  it('a 409 for a known permanent conflict is not retryable; a lock is', () => {
    const exists = toElbError({ status: 409, body: { error_code: 'ELB.1101', error_msg: 'The EIP already exists.' } });
    expect(exists.retryable).toBe(false);
    const locked = toElbError({ status: 409, body: { NeutronError: { type: 'StateInvalid', message: 'Invalid state PENDING_UPDATE of loadbalancer resource 42', detail: '' } } });
    expect(locked.retryable).toBe(true);
    expect(locked.category).toBe('locked');
  });
});

describe('message patterns: one table for the runtime and the catalogue generator', () => {
  it.each([
    ['The load balancer is being updated.', true],
    ['Backend server group is busy, try later', true],
    ['Lb status is PENDING_UPDATE', true],
    ['The listener already exists.', false],
    ['Certificate is in use by a listener', false],
    ['Member has been bound to another pool', false],
  ])('a 409 saying "%s" is a transient lock: %s', (message, transient) => {
    const error = toElbError({ status: 409, body: { error_msg: message, error_code: 'ELB.0000' } });
    expect(error.retryable).toBe(transient);
    expect(error.category).toBe(transient ? 'locked' : 'conflict');
  });

  it('the generator compiles the same table the runtime does', async () => {
    const table = (await import('../../src/core/messagePatterns.json')).default as Record<string, string>;
    const { MESSAGE_PATTERNS } = await import('../../src/core/messagePatterns.js');
    for (const name of ['lock', 'frozen', 'quota', 'conflict'] as const) expect(MESSAGE_PATTERNS[name].source).toBe(table[name]);
    const { buildCatalogue } = await import('../../scripts/catalogue-lib.mjs');
    const [row] = buildCatalogue([{ code: 'X.1', status: 400, message: 'The pool is frozen.', family: 'elb' }]);
    expect(row?.[2]).toBe('locked');
  });
});

describe('a Response is recognised by one rule', () => {
  it('readElbError, the controller and the store agree on what has a body to read', async () => {
    const { isResponseLike, looksLikeResponse } = await import('../../src/core/inputShape.js');
    const response = new Response('{"error_code":"ELB.1003"}', { status: 404 });
    expect(isResponseLike(response)).toBe(true);
    expect(looksLikeResponse(response)).toBe(true);
    expect(looksLikeResponse({ response, name: 'HTTPError' })).toBe(true);
    expect(looksLikeResponse({ response, isAxiosError: true })).toBe(false);
    // Status and ok alone are not a Response: nothing to read headers from.
    expect(looksLikeResponse({ status: 404, ok: false })).toBe(false);
  });
});
