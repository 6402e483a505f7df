"""The site's files in its data folder: the one place that knows their names and how they are saved.

::

    <data folder>/
        inspector.db                  the conduct database (SQLite default; see inspector.store)
        rules.toml                    the rule table edited in the app (defaults when absent)
        calibration/<station>.json    each station's camera calibration profile
        clips/<station>/              evidence clips and thumbnails
        locks/<station>.lock          held by the one analysis of a station at a time
        badge_enrolment.json          the site's badge, learnt in the inspection screen
        retention.json                clip retention days set in the app (``inspector retention`` obeys it)

Saves that change how people are judged (rules, calibration) are authorised and recorded in the
audit trail by the store, and written atomically: when the audit entry cannot be written, the old
file is put back, so a file in force is always an audited one.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from calibration.profile import CalibrationProfile, load_profile, profile_to_json
from inspector.audio.phrases import PhraseSet
from inspector.auth import Permission
from inspector.badge.enrolment import BadgeEnrolment, load_enrolment
from inspector.files import write_atomic
from inspector.locking import ProcessLock
from inspector.rules import RulesConfig, load_rules, rules_to_toml
from inspector.store import Store, StorageConfig, default_data_dir

RULES_FILE = "rules.toml"
CALIBRATION_DIR = "calibration"
CLIPS_DIR = "clips"
LOCKS_DIR = "locks"
FILE_NAME_MAX = 100
"""Longest station name used as it is in a file name."""
BADGE_FILE = "badge_enrolment.json"
DATABASE_FILE = "inspector.db"
RETENTION_FILE = "retention.json"
AUDIO_FILE = "audio_stations.json"
PHRASES_FILE = "audio_phrases.json"


def station_file_name(station: str) -> str:
    """A station name as a plain file name, never shared by two names.

    A name that is not a plain file name (slashes, spaces, a leading dot...) or is longer than
    ``FILE_NAME_MAX`` has those characters replaced (and is shortened) and gets a short hash of
    the real name appended.

    Raises:
        ValueError: Empty station name.
    """
    if not station or not station.strip():
        raise ValueError("a station's files need a station name")
    safe = re.sub(r"[^\w.-]", "_", station).lstrip(".")
    if safe != station or len(safe) > FILE_NAME_MAX:
        safe = f"{safe[:FILE_NAME_MAX] or 'station'}-{hashlib.sha256(station.encode()).hexdigest()[:8]}"
    return safe


def station_profile_path(data_dir: str | Path, station: str) -> Path:
    """Where a station's calibration profile is kept: ``<data_dir>/calibration/<station>.json``.

    Raises:
        ValueError: Empty station name.
    """
    return Path(data_dir) / CALIBRATION_DIR / f"{station_file_name(station)}.json"


def _restore(path: Path, previous: bytes | None) -> None:
    """Puts a file back as it was (``previous`` None: it did not exist), atomically; best effort."""
    try:
        if previous is None:
            path.unlink(missing_ok=True)
            return
        if path.is_file() and path.read_bytes() == previous:
            return
        write_atomic(path, previous)
    except OSError:
        pass


@dataclass(frozen=True)
class Site:
    """The files of one site's data folder.

    Attributes:
        data_dir: The data folder.
    """

    data_dir: Path

    @classmethod
    def from_storage(cls, storage: StorageConfig | None = None) -> "Site":
        """The site of the configured data folder (the user's data folder by default)."""
        return cls(default_data_dir(storage))

    # -- where --------------------------------------------------------------------------------
    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def rules_path(self) -> Path:
        return self.data_dir / RULES_FILE

    @property
    def badge_path(self) -> Path:
        return self.data_dir / BADGE_FILE

    def profile_path(self, station: str) -> Path:
        """The station's calibration profile (see :func:`station_profile_path`)."""
        return station_profile_path(self.data_dir, station)

    def clip_dir(self, station: str) -> Path:
        """The folder of the station's evidence clips: always a folder of ``<data folder>/clips``,
        whatever the station's name (see :func:`station_file_name`).

        Raises:
            ValueError: Empty station name.
        """
        return self.data_dir / CLIPS_DIR / station_file_name(station)

    def station_lock(self, station: str) -> ProcessLock:
        """The lock an analysis of ``station`` holds while it runs (not yet taken).

        Raises:
            ValueError: Empty station name.
        """
        return ProcessLock(self.data_dir / LOCKS_DIR / f"{station_file_name(station)}.lock", f"station {station}")

    # -- badge --------------------------------------------------------------------------------
    def load_badge(self) -> BadgeEnrolment | None:
        """The site's enrolled badge (learnt in the inspection screen), or None when none was enrolled.

        Raises:
            inspector.badge.enrolment.EnrolmentError: The saved file cannot be read.
        """
        return load_enrolment(self.badge_path) if self.badge_path.is_file() else None

    # -- rules --------------------------------------------------------------------------------
    def load_rules(self) -> RulesConfig:
        """The rule table edited in the app, or the shipped defaults when none was saved.

        Raises:
            inspector.rules.RulesError: The saved table is invalid.
        """
        return load_rules(self.rules_path if self.rules_path.is_file() else None)

    def save_rules(self, rules: RulesConfig, store: Store) -> Path:
        """Makes ``rules`` the saved table: authorised, recorded in the audit trail, written atomically.

        Raises:
            inspector.store.StoreError: Refused (no permission) or the audit entry could not be written;
                the old file is then in place.
            inspector.rules.RulesError: The table saved before is invalid (it is what the change is
                recorded against).
            OSError: The file cannot be written.
        """
        before = self.load_rules().model_dump(mode="json")["rules"]
        changed = {r["id"]: {"old": o, "new": r} for o, r in zip(before, rules.model_dump(mode="json")["rules"])
                   if o != r}
        return self._save(self.rules_path, rules_to_toml(rules).encode("utf-8"), store, "config.save",
                          "config:rules", {"file": str(self.rules_path), "changed": changed}, "change the rules")

    # -- calibration --------------------------------------------------------------------------
    def load_profile(self, station: str) -> CalibrationProfile | None:
        """The station's saved calibration profile, or None when it has none.

        Raises:
            calibration.profile.ProfileError: The saved file cannot be read.
        """
        path = self.profile_path(station)
        return load_profile(path) if path.is_file() else None

    def save_profile(self, station: str, profile: CalibrationProfile, store: Store,
                     previous: CalibrationProfile | None = None) -> Path:
        """Saves a station's calibration profile: authorised, atomic, recorded with the one it replaces.

        Raises:
            inspector.store.StoreError: Refused or not recorded; the old file is then in place.
            OSError: The file cannot be written.
        """
        path = self.profile_path(station)
        details = {"file": str(path), "profile": profile.model_dump(mode="json"),
                   "previous": None if previous is None else previous.model_dump(mode="json")}
        return self._save(path, (profile_to_json(profile) + "\n").encode("utf-8"), store, "calibration.save",
                          f"station:{station}", details, "calibrate a camera")

    # -- clip retention -----------------------------------------------------------------------
    @property
    def retention_path(self) -> Path:
        return self.data_dir / RETENTION_FILE

    def load_retention_days(self, default: float) -> float:
        """The clip retention period set in the app (days), else ``default`` (``privacy.retention_days``).

        Raises:
            ValueError: The saved file cannot be read or holds no positive number of days.
        """
        if not self.retention_path.is_file():
            return default
        try:
            days = json.loads(self.retention_path.read_text(encoding="utf-8"))["retention_days"]
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise ValueError(f"{self.retention_path} cannot be read: {e}") from None
        if isinstance(days, bool) or not isinstance(days, (int, float)) or not 0 < days <= 3650:
            raise ValueError(f"{self.retention_path}: retention_days must be a number of days in (0, 3650], got {days!r}")
        return float(days)

    def save_retention_days(self, days: float, store: Store, previous: float | None = None) -> Path:
        """Saves the clip retention period: authorised, atomic, recorded in the audit trail.

        Raises:
            ValueError: Not a number of days in (0, 3650].
            inspector.store.StoreError: Refused or not recorded; the old file is then in place.
            OSError: The file cannot be written.
        """
        if not 0 < days <= 3650:
            raise ValueError(f"retention must be a number of days in (0, 3650], got {days}")
        data = (json.dumps({"retention_days": days}) + "\n").encode("utf-8")
        return self._save(self.retention_path, data, store, "config.save", "config:clip_retention_days",
                          {"file": str(self.retention_path), "old": previous, "new": days}, "change clip retention")

    @property
    def audio_path(self) -> Path:
        return self.data_dir / AUDIO_FILE

    def audio_stations(self) -> dict[str, bool]:
        """Each station's audio switch as a manager set it (a station not listed is off).

        Raises:
            ValueError: The saved file cannot be read or is not a mapping of station to true/false.
        """
        if not self.audio_path.is_file():
            return {}
        try:
            data = json.loads(self.audio_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise ValueError(f"{self.audio_path} cannot be read: {e}") from None
        if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, bool) for k, v in data.items()):
            raise ValueError(f"{self.audio_path} must map station names to true or false")
        return data

    def save_audio_station(self, station: str, on: bool, store: Store) -> Path:
        """Switches a station's audio on or off: authorised, atomic, recorded in the audit trail.

        Raises:
            ValueError: The saved file cannot be read.
            inspector.store.StoreError: Refused or not recorded; the old file is then in place.
            OSError: The file cannot be written.
        """
        switches = self.audio_stations()
        old = switches.get(station, False)
        switches[station] = on
        data = (json.dumps(switches, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
        return self._save(self.audio_path, data, store, "config.save", f"audio:{station}",
                          {"file": str(self.audio_path), "station": station, "old": old, "new": on},
                          "switch audio on or off")

    @property
    def phrases_path(self) -> Path:
        return self.data_dir / PHRASES_FILE

    def load_phrases(self, default: PhraseSet) -> PhraseSet:
        """The service and forbidden phrases saved in the app, else ``default`` (the config's).

        Raises:
            ValueError: The saved file cannot be read or is not a valid phrase set.
        """
        if not self.phrases_path.is_file():
            return default
        try:
            return PhraseSet.model_validate_json(self.phrases_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise ValueError(f"{self.phrases_path} cannot be used: {str(e).splitlines()[0]}") from None

    def save_phrases(self, phrases: PhraseSet, store: Store, previous: PhraseSet | None = None) -> Path:
        """Saves the service and forbidden phrases: authorised, atomic, recorded in the audit trail.

        Raises:
            inspector.store.StoreError: Refused or not recorded; the old file is then in place.
            OSError: The file cannot be written.
        """
        data = (phrases.model_dump_json(indent=1) + "\n").encode("utf-8")
        return self._save(self.phrases_path, data, store, "config.save", "config:audio_phrases",
                          {"file": str(self.phrases_path), "old": None if previous is None else previous.model_dump(),
                           "new": phrases.model_dump()}, "change the service phrases")

    # -- internals ----------------------------------------------------------------------------
    def _save(self, path: Path, data: bytes, store: Store, action: str, target: str, details: dict,
              what: str) -> Path:
        store.authorize(Permission.CONFIGURE, what)
        old = path.read_bytes() if path.is_file() else None
        try:
            write_atomic(path, data)
            store.record_change(action, target, details)
        except BaseException:
            _restore(path, old)
            raise
        return path


__all__ = ["BADGE_FILE", "CALIBRATION_DIR", "CLIPS_DIR", "DATABASE_FILE", "LOCKS_DIR", "RULES_FILE", "Site",
           "station_file_name", "station_profile_path"]
