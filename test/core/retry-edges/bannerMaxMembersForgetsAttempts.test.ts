import { BannerStore } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

// README, Retry safety: "at most 3 automatic attempts per failure"; "In banners, a request with a method and URL
// reported again is the same request (its attempts go on)"; "Outside any provider there is no shared budget (each
// failure is still held to its attempt cap)". DESIGN: BannerStore keeps at most maxMembers requests per group.
// A request dropped from a full group's list loses its attempt count: reported again, it starts at 0.
describe('banners: more failing requests of one failure than maxMembers, re-reported by a poller', () => {
  it('re-runs each request automatically at most 3 times', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock, maxMembers: 2 });
    store.setRetryOptions({ autoRetry: { random: () => 0.5 } });
    const runs = new Map<string, number>();
    const urls = ['/v3/p/elb/pools/a/members', '/v3/p/elb/pools/b/members', '/v3/p/elb/pools/c/members'];
    const report = (url: string) => {
      const context = { method: 'GET', url };
      store.report({ status: 503 }, {
        context,
        retry: () => {
          runs.set(url, (runs.get(url) ?? 0) + 1);
          return Promise.reject({ status: 503 });
        },
      });
    };
    // The page polls three pools every two minutes and reports each failure.
    for (let cycle = 0; cycle < 10; cycle++) {
      for (const url of urls) report(url);
      await flush();
      for (let i = 0; i < 4; i++) {
        advance(30_000);
        await flush();
      }
    }
    for (const url of urls) expect(runs.get(url) ?? 0, `automatic re-runs of GET ${url}`).toBeLessThanOrEqual(3);
  });

  it('counts three requests as three (the banner says how many requests failed)', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock, maxMembers: 2 });
    const urls = ['/v3/p/elb/pools/a/members', '/v3/p/elb/pools/b/members', '/v3/p/elb/pools/c/members'];
    for (let cycle = 0; cycle < 10; cycle++) {
      for (const url of urls) store.report({ status: 503 }, { context: { method: 'GET', url } });
      await flush();
      advance(120_000);
    }
    await flush();
    expect(store.getGroups()[0]!.count).toBe(3);
  });

  it('the same with groups: three failing requests with three ELB codes, maxGroups 2, each re-run at most 3 times', async () => {
    const { clock, advance } = manualClock();
    const store = new BannerStore({ clock, maxGroups: 2 });
    store.setRetryOptions({ autoRetry: { random: () => 0.5 } });
    const runs = new Map<string, number>();
    const failures = [
      ['/v3/p/elb/pools/a', 'ELB.1001'],
      ['/v3/p/elb/pools/b', 'ELB.1002'],
      ['/v3/p/elb/pools/c', 'ELB.1003'],
    ] as const;
    const failure = (code: string) => ({ status: 503, body: { error_code: code, error_msg: 'busy' } });
    for (let cycle = 0; cycle < 10; cycle++) {
      for (const [url, code] of failures) {
        store.report(failure(code), {
          context: { method: 'GET', url },
          retry: () => {
            runs.set(url, (runs.get(url) ?? 0) + 1);
            return Promise.reject(failure(code));
          },
        });
      }
      await flush();
      for (let i = 0; i < 4; i++) {
        advance(30_000);
        await flush();
      }
    }
    for (const [url] of failures) expect(runs.get(url) ?? 0, `automatic re-runs of GET ${url}`).toBeLessThanOrEqual(3);
  });
});
