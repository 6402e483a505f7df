"""MediaPipe's native info/warning lines are hidden by default; errors and tracebacks still show."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# What one start of `inspector kiosk` wrote to stderr with MediaPipe 0.10.2x (58 lines of these shapes).
NOISE_LINES = [
    "INFO: [environment.cc:36] Creating LiteRT environment with options",
    "INFO: [accelerator_registry.cc:54] RegisterAccelerator: ptr=0x7f509c0053a0, name=CpuAccelerator",
    "INFO: [cpu_registry.cc:75] XNNPACK CPU accelerator registered.",
    "WARNING: [model_load.cc:402] Sparsity tensors may not yet be fully supported.",
    "INFO: [compiled_model.cc:1022] Flatbuffer model initialized directly from incoming litert model.",
    "INFO: [accelerator_registry.cc:43] DestroyAccelerator: ptr=0x7f50a0004ab0, name=CpuAccelerator",
    "W0000 00:00:1733400000.123456   12345 inference_feedback_manager.cc:114] Feedback manager requires a model",
    "INFO: Created TensorFlow Lite XNNPACK delegate for CPU.",
]
KEPT_LINES = [
    "ERROR: [model_load.cc:88] Failed to load the model file.",
    "E0000 00:00:1733400000.123456   12345 graph.cc:10] Calculator failed",
    "Traceback (most recent call last):",
    "inspector: error: the source cannot be read",
]


def test_native_log_noise_is_dropped_and_problems_pass():
    lines = NOISE_LINES + KEPT_LINES
    payload = ("\n".join(lines) + "\n").encode()
    code = ("import os\nfrom inspector.lognoise import NativeLogFilter\n"
            f"with NativeLogFilter():\n    os.write(2, {payload!r})\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, timeout=60)
    shown = out.stderr.decode().splitlines()
    assert shown == KEPT_LINES
