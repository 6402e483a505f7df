"""The service for a site: which stations it watches, and each station's chain built as the live view builds it.

:func:`site_stations` reads the stations and their cameras from the store (``inspector stations add
NAME --camera SRC``), :func:`chain_factory` builds each station's event chain with
:func:`inspector.live_session.prepare_recorder` (the same clips folder, calibration profile, lock
and judging mode as a single-camera live run), and :func:`build_service` puts them together with
one :class:`~inspector.monitor.models.ModelSet`.
"""

from __future__ import annotations

from typing import Sequence

from inspector.badge import BadgeEnrolment
from inspector.config import InspectorConfig
from inspector.live_session import prepare_recorder
from inspector.monitor.models import ModelSet
from inspector.monitor.service import MonitorService, RecorderFactory, StationChain, StationSpec, watch_only
from inspector.monitor.settings import MonitorConfig
from inspector.pipeline import Pipeline
from inspector.rules import RulesConfig
from inspector.site import Site
from inspector.locking import LockError
from inspector.station import UnjudgedStation
from inspector.store import Store, StoreError


class NoStationError(ValueError):
    """Nothing to watch: no station with a camera, or a station asked for that does not exist."""


def parse_source_overrides(items: Sequence[str]) -> dict[str, str]:
    """``NAME=SOURCE`` items as a mapping.

    Raises:
        ValueError: An item without ``=``, an empty name or source, or a name given twice.
    """
    out: dict[str, str] = {}
    for item in items:
        name, sep, source = item.partition("=")
        name, source = name.strip(), source.strip()
        if not sep or not name or not source:
            raise ValueError(f"--source takes NAME=SOURCE (e.g. desk1=0 or desk2=rtsp://...), not {item!r}")
        if name in out:
            raise ValueError(f"--source gives station {name!r} twice")
        out[name] = source
    return out


def site_stations(store: Store | None, only: Sequence[str] = (), sources: dict[str, str] | None = None,
                  ) -> list[StationSpec]:
    """The stations to watch: every station in the store with a camera (or a ``sources`` entry).

    Args:
        store: The conduct database, or None (then ``sources`` names the stations, shown only).
        only: Watch only these stations (empty: all).
        sources: Camera or file per station name, overriding the store's.

    Raises:
        NoStationError: Nothing to watch, or a name in ``only`` that is not a station.
    """
    sources = dict(sources or {})
    known = {st.name: st.camera_source for st in store.list_stations()} if store is not None else {}
    if store is None:
        known = {name: "" for name in sources}
    unknown = [n for n in list(only) + list(sources) if n not in known]
    if unknown:
        raise NoStationError(f"no station named {', '.join(sorted(set(unknown)))}; add it with "
                             f"`inspector stations add NAME --camera SRC --area TEXT`")
    names = [n for n in known if not only or n in only]
    specs = [StationSpec(n, (sources.get(n) or known[n]).strip()) for n in names]
    specs = [s for s in specs if s.source]
    if not specs:
        raise NoStationError("no station has a camera: give one with `inspector stations add NAME --camera SRC "
                             "--area TEXT`, or pass --source NAME=SRC")
    return specs


def chain_factory(cfg: InspectorConfig, rules: RulesConfig, store: Store | None, site: Site | None, *,
                  whole_frame: bool = False, allow_uncalibrated: bool = False) -> RecorderFactory:
    """Builds each station's event chain as the live view does (clips, calibration, lock, judging).

    A station that nothing tells its staff from its customers (no region, no calibration, neither
    choice made) is shown but not judged; its note says what to do. Without a store, nothing is
    recorded and everyone in view is judged (benchmarks, demonstrations).
    """

    def make(spec: StationSpec) -> StationChain:
        if store is None or site is None:
            return StationChain(watch_only(rules, spec, cfg))
        profile = site.profile_path(spec.name)
        try:
            recorder = prepare_recorder(spec.source, cfg, rules, station=spec.name, store=store,
                                        clip_dir=site.clip_dir(spec.name),
                                        calibration=profile if profile.is_file() else None,
                                        station_lock=site.station_lock(spec.name), whole_frame=whole_frame,
                                        allow_uncalibrated=allow_uncalibrated)
        except UnjudgedStation as e:
            return StationChain(watch_only(rules, spec, cfg), judged=False, note=str(e))
        except (LockError, StoreError, OSError) as e:  # another run holds it, unknown, no clips folder
            return StationChain(watch_only(rules, spec, cfg), judged=False, note=str(e), error=True)
        note = "" if recorder.zones_error is None else f"calibration not used: {recorder.zones_error}"
        return StationChain(recorder, note=note)

    return make


def build_service(stations: Sequence[StationSpec], cfg: InspectorConfig, rules: RulesConfig,
                  make_chain: RecorderFactory, mcfg: MonitorConfig | None = None,
                  badge_enrolment: BadgeEnrolment | None = None) -> MonitorService:
    """The service for ``stations``: one model set, a pipeline (tracker, features) per station."""
    mcfg = mcfg or MonitorConfig()
    models = ModelSet(cfg.perception, mcfg.model_sharing, mcfg.skip_idle_hands)

    def make_pipeline(name: str, models: ModelSet) -> Pipeline:
        return Pipeline(cfg, "video", badge_enrolment=badge_enrolment, perception=models.for_station(name))

    return MonitorService(stations, make_chain, make_pipeline, models, mcfg)


__all__ = ["NoStationError", "build_service", "chain_factory", "parse_source_overrides", "site_stations"]
