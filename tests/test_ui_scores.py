"""Scores screen: the month table follows decisions, drill-down, trend chart, CSV/PDF export."""

from __future__ import annotations

from datetime import datetime

from inspector.store import Decision
from test_ui_support import app_setup, ctx  # noqa: F401 - fixtures
from ui.screens.scores import ScoresScreen, previous_months


def test_month_table_follows_confirmed_events_and_drills_down(qtbot, ctx):
    screen = ScoresScreen(ctx)
    qtbot.addWidget(screen)
    codes = [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())]
    assert codes == ["S001", "S002"]
    assert screen.table.item(0, 2).text() == "100"
    phone = [e for e in ctx.store.list_events(rule_id="phone_use")]
    for e in phone:
        ctx.store.decide(e.id, Decision.CONFIRM, "auditor-a")
    screen.reload()
    # two confirmed phone events of 3 points; the default daily cap is 5 points per rule and day
    tz = datetime.now().astimezone().tzinfo
    same_day = len({e.start.astimezone(tz).date() for e in phone}) == 1
    expected = 5 if same_day else 6
    assert screen.table.item(0, 2).text() == str(100 - expected)
    col = screen.RULE_COL + screen.rule_ids.index("phone_use")
    assert screen.table.item(0, col).text().startswith(f"-{expected}")
    screen.drill(0, col)
    assert screen.events.rowCount() == 2
    with qtbot.waitSignal(screen.open_event) as sig:
        screen._open_event(0, 0)
    assert sig.args[0] in {e.id for e in phone}


def test_trend_chart_covers_six_months(qtbot, ctx):
    screen = ScoresScreen(ctx)
    qtbot.addWidget(screen)
    screen.table.setCurrentCell(0, 1)
    assert len(screen.chart.months) == 6 and screen.chart.months[-1] == str(screen.selected_month())
    (values,) = screen.chart.series.values()
    assert values[-1] == 100.0
    m = previous_months(screen.selected_month(), 13)
    assert m[0].month == m[-1].month and m[0].year == m[-1].year - 1


def test_export_csv_and_pdf(qtbot, ctx, tmp_path):
    screen = ScoresScreen(ctx)
    qtbot.addWidget(screen)
    csv_path = screen.export("csv", str(tmp_path / "s.csv"))
    pdf_path = screen.export("pdf", str(tmp_path / "s.pdf"))
    text = (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert csv_path and "张伟" in text
    assert pdf_path and (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert screen.export("csv", str(tmp_path / "missing-folder" / "x.csv")) is None
    assert "failed" in screen.message.text()


def test_greeting_rate_and_median_delay_columns(qtbot, ctx):
    from datetime import timedelta, timezone

    store = ctx.store
    now = datetime.now(timezone.utc).replace(microsecond=0)
    arrivals = [now - timedelta(hours=h) for h in (4, 3, 2)]
    for n, (at, delay) in enumerate(zip(arrivals, (1.0, None, 6.0))):  # on time, missed, late
        status = "missed" if delay is None else "on_time" if delay < 5 else "late"
        store.add_greeting(station="desk-1", source_id="cam0", customer_track=n, staff_track=1, kind="first",
                           status=status, arrival=at, greeted=None if delay is None else at + timedelta(seconds=delay),
                           rules_version="default-1")
    store.add_event(station="desk-1", source_id="cam0", rule_id="greeting_missed", rules_version="default-1",
                    start=arrivals[1], end=arrivals[1] + timedelta(seconds=20), peak_confidence=0.8, features={},
                    points=2, track_id=1)
    screen = ScoresScreen(ctx)
    qtbot.addWidget(screen)
    heads = [screen.table.horizontalHeaderItem(c).text() for c in range(screen.table.columnCount())]
    assert heads[screen.RATE_COL] == "Greeting rate" and heads[screen.DELAY_COL] == "Median delay"
    tz = datetime.now().astimezone().tzinfo
    if len({a.astimezone(tz).month for a in arrivals}) > 1:
        return  # the three visits straddle a local month boundary: the figures below are for one month
    assert screen.table.item(0, screen.RATE_COL).text() == "67% (2/3)"
    assert screen.table.item(0, screen.DELAY_COL).text() == "3.5 s"  # median of 1 s and 6 s
    assert "1 late, 1 missed" in screen.table.item(0, screen.RATE_COL).toolTip()
    assert screen.table.item(1, screen.RATE_COL).text() == ""  # S002: no customers
    screen.drill(0, screen.RATE_COL)
    assert screen.events.rowCount() == 1


def test_trend_chart_leaves_months_without_data_empty(qtbot, ctx):
    """Issue 14 (8): the trend chart showed 100 for months in which nobody worked."""
    screen = ScoresScreen(ctx)
    qtbot.addWidget(screen)
    screen.table.setCurrentCell(0, 1)  # 张伟: rostered this month only
    (values,) = screen.chart.series.values()
    assert values[-1] == 100.0 and values[:-1] == (None,) * 5
    screen._trend(-1)  # everyone's mean
    (mean,) = screen.chart.series.values()
    assert mean[:-1] == (None,) * 5 and mean[-1] is not None


def test_drill_down_names_the_clip_state_in_words(qtbot, ctx):
    """Issue 14 (8): the events table showed the raw clip state "ok"."""
    screen = ScoresScreen(ctx)
    qtbot.addWidget(screen)
    screen.drill(0, 1)
    states = {screen.events.item(r, 4).text() for r in range(screen.events.rowCount())}
    assert states and "ok" not in states and "none" not in states
    assert "saved" in states


def test_staff_see_and_appeal_their_inspection_and_a_reviewer_decides_it(qtbot, ctx):
    """Issue 14 §5: the score showed inspection deductions, the drill-down did not, and they could not
    be appealed."""
    import dataclasses
    from datetime import timezone

    from inspector.store import InspectionOverride

    pw = "correct horse battery"
    ctx.store.init_manager("boss", pw)
    boss_store = ctx.store.as_actor(ctx.store.authenticate("boss", pw))
    boss_store.add_user("zhang", "staff", pw, staff_code="S001")
    rec = boss_store.add_inspection("S001", datetime.now(timezone.utc), {"badge": False, "smile": True}, 2,
                                    inspector="boss",
                                    overrides={"smile": InspectionOverride("pass", "smiled when asked", "boss")})
    staff = dataclasses.replace(ctx, store=ctx.store.as_actor(ctx.store.authenticate("zhang", pw)), reviewer="zhang")
    mine = ScoresScreen(staff)
    qtbot.addWidget(mine)
    assert [mine.table.item(r, 0).text() for r in range(mine.table.rowCount())] == ["S001"]
    assert mine.table.item(0, 2).text() == "98" and not mine.appeals_btn.isVisible()
    col = mine.RULE_COL + mine.rule_ids.index("inspection")
    mine.drill(0, col)
    assert mine.events.rowCount() == 1 and "Badge" in mine.events.item(0, 2).text()
    assert mine.events.item(0, 3).text() == "2"
    mine.events.selectRow(0)
    assert mine.selected_inspection_id() == rec.id and not mine.insp_panel.isHidden()
    assert "smiled when asked" in mine.insp_details.text()
    assert mine.insp_appeal_btn.isEnabled() and mine.insp_uphold_btn.isHidden()
    assert not mine.appeal_inspection() and "Write why" in mine.insp_message.text()
    mine.insp_comment.setText("my badge was under my scarf, the side view shows it")
    assert mine.appeal_inspection() and "appealed" in mine.insp_message.text()
    assert not mine.insp_appeal_btn.isEnabled() and "appealed" in mine.events.item(0, 2).text()

    boss = dataclasses.replace(ctx, store=boss_store, reviewer="boss")
    screen = ScoresScreen(boss)
    qtbot.addWidget(screen)
    assert "(1)" in screen.appeals_btn.text()
    assert screen.show_inspection_appeals() == 1 and screen.selected_inspection_id() == rec.id
    assert "under my scarf" in screen.insp_details.text() and screen.insp_appeal_btn.isHidden()
    assert not screen.decide_inspection_appeal("overturn") and "reason" in screen.insp_message.text()
    screen.insp_comment.setText("the badge is visible on the side view")
    screen.insp_overturn_btn.click()
    assert "overturned" in screen.insp_message.text() and "(1)" not in screen.appeals_btn.text()
    row = [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())].index("S001")
    assert screen.table.item(row, 2).text() == "100"  # the points are back

    mine.reload()
    mine.drill(0, mine.RULE_COL + mine.rule_ids.index("inspection")) if "inspection" in mine.rule_ids else mine.drill(0, 0)
    row = next(r for r in range(mine.events.rowCount()) if mine.events.item(r, 1).text() == "Shift-start inspection")
    mine.events.selectRow(row)
    assert "the badge is visible on the side view" in mine.insp_details.text()  # the staff member reads why
    assert mine.events.item(row, 3).text() == "0"


def test_inspection_appeal_errors_read_in_chinese(app_setup):
    from inspector.store import AlreadyDecided, InvalidInput, NotFound, PermissionDenied
    from ui.error_text import error_text

    errors = [AlreadyDecided("inspection 3 was already appealed at 2026-12-05 10:00:00 UTC"),
              AlreadyDecided("the appeal against inspection 3 was already upheld by boss at 2026-12-05 10:00:00 UTC"),
              NotFound("inspection 3 was not appealed"),
              PermissionDenied("inspection 3 is not an inspection of zhang; only one's own inspections can be appealed"),
              InvalidInput("inspection 3 deducts no points: there is nothing to appeal")]
    app_setup.switch_language("zh_CN")
    for e in errors:
        text = error_text(e)
        assert "3" in text and any("\u4e00" <= c <= "\u9fff" for c in text) and "inspection" not in text, text
