"""Updates and compiles the app's translations.

    .venv/bin/python tools/ui_i18n.py            # lupdate both .ts files, fill English, lrelease, check
    .venv/bin/python tools/ui_i18n.py --check    # only check that every message is translated

Chinese translations are edited in ``ui/i18n/deskconduct_zh_CN.ts`` (Qt Linguist:
``.venv/bin/pyside6-linguist``); ``lupdate`` keeps them when sources change and marks new strings
unfinished, which ``--check`` reports. The English catalogue's translations equal the sources.
The tools ``pyside6-lupdate`` and ``pyside6-lrelease`` come with the PySide6-Essentials wheel.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "ui" / "i18n"
BIN = Path(sys.executable).parent
LANGS = ("zh_CN", "en")


def ts_path(lang: str) -> Path:
    return I18N / f"deskconduct_{lang}.ts"


def _text(tr: ET.Element | None) -> str:
    """A translation's text; of a plural message (``numerus="yes"``), its forms joined."""
    if tr is None:
        return ""
    forms = tr.findall("numerusform")
    return " ".join((f.text or "").strip() for f in forms) if forms else (tr.text or "").strip()


def untranslated(lang: str) -> list[str]:
    """Sources of the messages without a finished translation (a plural message: every form filled)."""
    out = []
    for m in ET.parse(ts_path(lang)).iter("message"):
        tr = m.find("translation")
        empty_form = tr is not None and any(not (f.text or "").strip() for f in tr.findall("numerusform"))
        if (tr is None or not _text(tr) or empty_form
                or tr.get("type") in ("unfinished", "obsolete", "vanished")):
            if tr is None or tr.get("type") not in ("obsolete", "vanished"):
                out.append(m.find("source").text or "")
    return out


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of a plural message written with ``(s)``: "%n point(s)" -> "%n point", "%n points"."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english() -> None:
    """English translations are the sources themselves (plural messages: singular and plural forms)."""
    path = ts_path("en")
    tree = ET.parse(path)
    for m in tree.iter("message"):
        tr = m.find("translation")
        if tr.get("type") in ("obsolete", "vanished"):
            continue
        source = m.find("source").text or ""
        if m.get("numerus") == "yes":
            for f in list(tr):
                tr.remove(f)
            tr.text = None
            for form in english_forms(source):
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = source
        tr.attrib.pop("type", None)
    write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="Only report untranslated messages.")
    args = ap.parse_args()
    if not args.check:
        sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "ui").rglob("*.py"))
        for lang in LANGS:
            subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "en",
                            "-target-language", lang, "-ts", str(ts_path(lang).relative_to(REPO))], cwd=REPO, check=True)
        fill_english()
        for lang in LANGS:
            subprocess.run([str(BIN / "pyside6-lrelease"), str(ts_path(lang))], cwd=REPO, check=True)
    bad = 0
    for lang in LANGS:
        missing = untranslated(lang)
        bad += len(missing)
        for s in missing:
            print(f"{lang}: untranslated: {s!r}")
    print("all messages translated" if not bad else f"{bad} untranslated message(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
