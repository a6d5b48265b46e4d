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
