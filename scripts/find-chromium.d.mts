export declare const DEBIAN_CHROMIUM: string;
export declare const BASE_ARGS: string[];
export interface ChromiumLaunchOptions {
  executablePath: string;
  args: string[];
  env?: Record<string, string | undefined>;
}
export declare function findChromium(options?: { env?: Record<string, string | undefined> }): Promise<{
  source: 'CHROMIUM_PATH' | '/usr/bin/chromium' | 'playwright' | '@sparticuz/chromium';
  launchOptions: ChromiumLaunchOptions;
}>;
