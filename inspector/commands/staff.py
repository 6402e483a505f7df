"""``inspector staff add|list|activate|deactivate`` and ``inspector stations add|list``."""

from __future__ import annotations

import argparse

from inspector.commands.common import add_db_argument, open_from_args
from inspector.commands.scores import pad
from inspector.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("staff", help="Add and list front-desk staff members.")
    ssub = p.add_subparsers(dest="staff_cmd", metavar="ACTION")
    ssub.required = True
    a = ssub.add_parser("add", help="Add a staff member.")
    a.add_argument("code", help="Unique staff code (e.g. the badge number).")
    a.add_argument("name", help="Full name (any script, e.g. 张伟).")
    a.set_defaults(func=_add)
    ls = ssub.add_parser("list", help="List staff members.")
    ls.add_argument("--active", action="store_true", help="Only active staff members.")
    ls.set_defaults(func=_list)
    for name, active in (("activate", True), ("deactivate", False)):
        x = ssub.add_parser(name, help=f"Mark a staff member {'active' if active else 'inactive'} "
                                       "(history is kept).")
        x.add_argument("code", help="Staff code.")
        x.set_defaults(func=_set_active, active_value=active)
    for x in (a, ls, *[ssub.choices[n] for n in ("activate", "deactivate")]):
        add_db_argument(x)

    p = sub.add_parser("stations", help="Add and list stations (one camera watching one service post).")
    tsub = p.add_subparsers(dest="stations_cmd", metavar="ACTION")
    tsub.required = True
    a = tsub.add_parser("add", help="Add a station.")
    a.add_argument("name", help="Unique station name, used as `--station` elsewhere (e.g. desk-1).")
    a.add_argument("--camera", default="", help="Camera index, device path or stream URL watching it.")
    a.add_argument("--area", default="", help="Description of the area (e.g. 'left counter, seat 2').")
    a.add_argument("--roi", metavar="X0,Y0,X1,Y1",
                   help="Region of the frame that is the post, normalised 0..1 (default the whole frame).")
    a.set_defaults(func=_station_add)
    r = tsub.add_parser("region", help="Draw a station's region: the part of the frame that is the post "
                                       "(who is inside it is judged as its staff, everyone else is a customer).")
    r.add_argument("name", help="Station name.")
    r.add_argument("roi", metavar="X0,Y0,X1,Y1", nargs="?",
                   help="Left, top, right, bottom of the post as fractions 0..1 of the frame (e.g. 0.25,0,0.75,1).")
    r.add_argument("--clear", action="store_true", help="Remove the region instead.")
    r.set_defaults(func=_station_region)
    ls = tsub.add_parser("list", help="List stations.")
    ls.set_defaults(func=_station_list)
    for x in (a, r, ls):
        add_db_argument(x)


def _add(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        s = store.add_staff(args.code, args.name)
    print(f"added staff {s.code} {s.name} (id {s.id})")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        staff = store.list_staff(active_only=args.active)
    if not staff:
        print("no staff members; add one with `inspector staff add CODE NAME`")
    for s in staff:
        print(f"{s.code:12s} {pad(s.name, 20)} {'active' if s.active else 'inactive'}")
    return 0


def _set_active(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        s = store.set_staff_active(args.code, args.active_value)
    print(f"staff {s.code} is now {'active' if s.active else 'inactive'}")
    return 0


def parse_roi(text: str | None) -> tuple[float, float, float, float] | None:
    """Parses ``x0,y0,x1,y1``.

    Raises:
        UserError: Not four numbers.
    """
    if text is None:
        return None
    parts = [p.strip() for p in text.split(",")]
    try:
        x0, y0, x1, y1 = (float(p) for p in parts)
    except ValueError:
        raise UserError(f"--roi must be four numbers x0,y0,x1,y1 between 0 and 1, got {text!r}") from None
    return x0, y0, x1, y1


def _station_add(args: argparse.Namespace) -> int:
    roi = parse_roi(args.roi)
    with open_from_args(args) as store:
        st = store.add_station(args.name, camera_source=args.camera, area=args.area, roi=roi)
    print(f"added station {st.name} (id {st.id})")
    return 0


def _station_region(args: argparse.Namespace) -> int:
    if (args.roi is None) == (not args.clear):
        raise UserError("give the region as X0,Y0,X1,Y1 (e.g. 0.25,0,0.75,1), or --clear to remove it")
    roi = parse_roi(args.roi)
    with open_from_args(args) as store:
        st = store.set_station_region(args.name, roi)
    print(f"station {st.name}: " + ("no region (analyses need --whole-frame or --allow-uncalibrated, or a "
                                    "camera calibration)" if st.roi is None
                                    else "region " + ",".join(f"{v:g}" for v in st.roi)))
    return 0


def _station_list(args: argparse.Namespace) -> int:
    with open_from_args(args) as store:
        stations = store.list_stations()
    if not stations:
        print("no stations; add one with `inspector stations add NAME --camera SRC --area TEXT`")
    for st in stations:
        roi = "whole frame" if st.roi is None else "roi " + ",".join(f"{v:g}" for v in st.roi)
        print(f"{st.id:4d}  {st.name:14s} camera {st.camera_source or '-':24s} {roi:22s} {st.area}")
    return 0
