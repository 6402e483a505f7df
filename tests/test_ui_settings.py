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
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == ["实时监控", "审核", "考核得分", "自检", "仪容检查", "设置"]
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
