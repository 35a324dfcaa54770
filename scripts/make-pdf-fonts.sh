#!/usr/bin/env bash
# Makes the two text fonts the PDFs embed (src/pdf/fonts/) from DejaVu Sans, with every character
# DejaVu has, but without what jsPDF never uses and would otherwise copy into every PDF it makes:
# glyph names (the post table, 62 KB), hinting instructions, the long name table, and the OpenType
# layout, kerning and math tables (jsPDF reads none of them for a TrueType font). Each PDF is
# smaller and quicker to make, and prints the same characters. The files are committed, so neither
# the build nor CI needs fontTools; run this again only to change them (needs python3-fonttools).
set -euo pipefail
cd "$(dirname "$0")/.."
from=node_modules/dejavu-fonts-ttf/ttf
to=src/pdf/fonts
mkdir -p "$to"
for face in DejaVuSans DejaVuSans-Bold; do
  /usr/bin/python3 -m fontTools.subset "$from/$face.ttf" --unicodes='*' --glyphs='*' \
    --no-hinting --no-glyph-names --name-IDs=0,1,2,3,4,5,6 --name-languages=1033 \
    --drop-tables+=GSUB,GPOS,GDEF,MATH,FFTM,LTSH,VDMX,hdmx,gasp,DSIG \
    --output-file="$to/$face-pdf.ttf"
done
cp "$from/../LICENSE" "$to/LICENSE-DejaVu.txt"
ls -l "$to"
