"""Base class of every config section (kept apart so modules can define their own sections)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Section(BaseModel):
    """Base for every config section: unknown keys are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)
