from pathlib import Path

import pytest

from tests.audio_rig import AudioRig

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "audio_fixtures"


@pytest.fixture(scope="session")
def audio_rig():
    rig = AudioRig().start()
    yield rig
    rig.stop()


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


FIGURES: dict[str, dict] = {}  # measured figures that tests record, printed at the end of the run


def spread(items: list, at_most: int) -> list:
    """Every k-th item, k chosen so that no more than `at_most` are kept: a sample that stays the same size (and so
    the same run time) as held-out fixture sets join the tuning ones."""
    return items[:: max(1, -(-len(items) // at_most))]


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("measured figures")
        for name, figures in FIGURES.items():
            terminalreporter.write_line(f"{name}: {figures}")


@pytest.fixture(scope="session")
def transcriber():
    """One loaded model for the whole run."""
    from voicecoach.settings import load_settings
    from voicecoach.speech.transcriber import Transcriber

    return Transcriber.from_settings(load_settings(use_user_file=False))
