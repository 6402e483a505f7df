"""Finding a font that can show Chinese.

On a fresh Debian/Ubuntu machine ``scripts/setup.sh`` installs ``fonts-noto-cjk``; fontconfig then
offers "Noto Sans CJK SC". At start-up :func:`install_cjk_fallback` asks Qt's font database for the
families that support Simplified Chinese, picks the first preferred one present (else any), and
makes it the fallback of the application font, so Latin text keeps the platform font and every
Chinese character comes from the CJK family instead of empty boxes.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

PREFERRED = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei",
             "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "SimHei", "Droid Sans Fallback")


def find_cjk_family() -> str | None:
    """The best installed family that supports Simplified Chinese, or None."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for name in PREFERRED:
        if name in families:
            return name
    sans = [f for f in families if "sans" in f.lower() or "hei" in f.lower()]
    return (sans or families or [None])[0]


def install_cjk_fallback(app: QApplication) -> str | None:
    """Adds the CJK family after the application font's family; returns it (None: no CJK font found)."""
    cjk = find_cjk_family()
    if cjk is None:
        return None
    font = QFont(app.font())
    base = [f for f in font.families() if f != cjk] or [font.family()]
    font.setFamilies(base + [cjk])
    app.setFont(font)
    for family in base:
        QFont.insertSubstitution(family, cjk)
    return cjk
