import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// msw 3 (used by the integration tests) calls Promise.withResolvers, which Node 20 lacks.
if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

// Radix measures with ResizeObserver, which jsdom lacks (real Chromium has it).
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Any console.error / console.warn a test did not expect fails it.
let unexpected: string[] = [];
beforeEach(() => {
  unexpected = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      unexpected.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});
/** Marks console output matching `pattern` as expected in the current test; returns how many matched. */
export function takeConsoleMessages(pattern: RegExp): number {
  const before = unexpected.length;
  unexpected = unexpected.filter((line) => !pattern.test(line));
  return before - unexpected.length;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  if (unexpected.length) throw new Error(`Unexpected console output:\n${unexpected.join('\n')}`);
});
