#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs the main job: the desktop app on the camera, or on a sample
# video when no camera is connected. Without a display it analyses the source on the command line.
# Usage: bash scripts/run.sh [SOURCE]   (SOURCE: camera index, video file or RTSP URL)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source_arg=${1:-}
if [ -z "$source_arg" ]; then
  if [ -e /dev/video0 ]; then
    source_arg=0
  else
    echo "run: no camera found; using a sample video made from scikit-image's astronaut photo"
    source_arg=$(.venv/bin/python -c "from inspector.sample import write_sample_video; print(write_sample_video('out/sample.mp4'))")
  fi
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec .venv/bin/inspector ui --source "$source_arg"
fi
echo "run: no display; analysing $source_arg on the command line (station 'desk-1', whole frame)"
# desk-1 is created without a region, so who is judged is said on purpose: everyone in the frame,
# every face but the flagged person's blurred in clips (draw a region with `inspector stations region`).
exec .venv/bin/inspector analyze "$source_arg" --station desk-1 --create-station --whole-frame
