#!/usr/bin/env sh
# Publishes a built dist/ to a static host with rsync, in two passes so that no reader ever
# gets a page whose assets are not there yet: first every new or changed file but the pages
# (hashed bundles, charts, data, search index), then the pages, removing at the end the files
# the new build no longer has. Used by every CI workflow's deploy step (.github, .forgejo, .gitea, .gitlab-ci.yml),
# which alone holds the deploy key; the build steps never see it.
#
#   scripts/publish-rsync.sh <dist folder> <target>
#
# <target> is an rsync destination: `user@host:/var/www/antq/` over SSH (set RSYNC_RSH, e.g.
# "ssh -i key -o StrictHostKeyChecking=yes") or a local folder.
set -eu
if [ $# -ne 2 ]; then
  echo "usage: $0 <dist folder> <target>" >&2
  exit 2
fi
src=$1
target=$2
if [ ! -f "$src/index.html" ]; then
  echo "$src has no index.html: build the site first (npm run build)." >&2
  exit 1
fi
case "$target" in */) ;; *) target="$target/" ;; esac
# --checksum: a rebuilt file keeps its bytes but not its mtime; compare contents, not times.
set -- --recursive --checksum --links --perms --chmod=D755,F644 --omit-dir-times
rsync "$@" --exclude='*.html' --exclude='*.html.gz' --exclude='*.html.br' "$src/" "$target"
rsync "$@" --delete-after "$src/" "$target"
