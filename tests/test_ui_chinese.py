"""A manager who reads only Chinese (issue 14 §3): errors, rule settings, clauses and Qt's own file
dialog read in Chinese, with times in local time and no pydantic help address; file dialogs open in
the user's folders, not the program folder."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from test_ui_support import app_setup, ctx  # noqa: F401 - fixtures

ENGLISH_WORDS = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def zh(app_setup):
    """The app in Simplified Chinese (the fixture puts English back)."""
    app_setup.translators.install("zh_CN")
    return app_setup


def _english_left(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """English words left in a text, apart from names the user typed (``allowed``)."""
    for word in allowed:
        text = text.replace(word, "")
    return ENGLISH_WORDS.findall(text)


def test_calibration_validation_error_reads_in_chinese_without_pydantic(zh):
    from calibration.profile import ProfileError, parse_profile
    from ui.error_text import error_text

    with pytest.raises(ProfileError) as caught:
        parse_profile({"camera_id": "desk-1", "image_width": 640, "image_height": 480, "staff_zone": [],
                       "customer_zone": [[0, 0], [1, 1]], "counter": [], "floor": {"kind": "points", "points": []}},
                      "(dialog)")
    assert "Tuple should have at least 3 items" in str(caught.value)  # what the user used to read
    text = error_text(caught.value)
    assert text.splitlines() == ["标定还不完整或有误：", "员工区域：至少需要 3 个点，现在只有 0 个",
                                 "客户区域：至少需要 3 个点，现在只有 2 个", "柜台边线：至少需要 2 个点，现在只有 0 个",
                                 "地面标定点：至少需要 4 个点，现在只有 0 个"]
    assert "pydantic" not in text and not _english_left(text)


def test_a_validation_error_never_shows_pydantics_address(zh):
    from pydantic import BaseModel, ValidationError

    from ui.error_text import error_text, message_text

    class M(BaseModel):
        camera_height: float

    with pytest.raises(ValidationError) as caught:
        M(camera_height="high")
    assert "errors.pydantic.dev" in str(caught.value)
    assert "errors.pydantic.dev" not in error_text(caught.value)
    assert "必须是数字" in error_text(caught.value)
    assert message_text("x: bad\n  For further information visit https://errors.pydantic.dev/2.9/v/x") == "x: bad"


@pytest.mark.parametrize("call, chinese", [
    (lambda s: s.add_staff("", "张伟"), "工号不能为空。"),
    (lambda s: s.add_staff("S001", "重复"), "工号为 S001 的员工已经存在。"),
    (lambda s: s.add_station("bad name!", "0", ""), "岗位名称 bad name! 只能包含英文字母"),
    (lambda s: s.decide(999, "confirm", "王经理", ""), "没有编号为 999 的事件。"),
])
def test_store_errors_read_in_chinese(zh, ctx, call, chinese):
    from inspector.store import StoreError
    from ui.error_text import error_text

    with pytest.raises(StoreError) as caught:
        call(ctx.store)
    assert error_text(caught.value).startswith(chinese)


def test_a_second_decision_is_refused_in_chinese_with_local_time(zh, ctx):
    from inspector.store import AlreadyDecided
    from ui.error_text import error_text

    ev = ctx.store.list_events()[0]
    decided = ctx.store.decide(ev.id, "confirm", "王经理", "")
    with pytest.raises(AlreadyDecided) as caught:
        ctx.store.decide(ev.id, "dismiss", "李审核", "")
    assert "UTC" in str(caught.value)
    at = decided.review.at.astimezone().strftime("%Y-%m-%d %H:%M") if getattr(decided, "review", None) else ""
    text = error_text(caught.value)
    assert text.startswith(f"事件 {ev.id} 已由 王经理 于 ") and text.endswith("确认，审核结论不能更改。"), text
    assert "UTC" not in text and at in text


@pytest.mark.parametrize("call, chinese", [
    (lambda: __import__("inspector.scoring", fromlist=["x"]).parse_local_datetime("tomorrow", None),
     "时间请写成 2025-03-01 09:00 这样（本地时间），而不是 'tomorrow'。"),
    (lambda: __import__("inspector.scoring", fromlist=["x"]).parse_month("March"),
     "月份请写成 2025-03 这样，而不是 'March'。"),
    (lambda: __import__("inspector.scoring", fromlist=["x"]).resolve_timezone("Mars/Base"),
     "未知的时区 Mars/Base；请使用 Asia/Shanghai 这样的名称。"),
])
def test_time_and_month_errors_in_chinese(zh, call, chinese):
    from ui.error_text import error_text

    with pytest.raises(ValueError) as caught:
        call()
    assert error_text(caught.value) == chinese


def test_roster_clash_in_the_settings_is_in_chinese_and_local_time(qtbot, zh, ctx):
    from ui.screens.settings import SettingsScreen

    s = SettingsScreen(ctx)
    qtbot.addWidget(s)
    entry = ctx.store.list_roster()[0]
    start = entry.start.astimezone(s.tz) + timedelta(hours=1)
    s.r_staff.setCurrentIndex(s.r_staff.findData("S002"))
    s.r_station.setCurrentIndex(s.r_station.findData("desk-1"))
    s.r_start.setText(start.strftime("%Y-%m-%d %H:%M"))
    s.r_end.setText((start + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"))
    s.add_roster()
    text = s.message.text()
    local_start = entry.start.astimezone(s.tz).strftime("%Y-%m-%d %H:%M")
    assert "时间重叠：同一岗位同一时间只能排一个人" in text, text
    assert local_start in text and start.strftime("%Y-%m-%d %H:%M") in text
    assert "UTC" not in text and not _english_left(text, ("desk-1",))


def test_empty_staff_code_in_the_settings_is_in_chinese(qtbot, zh, ctx):
    from ui.screens.settings import SettingsScreen

    s = SettingsScreen(ctx)
    qtbot.addWidget(s)
    s.staff_code.setText("")
    s.staff_name.setText("王芳")
    s.add_staff()
    assert s.message.text() == "工号不能为空。"


def test_rules_editor_names_every_setting_in_chinese(qtbot, zh, ctx):
    from ui.screens.settings import SettingsScreen

    s = SettingsScreen(ctx)
    qtbot.addWidget(s)
    t = s.rules_table
    settings = [t.item(r, 1).text() for r in range(t.rowCount())]
    clauses = [t.item(r, 3).text() for r in range(t.rowCount()) if t.item(r, 3).text()]
    assert "手臂姿势（抱胸、叉腰、插兜）：最低置信度" in settings
    assert "站姿或坐姿不是（坐姿）：最低置信度" in settings  # the "not sitting" guard of a standing rule
    assert "躯干前倾超过（度）" in settings and "肩膀倾斜（任一方向）超过（度）" in settings
    for text in settings + clauses + [t.item(r, 0).text() for r in range(t.rowCount())]:
        assert not _english_left(text), text  # no "arm_posture", "trunk_lean_forward >"
    assert "1. 站姿：身体挺直，肩要平；2. 坐姿：上身挺直，不得前俯" in clauses
    points = next(r for r, (i, path, _, _) in enumerate(s._rows) if path == ("points",))
    assert "扣除" in t.item(points, 1).toolTip()
    t.item(points, 2).setText("-3")
    assert not s.save_rules()
    rule = t.item(points, 0).text()
    assert s.message.text() == f"未保存：{rule}，扣分：不能小于 0", s.message.text()


def test_rules_editor_setting_names_in_english_too(qtbot, ctx):
    from ui.screens.settings import SettingsScreen

    s = SettingsScreen(ctx)
    qtbot.addWidget(s)
    settings = [s.rules_table.item(r, 1).text() for r in range(s.rules_table.rowCount())]
    assert "Trunk leaning forward, above (degrees)" in settings
    assert "Arm posture (arms crossed, hands on hips, hands in pockets): minimum confidence" in settings
    assert not [x for x in settings if re.search(r"\b[a-z]+_[a-z_]+\b", x)]  # no raw ids


def test_shipped_clause_translated_an_edited_one_kept(zh):
    from inspector.rules import default_rules
    from ui.labels import rule_clause

    phone = default_rules().rule("phone_use")
    assert rule_clause("phone_use", phone.clause) == "6. 岗位纪律：工作期间不能接打手机、使用手机"
    assert rule_clause("phone_use", "本店规定：工作时不用手机") == "本店规定：工作时不用手机"
    assert rule_clause("my_own_rule", "Own words") == "Own words"


def test_qt_file_dialog_reads_in_chinese(qtbot, zh):
    from PySide6.QtWidgets import QFileDialog, QLabel

    d = QFileDialog(None, "t", "", "CSV (*.csv)")
    d.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(d)
    labels = [label.text() for label in d.findChildren(QLabel)]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not [x for x in labels if _english_left(x)]
    from PySide6.QtWidgets import QFileIconProvider
    from PySide6.QtCore import QFileInfo
    assert QFileIconProvider().type(QFileInfo(str(Path(__file__).parent))) == "文件夹"  # the list's Type column


def test_qt_catalogue_loaded_for_chinese_only(zh):
    from PySide6.QtCore import QCoreApplication

    from ui.language import current_language, qt_catalogue

    assert qt_catalogue("zh_CN") is not None and qt_catalogue("en") is None
    assert current_language() == "zh_CN"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # from Qt's own catalogue


def test_file_dialogs_start_in_the_users_folders_not_the_program_folder(app_setup, tmp_path, monkeypatch):
    from ui.folders import dialog_folder, home_folder, remember_folder

    program = Path(__file__).resolve().parents[1]
    monkeypatch.chdir(program)
    assert dialog_folder("videos") == home_folder() != program
    data = tmp_path / "data"
    data.mkdir()
    assert dialog_folder("enrolment", data) == data
    clip = tmp_path / "clips" / "a.mp4"
    clip.parent.mkdir()
    clip.write_bytes(b"x")
    assert remember_folder("videos", str(clip)) == str(clip)
    assert dialog_folder("videos") == clip.parent
    assert remember_folder("videos", "") == "" and dialog_folder("videos") == clip.parent
    clip.unlink()
    clip.parent.rmdir()
    assert dialog_folder("videos", data) == data  # a folder since removed is not offered


def test_scores_export_is_written_in_the_interface_language(qtbot, zh, ctx, tmp_path):
    import csv

    from ui.screens.scores import ScoresScreen

    s = ScoresScreen(ctx)
    qtbot.addWidget(s)
    path = s.export("csv", str(tmp_path / "m.csv"))
    assert path, s.message.text()
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["记录类型", "月份", "工号"]
    assert any("使用手机" in r for r in rows) and any("待审核" in r for r in rows)


ALLOWED_LATIN = re.compile(
    r"English|RTSP|rtsp://\S*|CSV|PDF|UTF-8|inspector [a-z]+|staff,station,start,end|[A-Za-z]+/[A-Za-z_]+"
    r"|/\S+|[\w.-]+\.(toml|json|mp4|csv|pdf|db)|desk-\d|Li Na|left counter|S00\d|auditor-a|[A-Z]{2,}")
"""Latin text a Chinese screen may show: names the user typed, codes, file names, formats, commands."""


def _visible_texts(window) -> list[tuple[str, str]]:
    """(widget class, text) of every label, button, field, list, tab and table cell of a window."""
    from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget,
                                   QTableWidget, QTabWidget, QWidget)

    out = []
    for w in window.findChildren(QWidget):
        texts = [w.toolTip()]
        if isinstance(w, (QAbstractButton, QLabel)):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QTableWidget):
            texts += [w.horizontalHeaderItem(c).text() for c in range(w.columnCount()) if w.horizontalHeaderItem(c)]
            texts += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount())
                      if w.item(r, c) is not None]
        out += [(type(w).__name__, t) for t in texts if t]
    return out


def test_no_english_is_left_on_any_screen_of_the_main_window_in_chinese(qtbot, zh, ctx):
    """The check on what a Chinese user sees, strings outside the catalogue (engine words) included."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    w = MainWindow(ctx, switch_language=zh.switch_language)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        QApplication.processEvents()
    seen = _visible_texts(w)
    assert any("岗位纪律" in text for _kind, text in seen)  # the review panel's clause of the selected event
    assert any(text == "使用手机" for _kind, text in seen)  # its rule, in the review table
    english = sorted({(kind, text) for kind, text in seen
                      if ENGLISH_WORDS.search(ALLOWED_LATIN.sub("", re.sub(r"<[^>]+>", "", text)))})
    assert not english, english


def test_roster_import_names_the_file_line_in_chinese(qtbot, zh, ctx, tmp_path):
    from ui.screens.settings import SettingsScreen

    s = SettingsScreen(ctx)
    qtbot.addWidget(s)
    bad = tmp_path / "bad.csv"
    bad.write_text("staff,station,start,end\nS002,desk-1,2030-03-01 09:00,2030-03-01 12:00\n"
                   "NOPE,desk-1,2030-03-02 09:00,2030-03-02 12:00\n", encoding="utf-8")
    assert s.import_roster(str(bad)) == 0
    assert s.message.text() == "未导入任何内容：文件第 3 行：没有工号为 NOPE 的员工。"
    empty = tmp_path / "empty.csv"
    empty.write_text("staff,station,start,end\n", encoding="utf-8")
    assert s.import_roster(str(empty)) == 0
    assert s.message.text() == f"未导入任何内容：{empty} 中没有排班。"


def test_floor_points_on_one_line_are_explained_in_chinese(zh):
    from calibration.geometry import GeometryError, floor_geometry
    from calibration.profile import parse_profile
    from ui.error_text import error_text

    line = [{"image": [100 + 50 * i, 300], "floor": [0.5 * i, 0.0]} for i in range(4)]
    profile = parse_profile({"camera_id": "desk-1", "image_width": 640, "image_height": 480,
                             "staff_zone": [[0, 0], [640, 0], [640, 200]], "customer_zone": [[0, 300], [640, 300], [0, 480]],
                             "counter": [[0, 250], [640, 250]], "floor": {"kind": "points", "points": line}})
    with pytest.raises(GeometryError) as caught:
        floor_geometry(profile)
    assert error_text(caught.value).startswith("有三个或更多地面标定点（几乎）在一条直线上"), str(caught.value)


def test_a_missing_or_broken_rules_file_is_explained_in_chinese(zh, tmp_path):
    from inspector.rules import RulesError, load_rules
    from ui.error_text import error_text

    with pytest.raises(RulesError) as caught:
        load_rules(tmp_path / "rules.toml")
    assert error_text(caught.value) == f"规则文件 {tmp_path / 'rules.toml'} 不存在。"
    broken = tmp_path / "broken.toml"
    broken.write_text("[[rules]\n", encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(broken)
    assert error_text(caught.value).startswith(f"规则文件 {broken} 无法读取（")
