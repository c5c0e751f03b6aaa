#!/usr/bin/env bash
# Screenshots of the sample digest with headless Chromium: home, an article, a tag page and the timeline, at phone
# and desktop widths (plus the home page in dark mode), into docs/screenshots/. Run by hand after a theme change;
# CI does not need it. Needs chromium (Debian: apt-get install -y chromium).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}"
out="$here/docs/screenshots"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$here" && mvn -B -q -Dmaven.test.skip=true package)
# build a copy of the sample digest, so the checkout's content/ is left alone
cp -r "$here/broadsheet.yaml" "$here/sources" "$here/content" "$here/templates" "$work/"
java -jar "$here/target/broadsheet.jar" -c "$work/broadsheet.yaml" build -q
mkdir -p "$out"

shoot() { # name url width height [extra chromium flags]
  local name="$1" url="$2" width="$3" height="$4"
  shift 4
  local profile
  profile="$(mktemp -d)"
  "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
    --window-size="$width,$height" --screenshot="$out/$name.png" "$@" "$url" >/dev/null 2>&1
  rm -rf "$profile"
  echo "docs/screenshots/$name.png"
}

site="file://$work/site"
article="2025/09/council-approves-4m-harbour-wall-repair-now-or-never/index.html"
for page in "home index.html" "article $article" "tag tags/harbour/index.html" "timeline timeline/index.html"; do
  set -- $page
  shoot "$1-phone" "$site/$2" 390 844
  shoot "$1-desktop" "$site/$2" 1280 900
done
shoot "home-desktop-dark" "$site/index.html" 1280 900 --force-dark-mode --blink-settings=preferredColorScheme=0
