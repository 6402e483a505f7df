"""Monthly score reports: CSV for spreadsheets and a PDF that managers read.

The PDF embeds a CJK TrueType font so Chinese staff names render. The font is found, in
order: ``report.cjk_font`` in the config; ``fc-list :lang=zh`` (fontconfig); well-known
folders on Linux, Windows and macOS. Fonts with PostScript (CFF) outlines, such as the
Noto CJK .ttc files, cannot be embedded by reportlab and are skipped. With no usable
file the report falls back to reportlab's built-in ``STSong-Light`` CID font (not
embedded: the viewer must supply a Chinese font) and a warning says so.

Both are written in English or Simplified Chinese (:mod:`inspector.report_words`): headings,
column headers, rule names, statuses and clip states. The CSV keeps the stable codes (rule id,
status, clip status) in their own columns for programs, next to the words for people, and every
cell that a spreadsheet would take for a formula (starting with ``= + - @``, a tab or a carriage
return) is written with a leading apostrophe.
"""

from __future__ import annotations

import csv
import logging
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Literal
from zoneinfo import ZoneInfo

from pydantic import Field

from inspector.report_words import ReportLanguageError, Words, words
from inspector.scoring import GreetingFigures, MonthlyScore, MonthReport, ScoredEvent
from inspector.settings_base import Section

log = logging.getLogger(__name__)

FONT_NAME = "InspectorCJK"
FALLBACK_CID = "STSong-Light"
_SEARCH_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
                "C:/Windows/Fonts", "/System/Library/Fonts", "/Library/Fonts")
_PREFERRED = ("wqy-microhei", "wqy-zenhei", "droidsansfallback", "notosanssc", "notosanscjk", "msyh",
              "simhei", "simsun", "uming", "ukai", "pingfang", "arial unicode", "gbsn00lp")


class ReportConfig(Section):
    """How reports are written."""

    cjk_font: str | None = Field(
        None, description="TrueType (.ttf/.ttc) font with Chinese glyphs for the PDF; default: searched with "
                          "fontconfig and in the usual font folders.")
    cjk_font_index: int = Field(0, ge=0, description="Font number inside a .ttc collection.")
    language: Literal["en", "zh_CN"] = Field(
        "en", description="Language of the PDF and CSV reports written by `inspector scores` (headings, column "
                          "headers, rule names, statuses): en or zh_CN; --language overrides it.")


class ReportError(ValueError):
    """A report cannot be written (bad path, unusable font)."""


@dataclass(frozen=True)
class FontChoice:
    """The font the PDF uses."""

    name: str
    path: str | None
    """File embedded, or None for a non-embedded CID font / the Latin-only fallback."""
    warning: str | None


# --- formatting --------------------------------------------------------------------------------

def fmt_points(x: float) -> str:
    """87 -> '87', 87.5 -> '87.5'."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def fmt_rate(g: GreetingFigures) -> str:
    """Greeting rate as '80% (4/5)', or '—' without judged visits."""
    return "—" if g.rate is None else f"{g.rate * 100:.0f}% ({g.greeted}/{g.visits})"


def fmt_delay(seconds: float | None, w: Words | None = None) -> str:
    """A delay as '3.5 s' ('3.5 秒'), or '—' when there is none."""
    return "—" if seconds is None else (w or Words())("{n} s").format(n=f"{seconds:.1f}")


def _number(x: float | None, digits: int) -> str:
    """A number for CSV without trailing zeros (0.8, 3.5), or '' for None."""
    return "" if x is None else (f"{x:.{digits}f}".rstrip("0").rstrip(".") or "0")


def _local(dt: datetime, tz: ZoneInfo) -> str:
    return dt.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")


def _clip_text(e: ScoredEvent, w: Words) -> str:
    ev = e.event
    if ev.clip_status.value == "ok" and ev.clip_path:
        return Path(ev.clip_path).name
    return w.clip(ev.clip_status.value)


# --- CSV ---------------------------------------------------------------------------------------

CSV_COLUMNS = ("record", "month", "staff_code", "staff_name", "score", "deducted", "pending", "greeting_visits",
               "greeted", "greeting_rate", "median_greeting_delay_s", "greetings_late", "greetings_missed", "rule_id",
               "rule", "rule_events", "rule_points", "rule_deducted", "event_id", "start_local", "end_local",
               "station", "status", "status_name", "points", "event_deducted", "would_deduct", "clip_status",
               "clip_state", "clip_path", "reviewer", "review_comment")
"""Columns of the CSV, as named in English (``rule_id``, ``status``, ``clip_status`` hold stable codes)."""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet program read a cell as a formula."""


def safe_cell(text: str) -> str:
    """A CSV cell that spreadsheet programs show as text: a leading apostrophe before ``= + - @`` (and a
    leading tab or carriage return), so a name such as ``=HYPERLINK(...)`` is not run as a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_rows(report: MonthReport, w: Words | None = None) -> Iterable[dict[str, str]]:
    """One 'score' row per staff member, then a 'rule' row per rule and an 'event' row per event
    (keys: :data:`CSV_COLUMNS`; values not yet escaped for spreadsheets)."""
    w = w or Words()
    tz = ZoneInfo(report.timezone)
    for s in report.scores:
        base = {"month": report.month, "staff_code": s.staff.code, "staff_name": s.staff.name}
        g = s.greeting
        yield {**base, "record": w.record("score"), "score": fmt_points(s.score), "deducted": fmt_points(s.deducted),
               "pending": fmt_points(s.pending), "greeting_visits": str(g.visits), "greeted": str(g.greeted),
               "greeting_rate": _number(g.rate, 4), "median_greeting_delay_s": _number(g.median_delay_s, 2),
               "greetings_late": str(g.late), "greetings_missed": str(g.missed)}
        for d in s.deductions:
            yield {**base, "record": w.record("rule"), "rule_id": d.rule_id, "rule": w.rule(d.rule_id),
                   "rule_events": str(d.events), "rule_points": fmt_points(d.points),
                   "rule_deducted": fmt_points(d.deducted)}
        for e in s.events:
            yield {**base, **_event_cells(e, tz, w)}
    for e in report.unassigned:
        yield {"month": report.month, **_event_cells(e, tz, w), "record": w.record("unassigned_event")}


def _event_cells(e: ScoredEvent, tz: ZoneInfo, w: Words) -> dict[str, str]:
    ev = e.event
    return {"record": w.record("event"), "rule_id": ev.rule_id, "rule": w.rule(ev.rule_id), "event_id": str(ev.id),
            "start_local": _local(ev.start, tz), "end_local": _local(ev.end, tz), "station": ev.station_name,
            "status": e.status.value, "status_name": w.status(e.status.value), "points": fmt_points(ev.points),
            "event_deducted": fmt_points(e.deducted), "would_deduct": fmt_points(e.would_deduct),
            "clip_status": ev.clip_status.value, "clip_state": w.clip(ev.clip_status.value),
            "clip_path": ev.clip_path or "", "reviewer": ev.review.reviewer if ev.review else "",
            "review_comment": ev.review.comment if ev.review else ""}


def write_csv(report: MonthReport, path: str | Path, language: str = "en") -> Path:
    """Writes the report as UTF-8 CSV (with BOM so spreadsheet programs read Chinese names).

    Args:
        report: The month.
        path: The file to write.
        language: ``en`` or ``zh_CN``: the header row and the words in the cells.

    Raises:
        ReportError: Unsupported language, or the file cannot be written.
    """
    w = _words(language)
    p = Path(path)
    try:
        with p.open("w", newline="", encoding="utf-8-sig") as f:
            out = csv.writer(f)
            out.writerow([w(c) for c in CSV_COLUMNS])
            for row in csv_rows(report, w):
                out.writerow([safe_cell(row.get(c, "")) for c in CSV_COLUMNS])
    except OSError as e:
        raise ReportError(f"cannot write CSV {p}: {e}") from None
    return p


def _words(language: str) -> Words:
    try:
        return words(language)
    except ReportLanguageError as e:
        raise ReportError(str(e)) from None


# --- fonts -------------------------------------------------------------------------------------

def _fc_list_zh() -> list[str]:
    exe = shutil.which("fc-list")
    if not exe:
        return []
    try:
        out = subprocess.run([exe, ":lang=zh", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.split(":")[0].strip() for line in out.splitlines() if line.strip()]


def _candidates() -> list[str]:
    found = set(_fc_list_zh())
    for d in _SEARCH_DIRS:
        root = Path(d).expanduser()
        if root.is_dir():
            for ext in ("*.ttf", "*.ttc", "*.TTF", "*.TTC"):
                found.update(str(p) for p in root.rglob(ext)
                             if any(k in p.name.lower().replace("-", "").replace("_", "")
                                    or k in p.name.lower() for k in _PREFERRED))
    found = {f for f in found if f.lower().endswith((".ttf", ".ttc"))}

    def rank(path: str) -> tuple[int, str]:
        name = Path(path).name.lower()
        return next((i for i, k in enumerate(_PREFERRED) if k in name or k in name.replace("-", "")),
                    len(_PREFERRED)), path
    return sorted(found, key=rank)


def _try_register(path: str, index: int) -> bool:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        font = TTFont(FONT_NAME, path, subfontIndex=index) if path.lower().endswith(".ttc") else TTFont(FONT_NAME, path)
    except Exception as e:  # reportlab raises TTFError and plain errors for CFF outlines
        log.debug("font %s not usable: %s", path, e)
        return False
    if font.face.charToGlyph.get(ord("张")) is None:
        return False
    pdfmetrics.registerFont(font)
    return True


def find_cjk_font(cfg: ReportConfig | None = None) -> FontChoice:
    """Registers a font with Chinese glyphs for reportlab and says which.

    Raises:
        ReportError: The configured font file is missing or unusable.
    """
    cfg = cfg or ReportConfig()
    if cfg.cjk_font:
        p = Path(cfg.cjk_font).expanduser()
        if not p.is_file():
            raise ReportError(f"report.cjk_font {p} does not exist")
        if not _try_register(str(p), cfg.cjk_font_index):
            raise ReportError(f"report.cjk_font {p} cannot be embedded (needs a TrueType-outline .ttf/.ttc "
                              "with Chinese glyphs; OpenType/CFF fonts such as Noto CJK .otf/.ttc are not supported)")
        return FontChoice(FONT_NAME, str(p), None)
    for path in _candidates():
        if _try_register(path, 0):
            return FontChoice(FONT_NAME, path, None)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try:
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID))
        return FontChoice(FALLBACK_CID, None, "no embeddable Chinese TrueType font found (install e.g. "
                          "fonts-wqy-microhei or set report.cjk_font); using the non-embedded STSong-Light: "
                          "Chinese names show only where the PDF viewer has a Chinese font")
    except Exception:  # pragma: no cover - reportlab always ships the CID metrics
        return FontChoice("Helvetica", None, "no Chinese font available: Chinese names will not render")


# --- PDF ---------------------------------------------------------------------------------------

def write_pdf(report: MonthReport, path: str | Path, cfg: ReportConfig | None = None,
              generated_at: datetime | None = None, language: str = "en") -> FontChoice:
    """Writes the report as an A4 PDF: a summary table, then per staff member the deductions by rule
    and the events behind them, then the unassigned events.

    Args:
        report: The month.
        path: The file to write.
        cfg: Font settings.
        generated_at: The time printed as the report's date (default: now).
        language: ``en`` or ``zh_CN``.

    Returns:
        The font used (with a warning when Chinese text may not render).

    Raises:
        ReportError: Unsupported language, unusable configured font, or the file cannot be written.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    w = _words(language)
    font = find_cjk_font(cfg)
    tz = ZoneInfo(report.timezone)
    when = (generated_at or datetime.now(timezone.utc)).astimezone(tz)
    body = ParagraphStyle("body", fontName=font.name, fontSize=9, leading=12, wordWrap="CJK" if w.chinese else None)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#555555"))
    h1 = ParagraphStyle("h1", parent=body, fontSize=18, leading=22, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=body, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4)
    h3 = ParagraphStyle("h3", parent=body, fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=2,
                        textColor=colors.HexColor("#333333"))
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    head_bg, grid, zebra = colors.HexColor("#2F4F6F"), colors.HexColor("#B8C2CC"), colors.HexColor("#F2F5F8")

    def table(rows: list[list], widths: list[float], align_right: Iterable[int] = ()) -> Table:
        t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
        style = [("FONTNAME", (0, 0), (-1, -1), font.name), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                 ("BACKGROUND", (0, 0), (-1, 0), head_bg), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                 ("GRID", (0, 0), (-1, -1), 0.4, grid), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        style += [("BACKGROUND", (0, r), (-1, r), zebra) for r in range(2, len(rows), 2)]
        style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in align_right]
        t.setStyle(TableStyle(style))
        return t

    title = w("Conduct scores {month}").format(month=report.month)
    start = fmt_points(report.scores[0].start_points) if report.scores else "100"
    story = [Paragraph(title, h1),
             Paragraph(w("Time zone {zone} · generated {when} · every staff member starts the month at {start} "
                         "points; confirmed events deduct their rule's points (capped per rule per day); pending "
                         "events are shown apart and not yet deducted.").format(
                 zone=report.timezone, when=f"{when:%Y-%m-%d %H:%M}", start=start), small),
             Spacer(1, 5 * mm), Paragraph(w("Summary"), h2)]
    rows = [[w(x) for x in ("Code", "Name", "Score", "Deducted", "If pending confirmed", "Confirmed", "Pending",
                            "Dismissed")]]
    for s in report.scores:
        n = _counts(s)
        rows.append([s.staff.code, s.staff.name, fmt_points(s.score), fmt_points(s.deducted),
                     fmt_points(s.potential_score), n["confirmed"], n["pending"], n["dismissed"]])
    story.append(table(rows, [18, 38, 16, 20, 32, 20, 17, 19], align_right=range(2, 8)))
    if report.unassigned:
        story.append(Paragraph(w("{n} event(s) had no rostered staff member: see 'Unassigned events' at the "
                                 "end.").format(n=len(report.unassigned)), small))
    if any(s.greeting.visits for s in report.scores):
        story += [Paragraph(w("Greeting on approach"), h2),
                  Paragraph(w("Customers judged: those who stayed past the greeting window (second customers, who "
                              "are owed a nod, are not counted). Delay: from the customer coming within range to "
                              "the complete greeting, over the customers greeted."), small), Spacer(1, 2 * mm)]
        rows = [[w(x) for x in ("Code", "Name", "Customers", "Greeted", "Greeting rate", "Median delay", "Late",
                                "Missed")]]
        for s in report.scores:
            g = s.greeting
            rows.append([s.staff.code, s.staff.name, g.visits, g.greeted,
                         "—" if g.rate is None else f"{g.rate * 100:.0f}%", fmt_delay(g.median_delay_s, w),
                         g.late, g.missed])
        story.append(table(rows, [18, 38, 20, 18, 26, 24, 17, 19], align_right=range(2, 8)))

    for s in report.scores:
        block = [Paragraph(f"{s.staff.code} {s.staff.name} — {fmt_points(s.score)} / "
                           f"{fmt_points(s.start_points)}", h2)]
        if s.greeting.visits:
            g = s.greeting
            block.append(Paragraph(w("Greeted {greeted} of {visits} customers ({rate}), median delay {delay}, "
                                     "{late} late, {missed} missed.").format(
                greeted=g.greeted, visits=g.visits, rate=f"{g.rate * 100:.0f}%", delay=fmt_delay(g.median_delay_s, w),
                late=g.late, missed=g.missed), body))
        if s.pending:
            block.append(Paragraph(w("Pending review could cost a further {points} point(s) (score {score} if all "
                                     "confirmed).").format(points=fmt_points(s.pending),
                                                           score=fmt_points(s.potential_score)), small))
        if not s.deductions and not s.events:
            block.append(Paragraph(w("No events this month."), body))
            story.append(KeepTogether(block))
            continue
        if s.deductions:
            block.append(Paragraph(w("Deductions by rule"), h3))
            rows = [[w(x) for x in ("Rule", "Confirmed", "Points", "Deducted", "Capped days", "Pending")]]
            for d in s.deductions:
                rows.append([Paragraph(w.rule(d.rule_id), cell), d.events, fmt_points(d.points), fmt_points(d.deducted),
                             ", ".join(w.day(x) for x in d.capped_days) or "—", d.pending_events])
            block.append(table(rows, [50, 20, 17, 19, 56, 18], align_right=(1, 2, 3, 5)))
        story.append(KeepTogether(block))
        if s.events:
            story.append(Paragraph(w("Events"), h3))
            story.append(_events_table(s.events, tz, table, w, cell))
    if report.unassigned:
        story += [Paragraph(w("Unassigned events (no roster entry at the station)"), h2),
                  _events_table(report.unassigned, tz, table, w, cell)]

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font.name, 7.5)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(15 * mm, 9 * mm, f"{title} · {report.timezone}")
        canvas.drawRightString(A4[0] - 15 * mm, 9 * mm, w("page {n}").format(n=doc.page))
        canvas.restoreState()

    p = Path(path)
    doc = SimpleDocTemplate(str(p), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=16 * mm, title=title, author="inspector")
    try:
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    except OSError as e:
        raise ReportError(f"cannot write PDF {p}: {e}") from None
    if font.warning:
        log.warning(font.warning)
    return font


def _counts(s: MonthlyScore) -> dict[str, int]:
    out = {"confirmed": 0, "pending": 0, "dismissed": 0}
    for e in s.events:
        out[e.status.value] += 1
    return out


def _ellipsis(text: str, n: int) -> str:
    """``text`` cut to ``n`` characters with a middle ellipsis (keeps the file's start and its ending)."""
    if len(text) <= n:
        return text
    head = (n - 1) // 2
    return text[:head] + "…" + text[len(text) - (n - 1 - head):]


def _events_table(events: Iterable[ScoredEvent], tz: ZoneInfo, table, w: Words, cell) -> object:
    from reportlab.platypus import Paragraph

    rows = [[w(x) for x in ("Id", "Start (local)", "Dur.", "Station", "Rule", "Status", "Pts", "Ded.", "Clip")]]
    for e in events:
        ev = e.event
        ded = fmt_points(e.deducted) if e.status.value != "pending" else f"({fmt_points(e.would_deduct)})"
        rows.append([ev.id, w.day_time(ev.start.astimezone(tz)), w("{n} s").format(n=f"{ev.duration_s:.0f}"),
                     ev.station_name, Paragraph(w.rule(ev.rule_id), cell), w.status(e.status.value),
                     fmt_points(ev.points), ded, _ellipsis(_clip_text(e, w), 24)])
    return table(rows, [11, 27, 11, 18, 30, 19, 10, 11, 43], align_right=(0, 2, 6, 7))
