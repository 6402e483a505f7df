"""CSV and PDF score reports, including Chinese names in the PDF."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_scoring import report_for, seed_month  # noqa: E402  (the hand-checked month)

from inspector import report as R
from inspector.store import Store


@pytest.fixture(scope="module")
def month_report(tmp_path_factory):
    with Store.open(tmp_path_factory.mktemp("rep") / "m.db") as s:
        seed_month(s)
        return report_for(s)


def test_csv_rows(month_report, tmp_path):
    path = R.write_csv(month_report, tmp_path / "m.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for spreadsheet programs
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    scores = {(r["staff_code"], r["staff_name"]): r["score"] for r in rows if r["record"] == "score"}
    assert scores == {("A001", "张伟"): "87", ("A002", "李娜"): "89", ("A003", "王芳"): "0", ("A005", "陈晨"): "100"}
    a001_rules = {r["rule_id"]: r["rule_deducted"] for r in rows if r["record"] == "rule" and r["staff_code"] == "A001"}
    assert a001_rules == {"arms_crossed": "7", "phone_use": "6"}
    events = [r for r in rows if r["record"] == "event" and r["staff_code"] == "A001"]
    assert len(events) == 10 and sum(float(r["event_deducted"]) for r in events) == 13
    assert [r["rule_id"] for r in rows if r["record"] == "unassigned_event"] == ["arms_crossed"]
    greet = {r["staff_code"]: (r["greeting_visits"], r["greeted"], r["greeting_rate"], r["median_greeting_delay_s"],
                               r["greetings_late"], r["greetings_missed"]) for r in rows if r["record"] == "score"}
    assert greet == {"A001": ("5", "4", "0.8", "3.5", "1", "1"), "A002": ("2", "0", "0", "", "0", "2"),
                     "A003": ("0", "0", "", "", "0", "0"), "A005": ("0", "0", "", "", "0", "0")}


def test_fmt_points():
    assert [R.fmt_points(x) for x in (87.0, 87.5, 0.25, 100)] == ["87", "87.5", "0.25", "100"]


def test_pdf_has_chinese_names_and_the_figures(month_report, tmp_path):
    font = R.find_cjk_font()
    if font.path is None:
        pytest.skip(f"no embeddable CJK TrueType font on this machine: {font.warning}")
    pdf = tmp_path / "m.pdf"
    R.write_pdf(month_report, pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed: cannot read the PDF text back")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for name in ("张伟", "李娜", "王芳", "陈晨"):
        assert name in text
    assert "A001 张伟 — 87 / 100" in text and "A003 王芳 — 0 / 100" in text
    assert "Unassigned events" in text
    assert "Greeting rate" in text and "Median delay" in text
    assert "Greeted 4 of 5 customers (80%), median delay 3.5 s, 1 late, 1 missed." in text
    row = next(line for line in text.splitlines() if line.split()[:1] == ["A001"] and "%" in line)
    assert row.split()[2:] == ["5", "4", "80%", "3.5", "s", "1", "1"]


def test_configured_font_must_be_usable(tmp_path):
    with pytest.raises(R.ReportError, match="does not exist"):
        R.find_cjk_font(R.ReportConfig(cjk_font=str(tmp_path / "nope.ttf")))
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"not a font")
    with pytest.raises(R.ReportError, match="cannot be embedded"):
        R.find_cjk_font(R.ReportConfig(cjk_font=str(junk)))


def test_falls_back_with_a_warning_when_no_font(month_report, tmp_path, monkeypatch):
    monkeypatch.setattr(R, "_candidates", lambda: [])
    font = R.find_cjk_font()
    assert font.path is None and font.name == R.FALLBACK_CID and "STSong-Light" in font.warning
    pdf = tmp_path / "fallback.pdf"
    assert R.write_pdf(month_report, pdf).warning
    assert pdf.stat().st_size > 1000


def test_unwritable_path_is_a_clear_error(month_report, tmp_path):
    with pytest.raises(R.ReportError, match="cannot write CSV"):
        R.write_csv(month_report, tmp_path / "no" / "such" / "dir.csv")


def test_rate_and_delay_text():
    from inspector.scoring import NO_GREETINGS, GreetingFigures
    assert R.fmt_rate(GreetingFigures(5, 4, 1, 1, 0.8, 3.5)) == "80% (4/5)" and R.fmt_rate(NO_GREETINGS) == "—"
    assert R.fmt_delay(3.456) == "3.5 s" and R.fmt_delay(None) == "—"


def _zh_rows(path):
    with path.open(encoding="utf-8-sig") as f:
        return list(csv.reader(f))


def test_chinese_csv_has_chinese_headers_and_words_and_keeps_the_codes(month_report, tmp_path):
    rows = _zh_rows(R.write_csv(month_report, tmp_path / "zh.csv", "zh_CN"))
    head = rows[0]
    assert head[:4] == ["记录类型", "月份", "工号", "姓名"] and all(not h.isascii() for h in head)
    recs = [dict(zip(R.CSV_COLUMNS, r)) for r in rows[1:]]
    phone = next(r for r in recs if r["rule_id"] == "phone_use" and r["record"] == "事件")
    assert phone["rule"] == "使用手机" and phone["status"] in ("confirmed", "pending")  # the code stays for programs
    assert phone["status_name"] in ("已确认", "待审核") and phone["clip_state"] == "未录制"
    assert {r["record"] for r in recs} == {"得分", "规则", "事件", "未分配事件"}
    english = [dict(zip(R.CSV_COLUMNS, r)) for r in _zh_rows(R.write_csv(month_report, tmp_path / "en.csv"))[1:]]
    assert [(r["rule_id"], r["status"], r["event_deducted"]) for r in english] == \
        [(r["rule_id"], r["status"], r["event_deducted"]) for r in recs]  # same figures in both languages


def test_unknown_report_language_is_a_clear_error(month_report, tmp_path):
    with pytest.raises(R.ReportError, match="report language must be one of en, zh_CN"):
        R.write_csv(month_report, tmp_path / "x.csv", "fr")
    with pytest.raises(R.ReportError, match="report language"):
        R.write_pdf(month_report, tmp_path / "x.pdf", language="de")


@pytest.mark.parametrize("text, safe", [("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
                                        ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
                                        ("\tx", "'\tx"), ("张伟", "张伟"), ("87", "87"), ("", "")])
def test_cells_that_start_like_a_formula_are_escaped(text, safe):
    assert R.safe_cell(text) == safe


def test_a_formula_in_a_name_is_written_as_text(tmp_path):
    from datetime import datetime, timedelta, timezone

    from inspector.scoring import ScoringConfig, compute_month, parse_month

    with Store.open(tmp_path / "f.db") as s:
        s.add_staff("A9", "=HYPERLINK(\"http://evil\",\"x\")")
        s.add_station("desk-1", "0", "")
        start = datetime(2025, 3, 3, 1, tzinfo=timezone.utc)
        s.add_roster("A9", "desk-1", start, start + timedelta(hours=8))
        s.add_event(station="desk-1", source_id="cam", rule_id="phone_use", rules_version="1", start=start,
                    end=start + timedelta(seconds=10), peak_confidence=0.9, features={}, points=3)
        report = compute_month(parse_month("2025-03"), s.list_staff(), s.list_events(), [], ScoringConfig())
    rows = _zh_rows(R.write_csv(report, tmp_path / "f.csv"))
    names = {r[R.CSV_COLUMNS.index("staff_name")] for r in rows[1:]}
    assert names == {"'=HYPERLINK(\"http://evil\",\"x\")"}
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)


def test_report_words_agree_with_the_apps_words():
    """The PDF/CSV say what the app says: rule names, statuses and clip states in both languages."""
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QCoreApplication, QTranslator

    from inspector.report_words import CLIP_NAMES, RULE_NAMES, STATUS_NAMES, Words
    from ui import labels
    from ui.language import catalogue

    app = QCoreApplication.instance() or QCoreApplication([])
    zh = QTranslator()
    assert zh.load(str(catalogue("zh_CN")))
    for lang, pick in (("en", 0), ("zh_CN", 1)):
        if lang == "zh_CN":
            app.installTranslator(zh)
        try:
            w = Words(lang)
            for rule_id, names in RULE_NAMES.items():
                assert labels.rule_name(rule_id) == names[pick] == w.rule(rule_id)
            for code, names in STATUS_NAMES.items():
                assert labels.status_name(code) == names[pick] == w.status(code)
            for code, names in CLIP_NAMES.items():
                assert labels.clip_status_name(code) == names[pick] == w.clip(code)
        finally:
            app.removeTranslator(zh)


def test_chinese_pdf_reads_in_chinese(month_report, tmp_path):
    font = R.find_cjk_font()
    if font.path is None:
        pytest.skip(f"no embeddable CJK TrueType font on this machine: {font.warning}")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed: cannot read the PDF text back")
    pdf = tmp_path / "zh.pdf"
    R.write_pdf(month_report, pdf, language="zh_CN")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("行为规范得分 2025-03", "汇总", "按规则扣分", "使用手机", "已确认", "待审核", "未分配事件",
                  "问候了 5 位客户中的 4 位（80%），延迟中位数 3.5 秒"):
        assert words in text, words
    assert re.search(r"第\s*1\s*页", text)
    for english in ("Conduct scores", "confirmed", "phone_use", "Summary", "page 1"):
        assert english not in text, english


def test_scores_command_writes_in_the_language_asked_or_configured(tmp_path, capsys):
    from inspector.cli import main

    db = tmp_path / "cli.db"
    with Store.open(db) as s:
        seed_month(s)
    csv_zh, csv_cfg, csv_en = tmp_path / "zh.csv", tmp_path / "cfg.csv", tmp_path / "en.csv"
    common = ["scores", "--month", "2025-03", "--tz", "Asia/Shanghai", "--db", str(db)]
    assert main([*common, "--language", "zh_CN", "--csv", str(csv_zh)]) == 0
    out = capsys.readouterr().out
    assert "行为规范得分 2025-03" in out and "使用手机" in out and "phone_use" not in out
    assert _zh_rows(csv_zh)[0][:3] == ["记录类型", "月份", "工号"]
    cfg = tmp_path / "site.toml"
    cfg.write_text('[report]\nlanguage = "zh_CN"\n', encoding="utf-8")
    assert main(["--config", str(cfg), *common, "--csv", str(csv_cfg)]) == 0
    assert _zh_rows(csv_cfg)[0][0] == "记录类型"
    assert main(["--config", str(cfg), *common, "--language", "en", "--csv", str(csv_en)]) == 0
    assert _zh_rows(csv_en)[0][0] == "record"
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main([*common, "--language", "fr"])
    assert "invalid choice" in capsys.readouterr().err
