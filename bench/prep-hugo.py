#!/usr/bin/env python3
"""Lay out the Hugo comparison site: bench/hugo-site plus the corpus under content/posts.

Usage: prep-hugo.py CORPUS_DIR SITE_DIR

Hugo gets one extra front-matter line per article, months: ["YYYY-MM"] (the UTC month), so its month
taxonomy yields the same month pages Broadsheet's timeline does.
"""
import datetime as dt
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def utc_month(date):
    d = dt.datetime.fromisoformat(date.replace("Z", "+00:00")).astimezone(dt.timezone.utc)
    return d.strftime("%Y-%m")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, site = sys.argv[1:]
    if os.path.exists(site):
        shutil.rmtree(site)
    shutil.copytree(os.path.join(HERE, "hugo-site"), site)
    posts = os.path.join(site, "content", "posts")
    os.makedirs(posts)
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".md"):
            continue
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            text = f.read()
        end = text.index("\n---\n", 4)
        fm, body = text[4:end], text[end + 5:]
        date = next(line.split(": ", 1)[1] for line in fm.splitlines() if line.startswith("date: "))
        with open(os.path.join(posts, name), "w", encoding="utf-8") as f:
            f.write("---\n" + fm + f'\nmonths: ["{utc_month(date)}"]\n---\n' + body)


if __name__ == "__main__":
    main()
