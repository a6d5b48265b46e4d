"""The six steps as a state machine: finished turns (with their words) and interruptions in, what to say out.

Pure and clock-free: it never listens or speaks itself, so a whole session can be driven from a list of turns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from voicecoach.practice import replies
from voicecoach.practice.protocol import Protocol

SPEAKER, LISTENER = "speaker", "listener"
ROLE_OF_STEP = {1: SPEAKER, 2: LISTENER, 3: SPEAKER, 4: LISTENER, 6: LISTENER}
PHASE_OF_STEP = {1: "share", 2: "reflect", 3: "clarify", 4: "reflect", 6: "empathy"}
SWITCH, PAUSED, DONE = "switch", "paused", "done"  # states that are not steps


@dataclass
class Say:
    """A prompt: `step` is the step it opens (None for an intro, a reply to a command, a summary)."""

    key: str
    text: str
    step: int | None = None
    role: str | None = None
    person: str | None = None


@dataclass
class Nudge:
    person: str
    kind: str  # "interruption" | "too_fast" | "advice" | "defending"
    text: str
    step: int | None = None  # the step it is about


@dataclass
class Breathe:
    seconds: float


@dataclass
class TurnEnd:
    """Which step a finished turn belonged to (None while paused or for a turn out of place)."""

    person: str
    step: int | str | None
    role: str | None
    text: str


@dataclass
class Understood:
    round: int


@dataclass
class End:
    reason: str  # "complete" | "stopped"


@dataclass
class Exchange:
    speaker: str | None
    listener: str | None
    rounds: int = 0
    understood: bool = False
    interruptions: int = 0
    wrapped_up: bool = False  # the coach moved on after the most rounds


@dataclass
class NudgeRules:
    patience: float = 1.0
    interruption: str = "end_of_turn"  # "end_of_turn" | "right_away" | "off"
    gap: float = 20.0  # seconds of session time between two nudges


class Exercise:
    def __init__(self, protocol: Protocol, people: list[str], solo: bool = False, intro: bool = True,
                 nudges: NudgeRules | None = None, coaching: Callable[[], str] | None = None):
        self.protocol = protocol
        self.people = list(people)
        self.solo = solo
        self.intro = intro
        self.nudges = nudges or NudgeRules()
        first_speaker = self.people[0] if (intro or solo) else None
        listener = self.people[0] if solo else (self.people[1] if first_speaker else None)
        self.exchanges: list[Exchange] = [Exchange(first_speaker, listener)]
        self.state: int | str = 1
        self._paused_from: int | str = 1
        self._asked_again = False
        self._pending: list[Nudge] = []
        self._last_nudge = float("-inf")
        self._last_say: Say | None = None
        self.end_reason: str | None = None
        self.coaching = coaching  # the coach's closing words on listening (strength, one thing to practise)

    # -- where we are --------------------------------------------------------------------------------------
    @property
    def exchange(self) -> Exchange:
        return self.exchanges[-1]

    @property
    def step(self) -> int | None:
        return self.state if isinstance(self.state, int) else None

    @property
    def role(self) -> str | None:
        return ROLE_OF_STEP.get(self.step) if self.step else None

    @property
    def expected(self) -> str | None:
        """Who should speak now (None: anyone, e.g. the first speaker without an intro, or a yes/no)."""
        if self.role is None:
            return None
        return self.exchange.speaker if self.role == SPEAKER else self.exchange.listener

    @property
    def end_of_turn(self) -> float:
        phase = PHASE_OF_STEP.get(self.step, "answer")
        return self.protocol.end_of_turn[phase]

    @property
    def done(self) -> bool:
        return self.state == DONE

    # -- input ---------------------------------------------------------------------------------------------
    def begin(self) -> list:
        out: list = []
        if self.intro:
            out.append(self._say("intro"))
            breathe = self._say("breathe")
            if breathe.text and self.protocol.breath > 0:
                out += [breathe, Breathe(self.protocol.breath)]
        out.append(self._prompt_step(1))
        return [action for action in out if not isinstance(action, Say) or action.text]

    def on_turn(self, person: str, text: str, latency: float | None, t: float, habit: str | None = None) -> list:
        """A finished turn and its words. Returns what happened, then what to say. `habit` is what the coach noticed
        in a reflection that went astray ("advice" or "defending"), for a nudge."""
        asked = replies.command(text)
        if asked:
            return [TurnEnd(person, None, None, text)] + self._command(asked)
        if self.state == PAUSED or self.state == DONE or not text.strip():  # no words: a cough, a laugh, a noise
            return [TurnEnd(person, None, None, text)]
        if self.state == SWITCH:
            return [TurnEnd(person, SWITCH, "answer", text)] + self._answer(text)
        if self.exchange.speaker is None:  # no intro: the first to speak is the speaker
            self._set_speaker(person)
        if not self.solo and person != self.expected:
            return [TurnEnd(person, None, None, text)]
        step, role = self.step, self.role
        out: list = [TurnEnd(person, step, role, text)]
        if role == LISTENER and step != 6 and latency is not None and latency < self.nudges.patience:
            self._queue_nudge("too_fast", person, t)
        if role == LISTENER and step in (2, 4) and habit in ("advice", "defending"):
            self._queue_nudge(habit, person, t)
        out += self._advance(step, text)
        return out

    def on_interruption(self, by: str, of: str, t: float) -> list:
        """An interruption the listening engine settled. Nudged when the listener cut into the speaker's step."""
        if self.exchange.speaker is None and self.step == 1:  # no intro: the one holding the floor is the speaker
            self._set_speaker(of)
        if self.solo or self.role != SPEAKER or by != self.exchange.listener or of != self.exchange.speaker:
            return []
        self.exchange.interruptions += 1
        if self.nudges.interruption == "off":
            return []
        self._queue_nudge("interruption", by, t)
        if self.nudges.interruption == "right_away":
            return self._deliver_nudges()
        return []

    def on_key(self, key: str) -> list:
        """Keyboard fallback: r = repeat, q = stop (space, "done", is handled by whoever ends turns)."""
        return self._command({"r": "repeat", "q": "stop"}[key]) if key in ("r", "q") else []

    def stop(self, reason: str = "stopped") -> list:
        if self.state == DONE:
            return []
        self.state = DONE
        self.end_reason = reason
        return [End(reason)]

    def _set_speaker(self, person: str) -> None:
        self.exchange.speaker = person
        self.exchange.listener = next((p for p in self.people if p != person), person)

    # -- the steps -----------------------------------------------------------------------------------------
    def _advance(self, step: int, text: str) -> list:
        exchange = self.exchange
        if step == 1:
            return self._deliver_nudges() + [self._prompt_step(2)]
        if step in (2, 4):
            exchange.rounds += 1
            return self._deliver_nudges() + [self._prompt_step(3)]
        if step == 3:
            if replies.understanding(text) == replies.UNDERSTOOD:
                exchange.understood = True
                said = [self._say("understood"), *self._deliver_nudges(), self._prompt_step(6)]
                return [Understood(exchange.rounds)] + [a for a in said if not isinstance(a, Say) or a.text]
            if exchange.rounds >= self.protocol.max_rounds:
                exchange.wrapped_up = True
                return self._deliver_nudges() + [self._say("wrap_up"), self._prompt_step(6)]
            return self._deliver_nudges() + [self._prompt_step(4)]
        # step 6: the exchange is complete
        self._pending.clear()
        if len(self.exchanges) < 2:
            self.state = SWITCH
            self._asked_again = False
            return [self._say("offer_switch")]
        return self._finish("complete")

    def _answer(self, text: str) -> list:
        answer = replies.yes_or_no(text)
        if answer == replies.UNCLEAR and not self._asked_again:
            self._asked_again = True
            return [self._say("ask_again")]
        if answer == replies.YES:
            old = self.exchange
            self.exchanges.append(Exchange(old.listener, old.speaker))
            return [self._say("switch"), self._prompt_step(1)]
        return self._finish("complete")

    def _command(self, asked: str) -> list:
        if asked == "stop":
            return [self._say("stopped")] + self.stop("stopped")
        if asked == "help":
            return [self._say("help")]
        if asked == "pause" and self.state not in (PAUSED, DONE):
            self._paused_from, self.state = self.state, PAUSED
            return [self._say("paused")]
        if asked == "resume" and self.state == PAUSED:
            self.state = self._paused_from
            return [self._say("resumed")] + ([self._repeat()] if self._last_say else [])
        if asked == "repeat" and self._last_say is not None:
            return [self._repeat()]
        return []

    def _finish(self, reason: str) -> list:
        return self.summary() + self.stop(reason)

    def summary(self) -> list:
        """The short spoken summary: how each exchange went, then goodbye."""
        out = []
        for exchange in self.exchanges:
            names = self.names_for(exchange)
            if exchange.understood:
                rounds = f"{exchange.rounds} reflection" + ("s" if exchange.rounds != 1 else "")
                out.append(self._say("summary_rounds", **{**names, "rounds": rounds}))
            elif exchange.speaker is not None:
                wrapped = exchange.wrapped_up and self.protocol.prompts.get("summary_wrapped_up")
                out.append(self._say("summary_wrapped_up" if wrapped else "summary_not_understood", **names))
        interruptions = sum(exchange.interruptions for exchange in self.exchanges)
        if interruptions:
            out.append(self._say("summary_interruptions", **{**self.names_for(self.exchange), "count": _how_often(interruptions)}))
        elif not self.solo:
            out.append(self._say("summary_no_interruptions", **self.names_for(self.exchange)))
        closing = self.coaching() if self.coaching else ""
        if closing:
            out.append(Say("coaching", closing))
        out.append(self._say("goodbye", **self.names_for(self.exchange)))
        return [say for say in out if say.text]

    # -- speaking ------------------------------------------------------------------------------------------
    def _prompt_step(self, step: int) -> Say:
        self.state = step
        exchange = self.exchange
        key = "step1_open" if step == 1 and exchange.speaker is None else f"step{step}"
        person = exchange.speaker if ROLE_OF_STEP[step] == SPEAKER else exchange.listener
        say = self._say(key, **self.names_for(exchange))
        say.step, say.role, say.person = step, ROLE_OF_STEP[step], person
        return say

    def _say(self, key: str, **names) -> Say:
        names = {**self.names_for(self.exchange), **names}
        say = Say(key, self.protocol.wording(key, **names) or "")
        if say.text and key not in ("paused", "resumed", "help", "stopped"):
            self._last_say = say
        return say

    def _repeat(self) -> Say:
        last = self._last_say
        return Say(last.key, last.text, last.step, last.role, last.person)

    def names_for(self, exchange: Exchange) -> dict:
        if self.solo:
            return {"speaker": "the speaker", "listener": "the listener", "rounds": "", "count": ""}
        return {"speaker": exchange.speaker or "the speaker", "listener": exchange.listener or "the listener",
                "rounds": "", "count": ""}

    # -- nudges --------------------------------------------------------------------------------------------
    def _queue_nudge(self, kind: str, person: str, t: float) -> None:
        if t - self._last_nudge < self.nudges.gap or any(n.kind == kind for n in self._pending):
            return
        names = self.names_for(self.exchange)
        text = self.protocol.wording(f"nudge_{kind}", **names)
        if text:
            self._last_nudge = t
            self._pending.append(Nudge(person, kind, text, self.step))

    def _deliver_nudges(self) -> list:
        out, self._pending = self._pending[:1], []  # one at a time: a lecture helps nobody
        return out


def _how_often(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")
