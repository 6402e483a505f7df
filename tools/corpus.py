"""The labelled photo corpus (corpus/manifests/*.csv): check it, count it, rebuild its images.

No photo is committed; each manifest row names the public repository, commit and path the file
came from, its SHA-256, licence, label and independent source (see corpus/README.md).

Usage::

    python tools/corpus.py check                 # every manifest row well formed; exits 1 otherwise
    python tools/corpus.py summary [--markdown]  # images per task / label / source
    python tools/corpus.py rebuild --mirror DIR --out DIR
    python tools/corpus.py features --images DIR [--out corpus/features/perception.npz]

``rebuild`` reads each file from a fetched repository snapshot under ``DIR`` (a bare git directory
at ``DIR/<owner>+<name>/repo``, as the search tool's fetch leaves it; a member of a zip archive is
``archive.zip!member``), checks its digest and writes it as ``OUT/<task>/<label>/<sha12><ext>``,
the folder-of-folders layout ``inspector classify`` and ``inspector eval`` read. A row whose
snapshot or file is missing, or whose bytes have another digest, is named, skipped and counted;
nothing else stops the run.

``features`` runs the perception models (still-image mode) once on every distinct rebuilt image and
keeps, for the largest person, what training needs and no pixels: pose landmarks (image and world),
the face's blendshapes and transform, the hands, the person's box and the frame size, as float16 in
one compressed ``.npz`` keyed by SHA-256, with the digests of the model files that made them.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import subprocess
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector.learned.dataset import (FEATURES, LABELS, TAGS, Row, empty_arrays,  # noqa: E402
                                       read_manifests, save_features, store_person)


def problems(rows: list[Row]) -> list[str]:
    """What is wrong with the rows: bad values, and the same image labelled twice for one task."""
    out = []
    seen: dict[tuple[str, str], str] = {}
    for r in rows:
        if not re.fullmatch(r"[\w.-]+/[\w.-]+", r.repo):
            out.append(f"{r.where}: repo {r.repo!r} is not owner/name")
        if not re.fullmatch(r"[0-9a-f]{40}", r.commit):
            out.append(f"{r.where}: commit {r.commit!r} is not 40 hex digits")
        if not re.fullmatch(r"[0-9a-f]{64}", r.sha256):
            out.append(f"{r.where}: sha256 {r.sha256!r} is not 64 hex digits")
        if r.label not in LABELS.get(r.task, ()):
            out.append(f"{r.where}: {r.task}/{r.label} is not a task and label of corpus/README.md")
        if not r.source or not r.licence or not r.path:
            out.append(f"{r.where}: source, licence and path are required")
        unknown = set(r.tags) - TAGS
        if unknown:
            out.append(f"{r.where}: unknown tags {sorted(unknown)}")
        key = (r.sha256, r.task)
        if key in seen:
            out.append(f"{r.where}: the same image is already labelled for {r.task} at {seen[key]}")
        seen.setdefault(key, r.where)
    return out


def summary(rows: list[Row], markdown: bool = False) -> str:
    """Images per task and label, with the number of independent sources and the largest one's share."""
    by: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in rows:
        by[(r.task, r.label)][r.source] += 1
    lines = ["| task | label | images | sources | largest source |", "|---|---|---|---|---|"] if markdown else []
    for (task, label), c in sorted(by.items()):
        n = sum(c.values())
        top, k = c.most_common(1)[0]
        if markdown:
            lines.append(f"| {task} | {label} | {n} | {len(c)} | {top} ({k / n:.0%}) |")
        else:
            lines.append(f"{task:16s} {label:20s} {n:5d} images {len(c):3d} sources  largest {top} {k / n:.0%}")
    images = len({r.sha256 for r in rows})
    lines.append(f"\n{len(rows)} rows, {images} distinct images")
    return "\n".join(lines)


def read_file(mirror: Path, r: Row) -> bytes:
    """The bytes of a row's file from its fetched snapshot.

    Raises:
        FileNotFoundError: No snapshot of the repository, or no such file at that commit.
    """
    git_dir = mirror / r.repo.replace("/", "+") / "repo"
    if (git_dir / ".git").is_dir():  # a snapshot checked out into a work tree
        git_dir = git_dir / ".git"
    if not git_dir.is_dir():
        raise FileNotFoundError(f"no snapshot of {r.repo} in {mirror} (fetch it first)")
    archive, _, member = r.path.partition("!")
    done = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{r.commit}:{archive}"], capture_output=True)
    if done.returncode != 0:
        raise FileNotFoundError(f"{r.repo}@{r.commit[:12]}: {archive}: "
                                f"{done.stderr.decode(errors='replace').strip() or 'not found'}")
    if not member:
        return done.stdout
    try:
        with zipfile.ZipFile(io.BytesIO(done.stdout)) as z:
            return z.read(member)
    except (zipfile.BadZipFile, KeyError) as e:
        raise FileNotFoundError(f"{r.repo}@{r.commit[:12]}: {r.path}: {e}") from None


def rebuild(rows: list[Row], mirror: Path, out: Path) -> tuple[int, list[str]]:
    """Writes every row's image under ``out/<task>/<label>/``; returns (written, skipped with reasons)."""
    written, skipped = 0, []
    for r in rows:
        try:
            data = read_file(mirror, r)
        except FileNotFoundError as e:
            skipped.append(f"{r.where}: {e}")
            continue
        got = hashlib.sha256(data).hexdigest()
        if got != r.sha256:
            skipped.append(f"{r.where}: {r.repo}:{r.path} has SHA-256 {got[:12]}…, the manifest says {r.sha256[:12]}…")
            continue
        target = r.image_path(out)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not (target.is_file() and target.stat().st_size == len(data)):
            target.write_bytes(data)
        written += 1
    return written, skipped


def extract_features(rows: list[Row], images: Path, out: Path) -> tuple[int, list[str]]:
    """Perception features of every distinct rebuilt image (largest person), saved to ``out``.

    Images already in ``out``, made by the same model files and in the current format, are kept
    as they are; only new images are run through the models.

    Returns:
        (images with a person, images skipped with the reason).
    """
    import json

    import numpy as np

    from inspector.perception import Perception
    from inspector.sources import SourceError, read_image

    manifest = json.loads((ROOT / "models" / "manifest.json").read_text(encoding="utf-8"))
    digests = {m["file"]: m["sha256"] for m in manifest["models"] if m["file"].endswith(".task")}
    files: dict[str, Path] = {}
    for r in rows:
        files.setdefault(r.sha256, r.image_path(images))
    keys = sorted(files)
    arr = empty_arrays(len(keys))
    names: list[str] = []
    done: set[int] = set()
    if out.is_file():
        with np.load(out, allow_pickle=False) as z:
            old = {k: z[k] for k in z.files}
        if "face_points" in old and json.loads(str(old["models"])) == digests:
            where = {str(k): i for i, k in enumerate(old["sha256"])}
            names = [str(n) for n in old["blendshape_names"]]
            for i, sha in enumerate(keys):
                j = where.get(sha)
                if j is not None:
                    for name, a in arr.items():
                        a[i] = old[name][j]
                    done.add(i)
    found, skipped = int(sum(arr["persons"][i] > 0 for i in done)), []
    unread: set[int] = set()  # not saved, so that a later run tries them again
    todo = [i for i in range(len(keys)) if i not in done]
    print(f"{len(done)} image(s) kept from {out.name}, {len(todo)} to run", file=sys.stderr)
    with Perception(mode="image") as perc:
        for n, i in enumerate(todo):
            try:
                frame = read_image(files[keys[i]])
            except SourceError as e:
                skipped.append(f"{keys[i][:12]}: {e}")
                unread.add(i)
                continue
            res = perc.process(frame)
            arr["frame_size"][i] = (frame.width, frame.height)
            arr["persons"][i] = len(res.persons)
            if res.persons:
                found += 1
                names = store_person(arr, i, res.persons[0]) or names
            if (n + 1) % 200 == 0:
                print(f"{n + 1}/{len(todo)}", file=sys.stderr)
    kept = [i for i in range(len(keys)) if i not in unread]
    save_features(out, [keys[i] for i in kept], {k: a[kept] for k, a in arr.items()}, names, digests)
    return found, skipped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check", help="Check every manifest row.")
    s = sub.add_parser("summary", help="Images per task, label and source.")
    s.add_argument("--markdown", action="store_true")
    b = sub.add_parser("rebuild", help="Write the images from fetched snapshots.")
    b.add_argument("--mirror", type=Path, required=True, help="Folder of fetched snapshots (<owner>+<name>/repo).")
    b.add_argument("--out", type=Path, required=True, help="Where the folder of folders is written.")
    b.add_argument("--task", help="Only this task.")
    f = sub.add_parser("features", help="Perception features of the rebuilt images (no pixels kept).")
    f.add_argument("--images", type=Path, required=True, help="The folder `rebuild` wrote.")
    f.add_argument("--out", type=Path, default=FEATURES)
    args = ap.parse_args(argv)
    rows = read_manifests()
    if args.cmd == "check":
        bad = problems(rows)
        print("\n".join(bad) if bad else f"{len(rows)} rows, all well formed")
        return 1 if bad else 0
    if args.cmd == "summary":
        print(summary(rows, args.markdown))
        return 0
    if args.cmd == "features":
        found, skipped = extract_features(rows, args.images, args.out)
        for line in skipped:
            print(f"skipped {line}", file=sys.stderr)
        print(f"{found} image(s) with a person, {len(skipped)} skipped; wrote {args.out}")
        return 0
    if args.task:
        rows = [r for r in rows if r.task == args.task]
    written, skipped = rebuild(rows, args.mirror, args.out)
    for line in skipped:
        print(f"skipped {line}", file=sys.stderr)
    print(f"{written} image(s) written to {args.out}, {len(skipped)} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
