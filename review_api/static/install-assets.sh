#!/usr/bin/env bash
# Fetch the console's assets listed in assets.txt from the npm registry (exact versions, `npm
# pack`, no node_modules) and copy only the listed files into vendor/. Without npm it says so and
# exits 0: the API works without the assets, the console pages say they are missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
vendor="$here/vendor"
if ! command -v npm >/dev/null; then
  echo "npm not found: console assets not installed (the pages will say so)" >&2
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$vendor.new"
grep -v '^\s*#' "$here/assets.txt" | while read -r name version src dest; do
  [ -n "$name" ] || continue
  pkg="$work/$name-$version"
  if [ ! -d "$pkg" ]; then
    mkdir -p "$pkg"
    tarball="$(cd "$pkg" && npm pack --silent "$name@$version")"
    tar -xzf "$pkg/$tarball" -C "$pkg"
    cp "$pkg/package/LICENSE" "$vendor.new/LICENSE.$name" 2>/dev/null || true
  fi
  cp "$pkg/package/$src" "$vendor.new/$dest"
done
echo "# $(sha256sum "$here/assets.txt" | cut -c1-64)" > "$vendor.new/.installed"
rm -rf "$vendor"
mv "$vendor.new" "$vendor"
echo "console assets installed in $vendor"
