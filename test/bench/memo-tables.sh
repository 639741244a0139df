#!/bin/bash
# What each memo table of the lifecycle layer is worth (docs/quality.md): the batch path over
# 20,000 generated contracts, with all tables, then with one disabled in a copy of the built
# package. Run after `npm run build`: `bash test/bench/memo-tables.sh`.
set -e
cd "$(dirname "$0")/../.."
file=$(mktemp --suffix=.ndjson)
asOf=$(npx tsx -e "
import { contracts, AS_OF } from './test/bench/contracts.ts';
import { writeFileSync } from 'node:fs';
writeFileSync('$file', [...contracts(20000)].map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(AS_OF);")
cp dist/index.js dist/variant-all.js
sed 's/var TEXT_LIMIT = 4e4;/var TEXT_LIMIT = 0;/' dist/index.js > dist/variant-no-texts.js
sed 's/var DATE_LIMIT = 4e4;/var DATE_LIMIT = 0;/' dist/index.js > dist/variant-no-dates.js
sed 's/var MONTH_LIMIT = 3600;/var MONTH_LIMIT = 0;/' dist/index.js > dist/variant-no-months.js
for v in all no-texts no-dates no-months; do
  echo "== $v — $(uptime | sed 's/.*load average/load average/')"
  node test/bench/batch-passes.mjs "$file" "$asOf" "dist/variant-$v.js"
done
rm -f dist/variant-*.js "$file"
