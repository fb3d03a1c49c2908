import { render, screen } from '@testing-library/react';
import { ErrorPanel } from 'elb-status-ui';

// A value that carries the library's brand but none of its fields (a forgery, a broken copy).
const BRAND = Symbol.for('elb-status-ui.ElbError');

describe('a branded value without the fields', () => {
  it.each([
    ['the brand alone', { [BRAND]: true }],
    ['the brand and a status', { [BRAND]: true, status: 503 }],
    ['the brand and a forged token url', { [BRAND]: true, kind: 'http', status: 500, reason: 'x', descriptions: [], severity: 'error', retryable: true, url: '/x?token=SECRET', time: 0 }],
  ])('%s: ErrorPanel renders it like any other input, without throwing', (_label, value) => {
    render(<ErrorPanel error={value} />);
    expect(screen.getByRole('region')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('SECRET');
  });
});
