#!/usr/bin/env bash
# Runs the same unit and browser suites against React 18.3 (the suite itself runs on React 19 in
# npm test). Swaps react/react-dom in node_modules for the run and puts the locked versions back.
set -euo pipefail
cd "$(dirname "$0")/.."
restore() { npm install --no-save --no-audit --no-fund react@19.3.1 react-dom@19.3.1 >/dev/null 2>&1 || echo "warning: could not restore React 19; run npm ci" >&2; }
trap restore EXIT
npm install --no-save --no-audit --no-fund react@18.3.1 react-dom@18.3.1 >/dev/null
node -e "const v=require('react/package.json').version; if(!v.startsWith('18.')) { console.error('React 18 not installed: '+v); process.exit(1) } console.log('React '+v)"
npx vitest run --project unit --project browser
