import fc from 'fast-check';
import { BannerStore, createRetryBudget, throwIfNotOk, type BannerGroup } from 'elb-status-ui/core';
import { manualClock } from './manualClock.js';

const RANK = { error: 0, warning: 1, info: 2, success: 3 } as const;

/** The order the page shows, computed from scratch: the most severe first, then the newest. */
function sortedFromScratch(groups: readonly BannerGroup[]): string[] {
  return [...groups]
    .map((g, i) => ({ g, i }))
    .sort((a, b) => RANK[a.g.severity] - RANK[b.g.severity] || b.g.time - a.g.time || a.i - b.i)
    .map(({ g }) => g.key);
}

const step = fc.oneof(
  // A failure: its status decides the severity (5xx error, 4xx warning, 409 a lock), its path the group.
  fc.record({ kind: fc.constant('report' as const), status: fc.constantFrom(500, 503, 404, 409, 429, 400), path: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ kind: fc.constant('dismiss' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('tick' as const) }),
);

describe('BannerStore: the order of the groups', () => {
  it('is, after every tick, the most severe first and then the newest, whatever was reported, dismissed or removed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 8 }), async (steps, maxGroups) => {
        let time = Date.parse('2026-12-07T10:00:00Z');
        const store = new BannerStore({ maxGroups, maxMembers: 3, now: () => time });
        const ids: string[] = [];
        const tick = async () => {
          await Promise.resolve();
          await Promise.resolve();
          const groups = store.getGroups();
          expect(groups.map((g) => g.key)).toEqual(sortedFromScratch(groups));
          expect(groups.length).toBeLessThanOrEqual(maxGroups);
          expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
        };
        for (const s of steps) {
          if (s.kind === 'report') {
            time += 1_000;
            ids.push(store.report({ status: s.status, body: { error_code: `ELB.${s.status}`, error_msg: 'x' } }, { context: { method: 'GET', url: `/v3/p/elb/pools/${s.path}` } }));
          } else if (s.kind === 'dismiss') {
            const groups = store.getGroups();
            if (groups.length) store.dismiss(groups[s.pick % groups.length]!.key);
          } else if (s.kind === 'remove') {
            if (ids.length) store.remove(ids[s.pick % ids.length]!);
          } else {
            await tick();
          }
        }
        await tick();
        store.dismissAll();
        await tick();
        expect(store.getGroups()).toEqual([]);
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});

describe('BannerStore: the context of a report', () => {
  it("completes an error thrown without one: the request's method and URL are listed", async () => {
    let thrown: unknown;
    try {
      await throwIfNotOk(new Response('{"error_code":"ELB.8906"}', { status: 503 }));
    } catch (error) {
      thrown = error;
    }
    const store = new BannerStore({});
    store.report(thrown, { context: { method: 'GET', url: '/v3/p/elb/listeners' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [group] = store.getGroups();
    expect(group!.members[0]!.error.method).toBe('GET');
    expect(group!.members[0]!.label).toContain('/v3/p/elb/listeners');
    store.dismissAll();
  });
});

describe('BannerStore: a retry that reports its own failure', () => {
  it('is the next attempt of its request even when it fails differently: at most the cap, and no refund', async () => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget();
    const store = new BannerStore({ clock });
    store.setRetryOptions({ autoRetry: true, budget });
    let runs = 0;
    const context = { method: 'GET', url: '/v3/p/elb/pools' };
    const retry = async () => {
      runs += 1;
      // The load function reused as the retry reports what it got: a 503 that is now a 502, and back.
      store.report(runs % 2 ? 502 : 503, { retry, context });
    };
    store.report(503, { retry, context });
    for (let i = 0; i < 40; i++) {
      advance(60_000);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(runs).toBe(3);
    expect(store.getGroups().flatMap((g) => g.members)).toHaveLength(1);
    store.dismissAll();
  });
});

describe('BannerStore: retries that report what they got, told apart', () => {
  it("a retry function shared by two requests does not give one request the other one's banner and attempts", async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock });
    store.setRetryOptions({ autoRetry: true, budget: createRetryBudget() });
    let calls = 0;
    const ids = { a: new Set<string>(), b: new Set<string>() };
    // One page reload that loads two lists, both failing.
    const reload = async () => {
      calls += 1;
      ids.b.add(store.report(500, { retry: reload, context: { method: 'GET', url: '/v3/p/elb/b' } }));
      ids.a.add(store.report(503, { retry: reload, context: { method: 'GET', url: '/v3/p/elb/a' } }));
    };
    const minutes = async (n: number) => {
      for (let i = 0; i < n; i++) {
        advance(60_000);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
    await reload();
    await minutes(30);
    expect([...ids.a].filter((id) => ids.b.has(id))).toEqual([]);
    for (const m of store.getGroups().flatMap((g) => g.members)) expect(m.error.url).toBe(m.label.split(' ')[1]);
    // Each report is a request of its own; the shared budget (no refund for a round that reported) ends it.
    const after30 = calls;
    await minutes(300);
    expect(calls).toBe(after30);
    store.dismissAll();
  });

  it('a retry without a URL that reports a new closure each time is held by the budget: no refund for such a round', async () => {
    const { clock, advance } = manualClock();
    const budget = createRetryBudget();
    const store = new BannerStore({ clock });
    store.setRetryOptions({ autoRetry: true, budget });
    let runs = 0;
    const load = async () => {
      runs += 1;
      store.report(runs % 2 ? 502 : 503, { retry: () => load(), context: { method: 'GET' } });
    };
    store.report(503, { retry: () => load(), context: { method: 'GET' } });
    for (let i = 0; i < 60; i++) {
      advance(60_000);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(runs).toBeLessThanOrEqual(10);
    store.dismissAll();
  });
});

describe('BannerStore: a known request reported again', () => {
  it('is the same request, whenever it comes: a shared reload with no budget stops at the cap', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock });
    store.setRetryOptions({ autoRetry: true });
    let calls = 0;
    const reload = async () => {
      calls += 1;
      store.report(500, { retry: reload, context: { method: 'GET', url: '/v3/p/elb/b' } });
      store.report(503, { retry: reload, context: { method: 'GET', url: '/v3/p/elb/a' } });
    };
    await reload();
    for (let i = 0; i < 300; i++) {
      advance(60_000);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    // The first load and 3 automatic attempts for each of the two requests.
    expect(calls).toBeLessThanOrEqual(1 + 2 * 3);
    expect(store.getGroups().map((g) => g.count)).toEqual([1, 1]);
    store.dismissAll();
  });
});
