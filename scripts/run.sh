#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs the main job: analyse the camera, or a sample when there is none.
# Usage: bash scripts/run.sh [SOURCE]   (SOURCE: camera index, video file, image folder or RTSP URL)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source_arg=${1:-}
if [ -z "$source_arg" ]; then
  if [ -e /dev/video0 ]; then
    source_arg=0
  else
    echo "run: no camera found; analysing a sample video made from scikit-image's astronaut photo"
    source_arg=$(.venv/bin/python -c "from inspector.sample import write_sample_video; print(write_sample_video('out/sample.mp4'))")
  fi
fi
exec .venv/bin/inspector analyze "$source_arg" "${@:2}"
