"""The layers as the code's own imports show them: the engine never imports the app, and no import circle.

Read from the source with :mod:`ast`, so the checks need no model and no display. An import inside
``if TYPE_CHECKING:`` is for annotations only and is not counted; an import inside a function is
counted like any other for the layer check, and for circles too (a late import must not be the
way a circle is dodged).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("inspector", "calibration", "models", "ui")
ENGINE = ("inspector", "calibration", "models")


def _modules() -> dict[str, Path]:
    mods = {}
    for pkg in PACKAGES:
        for p in (ROOT / pkg).rglob("*.py"):
            if "migrations" in p.parts:
                continue
            parts = p.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            mods[name] = p
    return mods


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or \
        (isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING")


def _imports(name: str, path: Path) -> set[str]:
    """Every module (ours or third-party) that a module imports, outside ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            skip.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    is_pkg = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = name.split(".") if is_pkg else name.split(".")[:-1]
                here = here[:len(here) - (node.level - 1)]
                base = ".".join(here + ([base] if base else []))
            for a in node.names:
                sub = f"{base}.{a.name}"
                found.add(sub if sub in MODULES else base)
    return found


def _own(target: str) -> str | None:
    """The project module an imported name belongs to (its longest known prefix), or None."""
    while target:
        if target in MODULES:
            return target
        target = target.rpartition(".")[0]
    return None


GRAPH = {m: {o for t in _imports(m, p) if (o := _own(t)) is not None and o != m} for m, p in MODULES.items()}
RAW = {m: _imports(m, p) for m, p in MODULES.items()}


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.split(".")[0] in ENGINE))
def test_the_engine_imports_nothing_of_the_app(module):
    bad = sorted(t for t in RAW[module] if t.split(".")[0] in ("ui", "PySide6"))
    assert not bad, f"{module} imports {bad}: the engine must not depend on the app or on Qt"


def test_no_import_circle():
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    circles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(GRAPH[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                circles.append(sorted(comp))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    assert not circles, f"import circles: {circles}"


def test_the_checks_see_a_circle_and_a_layer_breach(tmp_path):
    """The checks above are not empty: they find what they look for in a made-up package."""
    pkg = tmp_path / "inspector"
    pkg.mkdir()
    (pkg / "a.py").write_text("from inspector import b\nimport ui.app\n")
    (pkg / "b.py").write_text("def f():\n    from inspector.a import x\n")
    names = {"inspector.a": pkg / "a.py", "inspector.b": pkg / "b.py"}
    saved = dict(MODULES)
    MODULES.clear()
    MODULES.update(names)
    try:
        imports = {m: _imports(m, p) for m, p in names.items()}
    finally:
        MODULES.clear()
        MODULES.update(saved)
    assert imports["inspector.a"] == {"inspector.b", "ui.app"}
    assert imports["inspector.b"] == {"inspector.a"}


MAX_LINES = 500


def test_no_source_module_does_a_dozen_jobs():
    """A module past this many lines is a sign that it serves several concerns: split it by concern."""
    long = {m: n for m, p in MODULES.items() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"
