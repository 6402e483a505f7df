"""The words of the score reports (PDF, CSV, the ``inspector scores`` table) in English or Chinese.

The engine does not use Qt, so the reports carry their own small catalogue: the English text is the
key and :data:`ZH_CN` gives its Simplified Chinese. Rule names, event statuses and clip states are
the same words the app shows (``ui/labels.py``; ``tests/test_report.py`` checks they agree). A rule
a site added itself has no name here and is shown by its id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

REPORT_LANGUAGES = ("en", "zh_CN")
"""Languages a report can be written in."""

RULE_NAMES: dict[str, tuple[str, str]] = {
    "forbidden_arms_standing": ("Forbidden arm posture (standing)", "站姿禁止手势（叉腰/插兜/抱胸）"),
    "arms_crossed_sitting": ("Arms crossed (sitting)", "抱胸（坐姿）"),
    "slouching": ("Slouching", "坐姿不正"),
    "leaning_on_counter": ("Leaning on the counter", "倚靠台面"),
    "sleeping": ("Sleeping at the post", "在岗睡觉"),
    "chin_on_hand": ("Chin in hand", "托腮"),
    "phone_use": ("Phone use", "使用手机"),
    "post_unattended": ("Post unattended", "空岗"),
    "not_upright": ("Not upright", "姿态不端正"),
    "inspection": ("Shift-start inspection", "班前检查"),
    "badge_not_visible": ("Badge not visible", "未佩戴工牌"),
    "greeting_missed": ("Greeting missed", "未主动问候"),
    "greeting_late": ("Greeting late", "问候迟缓"),
    "not_standing_for_customer": ("Not standing for the customer", "客户到台未起立"),
    "second_customer_ignored": ("Second customer not acknowledged", "未向第二位客户示意"),
    "farewell_not_standing": ("Sat down before the customer left", "客户离开前坐下"),
    "forbidden_phrase": ("Forbidden phrase heard", "使用服务忌语"),
}
"""Rule id -> (English name, Chinese name)."""

STATUS_NAMES: dict[str, tuple[str, str]] = {
    "pending": ("pending", "待审核"),
    "confirmed": ("confirmed", "已确认"),
    "dismissed": ("dismissed", "已驳回"),
}

CLIP_NAMES: dict[str, tuple[str, str]] = {
    "ok": ("saved", "已保存"),
    "missing": ("not saved", "未保存"),
    "none": ("not recorded", "未录制"),
    "expired": ("deleted after the retention period", "保留期满已删除"),
}

RECORD_NAMES: dict[str, tuple[str, str]] = {  # English: the codes, as earlier CSV files had them
    "score": ("score", "得分"),
    "rule": ("rule", "规则"),
    "event": ("event", "事件"),
    "unassigned_event": ("unassigned_event", "未分配事件"),
}

ZH_CN: dict[str, str] = {
    # PDF
    "Conduct scores {month}": "行为规范得分 {month}",
    "Time zone {zone} · generated {when} · every staff member starts the month at {start} points; confirmed "
    "events deduct their rule's points (capped per rule per day); pending events are shown apart and not yet "
    "deducted.": "时区 {zone} · 生成于 {when} · 每位员工每月以 {start} 分起算；已确认的事件按其规则扣分（每条规则每天有上限）；"
                 "待审核的事件单独列出，尚未扣分。",
    "Summary": "汇总",
    "Code": "工号",
    "Name": "姓名",
    "Score": "得分",
    "Deducted": "已扣分",
    "If pending confirmed": "待审核全部确认后",
    "Confirmed": "已确认",
    "Pending": "待审核",
    "Dismissed": "已驳回",
    "{n} event(s) had no rostered staff member: see 'Unassigned events' at the end.":
        "{n} 个事件发生时岗位上没有排班员工：见文末“未分配事件”。",
    "Greeting on approach": "迎客问候",
    "Customers judged: those who stayed past the greeting window (second customers, who are owed a nod, are "
    "not counted). Delay: from the customer coming within range to the complete greeting, over the customers "
    "greeted.": "统计的客户：停留超过问候时限的客户（第二位客户只需点头示意，不计入）。延迟：从客户进入范围到完成问候的时间，"
                "只统计已问候的客户。",
    "Customers": "客户数",
    "Greeted": "已问候",
    "Greeting rate": "问候率",
    "Median delay": "延迟中位数",
    "Late": "迟缓",
    "Missed": "未问候",
    "Greeted {greeted} of {visits} customers ({rate}), median delay {delay}, {late} late, {missed} missed.":
        "问候了 {visits} 位客户中的 {greeted} 位（{rate}），延迟中位数 {delay}，迟缓 {late} 次，未问候 {missed} 次。",
    "Pending review could cost a further {points} point(s) (score {score} if all confirmed).":
        "待审核事件可能再扣 {points} 分（全部确认后得分为 {score}）。",
    "No events this month.": "本月无事件。",
    "Deductions by rule": "按规则扣分",
    "Rule": "规则",
    "Points": "分值",
    "Capped days": "达到上限的日期",
    "Events": "事件",
    "Unassigned events (no roster entry at the station)": "未分配事件（岗位上没有排班）",
    "page {n}": "第 {n} 页",
    "Id": "编号",
    "Start (local)": "开始（本地时间）",
    "Dur.": "时长",
    "Station": "岗位",
    "Status": "状态",
    "Pts": "分值",
    "Ded.": "扣分",
    "Clip": "视频片段",
    "{n} s": "{n} 秒",
    # CSV headers
    "record": "记录类型",
    "month": "月份",
    "staff_code": "工号",
    "staff_name": "姓名",
    "score": "得分",
    "deducted": "已扣分",
    "pending": "待审核扣分",
    "greeting_visits": "问候统计客户数",
    "greeted": "已问候",
    "greeting_rate": "问候率",
    "median_greeting_delay_s": "问候延迟中位数（秒）",
    "greetings_late": "问候迟缓次数",
    "greetings_missed": "未问候次数",
    "rule_id": "规则代码",
    "rule": "规则",
    "rule_events": "规则事件数",
    "rule_points": "规则分值",
    "rule_deducted": "规则已扣分",
    "event_id": "事件编号",
    "start_local": "开始（本地时间）",
    "end_local": "结束（本地时间）",
    "station": "岗位",
    "status": "状态代码",
    "status_name": "状态",
    "points": "分值",
    "event_deducted": "事件扣分",
    "would_deduct": "确认后扣分",
    "clip_status": "视频片段状态代码",
    "clip_state": "视频片段",
    "clip_path": "视频片段文件",
    "reviewer": "审核人",
    "review_comment": "审核意见",
    # terminal table
    "code": "工号",
    "name": "姓名",
    "median delay": "延迟中位数",
    "deductions by rule": "按规则扣分",
    "{points} pt": "{points} 分",
    "{n} unassigned event(s): `inspector review list --unassigned --status all --month {month}`":
        "{n} 个未分配事件：`inspector review list --unassigned --status all --month {month}`",
}
"""English report text -> Simplified Chinese."""


class ReportLanguageError(ValueError):
    """A report language that is not supported."""


def check_report_language(language: str) -> str:
    """Returns ``language`` when reports can be written in it.

    Raises:
        ReportLanguageError: Any other language.
    """
    if language not in REPORT_LANGUAGES:
        raise ReportLanguageError(f"report language must be one of {', '.join(REPORT_LANGUAGES)}, got {language!r}")
    return language


@dataclass(frozen=True)
class Words:
    """The report's words in one language."""

    language: str = "en"

    @property
    def chinese(self) -> bool:
        return self.language == "zh_CN"

    def __call__(self, text: str) -> str:
        """``text`` (English, the catalogue's key) in the report's language."""
        return ZH_CN.get(text, text) if self.chinese else text

    def _pick(self, table: dict[str, tuple[str, str]], code: str) -> str:
        names = table.get(code)
        return code if names is None else names[1 if self.chinese else 0]

    def rule(self, rule_id: str) -> str:
        """A rule's name (a site's own rule: its id)."""
        return self._pick(RULE_NAMES, rule_id)

    def status(self, status: str) -> str:
        """An event status in words."""
        return self._pick(STATUS_NAMES, status)

    def clip(self, clip_status: str) -> str:
        """An evidence clip's state in words."""
        return self._pick(CLIP_NAMES, clip_status)

    def record(self, kind: str) -> str:
        """A CSV row's kind in words."""
        return self._pick(RECORD_NAMES, kind)

    def day(self, when: datetime) -> str:
        """A day of the month: "05 Mar" or "03月05日"."""
        return f"{when.month:02d}月{when.day:02d}日" if self.chinese else when.strftime("%d %b")

    def day_time(self, when: datetime) -> str:
        """A day and a time: "05 Mar 09:30:00" or "03月05日 09:30:00"."""
        return f"{self.day(when)} {when:%H:%M:%S}"


def words(language: str) -> Words:
    """The words of ``language``.

    Raises:
        ReportLanguageError: Unsupported language.
    """
    return Words(check_report_language(language))
