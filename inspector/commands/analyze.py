"""``inspector analyze SOURCE --station NAME [--stride N] [--no-clips] [--whole-frame | --allow-uncalibrated]``.

A station with neither a region nor a calibration profile is refused before its source is opened
(:func:`inspector.station.judging_mode`), unless ``--whole-frame`` or ``--allow-uncalibrated`` says
on purpose how to judge it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from inspector.commands.common import add_db_argument, open_from_args
from inspector.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="Analyse a video file, camera or stream for one station: events, clips, store.")
    p.add_argument("source", help="Video file, image folder, camera index (0) or rtsp:// / http:// URL.")
    p.add_argument("--station", help="Station name or id (`inspector stations list`); created for the sample "
                                     "when absent and --create-station is given.")
    p.add_argument("--create-station", action="store_true",
                   help="Create the station when it does not exist yet (it has no region: add "
                        "--whole-frame or --allow-uncalibrated, or add it first with "
                        "`inspector stations add NAME --roi X0,Y0,X1,Y1`).")
    p.add_argument("--stride", type=int, help="Analyse every N-th frame (default from config, 1).")
    p.add_argument("--no-clips", action="store_true", help="Store events without evidence clips.")
    p.add_argument("--rules", type=Path, help="Rule table (TOML/JSON) instead of the configured or default one.")
    p.add_argument("--start", help="Wall-clock time of the file's first frame, e.g. 2026-11-02T09:00 "
                                   "(default: the time used when the same content was first analysed, else "
                                   "the creation time the container records, else the file's modification "
                                   "time minus its duration).")
    cal = p.add_mutually_exclusive_group()
    cal.add_argument("--calibration", type=Path, help="Camera calibration profile (zones, counter, floor); enables "
                                                      "staff/customer roles and the greeting rules (default: the "
                                                      "profile saved for the station in the app, if any).")
    cal.add_argument("--no-calibration", action="store_true",
                     help="Ignore any calibration profile: the station's region decides who is at the post.")
    cal.add_argument("--whole-frame", action="store_true",
                     help="Judge everyone in the frame (the station's region and calibration are not used); "
                          "every face but the flagged person's is blurred in clips and thumbnails.")
    p.add_argument("--allow-uncalibrated", action="store_true",
                   help="Analyse a station that has neither a region nor a calibration profile anyway: "
                        "everyone in view is judged and every face is blurred in clips and thumbnails "
                        "(without this, or --whole-frame, such a station is refused).")
    p.add_argument("--clips-dir", type=Path, help="Folder for clips (default <data folder>/clips/<station>).")
    p.add_argument("--json", action="store_true", help="Print the summary as JSON.")
    add_db_argument(p)
    p.set_defaults(func=run)


def calibration_profile(explicit: Path | None, cfg, station: str) -> Path | None:
    """The camera calibration profile to use: ``--calibration``, else ``analysis.calibration_file``,
    else the profile the app saved for the station (``<data folder>/calibration/<station>.json``)
    if there is one, else None (the station's region decides who is at the post)."""
    from inspector.site import Site

    if explicit:
        return Path(explicit)
    if cfg.analysis.calibration_file:
        return Path(cfg.analysis.calibration_file)
    saved = Site.from_storage(cfg.storage).profile_path(station)
    return saved if saved.is_file() else None


def _fmt_s(s: float | None) -> str:
    if s is None:
        return "--:--"
    s = int(s)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


def _progress_printer(stream):
    last_mark = [-1]

    def show(p) -> None:
        if not stream.isatty() and not p.live:
            # Non-interactive output: one line each time stream time passes another 10 s mark.
            mark = int(p.stream_s // 10)
            if mark == last_mark[0] or p.wall_s < 1:
                return
            last_mark[0] = mark
        if p.live:
            line = (f"live {_fmt_s(p.stream_s)}  frames {p.frames}  analysed {p.analysed}  "
                    f"{p.fps:5.1f} fps  events {p.events}")
        else:
            frac = min(1.0, p.stream_s / p.total_s) if p.total_s else 0.0
            bar = "#" * int(frac * 30) + "-" * (30 - int(frac * 30))
            line = (f"[{bar}] {frac * 100:5.1f}%  frames {p.frames}  {p.fps:5.1f} fps  "
                    f"ETA {_fmt_s(p.eta_s)}  events {p.events}")
        end = "\r" if stream.isatty() else "\n"
        stream.write(line.ljust(100)[:120] + end)
        stream.flush()
    return show


def judging_note(mode, station) -> str | None:
    """What a run in ``mode`` does differently, for stderr (None for zones and region: the usual)."""
    from inspector.station import Judging

    if mode is Judging.WHOLE_FRAME:
        unused = " (its region is not used)" if station.roi is not None else ""
        return (f"judging everyone in the frame of {station.name}{unused} (--whole-frame); every face but "
                f"the flagged person's is blurred in clips and thumbnails")
    if mode is Judging.UNCALIBRATED:
        return (f"judging everyone in the frame of {station.name}, which has neither a region nor a calibration "
                f"(--allow-uncalibrated); every face is blurred in clips and thumbnails")
    return None


def _analyse(args, cfg, store, site, station, source, rules, zone, stride, profile, mode):
    """Runs the analysis of an opened source for a station whose lock is held; returns (summary, zones)."""
    from inspector.analyze import Analyzer, file_origin, file_source_id
    from inspector.pipeline import Pipeline
    from inspector.sources import VideoFileSource
    from inspector.store import DatabaseLocked

    if isinstance(source, VideoFileSource):
        try:
            source_id = file_source_id(source.name)
        except OSError as e:
            raise UserError(f"cannot read {source.name}: {e.strerror or e}") from None
        if args.start:
            try:
                origin = datetime.fromisoformat(args.start)
            except ValueError:
                raise UserError(f"--start {args.start!r} is not a date-time like 2026-11-02T09:00") from None
            origin = origin.replace(tzinfo=zone) if origin.tzinfo is None else origin
        else:  # the time fixed when this content was first analysed, so a touched copy counts nothing twice
            origin = file_origin(source, zone)
            try:
                origin = store.source_origin(source_id, origin).astimezone(zone)
            except DatabaseLocked:  # analysis goes on; the time is fixed by the next run
                print(f"inspector: warning: the database is locked; the start time of {source.name} "
                      f"({origin.isoformat()}) is not fixed yet", file=sys.stderr)
    else:
        source_id = source.name
        origin = datetime.now(zone)
    clip_dir = None
    if not args.no_clips:
        clip_dir = args.clips_dir or site.clip_dir(station.name)
    zones = None
    note = judging_note(mode, station)
    if note:
        print(note, file=sys.stderr)
    if profile is not None and not args.calibration and not cfg.analysis.calibration_file:
        print(f"using the camera calibration saved for {station.name}: {profile}", file=sys.stderr)
    if profile:
        from inspector.roles import ZoneRoles

        try:
            zones = ZoneRoles(cfg, profile, station.name, origin, rules.version)
        except (OSError, ValueError) as e:
            raise UserError(f"calibration profile {profile}: {e}") from None
    from inspector.audio.station import open_audio_station
    from inspector.sources import LiveSource

    try:  # audio needs both the site's permission ([audio] enabled) and a manager's switch for the station
        station_on = site.audio_stations().get(station.name, False)
        phrases = site.load_phrases(cfg.audio.phrases)  # as edited in the app's settings, else the config's
    except ValueError as e:
        print(f"inspector: warning: {e}; audio stays off", file=sys.stderr)
        station_on, phrases = False, cfg.audio.phrases
    audio_cfg = cfg.audio.model_copy(update={"enabled": cfg.audio.enabled and station_on, "phrases": phrases})
    stream = isinstance(source, LiveSource) and isinstance(source.target, str)
    audio, no_audio = open_audio_station(audio_cfg, source.name if isinstance(source, VideoFileSource) or stream else None,
                                         station.name, rules.version, origin,
                                         hear=zones.monitor.hear if zones is not None else None,
                                         clock_origin=source.clock_origin if isinstance(source, LiveSource) else None,
                                         live_stream=stream)
    if no_audio:
        print(f"inspector: warning: {no_audio}", file=sys.stderr)
    elif audio is not None:
        print("audio: on (voice activity and phrases only; nothing said is stored)", file=sys.stderr)
    try:
        analyzer = Analyzer(cfg, store, station, source, source_id, origin, rules, clip_dir, stride,
                            on_progress=_progress_printer(sys.stderr), zones=zones, privacy=cfg.privacy,
                            judging=mode, audio=audio)
    except OSError as e:
        raise UserError(f"cannot use the clips folder {clip_dir}: {e.strerror or e}") from None
    with Pipeline(cfg, mode="video", badge_enrolment=site.load_badge()) as pipe:
        summary = analyzer.run(pipe)
    if audio is not None:
        print(audio.summary(), file=sys.stderr)
    return summary, zones


def run(args: argparse.Namespace) -> int:
    import json

    from inspector.analyze import site_zone
    from inspector.config import load_config
    from inspector.rules import RulesError, load_rules
    from inspector.site import Site
    from inspector.sources import SourceError, open_source
    from inspector.station import judging_mode
    from inspector.store import UnknownStation
    from inspector.store.names import check_station_name

    cfg = load_config(args.config)
    stride = args.stride if args.stride is not None else cfg.analysis.stride
    if stride < 1:
        raise UserError("--stride must be at least 1")
    site = Site.from_storage(cfg.storage)
    rules_file = args.rules or cfg.analysis.rules_file
    try:
        rules = load_rules(rules_file) if rules_file is not None else site.load_rules()
    except RulesError as e:
        raise UserError(str(e)) from None
    try:
        zone = site_zone(cfg.analysis.time_zone or cfg.scoring.timezone)
    except ValueError as e:
        raise UserError(str(e)) from None
    if not args.station:
        raise UserError("--station is required (see `inspector stations list`; "
                        "add one with `inspector stations add NAME`)")
    if args.whole_frame and args.allow_uncalibrated:
        raise UserError("--whole-frame and --allow-uncalibrated are two different choices: give one")
    store = open_from_args(args)
    try:
        from inspector.auth import Permission  # refuse before analysing, not at the first event
        store.authorize(Permission.RECORD_EVENTS, "analyse footage (it records events)")
        station = None
        try:
            station = store.get_station(args.station)
        except UnknownStation:
            if not args.create_station:
                names = ", ".join(s.name for s in store.list_stations()) or "none yet"
                raise UserError(f"unknown station {args.station!r} (known: {names}); add it with "
                                f"`inspector stations add {args.station}` or pass --create-station") from None
            check_station_name(args.station)  # before the source is opened: a bad name stops here
        name = station.name if station is not None else args.station
        # Who is judged is settled before the source is opened or the station created: a station
        # nothing tells staff from customers in is refused here (no blind judging).
        profile = None if args.no_calibration or args.whole_frame else calibration_profile(args.calibration, cfg, name)
        mode = judging_mode(name, None if station is None else station.roi, profile is not None,
                            whole_frame=args.whole_frame, allow_uncalibrated=args.allow_uncalibrated,
                            new_station=station is None)
        with site.station_lock(name):  # one analysis per station: clips and their clean-up are its own
            try:
                source = open_source(args.source)
            except SourceError as e:
                raise UserError(str(e)) from None
            try:
                if station is None:  # created only once its source has opened
                    station = store.add_station(args.station, camera_source=args.source, area="created by analyze")
                summary, zones = _analyse(args, cfg, store, site, station, source, rules, zone, stride, profile, mode)
            finally:
                source.close()
    finally:
        store.close()
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    if args.json:
        print(json.dumps({
            "source": summary.source, "source_id": summary.source_id, "frames": summary.frames,
            "analysed": summary.analysed, "stream_s": round(summary.stream_s, 2), "wall_s": round(summary.wall_s, 2),
            "speed": round(summary.speed, 3), "events_new": summary.events_new, "events_known": summary.events_known,
            "clips_ok": summary.clips_ok, "clips_missing": [list(x) for x in summary.clips_missing],
            "stopped": summary.stopped, "unsaved_file": summary.unsaved_file, "event_ids": list(summary.event_ids),
            "greetings_new": summary.greetings_new, "refused": list(summary.refused), "judging": mode.value,
        }, ensure_ascii=False))
    else:
        print(f"{summary.source}: {summary.frames} frames ({summary.analysed} analysed), "
              f"{summary.stream_s:.1f} s of video in {summary.wall_s:.1f} s ({summary.speed:.2f}x real time)")
        print(f"events: {summary.events_new} new, {summary.events_known} already stored"
              f"{'' if not summary.events_known else ' (not counted again)'}; clips: {summary.clips_ok} written"
              + (f", {len(summary.clips_missing)} missing" if summary.clips_missing else ""))
        if zones is not None:
            print(f"greetings: {len(zones.monitor.outcomes)} customer visit(s) judged, "
                  f"{summary.greetings_new} newly stored")
        for key, err in summary.clips_missing:
            print(f"  clip missing for {key}: {err}")
        if summary.event_ids:
            print("review them with `inspector review list`")
    skipped = tuple(getattr(source, "skipped", ()))
    for reason in skipped:
        print(f"inspector: error: skipped {reason}", file=sys.stderr)
    for refused in summary.refused:
        print(f"inspector: error: the database refused {refused}", file=sys.stderr)
    if summary.unsaved_file:
        print(f"inspector: error: the database could not be written (locked by another program, or its disk "
              f"full); the unsaved writes are in {summary.unsaved_file}", file=sys.stderr)
        return 1
    if summary.stopped == "interrupted":
        print("inspector: stopped by user; every finished event was kept", file=sys.stderr)
        return 130
    if summary.stopped:
        print(f"inspector: error: {summary.stopped}; the events found before were kept", file=sys.stderr)
        return 1
    if summary.clips_missing:
        print(f"inspector: error: the evidence of {len(summary.clips_missing)} event(s) is missing "
              "(reasons above); the events were kept", file=sys.stderr)
        return 1
    return 1 if summary.refused or skipped else 0
