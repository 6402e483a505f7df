"""MediaPipe perception: pose, face and hand landmarkers turned into person observations.

One :class:`Perception` owns the three landmarkers. ``mode="video"`` runs them in
VIDEO mode (temporal tracking inside MediaPipe; timestamps must increase), ``mode="image"``
in IMAGE mode for unrelated stills. Faces and hands are matched to pose persons;
a face with no pose person becomes a person of its own (close-ups where the body is cut).
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Sequence

import cv2
import numpy as np

from pydantic import Field

from inspector.hand_crops import (L_SHOULDER, L_WRIST, R_SHOULDER, R_WRIST, cut_crop, dedupe_hands, hand_crop_boxes, pick_crop_hand,
                                  uncrop_hand)
from inspector.settings_base import Section
from inspector.types import FaceLandmarks, Frame, FrameResult, HandLandmarks, PersonObservation, PoseLandmarks

Mode = Literal["video", "image"]

# Pose landmark indices (BlazePose 33).
NOSE, L_EYE, R_EYE, L_EAR, R_EAR = 0, 2, 5, 7, 8
L_HIP, R_HIP, L_KNEE, R_KNEE, L_ANKLE, R_ANKLE = 23, 24, 25, 26, 27, 28
HEAD_POINTS = tuple(range(0, 11))

POSE_CONNECTIONS: tuple[tuple[int, int], ...] = (
    (0, 1), (1, 2), (2, 3), (3, 7), (0, 4), (4, 5), (5, 6), (6, 8), (9, 10),
    (11, 12), (11, 13), (13, 15), (15, 17), (15, 19), (15, 21), (17, 19),
    (12, 14), (14, 16), (16, 18), (16, 20), (16, 22), (18, 20),
    (11, 23), (12, 24), (23, 24), (23, 25), (24, 26), (25, 27), (26, 28),
    (27, 29), (28, 30), (29, 31), (30, 32), (27, 31), (28, 32),
)


class PerceptionConfig(Section):
    """MediaPipe model settings."""

    num_poses: int = Field(4, ge=1, le=10, description="Maximum number of persons the pose landmarker finds per frame.")
    num_faces: int = Field(4, ge=1, le=10, description="Maximum number of faces the face landmarker finds per frame.")
    num_hands: int = Field(4, ge=0, le=10, description="Maximum number of hands; 0 switches the hand landmarker off.")
    use_hands: bool = Field(True, description="Run the hand landmarker to refine hand classes (phone, chin on hand, clasped hands).")
    min_pose_detection_confidence: float = Field(0.5, ge=0, le=1, description="Pose detector score below which a person is not reported.")
    min_pose_presence_confidence: float = Field(0.5, ge=0, le=1, description="Pose presence score below which tracking re-detects.")
    min_tracking_confidence: float = Field(0.5, ge=0, le=1, description="Landmark tracking confidence below which the detector runs again (video mode).")
    min_face_detection_confidence: float = Field(0.5, ge=0, le=1, description="Face detector score below which a face is not reported.")
    min_hand_detection_confidence: float = Field(0.5, ge=0, le=1, description="Hand detector score below which a hand is not reported.")
    max_side: int = Field(1280, ge=160, le=4096, description="Frames whose longer side exceeds this many pixels are scaled down before inference.")
    model_dir: str | None = Field(None, description="Folder holding the verified .task files; default is the models cache (models/cache or $INSPECTOR_MODEL_DIR).")
    parallel_models: bool = Field(True, description="Run the pose, face and hand landmarkers on a frame at the same time (about 1.6x faster on 2 cores); off runs them one after another.")
    min_landmark_visibility: float = Field(0.5, ge=0, le=1, description="Landmarks below this visibility count as hidden when measures are computed.")
    min_person_height: float = Field(0.08, ge=0, le=1, description="Pose persons whose visible landmarks span less than this fraction of the frame height are dropped (phantom detections on furniture, far passers-by).")
    min_shoulder_px: float = Field(30.0, ge=0, description="In video, pose persons whose shoulders are closer than this many pixels are dropped: too small to judge, and typical of phantom skeletons fitted to furniture (stills are framed on their subject and keep them).")
    min_core_visibility: float = Field(0.35, ge=0, le=1, description="Pose persons whose mean visibility over nose, shoulders and hips is below this are dropped as phantoms.")
    hand_crops: Literal["off", "stills", "always"] = Field("stills", description="Second hand pass: for each pose wrist without a hand from the whole-frame pass, the hand landmarker runs again on an upscaled square crop around that wrist (finds small hands the whole-frame pass misses). 'stills' runs it in image mode only, 'always' also on video frames (costs about 10-30 ms per crop on one core), 'off' never.")
    hand_crop_px: int = Field(256, ge=128, le=640, description="Side in pixels to which a wrist crop is resized before the hand landmarker runs on it.")
    hand_crop_forearms: float = Field(4.5, gt=0, le=10, description="Side of a wrist crop in forearm lengths (pose elbow to wrist, image).")
    hand_crop_min_shoulders: float = Field(0.8, gt=0, le=5, description="Smallest side of a wrist crop in shoulder widths (image), for foreshortened forearms.")
    hand_crop_max_offset: float = Field(0.5, gt=0, le=2, description="A hand found in a wrist crop is kept only if its wrist lies within this fraction of the crop side of the pose wrist.")


class PerceptionError(RuntimeError):
    """A landmarker could not be created or failed on a frame."""


@dataclass(frozen=True)
class RawResults:
    """The landmarkers' outputs for one frame, converted to numpy (no MediaPipe types)."""

    poses: tuple[PoseLandmarks, ...]
    faces: tuple[FaceLandmarks, ...]
    hands: tuple[HandLandmarks, ...]


def _model_file(cfg: PerceptionConfig, name: str) -> str:
    from models.registry import model_path

    folder = Path(cfg.model_dir) if cfg.model_dir else None
    return str(model_path(name, folder))


class Perception:
    """Runs the MediaPipe landmarkers on frames.

    Args:
        cfg: Perception settings.
        mode: ``"video"`` for a stream of frames from one source, ``"image"`` for unrelated stills.
        use_face: Run the face landmarker.
        use_hands: Run the hand landmarker (default from ``cfg.use_hands``).

    Raises:
        ModelMissingError / ModelDigestError: Model files absent or not the verified ones.
        PerceptionError: MediaPipe could not create a landmarker.
    """

    def __init__(self, cfg: PerceptionConfig | None = None, mode: Mode = "video", *,
                 use_face: bool = True, use_hands: bool | None = None) -> None:
        import mediapipe as mp
        from mediapipe.tasks.python.core.base_options import BaseOptions
        from mediapipe.tasks.python.vision import (FaceLandmarker, FaceLandmarkerOptions, HandLandmarker,
                                                   HandLandmarkerOptions, PoseLandmarker, PoseLandmarkerOptions)
        from mediapipe.tasks.python.vision.core.vision_task_running_mode import VisionTaskRunningMode

        self.cfg = cfg or PerceptionConfig()
        self.mode = mode
        self._mp = mp
        running = VisionTaskRunningMode.VIDEO if mode == "video" else VisionTaskRunningMode.IMAGE
        c = self.cfg
        use_hands = c.use_hands and c.num_hands > 0 if use_hands is None else use_hands
        self._last_ts = -1
        self._pose = self._face = self._hands = self._crop_hands = None
        self._pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="landmarker") if c.parallel_models else None
        # Resolved first, so that a missing file or a wrong digest surfaces as such (clear message).
        pose_file = _model_file(c, "pose_landmarker_full")
        face_file = _model_file(c, "face_landmarker") if use_face else ""
        hand_file = _model_file(c, "hand_landmarker") if use_hands else ""
        try:
            self._pose = PoseLandmarker.create_from_options(PoseLandmarkerOptions(
                base_options=BaseOptions(model_asset_path=pose_file),
                running_mode=running, num_poses=c.num_poses,
                min_pose_detection_confidence=c.min_pose_detection_confidence,
                min_pose_presence_confidence=c.min_pose_presence_confidence,
                min_tracking_confidence=c.min_tracking_confidence))
            self._face = FaceLandmarker.create_from_options(FaceLandmarkerOptions(
                base_options=BaseOptions(model_asset_path=face_file),
                running_mode=running, num_faces=c.num_faces,
                min_face_detection_confidence=c.min_face_detection_confidence,
                output_face_blendshapes=True, output_facial_transformation_matrixes=True)) if use_face else None
            self._hands = HandLandmarker.create_from_options(HandLandmarkerOptions(
                base_options=BaseOptions(model_asset_path=hand_file),
                running_mode=running, num_hands=c.num_hands,
                min_hand_detection_confidence=c.min_hand_detection_confidence)) if use_hands else None
            # The crop pass needs IMAGE mode (crops are unrelated pictures); in image mode the
            # whole-frame landmarker serves, in video mode it gets its own.
            crops_on = use_hands and (c.hand_crops == "always" or (c.hand_crops == "stills" and mode == "image"))
            self._crop_hands = None
            if crops_on:
                self._crop_hands = self._hands if mode == "image" else HandLandmarker.create_from_options(HandLandmarkerOptions(
                    base_options=BaseOptions(model_asset_path=hand_file),
                    running_mode=VisionTaskRunningMode.IMAGE, num_hands=2,
                    min_hand_detection_confidence=c.min_hand_detection_confidence))
        except (RuntimeError, ValueError) as e:
            self.close()  # release the landmarkers already created and the thread pool
            raise PerceptionError(f"could not create MediaPipe landmarkers: {e}") from e

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Releases the landmarkers."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        if self._crop_hands is not None and self._crop_hands is not self._hands:
            self._crop_hands.close()
        for lm in (self._pose, self._face, self._hands):
            if lm is not None:
                lm.close()
        self._pose = self._face = self._hands = self._crop_hands = None

    @property
    def hand_crops_active(self) -> bool:
        """Whether :meth:`process` runs the second hand pass on wrist crops."""
        return self._crop_hands is not None

    def __enter__(self) -> "Perception":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- inference ---------------------------------------------------------------------------
    def _prepare(self, frame: Frame):
        img = frame.image
        h, w = img.shape[:2]
        scale = min(1.0, self.cfg.max_side / max(h, w))
        if scale < 1.0:
            img = cv2.resize(img, (int(round(w * scale)), int(round(h * scale))), interpolation=cv2.INTER_AREA)
        rgb = cv2.cvtColor(img, cv2.COLOR_BGR2RGB)
        return self._mp.Image(image_format=self._mp.ImageFormat.SRGB, data=np.ascontiguousarray(rgb))

    def _timestamp(self, frame: Frame) -> int:
        ts = int(frame.timestamp_ms)
        if ts <= self._last_ts:  # VIDEO mode needs strictly increasing timestamps
            ts = self._last_ts + 1
        self._last_ts = ts
        return ts

    def _run_models(self, image, ts: int | None, which: tuple[bool, bool, bool] = (True, True, True)) -> tuple:
        """Runs pose, face and hand landmarkers on one image, concurrently when configured.

        Each MediaPipe task runs its graph on its own threads and the Python call only waits, so
        the three models overlap on a multi-core machine (measured ~1.6x faster on 2 cores).
        ``which`` switches single models off for this image (their result is None).
        """
        def call(lm):
            if lm is None:
                return None
            return lm.detect_for_video(image, ts) if ts is not None else lm.detect(image)

        models = tuple(lm if on else None for lm, on in zip((self._pose, self._face, self._hands), which))
        if self._pool is None:
            return tuple(call(lm) for lm in models)
        futures = [self._pool.submit(call, lm) for lm in models]
        return tuple(f.result() for f in futures)

    def infer(self, frame: Frame, hands: bool = True) -> RawResults:
        """Runs the models only (the 'bare model' cost) and converts their outputs to numpy.

        ``hands=False`` leaves the hand landmarker out for this frame (no hands in the result).
        """
        image = self._prepare(frame)
        ts = self._timestamp(frame) if self.mode == "video" else None
        pose, face, found = self._run_models(image, ts, (True, True, hands))
        return convert_results(pose, face, found)

    def infer_hands(self, frame: Frame) -> tuple[HandLandmarks, ...]:
        """Runs the hand landmarker alone on a frame (after :meth:`infer` left it out)."""
        image = self._prepare(frame)
        ts = self._timestamp(frame) if self.mode == "video" else None
        return convert_results(None, None, self._run_models(image, ts, (False, False, True))[2]).hands

    def infer_bare(self, frame: Frame) -> None:
        """Runs the models on a frame, the same way :meth:`infer` does, and discards the result."""
        image = self._prepare(frame)
        self._run_models(image, self._timestamp(frame) if self.mode == "video" else None)

    def process(self, frame: Frame) -> FrameResult:
        """Finds the persons in a frame (no tracking, no features yet)."""
        t0 = time.perf_counter()
        raw = self.infer(frame)
        # Stills are framed on their subject; the pixel floor is for camera streams, where tiny
        # skeletons are phantoms on furniture or people far from the desk.
        min_px = self.cfg.min_shoulder_px if self.mode == "video" else 0.0
        if self._crop_hands is not None:
            raw = RawResults(raw.poses, raw.faces, raw.hands + self.crop_hands(frame, raw, min_px))
        ms = (time.perf_counter() - t0) * 1000.0
        persons = assemble_persons(raw, frame.width, frame.height, self.cfg.min_person_height,
                                   self.cfg.min_core_visibility, min_px)
        return FrameResult(frame=frame, persons=persons, inference_ms=ms)


    def crop_hands(self, frame: Frame, raw: RawResults, min_shoulder_px: float = 0.0) -> tuple[HandLandmarks, ...]:
        """Second hand pass: hands found in upscaled crops around the wrists left without a hand.

        Only plausible poses (as :func:`assemble_persons` keeps them) are looked at, and only their
        wrists that no whole-frame hand matches. Returns the new hands in full-frame coordinates.
        """
        if self._crop_hands is None:
            return ()
        c = self.cfg
        poses = [p for p in raw.poses
                 if plausible_pose(p, c.min_person_height, c.min_core_visibility, min_shoulder_px, frame.width,
                                                 frame.height)]
        taken = {(i, w) for i, w, _ in match_hands_to_wrists(poses, raw.hands)}
        boxes = [b for b in hand_crop_boxes(poses, frame.width, frame.height, c.hand_crop_forearms,
                                            c.hand_crop_min_shoulders)
                 if (b.pose_index, b.wrist) not in taken]
        found: list[HandLandmarks] = []
        for box in boxes:
            crop = cut_crop(frame.image, box, c.hand_crop_px)
            rgb = cv2.cvtColor(crop, cv2.COLOR_BGR2RGB)
            result = self._crop_hands.detect(self._mp.Image(image_format=self._mp.ImageFormat.SRGB,
                                                            data=np.ascontiguousarray(rgb)))
            hands = [uncrop_hand(h, box, frame.width, frame.height) for h in convert_results(None, None, result).hands]
            best = pick_crop_hand(hands, poses[box.pose_index], box, frame.width, frame.height, c.hand_crop_max_offset)
            if best is not None:
                found.append(best)
        return dedupe_hands(raw.hands, found, frame.width, frame.height)


# --- conversion and assembly (pure functions) ---------------------------------------------------

def convert_results(pose, face, hands) -> RawResults:
    """Converts MediaPipe result objects to numpy-backed frozen values."""
    poses = []
    for i, lms in enumerate(pose.pose_landmarks if pose else []):
        arr = np.array([[p.x, p.y, p.z, p.visibility or 0.0, p.presence or 0.0] for p in lms], dtype=np.float32)
        world = None
        if pose.pose_world_landmarks and i < len(pose.pose_world_landmarks):
            world = np.array([[p.x, p.y, p.z] for p in pose.pose_world_landmarks[i]], dtype=np.float32)
        poses.append(PoseLandmarks(image=arr, world=world))
    faces = []
    if face is not None:
        for i, lms in enumerate(face.face_landmarks):
            arr = np.array([[p.x, p.y, p.z] for p in lms], dtype=np.float32)
            blend: tuple[tuple[str, float], ...] = ()
            if face.face_blendshapes and i < len(face.face_blendshapes):
                blend = tuple((c.category_name, float(c.score)) for c in face.face_blendshapes[i])
            tf = None
            if face.facial_transformation_matrixes and i < len(face.facial_transformation_matrixes):
                tf = np.asarray(face.facial_transformation_matrixes[i], dtype=np.float32).reshape(4, 4)
            faces.append(FaceLandmarks(image=arr, blendshapes=blend, transform=tf))
    hand_list = []
    if hands is not None:
        for i, lms in enumerate(hands.hand_landmarks):
            arr = np.array([[p.x, p.y, p.z] for p in lms], dtype=np.float32)
            world = None
            if hands.hand_world_landmarks and i < len(hands.hand_world_landmarks):
                world = np.array([[p.x, p.y, p.z] for p in hands.hand_world_landmarks[i]], dtype=np.float32)
            side, score = "Unknown", 0.0
            if hands.handedness and i < len(hands.handedness) and hands.handedness[i]:
                side, score = hands.handedness[i][0].category_name, float(hands.handedness[i][0].score)
            hand_list.append(HandLandmarks(image=arr, world=world, handedness=side, score=score))
    return RawResults(tuple(poses), tuple(faces), tuple(hand_list))


def pose_bbox(pose: PoseLandmarks, width: int, height: int, min_visibility: float = 0.3) -> tuple[float, float, float, float]:
    """Pixel box around the visible pose landmarks, padded a little (head top, hands)."""
    pts = pose.image
    mask = pts[:, 3] >= min_visibility
    if mask.sum() < 3:
        mask = np.ones(len(pts), dtype=bool)
    xs = np.clip(pts[mask, 0], 0.0, 1.0) * width
    ys = np.clip(pts[mask, 1], 0.0, 1.0) * height
    x0, x1, y0, y1 = xs.min(), xs.max(), ys.min(), ys.max()
    pad_x = 0.08 * (x1 - x0) + 2
    pad_top = 0.12 * (y1 - y0) + 2
    x0, x1 = max(0.0, x0 - pad_x), min(float(width), x1 + pad_x)
    y0, y1 = max(0.0, y0 - pad_top), min(float(height), y1 + 0.04 * (y1 - y0) + 2)
    return (float(x0), float(y0), float(x1 - x0), float(y1 - y0))


def face_bbox(face: FaceLandmarks, width: int, height: int) -> tuple[float, float, float, float]:
    """Pixel box around the face mesh."""
    xs = np.clip(face.image[:, 0], 0, 1) * width
    ys = np.clip(face.image[:, 1], 0, 1) * height
    return (float(xs.min()), float(ys.min()), float(xs.max() - xs.min()), float(ys.max() - ys.min()))


def _match(costs: np.ndarray, max_cost: float) -> list[tuple[int, int]]:
    """Greedy minimum-cost matching of rows to columns below ``max_cost``."""
    pairs: list[tuple[int, int]] = []
    if costs.size == 0:
        return pairs
    c = costs.copy()
    while True:
        i, j = np.unravel_index(np.argmin(c), c.shape)
        if not np.isfinite(c[i, j]) or c[i, j] > max_cost:
            break
        pairs.append((int(i), int(j)))
        c[i, :] = np.inf
        c[:, j] = np.inf
    return pairs


def match_faces(poses: Sequence[PoseLandmarks], faces: Sequence[FaceLandmarks]) -> list[tuple[int, int]]:
    """Pairs (pose index, face index) whose head landmarks agree.

    The cost is the distance from the pose's nose to the face-mesh nose tip (landmark 1), in units
    of the face width; pairs costing more than 0.6 face widths are left unmatched.
    """
    if not poses or not faces:
        return []
    costs = np.full((len(poses), len(faces)), np.inf)
    for j, f in enumerate(faces):
        fw = max(float(np.ptp(f.image[:, 0])), 1e-4)
        tip = f.image[1, :2]
        for i, p in enumerate(poses):
            costs[i, j] = float(np.linalg.norm(p.image[NOSE, :2] - tip)) / fw
    return _match(costs, 0.6)


def match_hands_to_wrists(poses: Sequence[PoseLandmarks], hands: Sequence[HandLandmarks]) -> list[tuple[int, int, int]]:
    """Triples (pose index, pose wrist landmark index, hand index): the hand's wrist near that pose wrist.

    Each wrist takes at most one hand. The cost is the wrist distance over the pose's shoulder width;
    pairs costing more than 0.6 are left unmatched.
    """
    if not poses or not hands:
        return []
    slots = [(i, w) for i in range(len(poses)) for w in (L_WRIST, R_WRIST)]
    costs = np.full((len(slots), len(hands)), np.inf)
    for s, (i, w) in enumerate(slots):
        p = poses[i].image
        scale = max(float(np.linalg.norm(p[L_SHOULDER, :2] - p[R_SHOULDER, :2])), 0.02)
        for j, h in enumerate(hands):
            costs[s, j] = float(np.linalg.norm(p[w, :2] - h.image[0, :2])) / scale
    return [(slots[s][0], slots[s][1], j) for s, j in _match(costs, 0.6)]


def match_hands(poses: Sequence[PoseLandmarks], hands: Sequence[HandLandmarks]) -> list[tuple[int, int]]:
    """Pairs (pose index, hand index): the hand's wrist near one of the pose's wrists.

    Each pose takes at most two hands (one per wrist). The cost is the wrist distance over the
    pose's shoulder width.
    """
    return [(i, j) for i, _, j in match_hands_to_wrists(poses, hands)]


def plausible_pose(pose: PoseLandmarks, min_height: float, min_core_visibility: float,
                   min_shoulder_px: float = 0.0, width: int = 0, height: int = 0) -> bool:
    """Whether a pose looks like a real person rather than a phantom on furniture or a speck.

    Args:
        pose: The landmarks.
        min_height: Minimum span of the visible landmarks, as a fraction of the frame height.
        min_core_visibility: Minimum mean visibility of nose, shoulders and hips.
        min_shoulder_px: Minimum distance between the shoulders in pixels (needs the frame size).
        width, height: Frame size in pixels.
    """
    pts = pose.image
    if min_shoulder_px > 0 and width > 0 and height > 0:
        span = float(np.hypot((pts[L_SHOULDER, 0] - pts[R_SHOULDER, 0]) * width,
                              (pts[L_SHOULDER, 1] - pts[R_SHOULDER, 1]) * height))
        if span < min_shoulder_px:
            return False
    core = float(np.mean(pts[[NOSE, L_SHOULDER, R_SHOULDER, L_HIP, R_HIP], 3]))
    if core < min_core_visibility:
        return False
    vis = pts[:, 3] >= 0.5
    if vis.sum() < 3:
        return False
    ys = np.clip(pts[vis, 1], 0.0, 1.0)
    return float(ys.max() - ys.min()) >= min_height


def assemble_persons(raw: RawResults, width: int, height: int, min_height: float = 0.0,
                     min_core_visibility: float = 0.0, min_shoulder_px: float = 0.0) -> tuple[PersonObservation, ...]:
    """Builds one observation per plausible pose (with its face and hands) plus one per unmatched face."""
    if min_height > 0 or min_core_visibility > 0 or min_shoulder_px > 0:
        raw = RawResults(tuple(p for p in raw.poses
                               if plausible_pose(p, min_height, min_core_visibility, min_shoulder_px, width, height)),
                         raw.faces, raw.hands)
    face_of = dict(match_faces(raw.poses, raw.faces))
    hands_of: dict[int, list[HandLandmarks]] = {}
    for i, j in match_hands(raw.poses, raw.hands):
        hands_of.setdefault(i, []).append(raw.hands[j])
    persons = []
    for i, pose in enumerate(raw.poses):
        face = raw.faces[face_of[i]] if i in face_of else None
        persons.append(PersonObservation(bbox=pose_bbox(pose, width, height), pose=pose, face=face,
                                         hands=tuple(hands_of.get(i, ())), frame_size=(width, height)))
    used = set(face_of.values())
    for j, face in enumerate(raw.faces):
        if j not in used:
            persons.append(PersonObservation(bbox=face_bbox(face, width, height), face=face,
                                             frame_size=(width, height)))
    persons.sort(key=lambda p: p.area, reverse=True)
    return tuple(persons)
