"""Per-site posture calibration: how far the camera looks down, from people standing upright.

MediaPipe's world landmarks follow the camera, so on a camera mounted high and tilted down an
upright person seems to lean toward it. A manager records a short clip of staff standing
upright at the post; the median apparent forward lean of their trunks, over frames where
shoulders and hips are clearly seen, is the camera pitch. It goes into
``posture.camera_pitch_deg`` of the site's config.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np

from inspector.posture import PostureConfig, trunk_lean_forward
from inspector.types import FrameResult


@dataclass(frozen=True)
class PitchEstimate:
    """Camera pitch estimated from upright people.

    Attributes:
        pitch_deg: Median apparent forward lean of the trunks (the camera pitch), degrees.
        spread_deg: Half the inter-quartile range of the samples (how steady the estimate is).
        samples: Number of person-frames used.
    """

    pitch_deg: float
    spread_deg: float
    samples: int

    def config_snippet(self) -> str:
        """TOML lines to paste into the site's config."""
        return f"[posture]\ncamera_pitch_deg = {self.pitch_deg:.1f}\n"


class CalibrationError(ValueError):
    """Not enough usable observations to calibrate."""


def estimate_camera_pitch(results: Iterable[FrameResult], min_confidence: float = 0.8,
                          min_samples: int = 10) -> PitchEstimate:
    """Estimates the camera pitch from frames of people standing upright.

    Args:
        results: Analysed frames (with the default, uncompensated posture config).
        min_confidence: Trunk measures below this confidence are not used.
        min_samples: Fewer usable person-frames than this is an error.

    Raises:
        CalibrationError: Too few frames with a clearly seen trunk.
    """
    cfg = PostureConfig(camera_pitch_deg=0.0)
    values = []
    for r in results:
        for p in r.persons:
            if p.pose is None:
                continue
            m = trunk_lean_forward(p, cfg)
            if m is not None and m.confidence >= min_confidence:
                values.append(m.value)
    if len(values) < min_samples:
        raise CalibrationError(
            f"only {len(values)} frame(s) show a person's shoulders and hips clearly (need {min_samples}); "
            "record staff standing upright at the post, whole trunk in view")
    v = np.asarray(values)
    q1, med, q3 = np.percentile(v, [25, 50, 75])
    return PitchEstimate(float(med), float((q3 - q1) / 2), len(values))
