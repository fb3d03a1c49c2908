import { RetryController } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('the policy lowers its cap while a retry is scheduled', () => {
  it('does not run more automatic attempts than the policy in force allows', async () => {
    const { clock, advance } = manualClock();
    const onRetry = vi.fn(() => Promise.reject({ status: 503 }));
    const base = { onRetry, context: { method: 'GET', url: '/v3/lbs' } };
    const c = new RetryController({ ...base, autoRetry: { maxAttempts: 5, random: () => 0.5 } }, clock);
    c.attach();
    c.capture({ status: 503 });
    advance(30_000);
    await settle();
    expect(c.getSnapshot()).toMatchObject({ state: 'waiting', attempt: 1 });
    c.setOptions({ ...base, autoRetry: { maxAttempts: 1, random: () => 0.5 } });
    for (let i = 0; i < 10; i++) {
      advance(30_000);
      await settle();
    }
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
