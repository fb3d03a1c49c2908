// Every code sample of the README and the Storybook guides is a whole file under examples/, so that
// `npm run typecheck:examples` (strict, exactOptionalPropertyTypes) and the example apps' builds
// check exactly what readers copy.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(join(root, path)).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

describe('documentation code lives in examples/', () => {
  it('each TypeScript block of the README is preceded by its file and equals it whole', () => {
    const readme = read('README.md');
    const blocks = [...readme.matchAll(/(?:<!-- example: (\S+) -->\n)?```(\w*)\n([\s\S]*?)```/g)];
    const code = blocks.filter(([, , lang]) => /^(tsx?|jsx?|typescript)$/.test(lang!));
    expect(code.length).toBeGreaterThanOrEqual(5);
    for (const [, path, , text] of code) {
      expect(path, `a README block without its file:\n${text!.slice(0, 200)}`).toBeTruthy();
      expect(path!.startsWith('examples/')).toBe(true);
      expect(text, path).toBe(read(path!).replace(/\n*$/, '\n'));
    }
    // Every block is code in a known language (no untyped ``` blocks that could hide TypeScript).
    for (const [, , lang] of blocks) expect(['sh', 'tsx', 'ts']).toContain(lang);
  });

  it('the Storybook guides show example files (imported ?raw), not inline code', () => {
    const guides = files('stories', /\.mdx$/);
    expect(guides.length).toBeGreaterThan(0);
    for (const guide of guides) {
      const text = read(guide);
      expect(text, guide).not.toMatch(/```(tsx?|jsx?|typescript)?\n/);
      for (const [, path] of text.matchAll(/from '([^']+)\?raw'/g)) {
        const file = relative(root, join(root, guide, '..', path!));
        expect(file.startsWith('examples/'), file).toBe(true);
        expect(existsSync(join(root, file)), file).toBe(true);
      }
    }
  });

  it('every example file is covered by examples/tsconfig.json (strict, exactOptionalPropertyTypes)', () => {
    const config = JSON.parse(read('examples/tsconfig.json').replace(/^\s*\/\/.*$/gm, '')) as { compilerOptions: Record<string, unknown>; include: string[] };
    expect(config.compilerOptions).toMatchObject({ strict: true, exactOptionalPropertyTypes: true });
    for (const file of files('examples', /\.tsx?$/).filter((f) => !/\.d\.ts$|vite\.config\.ts$/.test(f))) {
      expect(config.include.some((dir) => file.startsWith(`examples/${dir}/`)), file).toBe(true);
    }
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['typecheck:examples']).toContain('examples/tsconfig.json');
    expect(scripts.typecheck).toContain('typecheck:examples');
  });
});
