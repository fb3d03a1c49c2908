import fc from 'fast-check';
import { isElbError, readElbError, toElbError, type ElbError } from 'elb-status-ui/core';

function checkShape(error: ElbError, input: unknown) {
  expect(isElbError(error)).toBe(true);
  expect(['http', 'network', 'timeout', 'aborted', 'unknown']).toContain(error.kind);
  expect(['success', 'info', 'warning', 'error']).toContain(error.severity);
  expect(typeof error.retryable).toBe('boolean');
  expect(typeof error.reason).toBe('string');
  if (error.serverMessage != null) expect(error.serverMessage.length).toBeLessThanOrEqual(1000);
  if (error.kind !== 'http') expect(error.status).toBeNull();
  if (!isElbError(input)) expect(Object.is(error.cause, input)).toBe(true); // Object.is: NaN is its own cause
}

// Objects whose properties throw when read, to stand for hostile proxies and getters.
const throwing = fc.constantFrom(
  new Proxy({}, { get() { throw new Error('get'); } }),
  Object.defineProperty({}, 'status', { get() { throw new Error('status'); } }),
  Object.defineProperty({ status: 500 }, 'headers', { get() { throw new Error('headers'); } }),
);

const anyInput = fc.oneof(
  fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withDate: true, withNullPrototype: true }),
  fc.record({ status: fc.integer({ min: -10, max: 1200 }), body: fc.oneof(fc.string(), fc.json(), fc.object()), headers: fc.dictionary(fc.string(), fc.string()) }, { requiredKeys: [] }),
  fc.record({ isAxiosError: fc.constant(true), code: fc.string(), config: fc.anything(), response: fc.anything() }, { requiredKeys: ['isAxiosError'] }),
  fc.integer(),
  fc.string(),
  throwing,
);

describe('toElbError on arbitrary input', () => {
  it('never throws and always answers a well-formed ElbError', () => {
    fc.assert(
      fc.property(anyInput, fc.anything(), (input, context) => {
        checkShape(toElbError(input, context as never), input);
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 1500) },
    );
  });

  it('never rejects on arbitrary bodies read from a Response', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 400, max: 599 }), fc.oneof(fc.string(), fc.json()), async (status, body) => {
        const response = new Response(body, { status });
        const error = await readElbError(response);
        checkShape(error, response);
        expect(error.status).toBe(status);
      }),
      { numRuns: 200 },
    );
  });
});
