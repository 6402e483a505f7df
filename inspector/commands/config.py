"""``inspector config schema|check FILE|defaults``."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("config", help="Show the config schema, check a config file, print the defaults.")
    csub = p.add_subparsers(dest="config_cmd", metavar="ACTION")
    csub.required = True
    csub.add_parser("schema", help="JSON schema with every key's description.").set_defaults(func=_schema)
    c = csub.add_parser("check", help="Validate a config file.")
    c.add_argument("file")
    c.set_defaults(func=_check)
    csub.add_parser("defaults", help="The default configuration as JSON.").set_defaults(func=_defaults)


def _schema(args: argparse.Namespace) -> int:
    from inspector.config import config_schema

    print(json.dumps(config_schema(), indent=2, ensure_ascii=False))
    return 0


def _check(args: argparse.Namespace) -> int:
    from inspector.config import load_config

    load_config(args.file)
    print(f"{args.file}: valid")
    return 0


def _defaults(args: argparse.Namespace) -> int:
    from inspector.config import InspectorConfig

    print(InspectorConfig().model_dump_json(indent=2))
    return 0
