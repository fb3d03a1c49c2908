import { act, render, screen } from '@testing-library/react';
import { ElbUiProvider, ErrorPanel } from 'elb-status-ui';
import { liveRetryControllers } from '../../../src/core/retryController.js';

// The rule: "the number of retry controllers equals failures on screen"
// (the ownership test counts live controllers as "one per panel failure on screen").
describe('owning ErrorPanels with no failure to show', () => {
  it('hold no live retry controller while nothing is on screen', async () => {
    function Page({ errors }: { errors: unknown[] }) {
      return (
        <ElbUiProvider retryBudget={false}>
          {errors.map((e, i) => (
            <ErrorPanel key={i} error={e} onRetry={() => Promise.resolve()} autoRetry context={{ method: 'GET', url: `/v3/lbs/${i}` }} headingLevel={3} />
          ))}
        </ElbUiProvider>
      );
    }
    // A table of 50 rows, each with an owning panel; two rows failed.
    const errors: unknown[] = Array.from({ length: 50 }, (_, i) => (i < 2 ? { status: 503 } : null));
    const { unmount } = render(<Page errors={errors} />);
    await act(async () => undefined);
    expect(screen.queryAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(liveRetryControllers()).toBe(2);
    unmount();
  });
});
