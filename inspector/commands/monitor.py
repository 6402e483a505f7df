"""``inspector monitor``: every station's camera in one service, one set of models; and
``inspector reanalyse``: an archive of recordings analysed again, one Dask task per recording.

Runs headless until stopped (Ctrl-C, or SIGTERM from systemd: see ``docs/systemd/``) or until
every source ends (video files). Every ``--every`` seconds it prints one line per station: its
state, analysed frames per second, the oldest frame's age, the people at the post and the
violations going on.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time

from inspector.commands.common import add_db_argument, open_from_args
from inspector.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("monitor", help="Watch every station's camera in one service (one set of models, fair "
                                       "turns); events and clips are stored per station.")
    p.add_argument("--station", action="append", default=[], metavar="NAME",
                   help="Watch only this station (repeatable; default: every station with a camera).")
    p.add_argument("--source", action="append", default=[], metavar="NAME=SRC",
                   help="Camera, stream or video file of a station, instead of the one stored with it "
                        "(repeatable).")
    p.add_argument("--target-fps", type=float, help="Analysed frames per second per station (default monitor.target_fps).")
    p.add_argument("--sharing", choices=("shared", "per_station"),
                   help="One set of models for every camera, or one per camera (default monitor.model_sharing).")
    p.add_argument("--loop", action="store_true", help="Start video files again when they end (demonstrations).")
    p.add_argument("--seconds", type=float, help="Stop after this many seconds (default: run until stopped).")
    p.add_argument("--every", type=float, default=10.0, help="Seconds between two status prints (0: none).")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--whole-frame", action="store_true",
                      help="Judge everyone in each station's frame (regions and calibrations are not used).")
    mode.add_argument("--allow-uncalibrated", action="store_true",
                      help="Judge stations that have neither a region nor a calibration anyway (every face "
                           "blurred in clips); without this such stations are shown but not judged.")
    add_db_argument(p)
    p.set_defaults(func=run)
    r = sub.add_parser("reanalyse", help="Analyse an archive of recordings again (e.g. after a rule change), one "
                                         "task per recording on a Dask cluster; prints the events found.")
    r.add_argument("recordings", nargs="+", help="Video files.")
    r.add_argument("--workers", type=int, default=2, help="Worker processes of the local cluster (default 2).")
    r.add_argument("--scheduler", metavar="ADDRESS",
                   help="Use a running Dask cluster (e.g. tcp://127.0.0.1:8786) instead of starting a local one; "
                        "every worker must read the recordings under the same paths.")
    r.add_argument("--sequential", action="store_true", help="Analyse them one after another in this process.")
    r.add_argument("--compare", action="store_true",
                   help="Run both ways; print the times, the speed-up and whether the events agree.")
    r.add_argument("--stride", type=int, help="Analyse every N-th frame (default analysis.stride).")
    r.add_argument("--region", help="The station's region, X0,Y0,X1,Y1 fractions of the frame (default: the whole frame).")
    r.add_argument("--rules", help="Rule table file (default analysis.rules_file, else the site's).")
    r.set_defaults(func=run_reanalyse)


def monitor_settings(cfg, args: argparse.Namespace):
    """The ``monitor`` settings with the command line's choices applied.

    Raises:
        UserError: A target rate that is not positive or above 60.
    """
    from pydantic import ValidationError

    from inspector.monitor.settings import MonitorConfig

    base = getattr(cfg, "monitor", None) or MonitorConfig()
    update = {}
    if args.target_fps is not None:
        update["target_fps"] = args.target_fps
    if getattr(args, "sharing", None):
        update["model_sharing"] = args.sharing
    if getattr(args, "loop", False):
        update["loop_files"] = True
    try:
        return MonitorConfig.model_validate({**base.model_dump(), **update})
    except ValidationError as e:
        raise UserError(f"--target-fps must be above 0 and at most 60: {e.errors()[0]['msg']}") from None


def status_line(snap) -> str:
    """One station's state as one line."""
    active = ", ".join(f"{v.rule_id}(#{v.track_id})" for v in snap.active) or "-"
    return (f"{snap.name:16s} {snap.state.value:12s} {snap.fps:5.1f} fps  oldest {snap.oldest_age_s:4.2f} s  "
            f"at post {snap.people_at_post}  violations {active}" + (f"  ({snap.note})" if snap.note else ""))


def violation_line(station: str, v) -> str:
    """A violation that started or ended, as one line."""
    who = "post" if v.track_id < 0 else f"#{v.track_id}"
    if v.ended is None:
        return f"{v.started:%H:%M:%S} {station}: {v.rule_id} ({who}) started"
    seconds = (v.ended - v.started).total_seconds()
    return f"{v.ended:%H:%M:%S} {station}: {v.rule_id} ({who}) ended after {seconds:.0f} s, {v.points:g} points if confirmed"


def run(args: argparse.Namespace) -> int:
    from inspector.config import load_config
    from inspector.monitor.site import NoStationError, build_service, chain_factory, parse_source_overrides, site_stations
    from inspector.rules import RulesError
    from inspector.site import Site

    cfg = load_config(args.config)
    mcfg = monitor_settings(cfg, args)
    if args.seconds is not None and args.seconds <= 0:
        raise UserError("--seconds must be above 0")
    if args.every < 0:
        raise UserError("--every must be 0 or more")
    try:
        overrides = parse_source_overrides(args.source)
    except ValueError as e:
        raise UserError(str(e)) from None
    site = Site.from_storage(cfg.storage)
    try:
        rules = site.load_rules()
    except RulesError as e:
        raise UserError(str(e)) from None
    store = open_from_args(args)
    try:
        try:
            stations = site_stations(store, args.station, overrides)
        except NoStationError as e:
            raise UserError(str(e)) from None
        from inspector.auth import Permission

        store.authorize(Permission.RECORD_EVENTS, "watch the stations (it records events)")
        try:
            badge = site.load_badge()
        except ValueError as e:
            print(f"inspector: warning: the enrolled badge cannot be read ({e}); the generic badge check is used",
                  file=sys.stderr)
            badge = None
        make_chain = chain_factory(cfg, rules, store, site, whole_frame=args.whole_frame,
                                   allow_uncalibrated=args.allow_uncalibrated)
        service = build_service(stations, cfg, rules, make_chain, mcfg, badge)
        return _serve(service, args.seconds, args.every)
    finally:
        store.close()


def _serve(service, seconds: float | None, every: float) -> int:
    """Runs the service until stopped, the time is up or every source ended; prints status lines."""
    stop = threading.Event()
    previous = signal.getsignal(signal.SIGTERM)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    service.start()
    print(f"watching {len(service.channels)} station(s) at {service.mcfg.target_fps:g} analysed fps each, "
          f"models {service.mcfg.model_sharing}", flush=True)
    start = time.monotonic()
    next_print = start + every
    try:
        while not stop.wait(0.5):
            for name, ch in service.channels.items():
                for v in ch.take_violations():
                    print(violation_line(name, v), flush=True)
            now = time.monotonic()
            if service.wait(0) or (seconds is not None and now - start >= seconds):
                break
            if every and now >= next_print:
                next_print = now + every
                for snap in service.snapshots():
                    print(status_line(snap), flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        service.stop()
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, previous)
    for snap in service.snapshots():
        print(status_line(snap), flush=True)
    if service.model_error:
        raise UserError(f"the models could not be loaded: {service.model_error}")
    return 0


def parse_region(text: str | None) -> tuple[float, float, float, float] | None:
    """``X0,Y0,X1,Y1`` fractions of the frame, or None.

    Raises:
        UserError: Not four numbers in [0, 1] with X0 < X1 and Y0 < Y1.
    """
    if text is None:
        return None
    try:
        x0, y0, x1, y1 = (float(v) for v in text.split(","))
    except ValueError:
        raise UserError(f"--region takes X0,Y0,X1,Y1 (four numbers), not {text!r}") from None
    if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
        raise UserError(f"--region needs 0 <= X0 < X1 <= 1 and 0 <= Y0 < Y1 <= 1, not {text!r}")
    return x0, y0, x1, y1


def run_reanalyse(args: argparse.Namespace) -> int:
    from inspector.config import load_config
    from inspector.monitor.archive import (check_recordings, format_run, local_cluster, reanalyse_on_cluster,
                                           reanalyse_sequential)
    from inspector.rules import RulesError, load_rules
    from inspector.site import Site

    cfg = load_config(args.config)
    stride = args.stride if args.stride is not None else cfg.analysis.stride
    if stride < 1:
        raise UserError("--stride must be at least 1")
    if args.workers < 1:
        raise UserError("--workers must be at least 1")
    if args.sequential and (args.compare or args.scheduler):
        raise UserError("--sequential runs in this process only: leave out --compare and --scheduler")
    region = parse_region(args.region)
    try:
        check_recordings(args.recordings)
        rules_file = args.rules or cfg.analysis.rules_file
        rules = load_rules(rules_file) if rules_file else Site.from_storage(cfg.storage).load_rules()
    except (ValueError, RulesError) as e:
        raise UserError(str(e)) from None
    sequential = None
    if args.sequential or args.compare:
        sequential = reanalyse_sequential(args.recordings, cfg, rules, stride, region)
        if args.sequential:
            print(format_run(sequential))
            return 0
    if args.scheduler:
        from distributed import Client

        try:
            client = Client(args.scheduler, timeout=10)
        except OSError as e:
            raise UserError(f"cannot reach the Dask scheduler at {args.scheduler}: {e}") from None
        with client:
            run = reanalyse_on_cluster(args.recordings, cfg, rules, client, stride, region)
    else:
        t0 = time.monotonic()
        with local_cluster(args.workers) as client:
            run = reanalyse_on_cluster(args.recordings, cfg, rules, client, stride, region)
        run = type(run)(run.results, time.monotonic() - t0, run.where + " (cluster start included)")
    print(format_run(run))
    if sequential is not None:
        same = "the same events" if run.same_events(sequential) else "DIFFERENT events"
        print(f"sequential {sequential.seconds:.1f} s, cluster {run.seconds:.1f} s: "
              f"{sequential.seconds / run.seconds:.2f}x, {same}")
    return 0
