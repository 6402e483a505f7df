"""Badge enrolment: learn the site's real badge from photos or from the manager wearing it.

The manager either holds the badge up to the camera / loads photos of it (:func:`enrol_badge`: the
card is the largest convex four-sided outline in each photo, or the whole photo when none is
found), or stands in front of the camera wearing it (:func:`enrol_worn_badge`: the card found in
the chest by :func:`inspector.badge.assess_badge`, which also gives its place and size relative to the
shoulders). The enrolment keeps a hue-saturation histogram, the long/short side ratio, the size in
chest units when known, and ORB descriptors; :func:`save_enrolment` writes it as a versioned JSON
file and :func:`load_enrolment` reads it back with clear errors.
"""


from __future__ import annotations

import base64
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

import cv2
import numpy as np

from inspector.badge.assess import assess_badge
from inspector.badge.chest import PLACES, BadgeConfig, chest_crop, uv_to_crop
from inspector.badge.match import FORMAT_VERSION, BadgeEnrolment, hs_histogram, orb_features
from inspector.errors import UserError
from inspector.types import PersonObservation

FORMAT = "deskconduct-badge-enrolment"
PLACE_NAMES = ("any",) + tuple(PLACES)


class EnrolmentError(UserError):
    """An enrolment that cannot be made, read or used; the message says what to do."""


def _check_image(image: np.ndarray, what: str) -> None:
    if not isinstance(image, np.ndarray) or image.ndim != 3 or image.shape[2] != 3 or min(image.shape[:2]) < 16:
        raise EnrolmentError(f"{what}: need a colour image of at least 16 x 16 pixels, got shape {getattr(image, 'shape', None)}")


def find_card(image: np.ndarray) -> tuple[np.ndarray, float]:
    """The badge in a close-up photo: (upright crop, long/short ratio).

    The card is the largest convex four-sided outline covering at least 5 % of the photo; without
    one, the whole photo is taken as the badge.
    """
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    edges = cv2.dilate(cv2.Canny(cv2.GaussianBlur(gray, (5, 5), 0), 40, 120), np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    area_min = 0.05 * image.shape[0] * image.shape[1]
    best = None
    for c in contours:
        approx = cv2.approxPolyDP(c, 0.03 * cv2.arcLength(c, True), True)
        if len(approx) == 4 and cv2.isContourConvex(approx) and cv2.contourArea(approx) >= area_min:
            if best is None or cv2.contourArea(approx) > cv2.contourArea(best):
                best = approx
    if best is None:
        h, w = image.shape[:2]
        return image, max(h, w) / min(h, w)
    (cx, cy), (w, h), ang = cv2.minAreaRect(best)
    if w > h:  # make it portrait
        w, h, ang = h, w, ang + 90
    rot = cv2.getRotationMatrix2D((cx, cy), ang, 1.0)
    rotated = cv2.warpAffine(image, rot, (image.shape[1], image.shape[0]))
    x0, y0 = int(max(0, cx - w / 2)), int(max(0, cy - h / 2))
    card = rotated[y0:int(cy + h / 2), x0:int(cx + w / 2)]
    if min(card.shape[:2]) < 8:
        return image, max(image.shape[:2]) / min(image.shape[:2])
    return card, float(h / max(w, 1e-6))


def _build(cards: Sequence[np.ndarray], aspects: Sequence[float], sizes: Sequence[float], place: str) -> BadgeEnrolment:
    hist = sum(hs_histogram(c) for c in cards) / len(cards)
    des = [d for d in (orb_features(cv2.cvtColor(c, cv2.COLOR_BGR2GRAY))[1] for c in cards) if d is not None]
    descriptors = np.vstack(des).astype(np.uint8) if des else np.zeros((0, 32), np.uint8)
    return BadgeEnrolment(place=place, aspect=float(np.median(aspects)), size_u=float(np.median(sizes)) if sizes else None,
                          histogram=hist.astype(np.float32), descriptors=descriptors, n_images=len(cards),
                          created=datetime.now(timezone.utc).isoformat(timespec="seconds"))


def enrol_badge(images: Sequence[np.ndarray], place: str = "any") -> BadgeEnrolment:
    """Learns the badge from close-up photos (badge held up to the camera, or loaded photos).

    Raises:
        EnrolmentError: No photos, unusable photo, unknown place, or no features at all.
    """
    if place not in PLACE_NAMES:
        raise EnrolmentError(f"unknown badge place {place!r}; use one of {', '.join(PLACE_NAMES)}")
    if not images:
        raise EnrolmentError("no badge photos given: show the badge to the camera or load at least one photo of it")
    cards, aspects = [], []
    for i, img in enumerate(images):
        _check_image(img, f"badge photo {i + 1}")
        card, aspect = find_card(img)
        cards.append(card)
        aspects.append(aspect)
    enr = _build(cards, aspects, [], place)
    if enr.descriptors.shape[0] == 0:
        raise EnrolmentError("the badge photos show no detail to recognise (blank or blurred): take a sharper, closer photo")
    return enr


def enrol_worn_badge(image: np.ndarray, person: PersonObservation, cfg: BadgeConfig | None = None) -> BadgeEnrolment:
    """Learns the badge from a person wearing it (the card found in the chest gives place and size).

    Raises:
        EnrolmentError: The chest cannot be judged or no card is found on it.
    """
    cfg = cfg or BadgeConfig()
    _check_image(image, "enrolment frame")
    a = assess_badge(person, image, cfg)
    if a.chest is None or a.reason:
        raise EnrolmentError(f"cannot enrol the worn badge: {a.reason or 'no person'}; stand facing the camera about 1.5 m away")
    if a.card is None or a.card.box is None or not a.card.place:
        raise EnrolmentError("no badge card found on the chest: wear the badge facing the camera, or load photos of it")
    (u, v), (w, h), ang = a.card.box
    s = cfg.crop_half_shoulder_px
    crop = chest_crop(image, a.chest, cfg)
    x, y = uv_to_crop(u, v, cfg)
    rect = ((float(x), float(y)), (w * s, h * s), ang)
    box = cv2.boxPoints(rect).astype(np.int32)
    x0, y0 = np.clip(box.min(axis=0), 0, None)
    x1, y1 = box.max(axis=0)
    card = crop[y0:y1 + 1, x0:x1 + 1]
    if min(card.shape[:2]) < 4:
        raise EnrolmentError("the badge is too small in the image: stand closer to the camera")
    return _build([card], [max(w, h) / max(min(w, h), 1e-6)], [max(w, h)], a.card.place)


def _b64(a: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(a).tobytes()).decode("ascii")


def save_enrolment(enr: BadgeEnrolment, path: str | Path) -> Path:
    """Writes the enrolment as versioned JSON."""
    p = Path(path)
    data = {"format": FORMAT, "version": enr.format_version, "created": enr.created, "place": enr.place,
            "aspect": enr.aspect, "size_u": enr.size_u, "n_images": enr.n_images,
            "histogram": {"shape": list(enr.histogram.shape), "float32": _b64(enr.histogram.astype(np.float32))},
            "descriptors": {"shape": list(enr.descriptors.shape), "uint8": _b64(enr.descriptors.astype(np.uint8))}}
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return p


def load_enrolment(path: str | Path) -> BadgeEnrolment:
    """Reads an enrolment file.

    Raises:
        EnrolmentError: Missing, unreadable, not an enrolment, or of a newer version.
    """
    p = Path(path)
    if not p.is_file():
        raise EnrolmentError(f"badge enrolment file not found: {p} (enrol the badge first)")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise EnrolmentError(f"{p} is not a badge enrolment file")
        if int(data["version"]) > FORMAT_VERSION:
            raise EnrolmentError(f"{p} was written by a newer version (format {data['version']}); update the program")
        hist = np.frombuffer(base64.b64decode(data["histogram"]["float32"]), np.float32).reshape(data["histogram"]["shape"])
        des = np.frombuffer(base64.b64decode(data["descriptors"]["uint8"]), np.uint8).reshape(data["descriptors"]["shape"])
        place = str(data["place"])
        if place not in PLACE_NAMES:
            raise EnrolmentError(f"{p}: unknown badge place {place!r}")
        return BadgeEnrolment(place=place, aspect=float(data["aspect"]),
                              size_u=None if data["size_u"] is None else float(data["size_u"]),
                              histogram=hist.copy(), descriptors=des.copy(), n_images=int(data["n_images"]),
                              created=str(data["created"]), format_version=int(data["version"]))
    except EnrolmentError:
        raise
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
        raise EnrolmentError(f"cannot read badge enrolment {p}: {e}") from None
