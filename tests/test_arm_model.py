"""Tests of the learned arm classifier (inspector.posture.learned) and of the rules / learned switch."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

import inspector.posture.learned as am
from inspector.posture import PostureConfig, arm_geometry, classify_arms
from inspector.types import ArmPosture

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_posture import ARM_CLASSES, arms, person  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CFG = PostureConfig()
LEARNED = PostureConfig(arm_classifier="learned")


def _train_and_export(tmp_path: Path):
    """A small scaler + logistic regression fitted on random features, exported by the training tool."""
    pytest.importorskip("sklearn", reason="scikit-learn (training only) is not installed")
    pytest.importorskip("onnx", reason="onnx (training only) is not installed")
    sys.path.insert(0, str(ROOT / "tools"))
    import train_arm_posture as tool

    d = len(am.feature_names(True))
    rng = np.random.default_rng(1)
    classes = [c.value for c in (ArmPosture.ARMS_CROSSED, ArmPosture.HANDS_ON_HIPS, ArmPosture.PHONE_TO_EAR)]
    x = rng.normal(size=(90, d)).astype(np.float32)
    y = np.array([classes[i % 3] for i in range(90)], dtype=object)
    x[:, 0] += np.arange(90) % 3  # make the classes learnable
    model = tool.make_model(1.0)
    model.fit(x, y)
    out = tmp_path / "arm.onnx"
    tool.export_onnx(model, [str(c) for c in model.classes_], True, {}, out)
    return model, out, rng.normal(size=(6, d)).astype(np.float32)


def test_onnx_output_equals_training_library(tmp_path: Path) -> None:
    model, out, probe = _train_and_export(tmp_path)
    loaded = am.load_arm_model(out)
    got = loaded.probabilities(probe)
    want = model.predict_proba(probe)
    assert [c.value for c in loaded.classes] == list(model.classes_)
    np.testing.assert_allclose(got, want, atol=1e-5)
    assert [loaded.classes[i].value for i in got.argmax(axis=1)] == list(model.predict(probe))


def test_wrong_digest_and_missing_file_are_refused(tmp_path: Path) -> None:
    _, out, _ = _train_and_export(tmp_path)
    bad = tmp_path / "bad.onnx"
    shutil.copy(out, bad)
    bad.with_name("bad.onnx.sha256").write_text("0" * 64 + "  bad.onnx\n")
    with pytest.raises(am.ArmModelError, match="SHA-256"):
        am.load_arm_model(bad)
    with pytest.raises(am.ArmModelError, match="not found"):
        am.load_arm_model(tmp_path / "absent.onnx")


def test_learned_falls_back_to_rules_when_model_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(am, "MODEL_PATH", tmp_path / "absent.onnx")
    w, vis = arms("hands_on_hips")
    p = person(w, vis)
    with caplog.at_level(logging.WARNING):
        got = classify_arms(p, LEARNED)
    assert got == classify_arms(p, CFG)
    assert "using the rules instead" in caplog.text and "not found" in caplog.text


def test_config_refuses_unknown_classifier() -> None:
    with pytest.raises(Exception):
        PostureConfig(arm_classifier="magic")  # type: ignore[arg-type]


def _committed_model() -> am.ArmModel:
    try:
        return am.load_arm_model()
    except am.ArmModelError as exc:
        pytest.fail(f"committed arm model unusable: {exc}")


@pytest.mark.parametrize("cls", ARM_CLASSES, ids=lambda c: c.value)
def test_mirrored_person_gets_the_same_class_and_features(cls: ArmPosture) -> None:
    _committed_model()
    w, vis = arms(cls.value)
    p = person(w, vis)
    m = am.mirror_person(p)
    for with_rules in (False, True):
        np.testing.assert_allclose(am.arm_features(arm_geometry(p), CFG, with_rules),
                                   am.arm_features(arm_geometry(m), CFG, with_rules), atol=1e-4)
    a, b = classify_arms(p, LEARNED), classify_arms(m, LEARNED)
    assert a[0] is b[0]
    assert a[1] == pytest.approx(b[1], abs=1e-4)


def test_committed_model_matches_its_feature_layout() -> None:
    model = _committed_model()
    assert set(model.classes) <= set(ARM_CLASSES)
    w, vis = arms("arms_crossed")
    probs = model.probabilities(am.arm_features(arm_geometry(person(w, vis)), CFG, model.with_rule_scores))
    assert probs.shape == (1, len(model.classes))
    assert probs.sum() == pytest.approx(1.0, abs=1e-5)
    with pytest.raises(am.ArmModelError, match="expects"):
        model.probabilities(np.zeros((1, 3), dtype=np.float32))
