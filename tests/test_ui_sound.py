"""Settings → Sound: the stations' audio switches and the site's phrases, audited, in both languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from inspector.audio.phrases import PhraseSet
from test_ui_support import app_setup, ctx  # noqa: F401 - fixtures
from ui.screens.settings import SettingsScreen
from ui.screens.sound_settings import split_phrases

SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def _open(qtbot, ctx):
    s = SettingsScreen(ctx)
    qtbot.addWidget(s)
    return s


def test_split_phrases():
    assert split_phrases("您好、欢迎光临， 欢迎您,\n 你好 ;;") == ("您好", "欢迎光临", "欢迎您", "你好")
    assert split_phrases("  、 ") == ()


def test_station_switch_is_saved_and_audited(qtbot, ctx):  # noqa: F811
    s = _open(qtbot, ctx)
    tab = s.sound
    assert tab.stations.rowCount() == 1 and tab.stations.item(0, 0).text() == "desk-1"
    assert tab.stations.item(0, 1).checkState() == Qt.CheckState.Unchecked, "sound is off until switched on"
    tab.stations.item(0, 1).setCheckState(Qt.CheckState.Checked)
    assert ctx.site.audio_stations() == {"desk-1": True}
    assert "Sound is on for desk-1" in s.message.text()
    rows = [r for r in ctx.store.list_audit() if r.target == "audio:desk-1"]
    assert [(r.details["old"], r.details["new"]) for r in rows] == [(False, True)]


def test_phrases_are_edited_saved_and_used_by_the_next_analysis(qtbot, ctx):  # noqa: F811
    s = _open(qtbot, ctx)
    tab = s.sound
    assert tab.edits["greeting"].text() == "、".join(PhraseSet().greeting)
    tab.edits["greeting"].setText("早上好、您好，欢迎光临")
    assert tab.save_phrases()
    saved = ctx.site.load_phrases(PhraseSet())
    assert saved.greeting == ("早上好", "您好", "欢迎光临") and saved.forbidden == PhraseSet().forbidden
    assert [r.target for r in ctx.store.list_audit()].count("config:audio_phrases") == 1
    tab.edits["forbidden"].setText("不知道、？！")
    assert not tab.save_phrases()
    assert s.message.text().startswith("Not saved")
    assert ctx.site.load_phrases(PhraseSet()).forbidden == PhraseSet().forbidden, "nothing half-saved"
    s.reload()
    assert tab.edits["greeting"].text() == "早上好、您好、欢迎光临"


def test_a_broken_phrases_file_is_said_not_used(qtbot, ctx):  # noqa: F811
    ctx.site.phrases_path.parent.mkdir(parents=True, exist_ok=True)
    ctx.site.phrases_path.write_text("{not json", encoding="utf-8")
    s = _open(qtbot, ctx)
    assert "Sound settings cannot be read" in s.message.text()
    assert s.sound.edits["goodbye"].text() == "、".join(PhraseSet().goodbye)


def test_sound_tab_in_chinese(qtbot, ctx, app_setup):  # noqa: F811
    app_setup.translators.install("zh_CN")
    s = _open(qtbot, ctx)
    s.resize(900, 640)
    s.tabs.setCurrentWidget(s.sound)
    s.show()
    qtbot.waitExposed(s)
    labels = [s.tabs.tabText(i) for i in range(s.tabs.count())]
    assert "声音" in labels
    assert s.sound.stations.horizontalHeaderItem(1).text() == "监听"
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert s.grab().save(str(SHOTS / "settings-sound-zh.png"))


def test_the_status_bar_says_where_sound_is_switched_on(qtbot, ctx):  # noqa: F811
    from ui.main_window import MainWindow

    ctx.cfg = ctx.cfg.model_copy(update={"audio": ctx.cfg.audio.model_copy(update={"enabled": True})})
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.sound_label.text() == "" and w.sound_label.isHidden()
    w.settings.sound.stations.item(0, 1).setCheckState(Qt.CheckState.Checked)
    assert w.sound_label.text() == "Sound switched on: desk-1" and not w.sound_label.isHidden()
    w.settings.sound.stations.item(0, 1).setCheckState(Qt.CheckState.Unchecked)
    assert w.sound_label.text() == ""


def test_no_sound_word_while_the_site_does_not_allow_sound(qtbot, ctx):  # noqa: F811
    from ui.main_window import MainWindow

    ctx.site.save_audio_station("desk-1", True, ctx.store)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.sound_label.text() == "", "switched on, but the site does not allow sound: nothing is heard"
