"""Errors a user can act on: each carries one line of text and the exit code."""


class VoicecoachError(Exception):
    """A problem with the user's input or machine, reported as one line (no traceback)."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ConfigError(VoicecoachError):
    exit_code = 2


class AudioInputError(VoicecoachError):
    """A microphone or audio file that cannot be read."""


class AudioOutputError(VoicecoachError):
    """A speaker or speech engine that cannot play a prompt."""
