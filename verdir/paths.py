"""Where Verdir keeps its files on the user's machine.

Everything is per user and derived from platformdirs, so that tests can point it elsewhere:
- model files: ``VERDIR_MODEL_DIR`` or ``user_data_dir("verdir")/model`` (built once per machine);
- state (corrections, rules, glossary, token, pid, logs): ``VERDIR_HOME`` or
  ``user_state_dir("verdir")`` (honours ``XDG_STATE_HOME`` on Linux);
- cache (embedding cache): ``VERDIR_CACHE_DIR`` or ``user_cache_dir("verdir")``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "verdir"


def _from_env(variable: str) -> Path | None:
    value = os.environ.get(variable, "").strip()
    return Path(value).expanduser() if value else None


def model_dir() -> Path:
    """Folder holding the built CTranslate2 encoder and sentencepiece model."""
    return _from_env("VERDIR_MODEL_DIR") or Path(platformdirs.user_data_dir(APP_NAME)) / "model"


def state_dir() -> Path:
    """Folder holding what the authority taught Verdir and the service's runtime files."""
    return _from_env("VERDIR_HOME") or Path(platformdirs.user_state_dir(APP_NAME))


def cache_dir() -> Path:
    """Folder holding caches that can be deleted at any time."""
    return _from_env("VERDIR_CACHE_DIR") or Path(platformdirs.user_cache_dir(APP_NAME))
