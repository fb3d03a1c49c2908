#!/usr/bin/env bash
# Packs the package as npm would publish it and checks the tarball: its contents, publint --strict,
# and @arethetypeswrong/cli (types resolve for every entry in node16 and bundler resolution; ESM only).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.js ] || npm run build
out=$(mktemp -d)
tgz=$(npm pack --silent --pack-destination "$out" | tail -1)
tarball="$out/$tgz"
echo "packed $tgz ($(wc -c < "$tarball") bytes)"

# Only what users need: dist, README, LICENSE, CHANGELOG, package.json. (Listed once: grep -q on a
# pipe would end tar early and pipefail would report that as a failure.)
files=$(tar -tzf "$tarball" | sed 's#^package/##')
unexpected=$(grep -vE '^(dist/.*|README\.md|LICENSE|CHANGELOG\.md|package\.json)$' <<<"$files" || true)
if [ -n "$unexpected" ]; then
  echo "unexpected files in the tarball:" >&2
  echo "$unexpected" >&2
  exit 1
fi
for required in dist/index.js dist/index.d.ts dist/core.js dist/styles.css README.md LICENSE CHANGELOG.md; do
  grep -qx "$required" <<<"$files" || { echo "missing from the tarball: $required" >&2; exit 1; }
done
echo "tarball holds $(wc -l <<<"$files") files"

npx publint --strict "$tarball"
npx attw "$tarball" --profile esm-only --exclude-entrypoints ./styles.css --format table-flipped
