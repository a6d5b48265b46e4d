import re
import subprocess
import sys

import pytest

from voicecoach.errors import ConfigError
from voicecoach.settings import LIMITS, defaults_path, load_settings


def write(tmp_path, text):
    path = tmp_path / "user.toml"
    path.write_text(text)
    return path


def test_defaults_load_and_every_key_is_commented():
    settings = load_settings(use_user_file=False)
    assert settings["vad.aggressiveness"] == 2
    assert settings["audio.frame_ms"] == 30
    for line in defaults_path().read_text().splitlines():
        if re.match(r"^\w+\s*=", line):
            assert "#" in line, f"default without a comment: {line}"


def test_every_limit_names_a_real_key_and_every_default_is_within_it():
    settings = load_settings(use_user_file=False)
    for dotted, limit in LIMITS.items():
        value = settings[dotted]
        if limit[0] == "choice":
            assert value in limit[1], dotted
        else:
            assert limit[1] <= value <= limit[2], dotted


def test_user_file_and_flags_override_defaults(tmp_path):
    settings = load_settings(write(tmp_path, "[vad]\naggressiveness = 3\n[turns]\nend_of_turn = 1\n"), use_user_file=False)
    assert settings["vad.aggressiveness"] == 3
    assert settings["turns.end_of_turn"] == 1.0 and isinstance(settings["turns.end_of_turn"], float)
    flagged = settings.with_overrides({"vad.aggressiveness": 1, "turns.patience": None})
    assert flagged["vad.aggressiveness"] == 1
    assert flagged["turns.patience"] == settings["turns.patience"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("[vad]\naggressiveness = 9\n", "[vad] aggressiveness = 9 is out of range (allowed 0 to 3)"),
        ("[vad]\nagressiveness = 1\n", "unknown key [vad] agressiveness"),
        ("[sound]\nx = 1\n", "unknown section [sound]"),
        ("[vad]\naggressiveness = \"high\"\n", "must be a whole number"),
        ("[audio]\nframe_ms = 25\n", "is not allowed (choose one of 10, 20, 30)"),
        ("[privacy]\nkeep_audio = 1\n", "must be true or false"),
        ("[vad\naggressiveness = 1\n", "is not valid TOML"),
    ],
)
def test_bad_settings_name_the_key_and_what_is_allowed(tmp_path, text, message):
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, text), use_user_file=False)
    assert message in caught.value.message
    assert caught.value.exit_code == 2


def test_flags_are_checked_like_files():
    with pytest.raises(ConfigError, match="out of range"):
        load_settings(use_user_file=False).with_overrides({"turns.end_of_turn": 99.0})


def test_cli_reports_a_bad_config_in_one_line_with_exit_code_2(tmp_path):
    path = write(tmp_path, "[vad]\naggressiveness = 9\n")
    result = subprocess.run([sys.executable, "-m", "voicecoach", "doctor", "--config", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == f"voicecoach: {path}: [vad] aggressiveness = 9 is out of range (allowed 0 to 3)"
    assert "Traceback" not in result.stderr + result.stdout


def test_cli_reports_a_missing_config_file(tmp_path):
    result = subprocess.run([sys.executable, "-m", "voicecoach", "--config", str(tmp_path / "none.toml"), "doctor"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == f"voicecoach: config file not found: {tmp_path / 'none.toml'}"


def test_debug_shows_the_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "voicecoach", "--debug", "--config", str(tmp_path / "x.toml"), "doctor"],
                            capture_output=True, text=True)
    assert result.returncode != 0 and "Traceback" in result.stderr
