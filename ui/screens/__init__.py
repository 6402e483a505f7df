"""One module per screen; :mod:`ui.main_window` wires them together."""
