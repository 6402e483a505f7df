"""Errors shared by every layer: the engine, calibration, the command line and the app.

A leaf module: it imports nothing of the project, so any module may raise these without
reaching into the command line or the app.
"""

from __future__ import annotations


class UserError(Exception):
    """An error caused by the user's input; printed without a traceback."""
