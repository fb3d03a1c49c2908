import { afterEach, beforeEach, vi } from 'vitest';

// A story that logs an error or a warning fails its test (React warnings, bad props, act() misuse).
let logged: string[] = [];
beforeEach(() => {
  logged = [];
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  if (logged.length) throw new Error(`Unexpected console output:\n${logged.join('\n')}`);
});
