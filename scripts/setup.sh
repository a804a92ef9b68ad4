#!/usr/bin/env bash
# Installs the Debian packages Tandem's tests and tools need, when run as root; otherwise
# says what to install. Safe to run again: it installs only what is missing.
set -euo pipefail

# Each entry: a Debian package and why Tandem needs it.
PACKAGES=(
  "postgresql-client:pg_isready, to see whether the test PostgreSQL answers"
  "wrk:load generator for bench/api_load.py"
  "chromium:the real browser the web UI tests drive (Playwright, /usr/bin/chromium)"
  "fonts-noto-cjk:Korean glyphs in the browser and in PDF briefings"
  "libpango-1.0-0:text layout for WeasyPrint, which writes the PDF briefings"
)

missing=()
for entry in "${PACKAGES[@]}"; do
  pkg=${entry%%:*}
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "setup: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "setup: please install these Debian packages: ${missing[*]}" >&2
  for entry in "${PACKAGES[@]}"; do echo "  ${entry%%:*} — ${entry#*:}" >&2; done
fi
