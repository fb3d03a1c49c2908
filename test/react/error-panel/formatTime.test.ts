import { formatTime } from '../../../src/react/error-panel/ErrorPanel.js';

describe('formatTime', () => {
  it("follows the machine's time zone when it changes, though formatters are reused", () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      expect(formatTime(0, 'en')).toBe('12:00:00 AM');
      process.env.TZ = 'Asia/Tokyo';
      expect(formatTime(0, 'en')).toBe('9:00:00 AM');
      expect(formatTime(0, 'de')).toBe('09:00:00');
      process.env.TZ = 'UTC';
      expect(formatTime(0, 'en')).toBe('12:00:00 AM');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('gives each locale and style its own formatter, and never throws for an odd tag', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'UTC';
    try {
      expect(formatTime(0, 'en', true)).toBe('Jan 1, 1970, 12:00:00 AM');
      expect(formatTime(0, 'en')).toBe('12:00:00 AM');
      for (const tag of ['', '__proto__', 'x'.repeat(10_000), 'not a tag!']) expect(() => formatTime(0, tag)).not.toThrow();
      for (let i = 0; i < 100; i++) formatTime(0, `en-${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
      expect(formatTime(0, 'en')).toBe('12:00:00 AM');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
