"""What the partners see: a live panel in a terminal, plain lines anywhere else (a pipe, a log file, CI)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from rich.console import Console, Group
from rich.live import Live
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

CHEAT_SHEET = {
    "speaker": "Speaker: what happened, briefly, and how it affects you. Feelings, not blame.",
    "listener": "Listener: reflect back in your own words. No fixing, no defending, no advice.",
    None: "Say repeat, pause, resume, help or stop at any time.  Keys: space = done, r = repeat, q = stop.",
}
STEP_TITLES = {1: "1 · the speaker shares", 2: "2 · the listener reflects", 3: "3 · right, and what was missed?",
               4: "4 · the listener reflects again", 6: "6 · the listener's empathic reaction"}


@dataclass
class Status:
    t: float = 0.0
    step: int | str | None = None
    role: str | None = None
    person: str | None = None
    levels: dict[str, float] = field(default_factory=dict)
    partial: str = ""
    counts: dict[str, float] = field(default_factory=lambda: {"interruptions": 0, "backchannels": 0, "talk_over": 0.0})


class LineView:
    """One line per prompt, turn and event."""

    live = False  # no panel to refresh

    def __init__(self, console: Console):
        self.console = console
        self.status = Status()

    def say(self, t: float, text: str, kind: str = "coach") -> None:
        label = "[bold cyan]coach[/bold cyan]" if kind == "coach" else "[bold yellow]nudge[/bold yellow]"
        self.console.print(f"{t:7.2f}  {label}  {text}")

    def line(self, t: float, text: str) -> None:
        self.console.print(f"{t:7.2f}  {text}")

    def update(self) -> None:
        pass

    def close(self) -> None:
        pass


class LiveView(LineView):
    """The panel: step and whose turn, the cheat sheet, a level meter per person, the words so far, the counts."""

    live = True

    def __init__(self, console: Console, refresh_per_second: float = 4.0):
        super().__init__(console)
        self._started = time.monotonic()
        self._every = 1.0 / refresh_per_second
        self._last = 0.0
        self._live = Live(self._render(), console=console, auto_refresh=False, transient=False)
        self._live.start()

    def update(self) -> None:
        now = time.monotonic()
        if now - self._last >= self._every:
            self._last = now
            self._live.update(self._render(), refresh=True)

    def close(self) -> None:
        self._live.update(self._render(), refresh=True)
        self._live.stop()

    def _render(self) -> Panel:
        status = self.status
        step = STEP_TITLES.get(status.step) or {"switch": "switch roles?", "paused": "paused (say resume)"}.get(
            status.step, "")
        who = f"{status.person}'s turn" if status.person else "whoever starts"
        meters = Table.grid(padding=(0, 1))
        for person, level in status.levels.items():
            filled = max(0, min(30, int((level + 70) / 2)))
            meters.add_row(f"{person:>8}", Text("█" * filled + "·" * (30 - filled), style="green"), f"{level:5.0f} dB")
        counts = status.counts
        footer = (f"interruptions {counts['interruptions']}   talk-over {counts['talk_over']:.1f} s   "
                  f"backchannels {counts['backchannels']}   elapsed {_clock(status.t)}")
        body = Group(
            Text(f"Step {step} — {who}" if step else "Getting ready", style="bold"),
            Text(CHEAT_SHEET.get(status.role, CHEAT_SHEET[None]), style="italic"),
            meters,
            Text(f"“{status.partial}”" if status.partial else "", style="dim"),
            Text(footer),
        )
        return Panel(body, title="voicecoach", border_style="cyan")


def _clock(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def make_view(console: Console) -> LineView:
    return LiveView(console) if console.is_terminal else LineView(console)
