import { isElbError, toElbError, type ElbError } from 'elb-status-ui/core';

const json = (body: unknown) => JSON.stringify(body);

describe('toElbError: body shapes of FORMATS.md', () => {
  it.each([
    {
      shape: 'flat (dedicated ELB v3)',
      status: 400,
      body: { error_msg: 'The request body is null or empty. The request is invalid.', error_code: 'ELB.0002', request_id: '0a7b5f2c' },
      headers: {},
      expected: { code: 'ELB.0002', serverMessage: 'The request body is null or empty. The request is invalid.', requestId: '0a7b5f2c' },
    },
    {
      shape: 'flat (API Gateway, no request_id: header wins)',
      status: 401,
      body: { error_msg: 'The token is missing.', error_code: 'APIG.1000' },
      headers: { 'X-Request-Id': 'gw-123' },
      expected: { code: 'APIG.1000', serverMessage: 'The token is missing.', requestId: 'gw-123' },
    },
    {
      shape: 'flat with empty request_id',
      status: 400,
      body: { error_msg: 'x', error_code: 'ELB.1001', request_id: '' },
      headers: { 'x-request-id': 'hdr-1' },
      expected: { code: 'ELB.1001', requestId: 'hdr-1' },
    },
    {
      shape: 'flat with masked request_id',
      status: 400,
      body: { error_msg: 'x', error_code: 'ELB.1001', request_id: '******' },
      headers: {},
      expected: { requestId: null },
    },
    {
      shape: 'classic (v1.0)',
      status: 400,
      body: { error: { message: 'listener exist, the port repeat', code: 'ELB.6101' } },
      headers: { 'X-Request-Id': 'cl-9' },
      expected: { code: 'ELB.6101', serverMessage: 'listener exist, the port repeat', requestId: 'cl-9' },
    },
    {
      shape: 'neutron (shared v2.0)',
      status: 409,
      body: { NeutronError: { type: 'StateInvalid', message: 'Invalid state PENDING_UPDATE of loadbalancer resource 1f2e', detail: '' } },
      headers: { 'X-Openstack-Request-Id': 'req-5b0f6a6e-64a1-4c36-9f2b-2b6f1c1a1a1a' },
      expected: { code: 'StateInvalid', serverMessage: 'Invalid state PENDING_UPDATE of loadbalancer resource 1f2e', requestId: 'req-5b0f6a6e-64a1-4c36-9f2b-2b6f1c1a1a1a', category: 'locked' },
    },
    {
      shape: 'neutron with detail',
      status: 404,
      body: { NeutronError: { type: 'HTTPNotFound', message: 'Pool could not be found.', detail: 'pool 7 in project p' } },
      headers: {},
      expected: { code: 'HTTPNotFound', serverMessage: 'Pool could not be found. pool 7 in project p' },
    },
    {
      shape: 'neutron variant (NotImplementedError on 501)',
      status: 501,
      body: { NotImplementedError: { type: 'NotImplemented', message: 'Not implemented.', detail: '' } },
      headers: {},
      expected: { code: 'NotImplemented', serverMessage: 'Not implemented.' },
    },
    {
      shape: 'octavia (WSME)',
      status: 409,
      body: { faultcode: 'Client', faultstring: 'Load Balancer 8a2c is immutable and cannot be updated.', debuginfo: null },
      headers: { 'x-openstack-request-id': 'req-abc' },
      expected: { code: null, serverMessage: 'Load Balancer 8a2c is immutable and cannot be updated.', requestId: 'req-abc', retryable: true },
    },
    {
      shape: 'keystone (numeric code is the status)',
      status: 401,
      body: { error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } },
      headers: { 'X-Openstack-Request-Id': 'req-k' },
      expected: { code: null, status: 401, serverMessage: 'The request you have made requires authentication.', requestId: 'req-k' },
    },
    {
      shape: 'nested numeric service code',
      status: 400,
      body: { error: { code: '111401001', message: 'Invalid parameter.' } },
      headers: {},
      expected: { code: '111401001', serverMessage: 'Invalid parameter.' },
    },
    {
      shape: 'problem+json',
      status: 429,
      body: json({ type: 'https://example.com/probs/throttled', title: 'Too Many Requests', detail: 'Slow down: 10 requests per second.', code: 'RATE.1' }),
      headers: { 'content-type': 'application/problem+json', 'retry-after': '7' },
      expected: { code: 'RATE.1', serverMessage: 'Slow down: 10 requests per second.', retryAfterMs: 7000 },
    },
    {
      shape: 'problem+json without detail',
      status: 503,
      body: { type: 'about:blank', title: 'Maintenance', status: 503 },
      headers: {},
      expected: { serverMessage: 'Maintenance', code: null },
    },
    {
      shape: 'HTML from nginx',
      status: 502,
      body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
      headers: { 'content-type': 'text/html' },
      expected: { code: null, serverMessage: null, reason: 'Bad Gateway', retryable: true },
    },
    {
      shape: 'HTML without a content type',
      status: 504,
      body: '\n<!DOCTYPE html><html><body>Gateway Timeout</body></html>',
      headers: {},
      expected: { serverMessage: null, reason: 'Gateway Timeout' },
    },
    {
      shape: 'empty body',
      status: 503,
      body: '',
      headers: {},
      expected: { code: null, serverMessage: null, reason: 'Service Unavailable' },
    },
    {
      shape: 'truncated JSON (cut mid-string)',
      status: 400,
      body: '{"error_msg":"Invalid request parameters. The load balancer desc',
      headers: { 'content-type': 'application/json' },
      expected: { code: null, serverMessage: 'Invalid request parameters. The load balancer desc' },
    },
    {
      shape: 'truncated JSON with the code before the cut',
      status: 400,
      body: '{"error_code":"ELB.1031","request_id":"r-77","error_msg":"Invalid request param',
      headers: {},
      expected: { code: 'ELB.1031', requestId: 'r-77', serverMessage: 'Invalid request param' },
    },
    {
      shape: 'invalid JSON',
      status: 500,
      body: '{not json at all',
      headers: { 'content-type': 'application/json' },
      expected: { code: null, serverMessage: null, reason: 'Internal IaaS OpenStack network error.' },
    },
    {
      shape: 'plain text from a proxy',
      status: 503,
      body: 'upstream connect error or disconnect/reset before headers',
      headers: { 'content-type': 'text/plain' },
      expected: { serverMessage: 'upstream connect error or disconnect/reset before headers' },
    },
    {
      shape: 'unknown JSON shape',
      status: 500,
      body: { foo: [1, 2, 3] },
      headers: {},
      expected: { code: null, serverMessage: null, status: 500 },
    },
  ])('$shape', ({ status, body, headers, expected }) => {
    const error = toElbError({ status, body, headers });
    expect(error).toMatchObject({ kind: 'http', status, ...expected });
  });

  it('takes the status from the status line, never from the body or the code', () => {
    const error = toElbError({ status: 404, body: { error: { code: 401, message: 'x', title: 'Unauthorized' } } });
    expect(error.status).toBe(404);
    expect(error.reason).toBe('Not Found');
  });

  it('matches placeholders by code, keeping the server text as sent', () => {
    const error = toElbError({ status: 404, body: { error_code: 'ELB.8904', error_msg: 'Listener 42 could not be found.' } });
    expect(error.code).toBe('ELB.8904');
    expect(error.serverMessage).toBe('Listener 42 could not be found.');
  });
});

describe('toElbError: inputs of DESIGN.md', () => {
  it('returns an ElbError as is', () => {
    const first = toElbError(503);
    expect(toElbError(first)).toBe(first);
    expect(isElbError(first)).toBe(true);
    expect(first).toBeInstanceOf(Error);
  });

  it('accepts a status number', () => {
    expect(toElbError(404)).toMatchObject({ kind: 'http', status: 404, reason: 'Not Found', descriptions: ['No available request URI.', 'No available requested resources.'] });
  });

  it('accepts a fetch Response (status and headers, body left unread)', () => {
    const response = new Response('{"error_code":"ELB.1"}', { status: 503, headers: { 'Retry-After': '3', 'X-Request-Id': 'abc' } });
    const error = toElbError(response, { method: 'get', url: 'https://elb.example/v3/lbs?token=secret' });
    expect(error).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 3000, requestId: 'abc', method: 'GET', url: 'https://elb.example/v3/lbs?token=[redacted]', code: null });
    expect(response.bodyUsed).toBe(false);
    expect(error.cause).toBe(response);
  });

  it('accepts an axios error with a response', () => {
    const axiosError = Object.assign(new Error('Request failed with status code 409'), {
      isAxiosError: true,
      code: 'ERR_BAD_REQUEST',
      config: { method: 'put', url: '/v3/p/elb/loadbalancers/1', baseURL: 'https://elb.eu-de.example' },
      response: {
        status: 409,
        data: { faultcode: 'Client', faultstring: 'Load Balancer 1 is immutable and cannot be updated.' },
        headers: { 'x-openstack-request-id': 'req-ax' },
      },
    });
    expect(toElbError(axiosError)).toMatchObject({
      kind: 'http', status: 409, method: 'PUT', url: 'https://elb.eu-de.example/v3/p/elb/loadbalancers/1',
      serverMessage: 'Load Balancer 1 is immutable and cannot be updated.', requestId: 'req-ax', category: 'locked', retryable: true,
    });
  });

  it.each([
    ['ECONNABORTED', 'timeout'],
    ['ETIMEDOUT', 'timeout'],
    ['ERR_NETWORK', 'network'],
    ['ERR_CANCELED', 'aborted'],
  ])('accepts an axios error without a response (code %s -> %s)', (code, kind) => {
    const axiosError = Object.assign(new Error('x'), { isAxiosError: true, code, config: { method: 'get', url: '/lbs' } });
    expect(toElbError(axiosError)).toMatchObject({ kind, status: null, method: 'GET', url: '/lbs' });
  });

  it('accepts a ky HTTPError', () => {
    const response = new Response(null, { status: 502 });
    const kyError = Object.assign(new Error('Request failed with status code 502 Bad Gateway'), {
      name: 'HTTPError',
      response,
      request: new Request('https://elb.example/v2/lbaas/pools', { method: 'POST' }),
    });
    expect(toElbError(kyError)).toMatchObject({ kind: 'http', status: 502, method: 'POST', url: 'https://elb.example/v2/lbaas/pools' });
  });

  it.each(['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed', 'fetch failed'])(
    'a TypeError from fetch ("%s") is a network failure',
    (message) => {
      expect(toElbError(new TypeError(message))).toMatchObject({ kind: 'network', status: null, reason: 'Network Error' });
    },
  );

  it('a TypeError from a bug is not a network failure', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'map')");
    expect(toElbError(bug)).toMatchObject({ kind: 'unknown', status: null, retryable: false, cause: bug });
  });

  it('Node fetch errors with a connection-refused cause are network failures', () => {
    const err = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
    expect(toElbError(err).kind).toBe('network');
  });

  it('DOMException AbortError is aborted, TimeoutError is timeout', () => {
    expect(toElbError(new DOMException('aborted', 'AbortError')).kind).toBe('aborted');
    expect(toElbError(new DOMException('timed out', 'TimeoutError')).kind).toBe('timeout');
  });

  it.each([
    ['a string', 'something broke'],
    ['null', null],
    ['undefined', undefined],
    ['a boolean', true],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['an array', [1, 2]],
    ['a function', () => 1],
    ['a plain Error', new Error('boom')],
    ['an out-of-range number', 42],
  ])('%s is an unknown error keeping the original in cause', (_label, input) => {
    const error = toElbError(input);
    expect(error).toMatchObject({ kind: 'unknown', status: null, severity: 'error', retryable: false });
    expect(error.cause).toBe(input);
  });

  it('uses the request context for method, url and headers', () => {
    const error = toElbError(500, { method: 'delete', url: 'https://user:pw@elb.example/lbs/1?X-Auth-Token=abc&limit=10', headers: { 'X-Request-Id': 'ctx-1' } });
    expect(error).toMatchObject({ method: 'DELETE', url: 'https://[redacted]@elb.example/lbs/1?X-Auth-Token=[redacted]&limit=10', requestId: 'ctx-1' });
  });

  it('reads a body handed over in the context', () => {
    const error = toElbError(new Response(null, { status: 400 }), { body: { error_code: 'ELB.1001', error_msg: 'Request parameters invalid.' } });
    expect(error).toMatchObject({ code: 'ELB.1001', serverMessage: 'Request parameters invalid.' });
  });
});

describe('toElbError: Retry-After', () => {
  it('reads delay-seconds', () => {
    expect(toElbError({ status: 503, headers: { 'Retry-After': '120' } }).retryAfterMs).toBe(120_000);
  });

  it('reads an HTTP-date relative to now', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    const error = toElbError({ status: 429, headers: { 'retry-after': 'Tue, 24 Nov 2026 10:00:30 GMT' } }, undefined, { now: () => now });
    expect(error.retryAfterMs).toBe(30_000);
  });

  it('a date in the past means retry now; garbage means absent', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(toElbError({ status: 503, headers: { 'retry-after': 'Mon, 23 Nov 2026 10:00:00 GMT' } }, undefined, { now: () => now }).retryAfterMs).toBe(0);
    expect(toElbError({ status: 503, headers: { 'retry-after': '-5' } }).retryAfterMs).toBeNull();
    expect(toElbError({ status: 503, headers: { 'retry-after': 'soon' } }).retryAfterMs).toBeNull();
    expect(toElbError({ status: 503, headers: { 'retry-after': '1.5' } }).retryAfterMs).toBeNull();
  });
});

describe('toElbError: hostile input', () => {
  it('survives getters and proxy traps that throw', () => {
    const trap = new Proxy({}, { get() { throw new Error('trap'); }, has() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
    const fromTrap = toElbError(trap);
    expect(fromTrap.kind).toBe('unknown');
    expect(fromTrap.cause === trap).toBe(true); // identity only: matchers would walk the trap
    const getter = { get status(): number { throw new Error('getter'); } };
    expect(toElbError(getter).kind).toBe('unknown');
    const body = { status: 400, get body(): unknown { throw new Error('nope'); } };
    expect(toElbError(body)).toMatchObject({ kind: 'http', status: 400 });
    const headers = { status: 503, headers: new Proxy({}, { ownKeys() { throw new Error('trap'); } }) };
    expect(toElbError(headers)).toMatchObject({ status: 503, retryAfterMs: null });
  });

  it('survives cyclic objects', () => {
    const cyclic: Record<string, unknown> = { status: 500 };
    cyclic.self = cyclic;
    cyclic.body = cyclic;
    expect(toElbError(cyclic).status).toBe(500);
    const err = new TypeError('fetch failed');
    (err as { cause?: unknown }).cause = err;
    expect(toElbError(err).kind).toBe('network');
  });

  it('keeps server text plain and bounded', () => {
    const huge = 'A'.repeat(5_000_000);
    const error = toElbError({ status: 400, body: { error_msg: `<img src=x onerror=alert(1)> ${huge}`, error_code: 'X'.repeat(500) } });
    expect(error.serverMessage!.length).toBeLessThanOrEqual(1000);
    expect(error.serverMessage!.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(error.code!.length).toBeLessThanOrEqual(64);
  });

  it('drops control and bidi-override characters from server text', () => {
    const error = toElbError({ status: 400, body: { error_msg: 'bad\u0000 input\u202E\n\nnext' } });
    expect(error.serverMessage).toBe('bad input next');
  });
});

describe('toElbError: cloned ElbErrors', () => {
  it('rebuilds an ElbError that lost its prototype (structuredClone, Redux, postMessage)', () => {
    const original = toElbError(
      { status: 503, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.', request_id: 'req-1' }, headers: { 'retry-after': '4' } },
      { method: 'GET', url: '/v3/lbs?token=x' },
    );
    const clone = structuredClone({ ...original, cause: null });
    const rebuilt = toElbError(clone);
    expect(rebuilt).not.toBe(clone);
    expect(rebuilt).toMatchObject({
      kind: 'http', status: 503, code: 'ELB.8906', serverMessage: 'Internal server error.', requestId: 'req-1',
      method: 'GET', url: '/v3/lbs?token=[redacted]', retryAfterMs: 4000, time: original.time, retryable: true,
    });
    expect(rebuilt.cause).toBe(clone);
  });

  it('re-checks the fields of a clone as untrusted', () => {
    const forged = { kind: 'http', reason: 'x', retryable: false, status: 503, serverMessage: 'A'.repeat(5000), url: '/x?access_token=secret', retryAfterMs: -1 };
    const rebuilt = toElbError(forged);
    expect(rebuilt.retryable).toBe(true); // from the status, not from the forged field
    expect(rebuilt.serverMessage!.length).toBeLessThanOrEqual(1000);
    expect(rebuilt.url).toBe('/x?access_token=[redacted]');
    expect(rebuilt.retryAfterMs).toBeNull();
  });
});

describe('toElbError: only real network failures are kind network', () => {
  it.each([
    "Cannot read properties of undefined (reading 'networkError')",
    'networkError is not a function',
    'x.fetch failed is not iterable',
    'Network error handler crashed: load failed to compile',
  ])('an app bug\'s TypeError ("%s") is unknown and not retryable', (message) => {
    expect(toElbError(new TypeError(message))).toMatchObject({ kind: 'unknown', retryable: false });
  });

  it.each([
    ['Chromium', new TypeError('Failed to fetch')],
    ['Firefox', new TypeError('NetworkError when attempting to fetch resource.')],
    ['Safari', new TypeError('Load failed')],
    ['Safari, connection lost', new TypeError('The network connection was lost.')],
    ['Safari, offline', new TypeError('The Internet connection appears to be offline.')],
    ['React Native / whatwg-fetch', new TypeError('Network request failed')],
    ['undici', new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) })],
    ['undici, socket', new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) })],
    ['node-fetch', Object.assign(new Error('request to http://x/ failed, reason: getaddrinfo ENOTFOUND x'), { name: 'FetchError', type: 'system', code: 'ENOTFOUND' })],
    ['axios ERR_NETWORK', Object.assign(new Error('Network Error'), { name: 'AxiosError', isAxiosError: true, code: 'ERR_NETWORK', config: {} })],
    ['axios in Node', Object.assign(new Error('connect ECONNREFUSED'), { name: 'AxiosError', isAxiosError: true, code: 'ECONNREFUSED', config: {} })],
  ])('%s is network', (_label, input) => {
    expect(toElbError(input)).toMatchObject({ kind: 'network', retryable: true });
  });

  it('an axios error without a response is network only when it says so', () => {
    const bad = Object.assign(new Error('Invalid URL'), { name: 'AxiosError', isAxiosError: true, code: 'ERR_INVALID_URL', config: {} });
    expect(toElbError(bad).kind).toBe('unknown');
    const timeout = Object.assign(new Error('timeout of 100ms exceeded'), { name: 'AxiosError', isAxiosError: true, code: 'ECONNABORTED', config: {} });
    expect(toElbError(timeout).kind).toBe('timeout');
  });

  it('ky errors: TimeoutError is timeout, HTTPError is http', () => {
    const request = new Request('https://elb.example/x');
    expect(toElbError(Object.assign(new Error(`Request timed out: GET ${request.url}`), { name: 'TimeoutError', request })).kind).toBe('timeout');
  });
});

describe('toElbError / isElbError: values that carry the brand', () => {
  const BRAND = Symbol.for('elb-status-ui.ElbError');

  it.each([
    ['the brand alone', { [BRAND]: true }],
    ['the brand and a status', { [BRAND]: true, status: 503 }],
    ['the brand and wrong types', { [BRAND]: true, kind: 'http', reason: 1, descriptions: 'x', severity: 'boom', retryable: 'yes', time: 'now' }],
    ['the brand and a forged url', { [BRAND]: true, kind: 'http', status: 500, reason: 'x', descriptions: [], severity: 'error', retryable: true, retryAfterMs: null, code: null, serverMessage: null, requestId: null, method: null, url: '/x?token=SECRET', category: null, time: 0, message: 'm' }],
  ])('%s is validated like any input', (_label, value) => {
    const error = toElbError(value);
    expect(error).not.toBe(value);
    expect(typeof error.reason).toBe('string');
    expect(Array.isArray(error.descriptions)).toBe(true);
    expect(JSON.stringify(error)).not.toContain('SECRET');
    expect(isElbError(error)).toBe(true);
  });

  it('isElbError checks the fields, not only the brand', () => {
    expect(isElbError({ [BRAND]: true })).toBe(false);
    expect(isElbError({ [BRAND]: true, status: 503 })).toBe(false);
    expect(isElbError(new Proxy({}, { get() { throw new Error('trap'); } }))).toBe(false);
    // An error of another copy of the library (same brand, every field) is one; a forged token url is not.
    const other = { ...toElbError(503, { url: '/x?token=abc' }), [BRAND]: true };
    expect(isElbError(other)).toBe(true);
    expect(isElbError({ ...other, url: '/x?token=SECRET' })).toBe(false);
  });
});

describe('toElbError: no stack trace of its own', () => {
  it("keeps only the stack's first line (where the library built it says nothing) and leaves Error.stackTraceLimit as it was", () => {
    const before = Error.stackTraceLimit;
    const cause = new TypeError('Failed to fetch');
    const error = toElbError(cause, { method: 'GET', url: '/v3/p/elb/loadbalancers' }) as ElbError & Error;
    expect(error.stack).toBe(`ElbError: ${error.message}`);
    // The caught failure keeps its own.
    expect((error.cause as Error).stack).toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('after').stack).toMatch(/\n\s+at /);
  });

  it('still works, with a stack as usual, where Error.stackTraceLimit cannot be changed', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')!;
    Object.defineProperty(Error, 'stackTraceLimit', { ...descriptor, writable: false });
    try {
      const error = toElbError({ status: 503 }) as ElbError & Error;
      expect(error).toMatchObject({ name: 'ElbError', status: 503 });
      expect(error.stack?.split('\n')[0]).toBe(`ElbError: ${error.message}`);
    } finally {
      Object.defineProperty(Error, 'stackTraceLimit', descriptor);
    }
    expect(Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')).toEqual(descriptor);
  });
});

describe('toElbError: an ElbError made without its request, given one later', () => {
  const made = () => toElbError({ status: 503, body: { error_code: 'ELB.8906', error_msg: 'busy', request_id: 'r-1' }, headers: { 'retry-after': '7' } });

  it('takes the method and the redacted URL from the context, and keeps everything else', () => {
    const error = made();
    const given = toElbError(error, { method: 'get', url: 'https://elb.example/v3/p/elb/listeners?token=abc' });
    expect(given).not.toBe(error);
    expect(given.method).toBe('GET');
    expect(given.url).toBe('https://elb.example/v3/p/elb/listeners?token=[redacted]');
    for (const field of ['kind', 'status', 'code', 'serverMessage', 'requestId', 'retryAfterMs', 'retryable', 'category', 'time', 'severity'] as const) {
      expect(given[field]).toEqual(error[field]);
    }
    expect(given.cause).toBe(error.cause);
  });

  it('keeps what the error already says, and returns it as it is when the context adds nothing', () => {
    const post = toElbError({ status: 503 }, { method: 'POST', url: '/v3/p/elb/loadbalancers' });
    expect(toElbError(post, { method: 'GET', url: '/elsewhere' })).toBe(post);
    const error = made();
    expect(toElbError(error)).toBe(error);
    expect(toElbError(error, {})).toBe(error);
    const half = toElbError({ status: 503 }, { method: 'PUT' });
    const filled = toElbError(half, { method: 'GET', url: '/v3/p/elb/pools/1' });
    expect([filled.method, filled.url]).toEqual(['PUT', '/v3/p/elb/pools/1']);
  });
});
