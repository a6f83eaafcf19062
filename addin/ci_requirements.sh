#!/usr/bin/env bash
# System packages the add-in checks need (tests/test_addin_build.py): LibreOffice Calc, headless,
# to open the built verdir.xlam and list its VBA modules. Idempotent and quiet: does nothing when
# soffice is already there. Needs root (CI runs as root); Debian/Ubuntu only.
set -euo pipefail

if command -v soffice >/dev/null 2>&1 && dpkg -s libreoffice-calc >/dev/null 2>&1; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "addin/ci_requirements.sh: apt-get absent, LibreOffice non installé (le test LibreOffice sera ignoré)" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends libreoffice-calc >/dev/null
