#!/bin/sh
# Installs the Apertium engine, the three pairs precis is tested with and the APy server
# from Debian. Idempotent: does nothing when all are installed already.
set -eu
packages="apertium apertium-eng-spa apertium-eng-cat apertium-en-gl apertium-apy"
missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
if [ -z "$missing" ]; then
  echo "apertium: all installed ($packages)"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "apertium: installing$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086 # a list of package names
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
