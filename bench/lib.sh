# Shared by the bench scripts: build the jar, generate corpora, time whole commands.
# shellcheck shell=bash
BENCH_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_HOME/.." && pwd)
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/broadsheet-bench}
RUNS=${RUNS:-5}
JAR=$BENCH_DIR/broadsheet.jar
mkdir -p "$BENCH_DIR"

# builds the jar and copies it into the work area: edits to the checkout during a long run cannot disturb it
build_jar() {
  (cd "$REPO" && mvn -B -q -Dmaven.test.skip=true package >/dev/null 2>&1) || { echo "building the jar failed" >&2; exit 1; }
  cp "$REPO/target/broadsheet.jar" "$JAR"
  rm -f "${JAR%.jar}.jsa"
}


# corpus N -> prints the folder of a generated N-article corpus (made once, deterministic)
corpus() {
  local dir=$BENCH_DIR/corpus-$1
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"
    python3 "$BENCH_HOME/corpus.py" "$1" "$dir" >/dev/null
    touch "$dir/.done"
  fi
  echo "$dir"
}

# broadsheet_site N -> prints the folder of a Broadsheet site over corpus N (default theme, UTC)
broadsheet_site() {
  local site=$BENCH_DIR/broadsheet-$1
  if [ ! -f "$site/.done" ]; then
    rm -rf "$site"
    mkdir -p "$site"
    cp -r "$(corpus "$1")" "$site/content"
    rm -f "$site/content/.done"
    printf 'title: News Digest\nbase_url: https://example.org/\ntimezone: UTC\npage_size: 20\n' > "$site/broadsheet.yaml"
    touch "$site/.done"
  fi
  echo "$site"
}

# timed LABEL PREPARE_CMD CMD... : 1 warm-up + RUNS runs; PREPARE_CMD runs untimed before each run.
# Prints each run and "LABEL median: WALL s, peak RSS: MiB"; sets TIMED_WALL and TIMED_RSS_MB.
timed() {
  local label=$1 prepare=$2; shift 2
  local out walls=() rss=() i
  out=$(mktemp)
  for i in $(seq 0 "$RUNS"); do
    eval "$prepare"
    sync
    /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>&1 || { echo "$label: run $i failed: $*" >&2; cat "$out" >&2; }
    read -r w m < <(tail -n 1 "$out")
    if [ "$i" -gt 0 ]; then walls+=("$w"); rss+=("$m"); fi
  done
  rm -f "$out"
  TIMED_WALL=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  TIMED_RSS_MB=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END{printf "%.0f", a[int((NR+1)/2)]/1024}')
  printf '%-28s median %6.2f s   peak RSS %5s MiB   (runs: %s)\n' "$label" "$TIMED_WALL" "$TIMED_RSS_MB" "${walls[*]}"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }
