"""Settings screen and the main window: staff, stations, roster, CSV import, rules, language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.rules import load_rules
from test_ui_support import app_setup, ctx  # noqa: F401 - fixtures
from ui.main_window import MainWindow
from ui.screens.settings import SettingsScreen


def _open(qtbot, ctx):
    s = SettingsScreen(ctx)
    qtbot.addWidget(s)
    return s


def test_add_staff_station_and_roster(qtbot, ctx):
    s = _open(qtbot, ctx)
    s.staff_code.setText("S003")
    s.staff_name.setText("王芳")
    s.add_staff()
    assert ctx.store.get_staff("S003").name == "王芳"
    s.staff_code.setText("S003")
    s.staff_name.setText("dup")
    s.add_staff()
    assert "already exists" in s.message.text()
    s.st_name.setText("desk-2")
    s.add_station()
    assert [st.name for st in ctx.store.list_stations()] == ["desk-1", "desk-2"]
    s.r_staff.setCurrentIndex(s.r_staff.findData("S003"))
    s.r_station.setCurrentIndex(s.r_station.findData("desk-2"))
    s.r_start.setText("2030-01-02 09:00")
    s.r_end.setText("2030-01-02 17:00")
    s.add_roster()
    assert any(e.staff_code == "S003" and e.station_name == "desk-2" for e in ctx.store.list_roster())
    s.r_end.setText("yesterday")
    s.add_roster()
    assert "yesterday" in s.message.text()
    row = [s.staff_table.item(r, 0).text() for r in range(s.staff_table.rowCount())].index("S002")
    s.staff_table.item(row, 2).setCheckState(Qt.CheckState.Unchecked)
    assert ctx.store.get_staff("S002").active is False


def test_roster_csv_import_all_or_nothing(qtbot, ctx, tmp_path):
    s = _open(qtbot, ctx)
    good = tmp_path / "roster.csv"
    good.write_text("staff,station,start,end\nS002,desk-1,2030-02-01 09:00,2030-02-01 12:00\n"
                    "S002,desk-1,2030-02-02 09:00,2030-02-02 12:00\n", encoding="utf-8")
    assert s.import_roster(str(good)) == 2
    assert s.roster_table.rowCount() == 3
    bad = tmp_path / "bad.csv"
    bad.write_text("staff,station,start,end\nS002,desk-1,2030-03-01 09:00,2030-03-01 12:00\nNOPE,desk-1,2030-03-02 09:00,2030-03-02 12:00\n",
                   encoding="utf-8")
    assert s.import_roster(str(bad)) == 0
    assert "Nothing imported" in s.message.text() and "NOPE" in s.message.text()
    assert len(ctx.store.list_roster()) == 3


def test_rules_thresholds_and_points_are_saved_with_their_clause(qtbot, ctx):
    s = _open(qtbot, ctx)
    rows = s._rows
    n = next(i for i, (ri, path, _, _) in enumerate(rows) if ctx.rules.rules[ri].id == "not_upright" and path[-1] == "threshold")
    first = next(i for i, (ri, _, _, _) in enumerate(rows) if ctx.rules.rules[ri].id == "not_upright")
    assert "Standing posture" in s.rules_table.item(first, 3).text()
    assert s.rules_table.item(n, 2).toolTip() == ctx.rules.rule("not_upright").clause
    s.rules_table.item(n, 2).setText("14")
    p = next(i for i, (ri, path, _, _) in enumerate(rows) if ctx.rules.rules[ri].id == "phone_use" and path == ("points",))
    s.rules_table.item(p, 2).setText("4")
    assert s.save_rules()
    saved = load_rules(ctx.rules_path)
    assert saved.rule("phone_use").points == 4 and ctx.rules.rule("phone_use").points == 4
    assert saved.rule("not_upright").any_of[0].threshold == 14
    s.rules_table.item(p, 2).setText("-3")
    assert not s.save_rules()
    assert "Not saved" in s.message.text() and ctx.rules.rule("phone_use").points == 4
    s.rules_table.item(p, 2).setText("many")
    assert not s.save_rules() and "not a number" in s.message.text()


def test_language_switch_rebuilds_every_screen_in_chinese(qtbot, ctx, app_setup):
    w = MainWindow(ctx, switch_language=app_setup.switch_language)
    qtbot.addWidget(w)
    assert w.tabs.tabText(0) == "Live"
    w.settings.language.setCurrentIndex(w.settings.language.findData("zh_CN"))
    w.settings.language_chosen.emit("zh_CN")
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == ["实时监控", "全部工位", "审核", "考核得分", "自检", "仪容检查", "设置"]
    assert w.review.confirm_btn.text() == "确认违规 (C)"
    assert w.settings.language.currentData() == "zh_CN"
    from ui.language import preferred_language
    assert preferred_language() == "zh_CN"


def test_every_message_is_translated_in_both_catalogues():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import ui_i18n

    for lang in ui_i18n.LANGS:
        assert ui_i18n.untranslated(lang) == [], lang
        assert ui_i18n.ts_path(lang).with_suffix(".qm").is_file()


# -- settings that must take effect after a restart (issue 14, 4) -----------------------------


def _restart(old_ctx, data_dir=None):
    """Closes the app's store and opens the app again as `inspector ui [--data-dir DIR]` does."""
    import argparse

    from ui.commands import _context

    old_ctx.store.close()
    args = argparse.Namespace(data_dir=None if data_dir is None else str(data_dir), db=None, source="",
                              config=None, user=None, local_admin=False, lang=None)
    return _context(args)


def test_storage_folder_chosen_in_the_settings_is_used_after_a_restart(qtbot, ctx, tmp_path):
    new_folder = tmp_path / "elsewhere"
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.settings.set_storage_folder(str(new_folder))
    w.close()
    ctx2 = _restart(ctx)
    try:
        assert ctx2.data_dir == new_folder
        assert (new_folder / "inspector.db").is_file()  # the database of the new folder is the one in use
        w2 = MainWindow(ctx2)
        qtbot.addWidget(w2)
        assert w2.settings.folder.text() == str(new_folder)
        assert ctx2.site.clip_dir("desk-1").parent.parent == new_folder
        w2.close()
    finally:
        ctx2.store.close()


def test_reviewer_name_changed_in_the_settings_is_used_for_decisions_after_a_restart(qtbot, ctx):
    from inspector.store import Decision

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.settings.reviewer.setText("Wang Fang")
    w.settings.reviewer.editingFinished.emit()
    assert ctx.reviewer == "Wang Fang"
    w.close()
    data_dir = ctx.data_dir
    ctx2 = _restart(ctx, data_dir)
    try:
        w2 = MainWindow(ctx2)
        qtbot.addWidget(w2)
        assert w2.settings.reviewer.text() == "Wang Fang"
        pending = [e for e in ctx2.store.list_events() if e.status.value == "pending"]
        w2.tabs.setCurrentWidget(w2.review)
        assert w2.review.show_event(pending[0].id)
        w2.review.decide(Decision.CONFIRM)
        assert ctx2.store.get_event(pending[0].id).review.reviewer == "Wang Fang"
        w2.close()
    finally:
        ctx2.store.close()


def test_reviewer_name_cannot_be_edited_when_decisions_go_under_the_signed_in_account(qtbot, ctx):
    from inspector.auth import Actor

    ctx.sign_in(Actor.local_admin_mode())
    s = _open(qtbot, ctx)
    assert s.reviewer.isReadOnly()
    s.reviewer.setText("someone else")
    s.reviewer.editingFinished.emit()
    assert ctx.reviewer != "someone else"


def test_clip_retention_set_in_the_settings_is_what_retention_uses_after_a_restart(qtbot, ctx, tmp_path):
    from datetime import datetime, timedelta, timezone

    from inspector.cli import main

    ctx.store.close()
    ctx = _restart(ctx, None)  # the default data folder, the one `inspector retention` uses
    now = datetime.now(timezone.utc)
    ctx.store.add_station("desk-9")
    ids = {}
    for age in (40, 50):
        start = now - timedelta(days=age)
        ev, _ = ctx.store.add_event(station="desk-9", source_id="cam", rule_id="phone_use", rules_version="r1",
                                    start=start, end=start + timedelta(seconds=9), peak_confidence=0.8,
                                    features={}, points=3)
        clip = tmp_path / f"clip{age}.mp4"
        clip.write_bytes(b"mp4")
        ctx.store.set_clip(ev.id, "ok", str(clip), None)
        ids[age] = ev.id
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.settings.retention.value() == 30  # privacy.retention_days, the value in force
    w.settings.retention.setValue(45)
    assert "45" in w.settings.message.text()
    w.close()
    ctx2 = _restart(ctx, None)
    try:
        w2 = MainWindow(ctx2)
        qtbot.addWidget(w2)
        assert w2.settings.retention.value() == 45
        w2.close()
        assert main(["retention", "--local-admin"]) == 0
        assert ctx2.store.get_event(ids[40]).clip_status.value == "ok"  # younger than 45 days: kept
        assert ctx2.store.get_event(ids[50]).clip_status.value == "expired"
        assert (tmp_path / "clip40.mp4").is_file() and not (tmp_path / "clip50.mp4").exists()
    finally:
        ctx2.store.close()
