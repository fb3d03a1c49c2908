// Writes (with --local) or checks the API reports in api/*.api.md, one per package entry point.
// Run after `tsc -p tsconfig.build.json` (the reports are read from dist/*.d.ts).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const local = process.argv.includes('--local');
const configs = readdirSync('api-extractor')
  .filter((name) => name.endsWith('.json') && name !== 'base.json')
  .sort();
const failed = [];
for (const config of configs) {
  const args = ['run', '-c', `api-extractor/${config}`, ...(local ? ['--local'] : [])];
  const run = spawnSync('npx', ['--no-install', 'api-extractor', ...args], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(config);
}
if (failed.length) {
  console.error(`\nThe public API differs from the committed report (${failed.join(', ')}).`);
  console.error('If the change is intended: run `npm run api`, review the diff of api/*.api.md, document');
  console.error('the names in README.md (and CHANGELOG.md for removals), and commit the reports.');
  process.exit(1);
}
