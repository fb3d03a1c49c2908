import { RetryController, toElbError } from 'elb-status-ui/core';
import { manualClock } from '../manualClock.js';

// README: `RetryController.preview(error)` gives what its plan will give for a failure it has not taken yet, so that
// the first render (and a server's) shows the same. Retries are planned by the method the latest `onRetry` would
// send (the context's): a POST 503 (a server-rendered ElbError, say) shown by a panel whose context is GET is
// previewed by GET too.
describe('RetryController.preview after a method change', () => {
  it('previews the plan the controller then makes', () => {
    const { clock } = manualClock();
    const url = '/v3/p/elb/loadbalancers';
    const c = new RetryController({ onRetry: () => Promise.resolve(), autoRetry: { random: () => 0.5 }, context: { method: 'GET', url } }, clock);
    c.attach();
    const error = toElbError({ status: 503 }, { method: 'POST', url });
    const preview = c.preview(error);
    c.capture(error);
    const s = c.getSnapshot();
    expect({ attempt: s.attempt, autoRetryStopped: s.autoRetryStopped, retryNotBefore: s.retryNotBefore }).toEqual(preview);
  });
});
