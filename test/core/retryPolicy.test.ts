import { createRetryBudget, MIN_RETRY_DELAY_MS, toElbError } from 'elb-status-ui/core';
import { backoffDelay, clampDelay, isAutoRetryable, MAX_TIMER_DELAY_MS, planRetry } from '../../src/core/retryPolicy.js';

const at = (r: number) => () => r;

describe('backoffDelay (full jitter)', () => {
  it.each([
    [0, 1, 1000],
    [1, 1, 2000],
    [2, 1, 4000],
    [4, 1, 16000],
    [5, 1, 30000],
    [10, 1, 30000],
    [3, 0.5, 8000],
    [3, 0, 0],
  ])('attempt %i with random %f waits %i ms at most', (attempt, random, expected) => {
    // random() is < 1, so 0.9999 stands for the top of the range
    expect(backoffDelay(attempt, { random: at(random === 1 ? 0.99999 : random) })).toBe(Math.round((random === 1 ? 0.99999 : random) * expected));
  });

  it('respects a custom base and cap', () => {
    expect(backoffDelay(2, { baseDelayMs: 100, maxDelayMs: 250, random: at(0.5) })).toBe(125);
  });
});

describe('clampDelay', () => {
  it.each([
    [-5, 0],
    [NaN, 0],
    [Infinity, MAX_TIMER_DELAY_MS],
    [2 ** 31, MAX_TIMER_DELAY_MS],
    [1500.4, 1500],
  ])('%s -> %s', (input, out) => {
    expect(clampDelay(input)).toBe(out);
  });
});

describe('isAutoRetryable (RFC 9110 idempotency)', () => {
  const ctx = (method?: string) => (method ? { method } : {});
  it.each([
    [503, 'GET', true],
    [503, 'PUT', true],
    [503, 'DELETE', true],
    [503, 'HEAD', true],
    [503, 'OPTIONS', true],
    [503, 'POST', 'not-idempotent'],
    [503, 'PATCH', 'not-idempotent'],
    [503, undefined, 'not-idempotent'],
    [500, 'POST', 'not-idempotent'],
    [429, 'POST', true],
    [404, 'GET', 'not-retryable'],
    [501, 'GET', 'not-retryable'],
  ] as const)('%i %s -> %s', (status, method, expected) => {
    expect(isAutoRetryable(toElbError(status, ctx(method)))).toBe(expected);
  });

  it('a POST on 503 with Retry-After may be retried: the server did not process it', () => {
    expect(isAutoRetryable(toElbError({ status: 503, headers: { 'retry-after': '2' } }, { method: 'POST' }))).toBe(true);
  });

  it('timeouts only for safe methods', () => {
    const timeout = (method: string) => toElbError(new DOMException('t', 'TimeoutError'), { method });
    expect(isAutoRetryable(timeout('GET'))).toBe(true);
    expect(isAutoRetryable(timeout('HEAD'))).toBe(true);
    expect(isAutoRetryable(timeout('PUT'))).toBe('not-idempotent');
    expect(isAutoRetryable(timeout('DELETE'))).toBe('not-idempotent');
  });

  it('409 only for a transient lock', () => {
    const lock = toElbError({ status: 409, body: { faultstring: 'Load Balancer 1 is immutable and cannot be updated.' } }, { method: 'PUT' });
    const plain = toElbError({ status: 409, body: { error_msg: 'Data conflict.' } }, { method: 'PUT' });
    expect(isAutoRetryable(lock)).toBe(true);
    expect(isAutoRetryable(plain)).toBe('permanent-conflict');
  });
});

describe('planRetry', () => {
  const get503 = toElbError(503, { method: 'GET' });

  it('plans at most maxAttempts retries', () => {
    const policy = { random: at(0.5) };
    expect(planRetry(get503, 0, policy)).toEqual({ retry: true, delayMs: 500, reason: 'backoff' });
    expect(planRetry(get503, 1, policy)).toEqual({ retry: true, delayMs: 1000, reason: 'backoff' });
    expect(planRetry(get503, 2, policy)).toEqual({ retry: true, delayMs: 2000, reason: 'backoff' });
    expect(planRetry(get503, 3, policy)).toMatchObject({ retry: false, reason: 'attempts-exhausted' });
    expect(planRetry(get503, 4, { ...policy, maxAttempts: 5 })).toMatchObject({ retry: true });
  });

  it('honours Retry-After in both forms', () => {
    const seconds = toElbError({ status: 503, headers: { 'retry-after': '12' } }, { method: 'GET' });
    expect(planRetry(seconds, 0)).toEqual({ retry: true, delayMs: 12_000, reason: 'retry-after' });
    const now = Date.parse('2026-11-24T10:00:00Z');
    const date = toElbError({ status: 429, headers: { 'retry-after': 'Tue, 24 Nov 2026 10:00:20 GMT' } }, { method: 'POST' }, { now: () => now });
    expect(planRetry(date, 0)).toEqual({ retry: true, delayMs: 20_000, reason: 'retry-after' });
  });

  it('does not schedule beyond the Retry-After bound, and says until when', () => {
    const far = toElbError({ status: 503, headers: { 'retry-after': '3600' } }, { method: 'GET' });
    expect(planRetry(far, 0)).toEqual({ retry: false, reason: 'retry-after-too-long', retryAfterMs: 3_600_000 });
    expect(planRetry(far, 0, { maxRetryAfterMs: 4_000_000 })).toMatchObject({ retry: true, delayMs: 3_600_000 });
  });

  it('never hands a timer a huge Retry-After: beyond what a timer holds it is not waited for, whatever the bound', () => {
    // A timer fires a delay above 2^31-1 ms after about 1 ms; waiting the clamped 24.8 days would
    // retry long before the server's date, so such a wait is "too long" even with a huge bound.
    const huge = toElbError({ status: 503, headers: { 'retry-after': '99999999999' } }, { method: 'GET' });
    expect(planRetry(huge, 0, { maxRetryAfterMs: Number.MAX_VALUE })).toMatchObject({ retry: false, reason: 'retry-after-too-long' });
    const long = toElbError({ status: 503, headers: { 'retry-after': '2000000' } }, { method: 'GET' });
    expect(planRetry(long, 0, { maxRetryAfterMs: Infinity })).toMatchObject({ retry: true, delayMs: 2_000_000_000 });
    expect(2_000_000_000).toBeLessThanOrEqual(MAX_TIMER_DELAY_MS);
  });

  it('waits longer for a 409 lock (about 5 s first)', () => {
    const lock = toElbError({ status: 409, body: { NeutronError: { type: 'StateInvalid', message: 'Invalid state PENDING_UPDATE of loadbalancer resource 1', detail: '' } } }, { method: 'PUT' });
    const plan = planRetry(lock, 0, { random: at(0) });
    expect(plan).toEqual({ retry: true, delayMs: 5000, reason: 'lock' });
    const second = planRetry(lock, 1, { random: at(0) });
    expect(second.retry && second.delayMs).toBeGreaterThan(5000);
  });

  it('never retries a permanent conflict or a non-idempotent request on its own', () => {
    expect(planRetry(toElbError({ status: 409, body: { error_msg: 'The EIP already exists.' } }, { method: 'PUT' }), 0)).toMatchObject({ retry: false });
    expect(planRetry(toElbError(500, { method: 'POST' }), 0)).toMatchObject({ retry: false, reason: 'not-idempotent' });
  });

  it('accepts a function of (attempt, error)', () => {
    const seen: Array<[number, number | null]> = [];
    const policy = (attempt: number, error: { status: number | null }) => {
      seen.push([attempt, error.status]);
      return attempt < 1 ? 250 : false;
    };
    expect(planRetry(get503, 0, policy)).toEqual({ retry: true, delayMs: 250, reason: 'custom' });
    expect(planRetry(get503, 1, policy)).toMatchObject({ retry: false, reason: 'policy' });
    expect(seen).toEqual([[0, 503], [1, 503]]);
    expect(planRetry(get503, 0, () => { throw new Error('bad policy'); })).toMatchObject({ retry: false });
    // A function chooses the delay, within bounds: never below the floor (`() => 0` is no storm).
    expect(planRetry(get503, 0, () => -10)).toEqual({ retry: true, delayMs: MIN_RETRY_DELAY_MS, reason: 'custom' });
  });
});

describe('createRetryBudget', () => {
  it('lets a burst of failures retry only until the budget is spent, and refills on success', () => {
    const budget = createRetryBudget({ capacity: 20, retryCost: 5, timeoutCost: 10, successRefill: 1 });
    const e503 = toElbError(503, { method: 'GET' });
    const granted = Array.from({ length: 50 }, () => budget.acquire(e503)).filter(Boolean).length;
    expect(granted).toBe(4);
    expect(budget.acquire(e503)).toBe(false);
    budget.recordSuccess(e503);
    expect(budget.available).toBe(5);
    expect(budget.acquire(e503)).toBe(true);
    budget.recordSuccess();
    expect(budget.available).toBe(1);
    const timeout = toElbError(new DOMException('t', 'TimeoutError'));
    for (let i = 0; i < 30; i++) budget.recordSuccess(e503);
    expect(budget.available).toBe(20);
    expect(budget.acquire(timeout)).toBe(true);
    expect(budget.available).toBe(10);
  });

  it('refunds a paid retry that will not run by its kind, never above the capacity', () => {
    const budget = createRetryBudget({ capacity: 20, retryCost: 5, timeoutCost: 10, successRefill: 1 });
    const timeout = toElbError(new DOMException('t', 'TimeoutError'));
    expect(budget.acquire(timeout)).toBe(true);
    expect(budget.acquire(timeout)).toBe(true);
    expect(budget.available).toBe(0);
    budget.refund(timeout);
    expect(budget.available).toBe(10);
    budget.refund(timeout);
    budget.refund(timeout);
    expect(budget.available).toBe(20);
  });
});
