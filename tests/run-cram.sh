#!/bin/sh
# Runs one cram file in a fresh temporary directory with private XDG folders.
# usage: run-cram.sh CRAM FILE.t
set -eu
cram=$1 file=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" XDG_DATA_HOME="$tmp/data" HOME="$tmp/home"
mkdir -p "$HOME"
unset LUA_INIT LUA_INIT_5_4 LUA_PATH LUA_CPATH LC_ALL LANGUAGE
export LANG=C.UTF-8
cp "$file" "$tmp/"
cd "$tmp"
exec "$cram" --shell=/bin/sh -E "$(basename "$file")"
