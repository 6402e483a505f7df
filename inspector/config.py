"""Validated configuration.

Every section is a pydantic model with ``extra="forbid"`` (a misspelt key is an
error, never silently ignored) and every field carries a description, so that
``inspector config schema`` documents the whole file. Files are TOML or JSON.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError

from calibration.floor_point import FloorPointConfig
from inspector.audio.settings import AudioSettings
from inspector.auth import AuthSettings
from inspector.badge import BadgeConfig
from inspector.clips import ClipSettings
from inspector.events import EventSettings
from inspector.face import FaceConfig
from inspector.greeting import GreetingConfig
from inspector.inspection import InspectionConfig, InspectionScreenConfig
from inspector.monitor.settings import MonitorConfig
from inspector.perception import PerceptionConfig
from inspector.posture import PostureConfig
from inspector.privacy import PrivacyConfig
from inspector.report import ReportConfig
from inspector.roles import RoleConfig
from inspector.scoring import ScoringConfig
from inspector.selfcheck import SelfCheckConfig
from inspector.settings_base import Section, explain_validation, read_mapping_file
from inspector.store.settings import StorageConfig
from inspector.tracking import TrackingConfig


class ConfigError(ValueError):
    """A configuration file is unreadable or invalid; the message names the key."""


class AnalysisConfig(Section):
    """How ``inspector analyze`` and the live monitor judge a station."""

    rules_file: str | None = Field(None, description="Rule table (TOML or JSON) to use instead of the shipped defaults; `inspector rules defaults` prints an editable copy.")
    stride: int = Field(1, ge=1, le=100, description="Analyse every N-th frame of a file (clips still get every buffered frame).")
    post_margin: float = Field(0.05, ge=0, le=0.5, description="A person counts as at the post when the centre of their shoulders (or box) lies inside the station region grown by this fraction of the frame.")
    time_zone: str | None = Field(None, description="IANA time zone of the site (e.g. Asia/Shanghai) for wall-clock times; default is the machine's zone.")
    calibration_file: str | None = Field(None, description="Camera calibration profile (zones, counter, floor plane; see calibration/). With it, staff and customers are told apart by zone and the greeting rules run; without it, everyone inside the station region counts as staff.")


class InspectorConfig(Section):
    """The whole configuration file."""

    perception: PerceptionConfig = Field(default_factory=PerceptionConfig, description="Model settings.")
    tracking: TrackingConfig = Field(default_factory=TrackingConfig, description="Tracker settings.")
    analysis: AnalysisConfig = Field(default_factory=AnalysisConfig, description="Rules, stride and station settings of the analysis.")
    events: EventSettings = Field(default_factory=EventSettings, description="Event lifecycle settings.")
    clips: ClipSettings = Field(default_factory=ClipSettings, description="Evidence clips and thumbnails.")
    storage: StorageConfig = Field(default_factory=StorageConfig, description="Database and evidence folder.")
    scoring: ScoringConfig = Field(default_factory=ScoringConfig, description="Monthly 100-point scores: time zone, caps, inspection points.")
    greeting: GreetingConfig = Field(default_factory=GreetingConfig, description="Greeting on approach, standing for the customer, second customer, farewell.")
    roles: RoleConfig = Field(default_factory=RoleConfig, description="Staff vs customer by zone, with hysteresis.")
    floor_point: FloorPointConfig = Field(default_factory=FloorPointConfig, description="How a person's floor position is found (feet, ankles, or hips and body size).")
    badge: BadgeConfig = Field(default_factory=BadgeConfig, description="Badge check: chest geometry, generic detector, enrolled matching.")
    inspection: InspectionConfig = Field(default_factory=InspectionConfig, description="Shift-start grooming inspection.")
    inspection_screen: InspectionScreenConfig = Field(default_factory=InspectionScreenConfig, description="When the guided inspection in the app has seen enough.")
    selfcheck: SelfCheckConfig = Field(default_factory=SelfCheckConfig, description="Kiosk self-check: how long one person is watched and what passes.")
    privacy: PrivacyConfig = Field(default_factory=PrivacyConfig, description="Customers' faces blurred in clips and thumbnails; clip retention.")
    auth: AuthSettings = Field(default_factory=AuthSettings, description="Local accounts: password hashing.")
    report: ReportConfig = Field(default_factory=ReportConfig, description="Score reports (CSV and PDF).")
    posture: PostureConfig = Field(default_factory=PostureConfig, description="Body posture measures and the arm / body posture classes.")
    face: FaceConfig = Field(default_factory=FaceConfig, description="Face and head measures, the face-expression class and the talking measure.")
    monitor: MonitorConfig = Field(default_factory=MonitorConfig, description="One service watching every station's camera: target analysed rate, model sharing, frame age limit.")
    audio: AudioSettings = Field(default_factory=AudioSettings, description="Hearing the desk (off until enabled): microphone or video sound, voice activity, service and forbidden phrases.")


def parse_config(data: dict, source: str = "<dict>") -> InspectorConfig:
    """Validates a config mapping.

    Raises:
        ConfigError: With one line per problem, naming the key.
    """
    try:
        return InspectorConfig.model_validate(data)
    except ValidationError as e:
        raise ConfigError(explain_validation(
            e, f"invalid configuration in {source}:",
            "check the spelling; `inspector config schema` lists every key")) from None


def load_config(path: str | Path | None) -> InspectorConfig:
    """Loads a TOML or JSON config file; None gives the defaults.

    Raises:
        ConfigError: File missing, unreadable or invalid.
    """
    if path is None:
        return InspectorConfig()
    data = read_mapping_file(path, "config file", ConfigError)
    return parse_config(data, str(path))


def config_schema() -> dict:
    """JSON schema of the config file, with every field's description."""
    return InspectorConfig.model_json_schema()
