"""The shift-start grooming inspection (仪容仪表检查), as pure logic.

Its parts: :mod:`~inspector.inspection.model` (settings, items, results),
:mod:`~inspector.inspection.items` (guidance and per-item judgements) and
:mod:`~inspector.inspection.session` (the session, overrides, points, storing); this module gives
their public names. The app's live run is :mod:`inspector.inspection_run`.

The staff member stands about 1.5-2 m from the camera, first facing it, then side-on. Frames
(already analysed by the pipeline: pose, face, features, labels) are fed to an
:class:`InspectionSession`, which:

* gives per-frame guidance (:func:`frame_guidance`): nobody in view, two people in view (asks for
  one), too far / too close, turned away, and which view (front / side) is still needed;
* judges each checklist item on the frames where it can be judged, keeping the evidence frame:
  ``badge`` (:mod:`inspector.badge`), ``uniform`` (colour against the enrolled uniform,
  :mod:`inspector.badge.uniform`), ``hair_face`` (hair not covering the forehead and eyes: skin seen on
  the face mesh's forehead / brow-ridge points), ``hair_tied`` (no loose long hair hanging on the
  shoulders beside the neck), ``upright`` (standing, no lean, shoulders level — front and side),
  ``hands`` (an allowed hand position: hanging, clasped in front, behind the back), ``smile``;
* ends in an :class:`InspectionResult` (each item pass / fail / cannot tell with its evidence
  frame); the manager may override an item with a reason (:func:`apply_override`);
* :func:`store_inspection` records it in the conduct database (cannot-tell items are left out of
  the stored checklist; points per failed item come from the scoring settings).

No badge enrolled: the badge item uses the generic badge / lanyard detector and says so in its
detail (``InspectionConfig.badge_without_enrolment = "generic"``), or reports ``cannot tell``
with a message asking to enrol the badge (``"cannot_tell"``).
"""

from inspector.inspection.items import frame_guidance, frame_view, inspected_people
from inspector.inspection.model import (ALLOWED_HANDS, FRONT_ITEMS, ITEM_TITLES, ITEMS, SIDE_ITEMS, Guidance,
                                        InspectionConfig, InspectionError, InspectionResult, InspectionScreenConfig,
                                        ItemResult, ItemStatus, Observation, View)
from inspector.inspection.session import InspectionSession, apply_override, inspection_points, store_inspection

__all__ = [
    "ALLOWED_HANDS", "FRONT_ITEMS", "ITEMS", "ITEM_TITLES", "SIDE_ITEMS", "Guidance", "InspectionConfig",
    "InspectionError", "InspectionResult", "InspectionScreenConfig", "InspectionSession", "ItemResult", "ItemStatus",
    "Observation", "View", "apply_override", "frame_guidance", "frame_view", "inspected_people", "inspection_points",
    "store_inspection",
]
