#!/usr/bin/env bash
# Proof in real apps: packs the package as npm would publish it, installs the tarball into
# examples/next-app (Next.js App Router) and examples/vite-app (Vite + React), builds both
# (`next build`, `tsc && vite build`, each type-checking with strict and exactOptionalPropertyTypes),
# then serves the built Next app on a loopback port and checks the page in Chromium
# (scripts/check-next-page.mjs). Fails when the 'use client' boundary or the ElbError's
# plain-data form regresses: the Server Component page calls core functions from the root entry
# and hands the panel an ElbError made on the server. SKIP_BUILD=1 reuses an existing dist/.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$(date +%s)
export NEXT_TELEMETRY_DISABLED=1
trap 'echo "::error:: check-examples failed at line $LINENO: $BASH_COMMAND" >&2' ERR

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f dist/index.js ]; then npm run build; fi
node scripts/check-directives.mjs
out=$(mktemp -d)
tarball="$out/$(npm pack --silent --pack-destination "$out" | tail -1)"
echo "packed $(basename "$tarball")"

# The apps' lock files pin everything but the library, which comes from the tarball (not saved).
install_app() {
  (cd "examples/$1" && npm ci --no-audit --no-fund --loglevel=error && npm install --no-save --no-audit --no-fund --loglevel=error "$tarball")
}

echo "==> examples/vite-app: vite build"
install_app vite-app
(cd examples/vite-app && rm -rf dist && npm run build --silent)
# The badge tooltip (Radix) is a chunk of its own, not part of the page's entry.
entry=$(grep -oE 'assets/index-[^"]+\.js' examples/vite-app/dist/index.html | head -1)
if grep -q 'TooltipContent' "examples/vite-app/dist/$entry"; then echo "vite-app: the tooltip code is in the entry chunk" >&2; exit 1; fi
grep -lq 'TooltipContent' examples/vite-app/dist/assets/*.js || { echo "vite-app: no tooltip chunk" >&2; exit 1; }
echo "vite-app built: $(ls examples/vite-app/dist/assets/*.js | wc -l) JS chunks, the tooltip split off"

echo "==> examples/next-app: next build"
install_app next-app
(cd examples/next-app && rm -rf .next && node node_modules/next/dist/bin/next build)

echo "==> examples/next-app: next start + Chromium"
port=$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
log="$out/next-start.log"
(cd examples/next-app && exec node node_modules/next/dist/bin/next start -p "$port" -H 127.0.0.1) >"$log" 2>&1 &
server=$!
stop_server() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap stop_server EXIT
for _ in $(seq 1 60); do
  if node -e "fetch('http://127.0.0.1:$port/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; echo "next start exited" >&2; exit 1; }
  sleep 1
done
node scripts/check-next-page.mjs "http://127.0.0.1:$port"
stop_server
rm -rf "$out"
echo "examples checked in $(( $(date +%s) - started )) s"
