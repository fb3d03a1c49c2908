#!/usr/bin/env node
// Imports the built package by its published names in plain Node (no DOM) and fails when
// `elb-status-ui/core` pulls React into its module graph. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Walk the static import graph of an emitted ESM file.
function graph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) graph(resolve(dirname(file), spec), seen);
    else seen.add(`bare:${spec}`);
  }
  return seen;
}

const coreFile = join(root, pkg.exports['./core'].default);
const bare = [...graph(coreFile)].filter((s) => s.startsWith('bare:'));
if (bare.length) {
  console.error(`elb-status-ui/core imports packages: ${bare.join(', ')}`);
  process.exit(1);
}

const core = await import(coreFile);
const error = core.toElbError({ status: 503, body: '{"error_code":"ELB.8906","error_msg":"Internal server error."}', headers: { 'retry-after': '5' } });
if (error.status !== 503 || error.code !== 'ELB.8906' || error.retryAfterMs !== 5000 || core.getStatusInfo(500).reason !== 'Internal IaaS OpenStack network error.') {
  console.error('elb-status-ui/core gave a wrong answer in plain Node', error);
  process.exit(1);
}
const catalogue = await import(join(root, pkg.exports['./error-codes'].default));
if (catalogue.getErrorCodeInfo('ELB.1002')?.category !== 'not-found') {
  console.error('elb-status-ui/error-codes gave a wrong answer in plain Node');
  process.exit(1);
}
if (typeof globalThis.document !== 'undefined') throw new Error('unexpected DOM');
console.log(`core ok in plain Node ${process.version}: no packages in its import graph; ${core.ELB_STATUS_CODES.length} status codes`);
