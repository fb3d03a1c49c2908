// The 'use client' boundary of the published package, module by module: only modules that use
// React at run time are client modules; the barrels and the core are not, so a Server Component
// or route handler can call core functions imported from the root entry.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import viteConfig from '../../vite.config';
import { clientDirectiveBanner, needsClientDirective } from '../../scripts/use-client.mjs';

const srcDir = join(__dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Does the module use React (or Radix) at run time? Type-only imports do not count; JSX does. */
function usesReactAtRuntime(path: string): boolean {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.tsx')) return true;
  return [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)].some(
    ([, typeOnly, spec]) => !typeOnly && /^(react|react-dom|@radix-ui)(\/|$)/.test(spec!),
  );
}

/** The file preserveModules emits for a source file, relative to dist/. */
const emitted = (path: string) => relative(srcDir, path).replace(/\\/g, '/').replace(/\.tsx?$/, '.js');

describe("'use client' directives of the emitted modules", () => {
  const files = sources(srcDir);

  it('every module that uses React at run time is a client module, and no other module is', () => {
    const wrong = files
      .map((path) => ({ file: emitted(path), client: needsClientDirective(emitted(path)), react: usesReactAtRuntime(path) }))
      .filter(({ client, react }) => client !== react);
    expect(wrong).toEqual([]);
    // The check above covers real modules on both sides.
    expect(files.filter((path) => needsClientDirective(emitted(path))).length).toBeGreaterThan(5);
  });

  it('the root entry and the React barrel are directive-free re-exports, so core functions from the root work on a server', () => {
    for (const barrel of ['index.ts', 'react/index.ts']) {
      expect(needsClientDirective(emitted(join(srcDir, barrel)))).toBe(false);
      const text = readFileSync(join(srcDir, barrel), 'utf8');
      expect(text).not.toMatch(/use client/);
      // Only re-exports: nothing that would run (and need React) in the barrel itself.
      const statements = text.split('\n').filter((line) => line.trim() && !/^\s*(\/\/|export\s|[}\w, ]+[,}]|\} from )/.test(line));
      expect(statements).toEqual([]);
    }
    for (const name of ['index.js', 'core.js', 'error-codes.js', 'core/toElbError.js', 'core/statusCodes.js', 'locales/de.js', 'catalogue/index.js']) {
      expect(clientDirectiveBanner({ fileName: name })).toBe('');
    }
    for (const name of ['react/status-badge/StatusBadge.js', 'react/provider/context.js', 'react/hooks/useElbError.js', 'react/error-panel/ErrorPanel.js']) {
      expect(clientDirectiveBanner({ fileName: name })).toBe("'use client';");
    }
  });

  it('the library build uses this rule as its banner', () => {
    const config = viteConfig as { build?: { rolldownOptions?: { output?: { banner?: unknown; preserveModules?: boolean } } } };
    const output = config.build?.rolldownOptions?.output;
    expect(output?.preserveModules).toBe(true);
    expect(output?.banner).toBe(clientDirectiveBanner);
  });
});
