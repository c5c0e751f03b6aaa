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

# ensure_hugo: installs Hugo with apt-get when it is missing
ensure_hugo() {
  command -v hugo >/dev/null && return 0
  echo "installing hugo..." >&2
  apt-get install -y hugo >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hugo >/dev/null; }
}

# hugo_site N -> prints the folder of the Hugo site over corpus N (bench/hugo-site's theme, laid out by prep-hugo.py)
hugo_site() {
  local site=$BENCH_DIR/hugo-$1
  [ -d "$site/content/posts" ] || python3 "$BENCH_HOME/prep-hugo.py" "$(corpus "$1")" "$site" >&2
  echo "$site"
}

# set_aside PATH... : moves earlier outputs out of the way instead of deleting them, so that a clean build is timed
# on a file system with no freshly freed inodes. On ext4 without a journal (these benchmark machines) the allocator
# steps over every inode freed in the last five minutes, reading each one, for every file it creates: a build made
# right after `rm -rf` of the last one spent up to four times its usual system time on that (bench/README.md). The
# set-aside outputs are deleted when the script ends, after the last timed run, and a script started within five
# minutes of that waits out the rest of them first.
TRASH=$BENCH_DIR/.trash
DELETED_AT=$BENCH_DIR/.trash-deleted-at
set_aside() {
  local p
  mkdir -p "$TRASH"
  for p in "$@"; do
    if [ -e "$p" ]; then mv "$p" "$(mktemp -d "$TRASH/XXXXXX")/"; fi
  done
}
empty_trash() {
  if [ -d "$TRASH" ]; then
    rm -rf "$TRASH"
    date +%s > "$DELETED_AT"
  fi
}
wait_for_freed_inodes() {
  local left
  empty_trash # left over by a run that was killed
  [ -f "$DELETED_AT" ] || return 0
  left=$(( $(cat "$DELETED_AT") + 300 - $(date +%s) ))
  if [ "$left" -gt 0 ]; then
    echo "waiting ${left} s: the last bench's outputs were deleted less than five minutes ago (see bench/README.md)" >&2
    sleep "$left"
  fi
}
wait_for_freed_inodes
trap empty_trash EXIT

# median NUMBER... : prints the median (the lower middle one of an even count); mib KB: prints KB in whole MiB
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
mib() { awk -v k="$1" 'BEGIN{printf "%.0f", k/1024}'; }

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
  TIMED_WALL=$(median "${walls[@]}")
  TIMED_RSS_MB=$(mib "$(median "${rss[@]}")")
  printf '%-28s median %6.2f s   peak RSS %5s MiB   (runs: %s)\n' "$label" "$TIMED_WALL" "$TIMED_RSS_MB" "${walls[*]}"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }

# timed_pair LABEL_A PREPARE_A COMMAND_A LABEL_B PREPARE_B COMMAND_B (commands as strings): one warm-up of each, then
# RUNS rounds of one run each, A first in odd rounds and B first in even ones, so the machine's drift during the run
# hits both alike. Prints each one's median wall time and peak RSS and the median of the rounds' wall-time ratios
# A/B; sets PAIR_WALL_A, PAIR_WALL_B, PAIR_RSS_A_MB, PAIR_RSS_B_MB and PAIR_RATIO.
timed_pair() {
  local la=$1 pa=$2 ca=$3 lb=$4 pb=$5 cb=$6
  local out wa=() wb=() ra=() rb=() ratios=() i
  out=$(mktemp)
  # one PREPARE COMMAND: prints "WALL RSS_KB" of one run
  one() {
    eval "$1"
    sync
    /usr/bin/time -f "%e %M" -o "$out" bash -c "exec $2" >/dev/null 2>&1 || { echo "run failed: $2" >&2; cat "$out" >&2; }
    tail -n 1 "$out"
  }
  one "$pa" "$ca" >/dev/null
  one "$pb" "$cb" >/dev/null
  local a b
  for i in $(seq 1 "$RUNS"); do
    if ((i % 2)); then a=$(one "$pa" "$ca"); b=$(one "$pb" "$cb"); else b=$(one "$pb" "$cb"); a=$(one "$pa" "$ca"); fi
    wa+=("${a% *}"); ra+=("${a#* }"); wb+=("${b% *}"); rb+=("${b#* }")
    ratios+=("$(ratio "${a% *}" "${b% *}")")
  done
  rm -f "$out"
  PAIR_WALL_A=$(median "${wa[@]}"); PAIR_WALL_B=$(median "${wb[@]}"); PAIR_RATIO=$(median "${ratios[@]}")
  PAIR_RSS_A_MB=$(mib "$(median "${ra[@]}")")
  PAIR_RSS_B_MB=$(mib "$(median "${rb[@]}")")
  printf '%-28s median %6.2f s   peak RSS %5s MiB   (runs: %s)\n' "$la" "$PAIR_WALL_A" "$PAIR_RSS_A_MB" "${wa[*]}"
  printf '%-28s median %6.2f s   peak RSS %5s MiB   (runs: %s)\n' "$lb" "$PAIR_WALL_B" "$PAIR_RSS_B_MB" "${wb[*]}"
  printf '%-28s median %6s     (rounds: %s)\n' "ratio $la / $lb" "$PAIR_RATIO" "${ratios[*]}"
}
