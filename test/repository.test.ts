// @vitest-environment node
// The repository speaks to users: no test ids in the shipped markup, no work-log vocabulary in any file.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter(Boolean);
const read = (path: string) => {
  try {
    return readFileSync(`${root}/${path}`, 'utf8');
  } catch {
    return ''; // deleted in the work tree
  }
};

describe('repository', () => {
  it('ships no data-testid in src/', () => {
    const offenders = tracked.filter((p) => p.startsWith('src/') && /data-testid/i.test(read(p)));
    expect(offenders).toEqual([]);
  });

  it('names no work sessions or issue numbers outside package-lock.json', () => {
    const offenders = tracked.filter((p) => p !== 'package-lock.json' && /\.(md|mdx|ts|tsx|mjs|js|json|css|sh|py|html)$|^\.ci\//.test(p) && /session [0-9]|issue [0-9]/i.test(read(p)));
    expect(offenders).toEqual([]);
  });
});
