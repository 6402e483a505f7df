"""The labelled photo corpus as training data: manifest rows, and perception features without pixels.

A manifest row names one image (by repository, commit, path and SHA-256) and its label for one task
(``corpus/README.md``). The feature file (``corpus/features/perception.npz``) keeps, per image SHA-256,
what the perception models found on the largest person: pose landmarks (image and world), a subset of
the face mesh (the face outline and the points the measures use), the blendshapes and transform, the
hands, the person's box and the frame size. :func:`load_features` turns each entry back into a
:class:`~inspector.types.PersonObservation`, so training and the product compute the very same vectors.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from inspector.types import FaceLandmarks, HandLandmarks, PersonObservation, PoseLandmarks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus"
MANIFESTS = CORPUS_DIR / "manifests"
FEATURES = CORPUS_DIR / "features" / "perception.npz"
COLUMNS = ("repo", "commit", "path", "licence", "sha256", "task", "label", "source", "tags", "note")
LABELS = {
    "arm_posture": ("arms_hanging", "hands_clasped_front", "hands_behind_back", "arms_crossed", "hands_on_hips",
                    "hands_in_pockets", "phone_to_ear", "looking_at_phone", "chin_on_hand", "hands_on_counter"),
    "body_posture": ("standing_upright", "standing_leaning", "standing_slouched", "sitting_upright",
                     "sitting_slouched", "head_down_on_desk"),
    "face_expression": ("face_smiling", "face_neutral", "face_frowning"),
    "eyes": ("eyes_open", "eyes_closed"),
    "badge": ("badge_yes", "badge_no"),
    "phone": ("phone_in_hand", "no_phone"),
}
"""Each corpus task and its labels."""

TAGS = frozenset({"east_asian", "uniform", "counter", "overhead", "small", "glasses", "mask", "seated", "standing",
                  "crowd", "child", "lowres", "mirror_selfie", "grayscale"})

FACE_OUTLINE = (10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152, 148,
                176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109)
FACE_KEPT = FACE_OUTLINE + (1, 13, 14, 33, 263, 61, 291, 133, 362, 159, 145, 386, 374)
"""Face-mesh points kept: the outline (so the face's box is exact) and every point a measure reads."""
FACE_MESH_POINTS = 478


class FeatureFileError(ValueError):
    """The feature file is missing or not in the expected format."""


@dataclass(frozen=True)
class Row:
    """One manifest row: one image labelled for one task."""

    manifest: str
    line: int
    repo: str
    commit: str
    path: str
    licence: str
    sha256: str
    task: str
    label: str
    source: str
    tags: tuple[str, ...]
    note: str

    @property
    def where(self) -> str:
        """``manifest.csv:line`` of this row."""
        return f"{self.manifest}:{self.line}"

    def image_path(self, root: Path) -> Path:
        """Where the rebuilt image of this row lies under ``root``: ``<task>/<label>/<sha12><ext>``."""
        ext = Path(self.path.rpartition("!")[2]).suffix.lower() or ".jpg"
        return root / self.task / self.label / f"{self.sha256[:12]}{ext}"


def read_manifests(folder: Path = MANIFESTS) -> list[Row]:
    """Every row of every manifest in ``folder``, in file order.

    Raises:
        ValueError: A manifest whose header is not :data:`COLUMNS`.
    """
    rows = []
    for f in sorted(Path(folder).glob("*.csv")):
        with open(f, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            if tuple(reader.fieldnames or ()) != COLUMNS:
                raise ValueError(f"{f.name}: header must be {','.join(COLUMNS)}, got {reader.fieldnames}")
            for n, r in enumerate(reader, start=2):
                tags = tuple(t for t in (r["tags"] or "").split(";") if t)
                rows.append(Row(f.name, n, r["repo"], r["commit"], r["path"], r["licence"], r["sha256"].lower(),
                                r["task"], r["label"], r["source"], tags, r["note"] or ""))
    return rows


# --- the feature file -------------------------------------------------------------------------

def empty_arrays(n: int) -> dict[str, np.ndarray]:
    """Arrays for ``n`` images, every value missing (NaN, or 0 persons)."""
    nan = np.float16(np.nan)
    return {
        "frame_size": np.zeros((n, 2), np.int32), "bbox": np.full((n, 4), nan, np.float32),
        "persons": np.zeros(n, np.int16), "pose_image": np.full((n, 33, 5), nan, np.float16),
        "pose_world": np.full((n, 33, 3), nan, np.float16), "face_points": np.full((n, len(FACE_KEPT), 3), nan, np.float16),
        "blendshapes": np.full((n, 52), nan, np.float16), "face_transform": np.full((n, 4, 4), nan, np.float16),
        "hands": np.full((n, 2, 21, 3), nan, np.float16), "hand_is_right": np.zeros((n, 2), np.int8),
    }


def store_person(arr: dict[str, np.ndarray], i: int, person: PersonObservation) -> list[str]:
    """Writes one person into row ``i`` of the arrays; returns the blendshape names (in stored order)."""
    arr["bbox"][i] = person.bbox
    if person.pose is not None:
        arr["pose_image"][i] = person.pose.image
        if person.pose.world is not None:
            arr["pose_world"][i] = person.pose.world
    names: list[str] = []
    if person.face is not None:
        if len(person.face.image) >= FACE_MESH_POINTS:
            arr["face_points"][i] = person.face.image[list(FACE_KEPT), :3]
        if person.face.blendshapes:
            names = [k for k, _ in person.face.blendshapes][:52]
            arr["blendshapes"][i] = [v for _, v in person.face.blendshapes][:52]
        if person.face.transform is not None:
            arr["face_transform"][i] = person.face.transform
    for j, h in enumerate(person.hands[:2]):
        arr["hands"][i, j] = h.image
        arr["hand_is_right"][i, j] = 1 if h.handedness == "Right" else -1
    return names


def save_features(path: Path, keys: list[str], arr: dict[str, np.ndarray], blendshape_names: list[str],
                  model_digests: dict[str, str]) -> None:
    """Writes the feature file (compressed ``.npz``) for the images ``keys`` (SHA-256 hex)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, sha256=np.array(keys), blendshape_names=np.array(blendshape_names),
                        models=np.array(json.dumps(model_digests, sort_keys=True)), **arr)


def _finite(a: np.ndarray) -> bool:
    return bool(np.all(np.isfinite(a)))


def _person(d: dict[str, np.ndarray], i: int, names: tuple[str, ...]) -> PersonObservation | None:
    if int(d["persons"][i]) == 0:
        return None
    fw, fh = (int(v) for v in d["frame_size"][i])
    pose = None
    img = d["pose_image"][i].astype(np.float32)
    if _finite(img):
        world = d["pose_world"][i].astype(np.float32)
        pose = PoseLandmarks(image=img, world=world if _finite(world) else None)
    face = None
    kept = d["face_points"][i].astype(np.float32) if "face_points" in d else None
    if kept is not None and _finite(kept):
        mesh = np.repeat(kept[: len(FACE_OUTLINE)].mean(axis=0, keepdims=True), FACE_MESH_POINTS, axis=0)
        mesh[list(FACE_KEPT)] = kept  # points not kept sit inside the outline: the face's box is unchanged
        bs = d["blendshapes"][i].astype(np.float32)
        blend = tuple(zip(names, (float(v) for v in bs))) if _finite(bs) and names else ()
        tf = d["face_transform"][i].astype(np.float32)
        face = FaceLandmarks(image=mesh, blendshapes=blend, transform=tf if _finite(tf) else None)
    hands = []
    for j in range(2):
        h = d["hands"][i, j].astype(np.float32)
        if _finite(h) and int(d["hand_is_right"][i, j]) != 0:
            hands.append(HandLandmarks(image=h, world=None, score=1.0,
                                       handedness="Right" if int(d["hand_is_right"][i, j]) > 0 else "Left"))
    bbox = tuple(float(v) for v in d["bbox"][i])
    return PersonObservation(bbox=bbox, pose=pose, face=face, hands=tuple(hands), frame_size=(fw, fh))  # type: ignore[arg-type]


def load_features(path: Path = FEATURES) -> dict[str, PersonObservation | None]:
    """The largest person of every image in the feature file, keyed by SHA-256 (None: nobody found).

    Raises:
        FeatureFileError: The file is missing or lacks an expected array.
    """
    path = Path(path)
    if not path.is_file():
        raise FeatureFileError(f"feature file not found: {path} (make it with tools/corpus.py features)")
    try:
        with np.load(path, allow_pickle=False) as z:
            d = {k: z[k] for k in z.files}
    except (OSError, ValueError) as exc:
        raise FeatureFileError(f"feature file {path} cannot be read: {exc}") from exc
    missing = {"sha256", "persons", "frame_size", "bbox", "pose_image", "pose_world", "blendshapes",
               "face_transform", "hands", "hand_is_right"} - set(d)
    if missing:
        raise FeatureFileError(f"feature file {path} lacks {sorted(missing)}; rebuild it with tools/corpus.py features")
    names = tuple(str(n) for n in d.get("blendshape_names", np.array([])))
    return {str(k): _person(d, i, names) for i, k in enumerate(d["sha256"])}


def model_digests(path: Path = FEATURES) -> dict[str, str]:
    """The digests of the perception model files that made the feature file."""
    with np.load(path, allow_pickle=False) as z:
        return dict(json.loads(str(z["models"])))
