import subprocess
import sys

COMMANDS = ["practice", "demo", "analyze", "transcribe", "feedback", "stats", "report", "export", "forget",
            "devices", "doctor"]


def run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "voicecoach", *args], capture_output=True, text=True, **kwargs)


def test_help_lists_the_whole_command_set():
    result = run("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


def test_a_mistyped_command_is_a_usage_error_without_traceback():
    result = run("analyse-this")
    assert result.returncode == 2
    assert "No such command" in result.stderr and "Traceback" not in result.stderr
