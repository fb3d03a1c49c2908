// @vitest-environment node
import { existsSync } from 'node:fs';
import { BASE_ARGS, DEBIAN_CHROMIUM, findChromium } from '../../scripts/find-chromium.mjs';

const bare = { PATH: process.env.PATH };

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, with the common flags', async () => {
    const found = await findChromium({ env: { ...bare, CHROMIUM_PATH: process.execPath } });
    expect(found.source).toBe('CHROMIUM_PATH');
    expect(found.launchOptions.executablePath).toBe(process.execPath);
    expect(found.launchOptions.args).toEqual(BASE_ARGS);
  });

  it('fails loudly when CHROMIUM_PATH names nothing, instead of running another browser', async () => {
    await expect(findChromium({ env: { ...bare, CHROMIUM_PATH: '/nowhere/chromium' } })).rejects.toThrow(/CHROMIUM_PATH is "\/nowhere\/chromium"/);
  });

  it('ignores an empty CHROMIUM_PATH', async () => {
    const found = await findChromium({ env: { ...bare, CHROMIUM_PATH: '  ' } });
    expect(found.source).not.toBe('CHROMIUM_PATH');
  });

  it("prefers Debian's Chromium when it is there", async () => {
    const found = await findChromium({ env: bare });
    if (existsSync(DEBIAN_CHROMIUM)) expect(found.source).toBe(DEBIAN_CHROMIUM);
    else expect(found.source).not.toBe(DEBIAN_CHROMIUM);
  });

  it('falls back to the Chromium inside @sparticuz/chromium with ELB_NO_SYSTEM_CHROMIUM (Linux)', async () => {
    const found = findChromium({ env: { ...bare, ELB_NO_SYSTEM_CHROMIUM: '1' } });
    if (process.platform !== 'linux') {
      await expect(found).rejects.toThrow(/No Chromium found/);
      return;
    }
    const { source, launchOptions } = await found;
    expect(source).toBe('@sparticuz/chromium');
    expect(existsSync(launchOptions.executablePath)).toBe(true);
    // Playwright chooses the headless mode; the pages keep a user's security rules.
    expect(launchOptions.args.filter((a) => /^--(headless|disable-web-security|allow-running-insecure-content)/.test(a))).toEqual([]);
    expect(launchOptions.args).toEqual(expect.arrayContaining(BASE_ARGS));
  }, 30_000);

  it('reads ELB_NO_SYSTEM_CHROMIUM=0 and =false as off', async () => {
    for (const off of ['0', 'false', '']) {
      const found = await findChromium({ env: { ...bare, CHROMIUM_PATH: process.execPath, ELB_NO_SYSTEM_CHROMIUM: off } });
      expect(found.source).toBe('CHROMIUM_PATH');
    }
    if (existsSync(DEBIAN_CHROMIUM)) {
      expect((await findChromium({ env: { ...bare, ELB_NO_SYSTEM_CHROMIUM: '0' } })).source).toBe(DEBIAN_CHROMIUM);
    }
  });
});
