#!/usr/bin/env node
// Checks the built package's 'use client' boundary module by module (run after `npm run build`):
// every emitted module under react/ except the barrel starts with the directive; the root entry,
// the React barrel, the core, the catalogue and the locales do not; a module without the directive
// imports nothing from React; and the badge tooltip stays a chunk of its own (loaded by import()).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsClientDirective } from './use-client.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const files = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.js') ? [join(dir, n)] : []));

const problems = [];
let clients = 0;
for (const path of files(dist)) {
  const name = relative(dist, path).replace(/\\/g, '/');
  const text = readFileSync(path, 'utf8');
  const directive = /^\s*['"]use client['"];?/.test(text);
  const usesReact = /(?:^|\n)\s*import\s+(?!type\b)[^'"]*?from\s*['"](react|react-dom|@radix-ui)(\/[^'"]*)?['"]/.test(text);
  if (directive) clients++;
  if (directive !== needsClientDirective(name)) problems.push(`${name}: ${directive ? 'has' : 'lacks'} 'use client'`);
  if (usesReact && !directive) problems.push(`${name}: imports React but is not a client module`);
}
const badge = readFileSync(join(dist, 'react/status-badge/StatusBadge.js'), 'utf8');
if (!/import\(\s*['"]\.\/BadgeTooltip\.js['"]\s*\)/.test(badge)) problems.push('StatusBadge.js: the tooltip is no longer loaded with import()');
if (clients < 5) problems.push(`only ${clients} client modules`);
if (problems.length) {
  console.error(`'use client' boundary of dist/ is wrong:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`'use client' boundary ok: ${clients} client modules, the barrels and the core directive-free`);
