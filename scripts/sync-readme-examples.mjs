#!/usr/bin/env node
// Copies each example file into the README block that names it (`<!-- example: examples/… -->`
// followed by a fenced block). test/docs/examples.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const next = readme.replace(/(<!-- example: (\S+) -->\n```\w*\n)[\s\S]*?```/g, (_block, head, path) => `${head}${readFileSync(join(root, path), 'utf8').replace(/\n*$/, '\n')}\`\`\``);
if (next !== readme) writeFileSync(readmePath, next);
console.log(next === readme ? 'README examples already in sync' : 'README examples updated');
