#!/bin/sh
# Refresh the two screenshots shown in the README and docs/rapport.md from `make run`'s output:
# the HTML report (headless Chromium) and the dashboard sheet (LibreOffice -> PDF -> PNG).
# Needs chromium, libreoffice-calc and poppler-utils (pdftoppm).
set -eu
cd "$(dirname "$0")/.."
OUT=${OUT:-out}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
.venv/bin/verdir report "$OUT/exemple_budget_classe.xlsx" --seul -o "$TMP/tableau_de_bord.xlsx"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,2000 \
  --screenshot="docs/rapport.png" "file://$(pwd)/$OUT/rapport.html" 2>/dev/null
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/tableau_de_bord.xlsx" >/dev/null
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$TMP/tableau_de_bord.pdf" docs/tableau_de_bord
echo "docs/rapport.png, docs/tableau_de_bord.png"
