"""Front-desk conduct inspector: the engine (sources, perception, tracking, rules, storage, scoring)."""

__version__ = "0.1.0"
