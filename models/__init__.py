"""Model manifest, fetching and verification.

Nothing here downloads at import time: call :func:`models.registry.fetch` (or
``inspector models fetch``) explicitly.
"""

from models.registry import (
    ModelDigestError,
    ModelFetchError,
    ModelMissingError,
    ModelSpec,
    default_cache_dir,
    fetch,
    load_manifest,
    model_path,
    verify,
)

__all__ = [
    "ModelDigestError",
    "ModelFetchError",
    "ModelMissingError",
    "ModelSpec",
    "default_cache_dir",
    "fetch",
    "load_manifest",
    "model_path",
    "verify",
]
