"""Strict configuration: unknown keys and bad values are refused with the key named."""

from __future__ import annotations

import pytest

from inspector.config import ConfigError, InspectorConfig, config_schema, load_config, parse_config


def _all_fields(model_cls, prefix=""):
    for name, field in model_cls.model_fields.items():
        yield prefix + name, field
        ann = field.annotation
        if isinstance(ann, type) and hasattr(ann, "model_fields"):
            yield from _all_fields(ann, prefix + name + ".")


def test_every_field_is_described():
    missing = [name for name, f in _all_fields(InspectorConfig) if not (f.description or "").strip()]
    assert missing == []


def test_unknown_key_is_refused_with_its_path(tmp_path):
    p = tmp_path / "c.toml"
    p.write_text("[perception]\nnum_posez = 2\n")
    with pytest.raises(ConfigError, match=r"unknown key 'perception\.num_posez'"):
        load_config(p)


def test_bad_value_is_refused():
    with pytest.raises(ConfigError, match="num_poses"):
        parse_config({"perception": {"num_poses": 0}})


def test_valid_toml_and_json(tmp_path):
    t = tmp_path / "c.toml"
    t.write_text("[perception]\nnum_poses = 2\n")
    assert load_config(t).perception.num_poses == 2
    j = tmp_path / "c.json"
    j.write_text('{"tracking": {"max_gap_ms": 500}}')
    assert load_config(j).tracking.max_gap_ms == 500


def test_unreadable_and_missing_files(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "none.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[perception\n")
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(bad)


def test_schema_carries_descriptions():
    schema = config_schema()
    assert "PerceptionConfig" in schema["$defs"]
    assert schema["$defs"]["PerceptionConfig"]["properties"]["num_poses"]["description"]


def test_cli_reports_unknown_key(tmp_path, capsys):
    from inspector.cli import main

    p = tmp_path / "c.toml"
    p.write_text("[tracking]\nbogus = 1\n")
    assert main(["config", "check", str(p)]) == 2
    assert "unknown key 'tracking.bogus'" in capsys.readouterr().err
