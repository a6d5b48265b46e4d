"""A sound card for machines without one: a private PulseAudio daemon with a null sink.

Whatever is played into the sink comes back on its monitor, which is the default input, so sounddevice
captures it through PortAudio in real time: the real microphone path, end to end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


class AudioRig:
    def __init__(self) -> None:
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="voicecoach-rig-"))
        self.runtime_dir.chmod(0o700)
        self.env = dict(os.environ, XDG_RUNTIME_DIR=str(self.runtime_dir), PULSE_SERVER="")
        self.env.pop("PULSE_SERVER")
        self._saved = {key: os.environ.get(key) for key in ("XDG_RUNTIME_DIR",)}

    def start(self) -> "AudioRig":
        for tool in ("pulseaudio", "pactl", "paplay"):
            if shutil.which(tool) is None:
                raise RuntimeError(f"{tool} is missing: `make setup-test` installs the test rig's packages")
        subprocess.run(["pulseaudio", "-D", "--exit-idle-time=-1", "--disallow-exit"], env=self.env, check=True,
                       stderr=subprocess.DEVNULL)
        self._wait_until_up()
        self.pactl("load-module", "module-null-sink", "sink_name=vsink", "rate=48000")
        self.pactl("set-default-sink", "vsink")
        self.pactl("set-default-source", "vsink.monitor")
        os.environ["XDG_RUNTIME_DIR"] = str(self.runtime_dir)
        self._refresh_portaudio()
        return self

    def _wait_until_up(self, seconds: float = 10.0) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if subprocess.run(["pactl", "info"], env=self.env, capture_output=True).returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("the PulseAudio test daemon did not start")

    def pactl(self, *args: str) -> str:
        return subprocess.run(["pactl", *args], env=self.env, check=True, capture_output=True, text=True).stdout

    def play(self, path: str | Path) -> subprocess.Popen:
        """Start playing a file into the sink; returns the running paplay."""
        return subprocess.Popen(["paplay", str(path)], env=self.env)

    def stop(self) -> None:
        subprocess.run(["pulseaudio", "--kill"], env=self.env, capture_output=True)
        for key, value in self._saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        self._refresh_portaudio()
        shutil.rmtree(self.runtime_dir, ignore_errors=True)

    @staticmethod
    def _refresh_portaudio() -> None:
        """PortAudio lists devices once, when it starts: restart it so it sees (or forgets) the rig."""
        sd = sys.modules.get("sounddevice")
        if sd is not None:
            sd._terminate()
            sd._initialize()
