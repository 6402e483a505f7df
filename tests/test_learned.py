"""Tests of the learned classifiers: vectors, training and export, the manifest check, the corpus CV."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

from inspector.expression import BLENDSHAPES, PAIRS, face_feature_names, face_vector
from inspector.learned import model as lm
from inspector.learned.dataset import FEATURES, Row, load_features, read_manifests
from inspector.learned.tasks import TASKS
from inspector.posture import PostureConfig, classify_arms
from inspector.posture.learned import arm_vector, body_vector, mirror_person
from inspector.types import ArmPosture, FaceLandmarks, PersonObservation
from models import registry

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_posture import ARM_CLASSES, BODY_CLASSES, arms, body, person  # noqa: E402


def _face(seed: int) -> FaceLandmarks:
    rng = np.random.default_rng(seed)
    mesh = np.column_stack([rng.uniform(0.4, 0.6, 478), rng.uniform(0.3, 0.6, 478), rng.normal(0, 0.01, 478)])
    return FaceLandmarks(image=mesh.astype(np.float32),
                         blendshapes=tuple((n, float(v)) for n, v in zip(BLENDSHAPES, rng.uniform(0, 1, 52))))


def _mirror_blendshapes(face: FaceLandmarks) -> FaceLandmarks:
    swap = {a: b for a, b in PAIRS} | {b: a for a, b in PAIRS}
    scores = dict(face.blendshapes)
    return FaceLandmarks(image=face.image, blendshapes=tuple((n, scores[swap.get(n, n)]) for n in BLENDSHAPES))


@pytest.mark.parametrize("seed", range(5))
def test_face_vector_is_mirror_invariant(seed: int) -> None:
    f = _face(seed)
    a, b = face_vector(f, 640, 480), face_vector(_mirror_blendshapes(f), 640, 480)
    assert a is not None and len(a) == len(face_feature_names())
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_face_without_blendshapes_gives_no_vector() -> None:
    assert face_vector(FaceLandmarks(image=_face(0).image), 640, 480) is None


@pytest.mark.parametrize("cls", ARM_CLASSES, ids=lambda c: c.value)
def test_arm_vector_is_mirror_invariant(cls: ArmPosture) -> None:
    p = person(*arms(cls.value))
    np.testing.assert_allclose(arm_vector(p), arm_vector(mirror_person(p)), atol=1e-4)


@pytest.mark.parametrize("cls", BODY_CLASSES, ids=lambda c: c.value)
def test_body_vector_is_mirror_invariant(cls) -> None:
    p = person(*body(cls.value))
    np.testing.assert_allclose(body_vector(p), body_vector(mirror_person(p)), atol=1e-4)


def test_hidden_shoulders_give_no_vector() -> None:
    w, _ = arms("arms_crossed")
    p = person(w, {11: 0.05, 12: 0.05})
    assert arm_vector(p) is None and body_vector(p) is None


# --- training and export -----------------------------------------------------------------------

def _toy(k: int, n: int = 120, d: int = 6, seed: int = 3):
    rng = np.random.default_rng(seed)
    classes = [f"c{i}" for i in range(k)]
    y = np.array([classes[i % k] for i in range(n)], dtype=object)
    x = rng.normal(size=(n, d)).astype(np.float32)
    x[:, 0] += 2.0 * (np.arange(n) % k)
    return x, y


@pytest.mark.parametrize("family", ["logistic", "mlp"])
@pytest.mark.parametrize("k", [2, 3])
def test_exported_onnx_equals_the_training_library(tmp_path: Path, family: str, k: int) -> None:
    pytest.importorskip("sklearn", reason="scikit-learn (training only) is not installed")
    pytest.importorskip("onnx", reason="onnx (training only) is not installed")
    from inspector.learned import training

    x, y = _toy(k)
    est = training.make_estimator(family).fit(x, y)
    task = TASKS["eyes"].__class__("toy", tuple(sorted(set(y))), lambda p: None, tuple(f"f{i}" for i in range(6)), "", lambda p: "")
    out = tmp_path / "toy.onnx"
    for temperature in (1.0, 2.5):
        training.export_onnx(est, task, temperature, {"family": family}, out)
        clf = lm.open_classifier(out, "toy", task.feature_names)
        got = clf.probabilities(x[:10])
        want = training.softmax(training.logits_of(est, x[:10]) / temperature)
        np.testing.assert_allclose(got, want, atol=1e-5)
        if temperature == 1.0:
            np.testing.assert_allclose(got, est.predict_proba(x[:10]), atol=1e-4)
    assert clf.classes == tuple(str(c) for c in est.classes_)
    with pytest.raises(lm.ClassifierError, match="another feature vector"):
        lm.open_classifier(out, "toy", ("other",))
    with pytest.raises(lm.ClassifierError, match="expects 6 features"):
        clf.probabilities(np.zeros((1, 3), np.float32))


def test_cross_validation_holds_out_whole_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn", reason="scikit-learn (training only) is not installed")
    from inspector.learned import training

    x, y = _toy(2, n=90)
    x[:, -1] = np.arange(90)  # a row id, to see which rows each fold trained on
    groups = np.array([f"s{i % 5}" for i in range(90)], dtype=object)
    ds = training.Dataset(TASKS["eyes"], x, y, groups, tuple(str(i) for i in range(90)), (), 0, 0, 0)
    trained_on: list[frozenset[int]] = []
    fit = training._balanced_fit
    monkeypatch.setattr(training, "_balanced_fit", lambda est, xs, ys: (trained_on.append(frozenset(int(v) for v in xs[:, -1])), fit(est, xs, ys))[1])
    cv = training.cross_validate(ds, "logistic")
    assert cv.folds == 5
    expected = {frozenset(int(i) for i in np.flatnonzero(groups != s)) for s in sorted(set(groups))}
    assert set(trained_on) == expected  # each fold trained on every source but one, never on the held-out one
    assert np.mean(cv.predicted == y) > 0.8
    t = training.fit_temperature(cv.logits, y, cv.classes)
    assert 0.25 <= t <= 8.0


# --- the manifest check --------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(registry.load_classifiers()))
def test_committed_classifiers_pass_their_digest_and_load(name: str) -> None:
    task = TASKS[registry.load_classifiers()[name].task]
    clf = lm.load_classifier(name, task.feature_names)
    assert set(clf.classes) <= set(task.classes)
    p = clf.probabilities(np.zeros((2, len(task.feature_names)), np.float32))
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-5)


def test_wrong_digest_is_refused_with_the_file_and_what_to_do(tmp_path: Path) -> None:
    name, spec = next(iter(registry.load_classifiers().items()))
    bad = tmp_path / spec.file
    shutil.copy(registry.CLASSIFIER_DIR / spec.file, bad)
    data = bytearray(bad.read_bytes())
    data[-1] ^= 0xFF
    bad.write_bytes(bytes(data))
    with pytest.raises(registry.ModelDigestError, match=f"(?s){spec.file}: refused.*retrain"):
        registry.classifier_path(name, tmp_path)
    with pytest.raises(registry.ModelMissingError, match="missing"):
        registry.classifier_path(name, tmp_path / "empty")


def test_unusable_arm_classifier_falls_back_to_the_rules(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    if "arm_posture" not in registry.load_classifiers():
        pytest.skip("no arm classifier in the manifest")
    monkeypatch.setattr(registry, "CLASSIFIER_DIR", tmp_path)
    monkeypatch.setattr(lm, "_CACHE", {})
    monkeypatch.setattr(lm, "_WARNED", set())
    p = person(*arms("hands_on_hips"))
    with caplog.at_level(logging.WARNING):
        got = classify_arms(p, PostureConfig(arm_classifier="learned"))
    assert got == classify_arms(p, PostureConfig(arm_classifier="rules"))
    assert "using the rules instead" in caplog.text and "arm_posture.onnx" in caplog.text


# --- the corpus ---------------------------------------------------------------------------------

def test_corpus_features_give_a_person_for_most_labelled_images() -> None:
    persons = load_features(FEATURES)
    rows = read_manifests()
    assert all(isinstance(r, Row) for r in rows)
    labelled = {r.sha256 for r in rows}
    assert labelled <= set(persons), "every labelled image must be in the feature file (tools/corpus.py features)"
    found = [p for p in persons.values() if p is not None]
    assert len(found) > 0.85 * len(persons)
    with_face = [p for p in found if p.face is not None and p.face.blendshapes]
    assert len(with_face) > 0.4 * len(found)


def test_eval_cv_source_prints_per_class_figures(capsys: pytest.CaptureFixture) -> None:
    pytest.importorskip("sklearn", reason="scikit-learn (training only) is not installed")
    from inspector.cli import main

    assert main(["eval", "--cv", "source", "--task", "eyes", "--family", "logistic"]) == 0
    out = capsys.readouterr().out
    assert "Leave-one-source-out" in out and "eyes_closed" in out and "macro F1" in out
    assert "rules on the same images" in out


# --- wired into the feature stage ----------------------------------------------------------------

def _labelled_faces(task: str) -> list[tuple[str, PersonObservation]]:
    persons = load_features(FEATURES)
    out = []
    for r in read_manifests():
        p = persons.get(r.sha256)
        if r.task == task and p is not None and p.face is not None and p.face.blendshapes:
            out.append((r.label, p))
    return out


def test_learned_eyes_measure_separates_closed_from_open_faces() -> None:
    from inspector.face import FaceConfig
    from inspector.features import FeatureStage

    faces = _labelled_faces("eyes")
    learned, rules = FeatureStage(face=FaceConfig(eyes_classifier="learned")), FeatureStage()
    by_label: dict[str, list[float]] = {"eyes_open": [], "eyes_closed": []}
    for label, p in faces[::3]:
        w, h = p.frame_size
        got = learned.describe(p, w, h, 0).features.eyes_closed
        blink = rules.describe(p, w, h, 0).features.eyes_closed
        assert got is not None and 0.0 <= got.value <= 1.0 and got.confidence == blink.confidence
        by_label[label].append(got.value)
    closed, opened = np.asarray(by_label["eyes_closed"]), np.asarray(by_label["eyes_open"])
    assert len(closed) > 20 and len(opened) > 20
    assert np.mean(closed > 0.7) > 0.8 and np.mean(opened > 0.7) < 0.1


def test_learned_expression_label_comes_from_the_classifier() -> None:
    from inspector.expression import learned_expression
    from inspector.face import FaceConfig
    from inspector.features import FeatureStage

    stage = FeatureStage(face=FaceConfig(expression_classifier="learned"))
    checked = 0
    for _label, p in _labelled_faces("face_expression")[::25]:
        w, h = p.frame_size
        labels = stage.describe(p, w, h, 0).labels
        cls, prob = learned_expression(p.face, w, h)
        assert labels.face_expression == cls and labels.face_confidence <= prob + 1e-6
        checked += 1
    assert checked > 20


# --- body posture: the learned model decides only head-down-on-desk by default --------------------

def test_head_down_learned_mode_keeps_the_rules_for_sitting_and_standing() -> None:
    from inspector.posture import classify_body

    hybrid, rules, learned = (PostureConfig(body_classifier=m) for m in ("head_down_learned", "rules", "learned"))
    assert PostureConfig().body_classifier == "head_down_learned"
    persons = load_features(FEATURES)
    rows = [r for r in read_manifests() if r.task == "body_posture" and persons.get(r.sha256) is not None]
    assert len(rows) > 500
    head = "head_down_on_desk"
    hits = {"hybrid": 0, "rules": 0}
    false = {"hybrid": 0, "rules": 0}
    for r in rows:
        p = persons[r.sha256]
        h, ru, le = (classify_body(p, c)[0].value for c in (hybrid, rules, learned))
        if le == head:
            assert h == head
        elif ru != head:
            assert h == ru, "without a head down, the rules decide"
        for name, answer in (("hybrid", h), ("rules", ru)):
            hits[name] += answer == head and r.label == head
            false[name] += answer == head and r.label != head
    assert hits["hybrid"] >= 0.8 * hits["rules"]
    assert false["hybrid"] < 0.5 * false["rules"]
