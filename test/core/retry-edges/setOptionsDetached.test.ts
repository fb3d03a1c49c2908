import { RetryController } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

describe('automatic retry turned on while the controller is detached', () => {
  it('is planned once the controller is attached again', () => {
    const { clock, pending } = manualClock();
    const onRetry = vi.fn(async () => 'ok');
    const c = new RetryController({ onRetry, context: { method: 'GET' } }, clock);
    c.attach();
    c.sync({ status: 503 });
    expect(c.getSnapshot()).toMatchObject({ state: 'failed', autoRetryStopped: null });
    // Hidden (e.g. <Activity mode="hidden">: effects cleaned up), then shown again with autoRetry on:
    // the hook's effects run setOptions before attach.
    c.detach();
    c.setOptions({ onRetry, autoRetry: true, context: { method: 'GET' } });
    c.attach();
    expect(c.getSnapshot().state).toBe('waiting');
    expect(pending()).toBe(1);
  });
});
