#!/usr/bin/env bash
# Sets up everything the project needs on a fresh Debian machine: system libraries for Qt,
# a CJK font, the Python virtual environment with the project, and the verified model files.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

need_apt=()
for pkg in libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0 fonts-noto-cjk fonts-wqy-microhei xvfb xauth poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing system packages: ${need_apt[*]}"
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null \
      || echo "setup: warning: could not install ${need_apt[*]} (the app may lack Chinese fonts or multimedia)"
  else
    echo "setup: warning: missing system packages ${need_apt[*]}; install them with apt-get as root"
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"
# mediapipe pulls opencv-contrib-python; a second cv2 from opencv-python would shadow it.
if .venv/bin/python -m pip show -q opencv-python >/dev/null 2>&1; then
  echo "setup: removing opencv-python (conflicts with opencv-contrib-python)"
  .venv/bin/python -m pip uninstall -y -q opencv-python
fi
.venv/bin/inspector models fetch
