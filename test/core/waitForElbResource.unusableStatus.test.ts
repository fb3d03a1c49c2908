import { waitForElbResource, type ElbError, type WaitResult } from 'elb-status-ui/core';

const T0 = Date.parse('2026-11-24T10:00:00Z');
beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function start<T>(read: (signal: AbortSignal) => Promise<T>, options: Parameters<typeof waitForElbResource<T>>[1] = {}) {
  const out: { result?: WaitResult<T>; error?: ElbError; settled: boolean } = { settled: false };
  waitForElbResource(read, { random: () => 0.5, visibility: null, ...options }).then(
    (r) => Object.assign(out, { result: r, settled: true }),
    (e: ElbError) => Object.assign(out, { error: e, settled: true }),
  );
  return out;
}

// README: polls `read` "until `provisioning_status` (of the body or of its one object) is `ACTIVE`"; only
// "a resource without a status field (ELB v3 listeners and pools) counts as settled once it can be read".
// A status that is there but is not usable text (a number, an object, a list, only padding, an async getter's
// promise) says nothing about the resource: it is polled like an unknown value until the deadline, whose
// error says so.
describe('waitForElbResource: a status that is there but not usable text is not success', () => {
  it.each([
    ['a number', 42],
    ['an object', { value: 'PENDING_UPDATE' }],
    ['a list', ['PENDING_UPDATE']],
    ['a boolean', false],
    ['PENDING_UPDATE after 9000 spaces (more padding than is skipped)', `${' '.repeat(9000)}PENDING_UPDATE`],
  ])('provisioning_status as %s keeps polling (never resolves as ACTIVE)', async (_, value) => {
    const read = vi.fn(async () => ({ loadbalancer: { id: 'lb-1', provisioning_status: value } }));
    const out = start(read, { timeoutMs: 5000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(out.result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(6000);
    expect(out.result).toBeUndefined();
    expect(read.mock.calls.length).toBeGreaterThan(1);
    expect(out.error).toMatchObject({ kind: 'timeout' });
    expect(out.error?.message).toMatch(/last status: not a usable value/);
  });

  it('an async status getter (returns a Promise) is not taken as "settled"', async () => {
    const read = vi.fn(async () => ({ id: 'job-1', status: 'RUNNING' }));
    const out = start(read, { timeoutMs: 5000, status: (async (job: { status: string }) => job.status) as unknown as (r: unknown) => unknown });
    await vi.advanceTimersByTimeAsync(0);
    expect(out.result).toBeUndefined();
  });

  it.each([
    ['no status field', { listener: { id: 'l-1', name: 'http-80' } }],
    ['a null status', { listener: { id: 'l-1', provisioning_status: null } }],
  ])('%s still counts as settled once read', async (_, body) => {
    const out = start(async () => body);
    await vi.advanceTimersByTimeAsync(0);
    expect(out.result).toEqual({ resource: body, status: null, polls: 1 });
  });
});
