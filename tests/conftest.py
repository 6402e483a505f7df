"""Shared test fixtures: paths to the optional ../shared data and the model files."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The ../shared/data folder; skips the test when it is absent."""
    if not (SHARED_DATA / "index.csv").is_file():
        pytest.skip(f"needs the shared data set at {SHARED_DATA} (absent on this machine)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def models_ready() -> None:
    """Skips the test when the verified model files are not in the cache."""
    from models.registry import ModelDigestError, ModelMissingError, model_path

    try:
        for name in ("pose_landmarker_full", "face_landmarker", "hand_landmarker"):
            model_path(name)
    except (ModelMissingError, ModelDigestError) as e:
        pytest.skip(f"model files not available: {e}")


@pytest.fixture(scope="session")
def astronaut_bgr() -> np.ndarray:
    """scikit-image's astronaut photo (one smiling person) as a BGR array."""
    skdata = pytest.importorskip("skimage.data")
    return np.ascontiguousarray(skdata.astronaut()[:, :, ::-1])


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory, monkeypatch):
    """Every test gets an empty user data folder ($XDG_DATA_HOME), never the developer's own
    (a calibration profile or rule table saved there by the app must not change a test)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
