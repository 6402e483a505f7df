"""The site's service phrases and forbidden phrases, and how a phrase is found in recognised text.

Defaults come from the codes of conduct (``../shared/domain/conduct-rules.md`` section 3, the
"three sounds" 待客三声, and the seed codes' service language and 服务忌语). Each moment lists
several phrasings; a phrase is heard when its normalised form (NFKC, no punctuation or spaces,
lower case) occurs in the normalised recognised text. Sites edit the lists in their config file
(``[audio.phrases]``) or in the app's settings.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from pydantic import Field, field_validator

from inspector.settings_base import Section

Moment = Literal["greeting", "please_wait", "sorry_for_waiting", "goodbye", "forbidden"]
MOMENTS: tuple[Moment, ...] = ("greeting", "please_wait", "sorry_for_waiting", "goodbye", "forbidden")
"""Every phrase list, in the order the settings show them."""


def normalize(text: str) -> str:
    """Folds width and case and drops punctuation, symbols and spaces (Chinese and Western alike)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


class PhraseSet(Section):
    """Service phrases per moment, and forbidden phrases (each a list of phrasings)."""

    greeting: tuple[str, ...] = Field(
        ("您好", "你好", "欢迎光临", "欢迎您"),
        description="Greeting when a customer comes (有迎声: 您好，欢迎光临).")
    please_wait: tuple[str, ...] = Field(
        ("请您稍等", "请稍等", "稍等一下", "稍等片刻"),
        description="Said to a second customer who arrives while one is served (对不起，请您稍等片刻).")
    sorry_for_waiting: tuple[str, ...] = Field(
        ("让您久等了", "久等了"),
        description="Said when the waiting customer's turn comes (不好意思让您久等了).")
    goodbye: tuple[str, ...] = Field(
        ("再见", "欢迎下次光临", "慢走"),
        description="Said when the customer leaves (再见，欢迎下次光临).")
    forbidden: tuple[str, ...] = Field(
        ("不知道", "我没空", "找别人去", "你问我我问谁", "我管不着", "你看着办", "我就这种态度"),
        description="Forbidden phrases (服务忌语); one heard at the post is an event for review.")

    @field_validator("greeting", "please_wait", "sorry_for_waiting", "goodbye", "forbidden")
    @classmethod
    def _not_blank(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        blank = [p for p in v if not normalize(p)]
        if blank:
            raise ValueError(f"phrases with no letters or digits cannot be heard: {blank!r}")
        return v

    def of(self, moment: Moment) -> tuple[str, ...]:
        """The phrasings of one moment."""
        return getattr(self, moment)


def find_phrases(text: str, phrases: PhraseSet) -> list[tuple[Moment, str]]:
    """Every (moment, phrase) whose phrase occurs in ``text``, each moment once (its longest match)."""
    norm = normalize(text)
    found: list[tuple[Moment, str]] = []
    for moment in MOMENTS:
        hits = [p for p in phrases.of(moment) if normalize(p) in norm]
        if hits:
            found.append((moment, max(hits, key=lambda p: len(normalize(p)))))
    return found
