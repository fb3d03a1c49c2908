// The signature of an OpenStack Swift / Ceph RGW TempURL (a presigned object URL, `temp_url_sig`, HMAC-SHA1 = 40
// hex digits): whoever holds the URL can download (or, for a PUT URL, upload) the object until `temp_url_expires`.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ErrorPanel } from 'elb-status-ui';
import { createTranslator, formatErrorSummary, redactText, serializeElbError, toElbError } from 'elb-status-ui/core';

const SIG = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
const URL = `https://swift.example.com/v1/AUTH_0a1b2c3d4e5f/certificates/server.pem?temp_url_sig=${SIG}&temp_url_expires=2323479485`;

describe('a Swift TempURL signature in a request URL', () => {
  it('redactText hides temp_url_sig', () => {
    expect(redactText(URL)).not.toContain(SIG);
  });

  it('error.url, its serialised form and the copied summary do not hold the signature', () => {
    const error = toElbError({ status: 403, body: '' }, { method: 'GET', url: URL });
    expect(error.url).not.toContain(SIG);
    expect(JSON.stringify(serializeElbError(error))).not.toContain(SIG);
    expect(formatErrorSummary(error, createTranslator('en'))).not.toContain(SIG);
  });

  it('ErrorPanel neither shows it nor copies it', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    try {
      const { container } = render(<ErrorPanel error={{ status: 403, body: '' }} context={{ method: 'GET', url: URL }} defaultExpanded />);
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
      });
      expect(container.textContent).not.toContain(SIG);
      expect(writeText).toHaveBeenCalledTimes(1);
      expect(writeText.mock.calls[0]![0]).not.toContain(SIG);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });
});
