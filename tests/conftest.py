"""Shared fixtures: per-test user folders, and the real model built once per machine."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point Verdir's state and cache folders at a fresh temporary folder for every test."""
    home = tmp_path_factory.mktemp("verdir-home")
    monkeypatch.setenv("VERDIR_HOME", str(home / "state"))
    monkeypatch.setenv("VERDIR_CACHE_DIR", str(home / "cache"))
    return home


@pytest.fixture(scope="session")
def model_folder() -> Path:
    """The real int8 encoder (built on first use, like every command does)."""
    from verdir.engine.engine import ensure_model

    return ensure_model()


@pytest.fixture(scope="session")
def engine(model_folder: Path):
    """The real engine, trained head included, without the persistent cache."""
    from verdir.engine.engine import Engine

    return Engine.load(model_folder, use_cache=False)


@pytest.fixture(scope="session")
def trained_model_folder(engine, model_folder: Path) -> Path:
    """The model folder once the head is trained and saved there: a service process started
    on it loads that head instead of training it (embedding the whole corpus without a cache)
    within its start-up timeout."""
    return model_folder


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared/data is not beside the repository")
    return SHARED
