"""``inspector audio enable|disable|status|devices|vad|measure|bench``: the desk's sound (issue 17)."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector.commands.common import add_db_argument, open_from_args, storage_config


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audio", help="Microphones, voice activity of a file, and measurements on labelled speech.")
    asub = p.add_subparsers(dest="audio_cmd", metavar="ACTION")
    asub.required = True
    for verb, on in (("enable", True), ("disable", False)):
        e = asub.add_parser(verb, help=f"Switch a station's audio {'on' if on else 'off'} (a manager's decision, "
                                       "recorded in the audit trail).")
        e.add_argument("station", help="Station name.")
        add_db_argument(e)
        e.set_defaults(func=_switch, on=on)
    s = asub.add_parser("status", help="Which stations have audio on, and whether the site allows it ([audio] enabled).")
    add_db_argument(s)
    s.set_defaults(func=_status)
    asub.add_parser("devices", help="List the sound input devices ([audio] device takes an index or part of a name).") \
        .set_defaults(func=_devices)
    v = asub.add_parser("vad", help="Speech segments (times only, nothing of what was said) of a file's audio track.")
    v.add_argument("source", help="Video or audio file, or stream URL.")
    v.set_defaults(func=_vad)
    m = asub.add_parser("measure", help="Voice activity on a folder of labelled utterances (NAME.wav + NAME.txt), "
                                        "and false voice on noise; prints recall, false alarms per hour and speed.")
    m.add_argument("folder", type=Path, help="Folder of NAME.wav files, each with its transcript in NAME.txt.")
    m.add_argument("--limit", type=int, help="At most this many utterances.")
    m.add_argument("--snr-db", type=float, action="append", default=[],
                   help="Also measure with white noise added at this signal-to-noise ratio (repeatable).")
    m.add_argument("--noise-minutes", type=float, default=10.0, help="Minutes of generated noise to count false voice on.")
    m.set_defaults(func=_measure)
    b = asub.add_parser("bench", help="Vision pipeline fps alone and with the VAD running at real-time pace beside it.")
    b.add_argument("source", help="Video file (or image folder) for the vision pipeline.")
    b.add_argument("--sound", help="Audio or video file whose sound the VAD runs on, looped (default: the source's).")
    b.add_argument("--frames", type=int, default=100, help="Frames to time (after 5 warm-up frames).")
    b.add_argument("--rounds", type=int, default=3, help="Alternate timings of each; the medians are reported.")
    b.set_defaults(func=_bench)


def _devices(args: argparse.Namespace) -> int:
    from inspector.audio.source import list_input_devices

    devices = list_input_devices()
    if not devices:
        print("no sound input device")
    for d in devices:
        print(f"  {d.index:3d}  {d.name}  ({d.channels} ch, {d.default_rate:.0f} Hz){'  [default]' if d.is_default else ''}")
    return 0


def _vad(args: argparse.Namespace) -> int:
    import time

    from inspector.audio.source import file_audio
    from inspector.audio.vad import SileroVad, speech_segments
    from inspector.config import load_config

    cfg = load_config(args.config).audio
    vad = SileroVad(threads=cfg.vad.threads)
    t0 = time.perf_counter()
    n, total_ms, heard_ms, end = 0, 0.0, 0.0, 0.0
    chunks = file_audio(args.source)

    def counted():
        nonlocal end
        for c in chunks:
            end = c.end_ms
            yield c

    for seg in speech_segments(counted(), vad, cfg.vad):
        n += 1
        heard_ms += seg.duration_ms
        print(f"  {seg.start_ms / 1000:8.2f}s – {seg.end_ms / 1000:8.2f}s  speech (p̄ {seg.mean_prob:.2f})")
    total_ms = end
    took = time.perf_counter() - t0
    rtf = took / (total_ms / 1000) if total_ms else 0.0
    print(f"{n} speech segment(s), {heard_ms / 1000:.1f}s of {total_ms / 1000:.1f}s; real-time factor {rtf:.3f}")
    return 0


def _measure(args: argparse.Namespace) -> int:
    from inspector.audio.measure import measure_folder
    from inspector.config import load_config

    cfg = load_config(args.config).audio
    print(measure_folder(args.folder, cfg, limit=args.limit, snrs_db=tuple(args.snr_db),
                         noise_minutes=args.noise_minutes).format())
    return 0


def _bench(args: argparse.Namespace) -> int:
    from inspector.audio.loadtest import bench_with_audio
    from inspector.audio.source import read_all
    from inspector.errors import UserError

    if args.rounds < 1 or args.frames < 1:
        raise UserError("--rounds and --frames must be at least 1")
    sound = read_all(args.sound or args.source).samples
    try:
        print(bench_with_audio(args.source, sound, args.frames, rounds=args.rounds).format())
    except ValueError as e:
        raise UserError(str(e)) from None
    return 0


def _switch(args: argparse.Namespace) -> int:
    from inspector.errors import UserError
    from inspector.site import Site

    site = Site.from_storage(storage_config(args))
    with open_from_args(args) as store:
        station = store.get_station(args.station)
        try:
            site.save_audio_station(station.name, args.on, store)
        except ValueError as e:
            raise UserError(str(e)) from None
    print(f"audio {'on' if args.on else 'off'} for station {station.name} (recorded in the audit trail)")
    return 0


def _status(args: argparse.Namespace) -> int:
    from inspector.config import load_config
    from inspector.errors import UserError
    from inspector.site import Site

    allowed = load_config(args.config).audio.enabled
    try:
        switches = Site.from_storage(storage_config(args)).audio_stations()
    except ValueError as e:
        raise UserError(str(e)) from None
    print(f"site: audio {'allowed' if allowed else 'not allowed'} ([audio] enabled = {str(allowed).lower()})")
    with open_from_args(args) as store:
        for st in store.list_stations():
            on = switches.get(st.name, False)
            print(f"  {st.name:20s} {'on' if on and allowed else 'off'}"
                  + ("  (switched on, but the site does not allow audio)" if on and not allowed else ""))
    return 0
