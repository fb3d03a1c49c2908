import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ELB_STATUS_CODES, ErrorPanel, toElbError } from '../../src/index.js';
import { BODY_SHAPES } from '../fixtures.js';
import { textPattern, textsFor } from '../texts.js';

const meta = {
  title: 'Components/ErrorPanel',
  component: ErrorPanel,
  args: {
    error: toElbError(
      { status: 503, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.', request_id: '6c1f0b8e2a7d4f39' }, headers: {} },
      { method: 'GET', url: 'https://elb.eu-de.otc.example/v3/0c5f/elb/loadbalancers?limit=50&X-Auth-Token=MIIZ' },
    ),
    onRetry: fn(),
    onDismiss: fn(),
  },
  parameters: {
    docs: {
      description: {
        component:
          'The failed-request banner. Give it whatever was thrown (`error={e}`, with `onRetry` / `autoRetry`: the panel then owns one `useElbError`) ' +
          'or spread a `useElbError` result (`<ErrorPanel {...elb} />`: the hook owns the failure, the panel only renders it; adding `onRetry` there is a type error). ' +
          'A failure is identified by what it is, so a fresh error object each render is the same failure and keeps its attempt count. ' +
          'It shows a human title and explanation per status and per ELB error category, the server\'s message as text, the ELB code with a hint, ' +
          'the request id with a copy button (a plain-text summary without tokens), expandable details, Retry only when retrying can help, ' +
          'the retrying state, the automatic-retry countdown and the attempt count. Errors are announced with `role="alert"`, warnings with `role="status"`; ' +
          'focus moves only with `autoFocus`.',
      },
    },
  },
} satisfies Meta<typeof ErrorPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ServiceUnavailable: Story = {
  args: { onRetry: fn(() => Promise.reject(toElbError(503, { method: 'GET' }))) },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await expect(await canvas.findByRole('heading')).toHaveTextContent(t('title.503'));
    await expect(canvas.getByText('6c1f0b8e2a7d4f39')).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent('MIIZ');
    await userEvent.click(canvas.getByText(t('ui.details'), { selector: 'summary' }));
    await expect(canvas.getByText('X-Auth-Token=[redacted]', { exact: false })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('ui.retry') }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(canvas.getByRole('region')).toHaveAttribute('data-state', 'failed'));
    await userEvent.click(canvas.getByRole('button', { name: t('ui.dismiss') }));
    await expect(args.onDismiss).toHaveBeenCalled();
  },
};

/** One panel per documented error status. */
export const EveryErrorStatus: Story = {
  args: { onDismiss: undefined },
  render: (args) => (
    <div className="sb-stack">
      {ELB_STATUS_CODES.filter((s) => s.status >= 400).map((s) => (
        <ErrorPanel key={s.status} error={s.status} onRetry={args.onRetry} headingLevel={3} politeness="off" />
      ))}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findAllByRole('heading')).toHaveLength(14);
    // Retry only where it helps: 408, 409, 500, 502, 503, 504.
    await expect(canvas.getAllByRole('button', { name: textsFor(globals)('ui.retry') })).toHaveLength(6);
  },
};

/** Every body shape the ELB API and the gateways in front of it send. */
export const EveryBodyShape: Story = {
  args: { onDismiss: undefined },
  render: (args) => (
    <div className="sb-stack">
      {BODY_SHAPES.map(({ name, error }) => (
        <section key={name} aria-label={name}>
          <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{name}</p>
          <ErrorPanel error={error} onRetry={args.onRetry} headingLevel={3} politeness="off" />
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await expect(within(await canvas.findByRole('region', { name: 'flat (dedicated ELB v3)' })).getAllByText('ELB.0002')[0]).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'neutron (shared v2.0)' })).toHaveTextContent('PENDING_UPDATE');
    await expect(canvas.getByRole('region', { name: 'octavia (WSME)' })).toHaveTextContent(t('title.409.locked'));
    const html = canvas.getByRole('region', { name: 'HTML from nginx (502)' }).querySelector('.elb-panel')!;
    await expect(html).not.toHaveTextContent('nginx');
    await expect(html).toHaveTextContent(t('title.502'));
    await expect(canvas.getByRole('region', { name: 'truncated JSON' })).toHaveTextContent('ELB.1031');
  },
};

export const NetworkFailure: Story = {
  args: { error: new TypeError('Failed to fetch') },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await expect(await canvas.findByRole('heading')).toHaveTextContent(t('title.network'));
    await expect(canvas.getByRole('button', { name: t('ui.retry') })).toBeVisible();
  },
};

export const Timeout: Story = {
  args: { error: new DOMException('signal timed out', 'TimeoutError') },
  play: async ({ canvasElement, globals }) => {
    await expect(await within(canvasElement).findByRole('heading')).toHaveTextContent(textsFor(globals)('title.timeout'));
  },
};

export const NotRetryable: Story = {
  args: { error: toElbError({ status: 404, body: { error_code: 'ELB.1002', error_msg: 'The load balancer is not found.' } }) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await expect(await canvas.findByText(t('hint.not-found'), { exact: false })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('ui.retry') })).toBeNull();
  },
};

export const Retrying: Story = {
  args: { onRetry: fn(() => new Promise(() => undefined)) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    const button = await canvas.findByRole('button', { name: t('ui.retry') });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
    await expect(button).toHaveTextContent(t('ui.retrying'));
  },
};

export const Countdown: Story = {
  args: {
    error: toElbError({ status: 409, body: { faultstring: 'Load Balancer 3b1a is immutable and cannot be updated.' } }, { method: 'PUT' }),
    autoRetry: { lockDelayMs: 60_000 },
    context: { method: 'PUT' },
    onRetry: fn(),
  },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    const countdown = textPattern(t('ui.retryCountdown', { seconds: '\0' }));
    // The countdown appears once the panel's effect has scheduled the retry: wait for it.
    await expect(await canvas.findByText(countdown)).toBeVisible();
    await expect(await canvas.findByText(t('ui.attempt', { attempt: 1, max: 3 }))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('ui.cancelRetry') }));
    await waitFor(() => expect(canvas.queryByText(countdown)).toBeNull());
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

export const AttemptsExhausted: Story = {
  args: {
    error: toElbError(503, { method: 'GET' }),
    onRetry: fn(() => Promise.reject(toElbError(503, { method: 'GET' }))),
    autoRetry: { baseDelayMs: 10, maxAttempts: 2 },
    context: { method: 'GET' },
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await waitFor(() => expect(canvas.getByText(t('ui.attemptsExhausted', { max: 2 }))).toBeVisible(), { timeout: 3000 });
    await expect(canvas.getByText(t('ui.attempt', { attempt: 2, max: 2 }))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('ui.retry') })).toBeVisible();
  },
};

export const LongServerMessage: Story = {
  args: {
    error: toElbError({
      status: 400,
      body: {
        error_code: 'ELB.9805',
        error_msg: `RequestBody rule[value]'s length is 4096, greater than 128. <script>alert("x")</script> ${'very-long-token-without-spaces-'.repeat(60)}`,
      },
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading')).toHaveTextContent(textsFor(globals)('title.400'));
    await expect(canvasElement.querySelector('script')).toBeNull();
    const quote = canvasElement.querySelector('q')!;
    await expect(quote.textContent!.length).toBeLessThanOrEqual(1000);
    await expect(quote.getBoundingClientRect().width).toBeLessThanOrEqual(canvasElement.getBoundingClientRect().width);
  },
};

export const RightToLeft: Story = {
  decorators: [(Story) => <div dir="rtl"><Story /></div>],
  play: async ({ canvasElement }) => {
    const panel = await within(canvasElement).findByRole('region');
    await expect(getComputedStyle(panel).borderRightWidth).toBe('4px');
  },
};

/** The server asks for two days: not waited for automatically; the panel names the date to try again after. */
export const RetryAfterDays: Story = {
  args: {
    error: { status: 503, headers: { 'Retry-After': String(2 * 24 * 3600) } },
    autoRetry: true,
    context: { method: 'GET' },
    onRetry: fn(),
  },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    // The line appears once the panel's effect has read the Retry-After: wait for it.
    const line = await canvas.findByText(textPattern(t('ui.retryLater', { time: '\0' }), 'text'));
    await expect(line).toBeVisible();
    // A wait of a day or more names the date (the year appears), not only the time.
    await expect(line.textContent).toMatch(/\d{4}/);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** A Retry-After past the largest date, and a copied error whose time is 1e300: the panel still renders. */
export const TimesOutOfRange: Story = {
  args: { onRetry: fn() },
  render: (args) => {
    // A copy of an error (as a state library or a worker would make) whose time is far past the largest date.
    const original = toElbError(503, { method: 'GET' });
    const copy = Object.assign(Object.create(Object.getPrototypeOf(original) as object) as object, original, { time: 1e300 });
    return (
      <div className="sb-stack">
        <ErrorPanel
          error={{ status: 503, headers: { 'Retry-After': '9999999999999' } }}
          autoRetry
          context={{ method: 'GET' }}
          onRetry={args.onRetry}
          defaultExpanded
        />
        <ErrorPanel error={copy} defaultExpanded headingLevel={3} politeness="off" />
      </div>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    const headings = await canvas.findAllByRole('heading');
    await expect(headings).toHaveLength(2);
    for (const heading of headings) await expect(heading).toHaveTextContent(t('title.503'));
    await expect(await canvas.findByText(textPattern(t('ui.retryLater', { time: '\0' }), 'text'))).toBeVisible();
    // Both render their details, open.
    await expect(canvasElement.querySelectorAll('details[open]')).toHaveLength(2);
  },
};

/** A parent that re-renders every 50 ms with a fresh `error={{ status: 503 }}`: one failure, at most 3 automatic attempts. */
function FreshLiteralParent({ onRetry }: { onRetry: () => Promise<never> }) {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), 50);
    return () => clearInterval(id);
  }, []);
  return <ErrorPanel error={{ status: 503 }} onRetry={onRetry} autoRetry={{ baseDelayMs: 20 }} context={{ method: 'GET' }} />;
}

export const SameFailureFreshObjects: Story = {
  args: { onRetry: fn(() => Promise.reject(toElbError(503, { method: 'GET' }))) },
  render: (args) => <FreshLiteralParent onRetry={args.onRetry as () => Promise<never>} />,
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await waitFor(() => expect(canvas.getByText(t('ui.attemptsExhausted', { max: 3 }))).toBeVisible(), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 400));
    await expect(args.onRetry).toHaveBeenCalledTimes(3);
  },
};
