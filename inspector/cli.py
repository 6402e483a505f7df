"""The ``inspector`` command line.

Each sub-command lives in its own module under :mod:`inspector.commands` and
registers itself through ``register(subparsers)``; installed packages add theirs
through the ``deskconduct.commands`` entry point group (the desktop app adds
``ui`` and ``kiosk``). This file only wires them together and turns expected
errors into one clear line and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from importlib.metadata import entry_points

from inspector.errors import UserError

COMMAND_MODULES = (
    "models", "classify", "eval", "bench", "config",
    "analyze", "staff", "roster", "review", "scores", "inspect", "calibrate",
    "users", "audit", "retention", "monitor", "audio",
)
PLUGIN_GROUP = "deskconduct.commands"
"""Entry point group of commands other installed packages add (each a ``register(subparsers)``)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inspector", description="Front-desk conduct inspector.")
    parser.add_argument("--config", help="Config file (TOML or JSON); `inspector config schema` lists every key.")
    parser.add_argument("--native-logs", action="store_true",
                        help="Show MediaPipe's own info and warning lines (hidden by default).")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"inspector.commands.{name}").register(sub)
    for ep in entry_points(group=PLUGIN_GROUP):
        ep.load()(sub)
    return parser


def quiet_native_logs() -> None:
    """Hides OpenCV's and FFmpeg's own warnings (camera probing, container errors).

    They print before our clear message. Only takes effect before cv2 is imported, so
    :func:`main` calls it first, unless ``--native-logs`` asks for them.
    """
    os.environ.setdefault("OPENCV_LOG_LEVEL", "OFF")
    os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")


def main(argv: list[str] | None = None) -> int:
    if "--native-logs" not in (sys.argv[1:] if argv is None else argv):
        quiet_native_logs()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.native_logs or os.environ.get("PYTEST_CURRENT_TEST"):
        return _run(args)
    from inspector.lognoise import NativeLogFilter

    with NativeLogFilter():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from inspector.config import ConfigError
    from inspector.perception import PerceptionError
    from inspector.sources import SourceError
    from models.registry import ModelFetchError, ModelMissingError

    try:
        return int(args.func(args) or 0)
    except (UserError, ConfigError, ModelFetchError, ModelMissingError, FileNotFoundError, PerceptionError,
            SourceError) as e:
        print(f"inspector: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("inspector: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
