"""CSV and PDF score reports, including Chinese names in the PDF."""

from __future__ import annotations

import csv
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
