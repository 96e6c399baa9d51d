#!/usr/bin/env bash
# Draws media/icon.png (128x128): a magnifying lens over a pair of quotation marks. Drawn at 4x and scaled down
# for smooth edges; needs ImageMagick (apt-get install -y imagemagick). Kept so the icon can be redrawn.
set -euo pipefail
cd "$(dirname "$0")/.."
quote() { # a "6"-shaped quotation mark whose round head sits at ($1,$2)
  local x=$1 y=$2
  echo "circle $x,$y $((x + 34)),$y polygon $((x - 34)),$((y - 4)) $((x + 2)),$((y - 30)) $((x + 44)),$((y - 96)) $((x + 8)),$((y - 96))"
}
convert -size 512x512 xc:none \
  -fill '#1f3b5c' -draw 'roundrectangle 8,8 503,503 96,96' \
  -stroke '#f2b544' -strokewidth 64 -draw 'line 318,318 432,432' \
  -stroke '#f4f1ea' -strokewidth 34 -fill '#2c5782' -draw 'circle 220,220 220,372' \
  -stroke none -fill '#f2b544' -draw "$(quote 178 262)" -draw "$(quote 270 262)" \
  -resize 128x128 -depth 8 -strip media/icon.png
