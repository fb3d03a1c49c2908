import { categoryOfCode } from 'elb-status-ui/error-codes';
import { elbErrorView, isElbError, RetryController, serializeElbError, SERIALIZED_ELB_ERROR, toElbError, type ElbError } from 'elb-status-ui/core';
import { cleanText } from '../../src/core/text.js';

const FIELDS = ['kind', 'status', 'reason', 'descriptions', 'severity', 'retryable', 'retryAfterMs', 'code', 'serverMessage', 'requestId', 'method', 'url', 'category', 'time', 'message', 'name'] as const;
const fieldsOf = (error: ElbError) => Object.fromEntries(FIELDS.map((key) => [key, error[key]]));

const samples: Array<[string, () => ElbError]> = [
  [
    '503 with an ELB body, Retry-After and a request id header',
    () =>
      toElbError(
        { status: 503, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.' }, headers: { 'retry-after': '30', 'x-request-id': 'req-1' } },
        { method: 'get', url: 'https://elb.example/v3/p/elb/loadbalancers?marker=1' },
      ),
  ],
  ['409 permanent conflict (not retryable)', () => toElbError({ status: 409, body: { error_code: 'ELB.4001', error_msg: 'Listener already exists.' } })],
  ['400 with a catalogue category', () => toElbError({ status: 400, body: { error_code: 'ELB.1003', error_msg: 'Lb not exist.' } }, undefined, { errorCodes: categoryOfCode })],
  ['network failure', () => toElbError(new TypeError('Failed to fetch'), { method: 'PUT', url: '/v3/p/elb/listeners/1' })],
  ['unknown failure with its own message', () => toElbError(new Error('The form went away'))],
  ['aborted', () => toElbError(new DOMException('stopped', 'AbortError'))],
];

describe('ElbError plain-data form', () => {
  it.each(samples)('%s: JSON.stringify/parse, structuredClone and toElbError give back the same fields, without cause', (_name, make) => {
    const error = make();
    const data = serializeElbError(error);
    expect(data.$type).toBe(SERIALIZED_ELB_ERROR);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect('cause' in data).toBe(false);
    // toJSON is what JSON.stringify uses: a log line holds the same form.
    expect(JSON.parse(JSON.stringify(error))).toEqual(data);
    for (const copy of [JSON.parse(JSON.stringify(error)), structuredClone(data), JSON.parse(JSON.stringify(data))]) {
      const restored = toElbError(copy);
      expect(isElbError(restored)).toBe(true);
      expect(restored).toBeInstanceOf(Error);
      expect(fieldsOf(restored)).toEqual(fieldsOf(error));
    }
  });

  it('crosses postMessage (MessageChannel) whole', async () => {
    const error = samples[0]![1]();
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<unknown>((resolve) => (port2.onmessage = (event) => resolve(event.data)));
    port1.postMessage(serializeElbError(error));
    const restored = toElbError(await received);
    port1.close();
    port2.close();
    expect(fieldsOf(restored)).toEqual(fieldsOf(error));
  });

  it('leaves out the original input and the request headers it held', () => {
    const error = toElbError({ status: 401, headers: { authorization: 'Bearer secret-token-123', 'x-auth-token': 'MIIsecret' }, body: {} });
    const text = JSON.stringify(serializeElbError(error));
    expect(text).not.toMatch(/secret|MII/);
    expect(JSON.stringify(error)).not.toMatch(/secret|MII/);
  });
});

describe('restoring is as careful as reading a server answer', () => {
  const tagged = (fields: Record<string, unknown>) => ({ $type: SERIALIZED_ELB_ERROR, ...fields });

  it('does not take retryability, severity, reason or descriptions from the data: they follow from the status again', () => {
    const restored = toElbError(tagged({ kind: 'http', status: 400, retryable: true, severity: 'success', reason: '<b>OK</b>', descriptions: ['forged'] }));
    expect(restored).toMatchObject({ status: 400, retryable: false, severity: 'warning', reason: 'Bad Request' });
    expect(restored.descriptions).not.toContain('forged');
  });

  it('a tag alone proves nothing: an unknown kind is read like any other garbage', () => {
    for (const kind of ['evil', undefined, 42, { toString: () => 'http' }]) {
      const restored = toElbError(tagged({ kind, reason: 'Network Error', retryable: true, code: 'ELB.1', serverMessage: 'x' }));
      expect(restored).toMatchObject({ kind: 'unknown', status: null, code: null, serverMessage: null, retryable: false });
    }
  });

  it('bounds and cleans every string, redacts the URL, and rejects values out of range', () => {
    const huge = 'x'.repeat(5_000_000);
    const restored = toElbError(
      tagged({
        kind: 'http',
        status: 503,
        code: `ELB.1\u0000${huge}`,
        serverMessage: `\u202eline one\n${huge}`,
        requestId: huge,
        method: huge,
        url: 'https://user:pass@elb.example/v3?token=abc&marker=2',
        retryAfterMs: 1e300,
        time: Number.NaN,
        category: 'hack',
        message: huge,
      }),
      undefined,
      { now: () => 1234 },
    );
    expect(restored.serverMessage!.length).toBeLessThanOrEqual(1000);
    // eslint-disable-next-line no-control-regex
    expect(restored.serverMessage).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect((restored.code ?? '').length).toBeLessThanOrEqual(64);
    expect((restored.requestId ?? '').length).toBeLessThanOrEqual(128);
    expect((restored.method ?? '').length).toBeLessThanOrEqual(16);
    expect(restored.url).not.toMatch(/pass|abc/);
    expect(restored.retryAfterMs).toBeNull();
    expect(restored.time).toBe(1234);
    expect(restored.category).toBe('server');
    // An HTTP failure's message is made again from the bounded fields.
    expect(restored.message.length).toBeLessThan(1200);
    expect(toElbError(tagged({ kind: 'unknown', message: huge })).message.length).toBeLessThanOrEqual(200);
  });

  it('a status that is not a status makes an unknown failure; a retry delay must be a number', () => {
    expect(toElbError(tagged({ kind: 'http', status: '503' }))).toMatchObject({ kind: 'unknown', status: null });
    expect(toElbError(tagged({ kind: 'http', status: 1e9 }))).toMatchObject({ kind: 'unknown', status: null });
    expect(toElbError(tagged({ kind: 'http', status: 503, retryAfterMs: '5000' })).retryAfterMs).toBeNull();
    expect(toElbError(tagged({ kind: 'http', status: 503, retryAfterMs: -1 })).retryAfterMs).toBeNull();
  });

  it('keeps a Retry-After longer than any timer, so a restored copy is not retried early', () => {
    const clock = { now: () => 1.7e12, setTimeout: vi.fn(() => 1), clearTimeout: () => undefined };
    const original = toElbError({ status: 503, headers: { 'retry-after': '2592000' } }, { method: 'GET', url: 'https://elb.example/x' });
    const restored = toElbError(JSON.parse(JSON.stringify(serializeElbError(original))));
    expect(restored.retryAfterMs).toBe(2_592_000_000);
    for (const error of [original, restored]) {
      const controller = new RetryController({ autoRetry: true, onRetry: () => undefined }, clock);
      controller.capture(error);
      expect(controller.getSnapshot()).toMatchObject({ state: 'failed', autoRetryStopped: 'retry-after-too-long' });
    }
    expect(clock.setTimeout).not.toHaveBeenCalled();
  });

  it('never throws on a hostile object', () => {
    const hostile = new Proxy(tagged({ kind: 'http' }), {
      get(target, key) {
        if (key === 'kind' || key === '$type') return Reflect.get(target, key);
        throw new Error('trap');
      },
    });
    expect(() => toElbError(hostile)).not.toThrow();
    expect(() => elbErrorView(hostile as never)).not.toThrow();
  });

  it('elbErrorView (what a badge reads) checks the plain-data form the same way', () => {
    const data = serializeElbError(samples[0]![1]());
    expect(elbErrorView(data)).toEqual({ kind: 'http', status: 503, severity: 'error', code: 'ELB.8906', serverMessage: 'Internal server error.' });
    expect(elbErrorView({ ...data, severity: 'success' } as never)?.severity).toBe('error');
    expect(elbErrorView({ ...data, kind: 'evil' } as never)).toBeNull();
    expect(elbErrorView({ ...data, status: 'x' } as never)).toMatchObject({ kind: 'unknown', status: null, severity: 'error' });
    // Bounded here; the tooltip cleans it (redaction, then the 1,000-character cut) when it opens.
    const long = elbErrorView({ ...data, serverMessage: 'y'.repeat(100_000) } as never)!.serverMessage!;
    expect(long.length).toBeLessThanOrEqual(16_384);
    expect(cleanText(long)!.length).toBeLessThanOrEqual(1000);
  });
});
