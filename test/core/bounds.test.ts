import { cleanMessage, formatErrorSummary, isSecretName, readElbError, redactText, toElbError } from 'elb-status-ui/core';
import { BODY_READ_TIMEOUT_MS, clampBodyTimeout, MAX_BODY_READ_TIMEOUT_MS } from '../../src/core/bodyReader.js';
import { cleanText, redactUrl } from '../../src/core/text.js';
import { getHeader, MAX_HEADER_ENTRIES, readHeaders } from '../../src/core/headers.js';
import { categorize } from '../../src/core/category.js';
import { isPermanentConflict, isTransientLock } from '../../src/core/classify.js';
import { MAX_BODY_CHARS, parseBody } from '../../src/core/parseBody.js';
import { parseRetryAfter } from '../../src/core/retryAfter.js';

const body = JSON.stringify({ error_code: 'ELB.1001', error_msg: 'Invalid parameter.' });
const never = () => new Promise<never>(() => undefined);

/** A response-like object without a body stream (node-fetch 2 style, the whatwg-fetch polyfill). */
function withoutStream(methods: Partial<Record<'text' | 'arrayBuffer' | 'blob', () => unknown>>) {
  return { status: 400, ok: false, headers: new Headers({ 'x-request-id': 'r-9' }), bodyUsed: false, body: null, ...methods };
}

describe('readElbError: one byte limit and one deadline, whatever the body', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it.each([
    ['text()', { text: never }],
    ['arrayBuffer()', { arrayBuffer: never }],
    ['blob()', { blob: never }],
  ])('a %s that never settles settles at the deadline, with what is known', async (_label, methods) => {
    vi.useFakeTimers();
    let settled = false;
    const pending = readElbError(withoutStream(methods), undefined, { bodyTimeoutMs: 1000 }).then((error) => {
      settled = true;
      return error;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    await expect(pending).resolves.toMatchObject({ kind: 'http', status: 400, requestId: 'r-9', code: null });
  });

  it.each([
    ['text()', { text: async () => body }],
    ['arrayBuffer()', { arrayBuffer: async () => new TextEncoder().encode(body).buffer }],
    ['blob()', { blob: async () => new Blob([body]) }],
  ])('reads a body through %s', async (_label, methods) => {
    await expect(readElbError(withoutStream(methods))).resolves.toMatchObject({ code: 'ELB.1001', serverMessage: 'Invalid parameter.' });
  });

  it('reads at most the limit of a huge text(), arrayBuffer() or blob()', async () => {
    const huge = `{"error_code":"ELB.7","error_msg":"${'y'.repeat(3 * MAX_BODY_CHARS)}"}`;
    for (const methods of [{ text: async () => huge }, { arrayBuffer: async () => new TextEncoder().encode(huge).buffer }, { blob: async () => new Blob([huge]) }]) {
      const decoded: number[] = [];
      const decode = TextDecoder.prototype.decode;
      const spy = vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(function (this: TextDecoder, input?: AllowSharedBufferSource, options?: TextDecodeOptions) {
        decoded.push(input ? input.byteLength : 0);
        return decode.call(this, input, options);
      });
      await expect(readElbError(withoutStream(methods))).resolves.toMatchObject({ code: 'ELB.7' });
      spy.mockRestore();
      expect(decoded.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_BODY_CHARS);
    }
  });

  it('cuts one oversized chunk before decoding it: the decoder never sees more than the limit', async () => {
    const chunk = new Uint8Array(200 * 1024 * 1024); // zero-filled: cheap until touched
    chunk.set(new TextEncoder().encode('{"error_code":"ELB.8","error_msg":"too big"'));
    const decoded: number[] = [];
    const decode = TextDecoder.prototype.decode;
    vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(function (this: TextDecoder, input?: AllowSharedBufferSource, options?: TextDecodeOptions) {
      decoded.push(input ? input.byteLength : 0);
      return decode.call(this, input, options);
    });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const error = await readElbError(new Response(stream, { status: 400 }));
    expect(error.code).toBe('ELB.8');
    expect(Math.max(...decoded)).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(decoded.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_BODY_CHARS);
  });

  it('reads an async-iterable body (a Node stream, as node-fetch 2 gives) within the limit, and stops it', async () => {
    let pulled = 0;
    let stopped = false;
    const chunk = new TextEncoder().encode('z'.repeat(16 * 1024));
    const iterable = {
      [Symbol.asyncIterator]() {
        return {
          next: async () => {
            pulled += 1;
            return { done: false, value: pulled === 1 ? new TextEncoder().encode('{"error_code":"ELB.5","error_msg":"') : chunk };
          },
          return: async () => {
            stopped = true;
            return { done: true, value: undefined };
          },
        };
      },
    };
    const error = await readElbError({ status: 409, ok: false, headers: new Headers(), bodyUsed: false, body: iterable, text: never });
    expect(error.code).toBe('ELB.5');
    expect(pulled).toBeLessThanOrEqual(Math.ceil(MAX_BODY_CHARS / chunk.length) + 2);
    expect(stopped).toBe(true);
  });

  it('a stream that never ends settles at the deadline with what it has', async () => {
    vi.useFakeTimers();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"error_code":"ELB.6","error_msg":"partial'));
      },
    });
    const pending = readElbError(new Response(stream, { status: 503 }), undefined, { bodyTimeoutMs: 2000 });
    await vi.advanceTimersByTimeAsync(2000);
    await expect(pending).resolves.toMatchObject({ code: 'ELB.6', serverMessage: 'partial' });
  });
});

describe('bodyTimeoutMs is clamped', () => {
  it.each([
    [2 ** 31, MAX_BODY_READ_TIMEOUT_MS],
    [Infinity, MAX_BODY_READ_TIMEOUT_MS],
    [-5, BODY_READ_TIMEOUT_MS],
    [NaN, BODY_READ_TIMEOUT_MS],
    ['100', BODY_READ_TIMEOUT_MS],
    [250, 250],
  ])('%s -> %s', (input, output) => {
    expect(clampBodyTimeout(input)).toBe(output);
  });

  it.each([2 ** 31, Infinity, -1, NaN])('bodyTimeoutMs %s does not lose a streamed body that arrives after a few milliseconds', async (bodyTimeoutMs) => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        setTimeout(() => {
          controller.enqueue(new TextEncoder().encode('{"error_code":"ELB.9","error_msg":"slow"}'));
          controller.close();
        }, 30);
      },
    });
    await expect(readElbError(new Response(stream, { status: 503 }), undefined, { bodyTimeoutMs })).resolves.toMatchObject({ code: 'ELB.9', serverMessage: 'slow' });
  });

  it.each([2 ** 31, Infinity, -1, NaN])('bodyTimeoutMs %s does not lose a text() body that arrives after a few milliseconds', async (bodyTimeoutMs) => {
    const slow = {
      status: 503,
      ok: false,
      headers: new Headers(),
      bodyUsed: false,
      body: null,
      text: () => new Promise<string>((resolve) => setTimeout(() => resolve('{"error_code":"ELB.9","error_msg":"slow"}'), 30)),
    };
    await expect(readElbError(slow, undefined, { bodyTimeoutMs })).resolves.toMatchObject({ code: 'ELB.9', serverMessage: 'slow' });
  });
});

describe('headers', () => {
  it('a plain object of 1,000,000 entries is read once, not once per header', () => {
    // Stands for a plain object with a million own entries (building a real one takes seconds).
    const keys = ['Retry-After', 'X-Request-Id', ...Array.from({ length: 1_000_000 }, (_, i) => `x-junk-${i}`)];
    let passes = 0;
    let reads = 0;
    const headers = new Proxy({} as Record<string, string>, {
      ownKeys() {
        passes += 1;
        return keys;
      },
      getOwnPropertyDescriptor: (_target, key) => ({ value: 'v', enumerable: true, configurable: true, writable: true, key }),
      get(_target, key) {
        reads += 1;
        return key === 'Retry-After' ? '5' : key === 'X-Request-Id' ? 'r-1' : 'v';
      },
    });
    const error = toElbError({ status: 503, headers });
    expect(error).toMatchObject({ retryAfterMs: 5000, requestId: 'r-1' });
    expect(passes).toBe(1);
    expect(reads).toBeLessThanOrEqual(MAX_HEADER_ENTRIES + 10);
  }, 30_000);

  it('reads AxiosHeaders in one pass too, and every kind of headers case-insensitively', async () => {
    const { AxiosHeaders } = await import('axios');
    const axiosHeaders = new AxiosHeaders({ 'X-Request-Id': 'ax-1', 'Retry-After': '3' });
    const get = vi.spyOn(axiosHeaders, 'get');
    expect(toElbError({ status: 503, headers: axiosHeaders })).toMatchObject({ requestId: 'ax-1', retryAfterMs: 3000 });
    expect(get).not.toHaveBeenCalled();
    for (const headers of [new Headers({ 'X-Request-Id': 'a' }), { 'X-REQUEST-ID': 'a' }, [['x-request-id', 'a']], new Map([['X-Request-Id', 'a']]), { 'x-request-id': ['a', 'b'] }]) {
      expect(getHeader(headers, 'x-request-id')).toBe('a');
      expect(readHeaders(headers)('X-Request-ID')).toBe('a');
    }
  });
});

// ---- no regular expression in src/ is super-linear ---------------------------------------------

/**
 * Each exported function that runs a regular expression over untrusted text, on 100,000-character
 * worst cases for its patterns (long runs that almost match, then fail). A linear pattern takes
 * milliseconds; a quadratic one takes many seconds. The bound is generous on purpose.
 */
const N = 100_000;
const worstCases: Record<string, string> = {
  slashes: '/'.repeat(N) + 'a',
  letters: 'a'.repeat(N),
  word: 'ab_'.repeat(N / 3),
  schemes: 'a://b:c/'.repeat(N / 8),
  colons: 'a:'.repeat(N / 2),
  userinfo: 'https://' + 'u'.repeat(N),
  jwtish: 'eyJ' + 'a'.repeat(N),
  jwtRun: 'eyJ'.repeat(N / 3),
  fernet: 'gAAAAA' + 'b'.repeat(N),
  pki: 'MII' + 'A/'.repeat(N / 2),
  pkiPath: 'MIIAAAAAAAAAAAAAAAAAAAAAA' + '/a'.repeat(N / 2) + 'B',
  params: '?'.repeat(N),
  paramNames: '?' + 'n'.repeat(N),
  equals: '&a='.repeat(N / 3),
  labels: 'password'.repeat(N / 8),
  labelRun: 'k: '.repeat(N / 3),
  quotes: 'password: "' + 'x'.repeat(N),
  bearer: 'Bearer '.repeat(N / 7),
  spaces: ' '.repeat(N) + 'x',
  marks: 'a' + '\u0301'.repeat(N),
  markRuns: 'a\u0301\u0301\u0301'.repeat(N / 4),
  tags: '<'.repeat(N),
  markupish: '<a' + ' '.repeat(N),
  json: '{"error_code":"' + '\\"'.repeat(N / 2),
  jsonKeys: '"error_code"'.repeat(N / 12),
  digits: '9'.repeat(N),
  hex: 'a1b2c3d4'.repeat(N / 8),
  mixed: 'aA1'.repeat(N / 3),
  percent: '%25'.repeat(N / 3),
  pending: 'PENDING_'.repeat(N / 8),
};

const subjects: Record<string, (text: string) => unknown> = {
  redactText,
  redactUrl,
  cleanText: (t) => cleanText(t, 100_000),
  cleanMessage: (t) => cleanMessage(t, 100_000),
  parseBody: (t) => parseBody(t, 'application/json'),
  parseRetryAfter,
  isTransientLock,
  isPermanentConflict,
  isSecretName,
  categorize: (t) => categorize('http', 400, t, t),
  'toElbError (message)': (t) => toElbError(new Error(t)),
  'toElbError (body, url, headers)': (t) => toElbError({ status: 400, body: t, url: t, headers: { 'x-request-id': t, 'retry-after': t } }),
  'toElbError (axios baseURL)': (t) => toElbError({ isAxiosError: true, code: 'ERR_NETWORK', message: 'Network Error', config: { baseURL: t, url: t } }),
  formatErrorSummary: (t) => formatErrorSummary(toElbError({ status: 400, body: { error_msg: t, error_code: t, request_id: t } }, { url: t, method: t })),
};

describe('no regular expression is super-linear', () => {
  it.each(Object.keys(subjects))('%s stays fast on 100,000-character worst cases', (name) => {
    const run = subjects[name]!;
    for (const [label, text] of Object.entries(worstCases)) {
      const start = performance.now();
      run(text);
      const elapsed = performance.now() - start;
      expect(elapsed, `${name} on "${label}"`).toBeLessThan(3000);
    }
  }, 120_000);

  it('a baseURL holding 50,000 slashes joins quickly and correctly', () => {
    const start = performance.now();
    const slashes = toElbError({ isAxiosError: true, code: 'ERR_NETWORK', message: 'Network Error', config: { baseURL: `${'/'.repeat(50_000)}x`, url: 'v3' } });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(slashes.url!.length).toBeLessThanOrEqual(2048);
    const error = toElbError({ isAxiosError: true, code: 'ERR_NETWORK', message: 'Network Error', config: { baseURL: `https://elb.example${'/'.repeat(50_000)}`, url: '///v3/lbs' } });
    expect(error.url).toBe('https://elb.example/v3/lbs');
  });
});
