#!/usr/bin/env bash
# Measures what the publish-ready outputs cost on a generated corpus: the search index's size (raw and gzipped; the
# budget is 1.5 MB raw for 10,000 articles) and the build's stage times ("model" includes related stories).
#
#   bench/publish-outputs.sh [N ...]        default N: 10000
#
# The corpus comes from bench/corpus.py (GEN_CORPUS overrides it) and is written outside the repository, under
# $BENCH_DIR (default ${TMPDIR:-/tmp}).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gen="${GEN_CORPUS:-$here/bench/corpus.py}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}}"
[ -f "$gen" ] || { echo "corpus generator not found at $gen; set GEN_CORPUS" >&2; exit 2; }
[ $# -gt 0 ] || set -- 10000

(cd "$here" && mvn -B -q -Dmaven.test.skip=true package)
for n in "$@"; do
  site="$work/broadsheet-bench-$n"
  if [ ! -d "$site/content" ]; then
    python3 "$gen" "$n" "$site/content" >/dev/null
  fi
  printf 'title: Bench %s\nbase_url: https://example.org/bench/\n' "$n" >"$site/broadsheet.yaml"
  rm -rf "$site/site"
  echo "== $n articles"
  java ${BROADSHEET_JAVA_OPTS:-} -jar "$here/target/broadsheet.jar" -c "$site/broadsheet.yaml" build --no-import
  index="$site/site/search-index.js"
  raw=$(wc -c <"$index")
  gz=$(gzip -9 -c "$index" | wc -c)
  echo "search-index.js: $raw bytes raw ($((raw / n)) per article), $gz gzipped"
  echo "feeds: $(find "$site/site" -name 'feed.*' | wc -l) files"
done
