"""The photo corpus manifests are well formed, and the rebuild takes files from snapshots by digest."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import corpus  # noqa: E402


def test_every_manifest_row_is_well_formed():
    rows = corpus.read_manifests()
    assert rows, "corpus/manifests holds no rows"
    assert corpus.problems(rows) == []


def _row(**kw) -> corpus.Row:
    base = dict(manifest="m.csv", line=2, repo="o/n", commit="a" * 40, path="p.jpg", licence="MIT",
                sha256="b" * 64, task="eyes", label="eyes_open", source="repo:o/n", tags=(), note="")
    base.update(kw)
    return corpus.Row(**base)


@pytest.mark.parametrize("bad, says", [
    (dict(label="eyes_shut"), "not a task and label"),
    (dict(commit="abc"), "40 hex"),
    (dict(tags=("tall",)), "unknown tags"),
    (dict(source=""), "required"),
])
def test_problems_are_named(bad, says):
    assert any(says in p for p in corpus.problems([_row(**bad)]))


def test_the_same_image_twice_for_one_task_is_refused():
    assert any("already labelled" in p for p in corpus.problems([_row(), _row(line=3)]))
    assert corpus.problems([_row(), _row(line=3, task="badge", label="badge_no")]) == []


def test_rebuild_checks_digests_and_names_what_it_skips(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "a.jpg").write_bytes(b"photo-a")
    (work / "b.jpg").write_bytes(b"photo-b")
    git = ["git", "-C", str(work), "-c", "user.email=t@t", "-c", "user.name=t"]
    subprocess.run(git + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "-q", "-m", "x"], check=True)
    commit = subprocess.run(git + ["rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    mirror = tmp_path / "mirror"
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(mirror / "o+n" / "repo")], check=True)
    digest = hashlib.sha256(b"photo-a").hexdigest()
    rows = [_row(commit=commit, path="a.jpg", sha256=digest),
            _row(line=3, commit=commit, path="b.jpg", sha256=digest),          # wrong digest
            _row(line=4, commit=commit, path="gone.jpg", sha256=digest),       # no such file
            _row(line=5, repo="x/y", commit=commit, path="a.jpg", sha256=digest)]  # no snapshot
    written, skipped = corpus.rebuild(rows, mirror, tmp_path / "out")
    assert written == 1
    assert (tmp_path / "out" / "eyes" / "eyes_open" / f"{digest[:12]}.jpg").read_bytes() == b"photo-a"
    assert len(skipped) == 3
    assert "m.csv:3" in skipped[0] and "SHA-256" in skipped[0]
    assert "m.csv:4" in skipped[1] and "gone.jpg" in skipped[1]
    assert "m.csv:5" in skipped[2] and "no snapshot of x/y" in skipped[2]


def test_manifests_use_the_documented_columns():
    from inspector.learned.dataset import COLUMNS, MANIFESTS

    for f in MANIFESTS.glob("*.csv"):
        with open(f, newline="", encoding="utf-8") as fh:
            assert tuple(next(csv.reader(fh))) == COLUMNS, f.name
