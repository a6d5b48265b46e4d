"""Run the `voicecoach` command in-process, as a user would type it."""

from voicecoach.cli import main


def cli(capsys, *args) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `voicecoach ARGS...`."""
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    out, err = capsys.readouterr()
    return code, out, err
