"""`voicecoach practice`: the listening engine, live transcription and the six steps, one frame at a time.

Frames in (a microphone, or a recording standing in for one), prompts and nudges out. Everything between is
decided on session audio time, so a recording replayed gives the same session every time.
"""

from __future__ import annotations

import time

from voicecoach.audio.gate import SpeakingGate
from voicecoach.coach.feedback import SessionCoaching, feedback_for
from voicecoach.errors import VoicecoachError
from voicecoach.listening.analysis import build_attributor, build_engine, build_sound_words, checks_words
from voicecoach.listening.engine import silent_result
from voicecoach.listening.attribution import parse_channel_map
from voicecoach.listening.events import FloorEvent, Turn
from voicecoach.listening.segmenter import SpeechStart
from voicecoach.practice import flow, replies
from voicecoach.practice.enrolment import SideCheck, VoiceLearning, VoiceSamples
from voicecoach.practice.event_log import EventLog
from voicecoach.practice.live_view import LineView
from voicecoach.practice.options import PracticeOptions
from voicecoach.practice.protocol import load_protocol
from voicecoach.practice.session_frames import SessionFrames, open_source
from voicecoach.practice.turn_audio import TurnAudio
from voicecoach.settings import Settings
from voicecoach.speech.coach_voice import CoachVoice

HAND_OFF_CHECK = 0.6  # seconds into a pause when the words so far are checked for a hand-off or a broken sentence
MID_SENTENCE_EXTRA = 1.0  # a turn whose words stop mid-sentence waits this much longer


class PracticeSession:
    def __init__(self, settings: Settings, options: PracticeOptions, view: LineView, transcriber=None,
                 source=None, voice: CoachVoice | None = None, store=None):
        self.settings = settings
        self.options = options
        self.view = view
        solo = options.mode == "solo"
        practice = settings.section("practice")
        self.protocol = load_protocol(practice["protocol"] or None, practice["pack"], solo)
        self.people = options.names[:1] if solo else options.names[:2]
        mode = "solo" if solo else (options.attribution or settings["attribution.mode"])
        if not solo and len(options.names) != 2:
            raise VoicecoachError("couple practice needs two names, e.g. --names Alex,Sam")
        channel_map = options.channel_map or ",".join(f"{name}={i}" for i, name in enumerate(self.people))
        learn_voices = mode == "voice" and not options.enroll
        if learn_voices and not options.intro:
            raise VoicecoachError("voice attribution learns your voices in the intro: leave out --no-intro, or give a "
                                  "clip of each partner with --enroll Alex=alex.wav --enroll Sam=sam.wav")
        self.gate = SpeakingGate(settings["audio.gate_tail"])
        self.source = source or open_source(settings, options.input, mode, self.gate)
        aggressiveness, frame_s = settings["vad.aggressiveness"], settings["audio.frame_ms"] / 1000
        self.enrolment = None  # the intro learns who is who first (voices, or sides of a laptop array)
        self.engine = None
        self._sound_words = None  # the check of short sounds' words, once the model is loaded (see run)
        self._learning: VoiceLearning | None = None
        if solo:
            from voicecoach.listening.attribution.solo import SoloAttributor

            self._start_engine(SoloAttributor(self.people, aggressiveness))
        elif learn_voices:
            if settings["attribution.voice_encoder"]:  # missing weights are said now, not after the intro
                from voicecoach.listening.attribution.speaker_encoder import load_encoder

                load_encoder()
            self.enrolment = VoiceSamples(self.people, aggressiveness, frame_s)
        else:
            self._start_engine(build_attributor(mode, self.source.channels, settings, channel_map, options.enroll))
            if mode == "array" and options.intro:
                self.enrolment = SideCheck(self.attributor, self.people, aggressiveness, frame_s)
        self.frames = SessionFrames(self.source, settings["audio.frame_ms"], recording=options.input is not None,
                                    realtime=options.realtime)
        self.voice = voice or CoachVoice.from_settings(settings, self.gate, options.voice,
                                                       notice=lambda text: view.line(0.0, text))
        self.coaching = SessionCoaching(settings["turns.patience"])
        self.exercise = flow.Exercise(self.protocol, self.people, solo=solo, intro=options.intro, nudges=flow.NudgeRules(
            settings["turns.patience"], practice["interruption_nudge"], practice["nudge_gap"]),
            coaching=self.coaching.summary)
        own = parse_channel_map(channel_map) if mode == "channels" else None
        self._transcriber = transcriber
        self._turn_audio_args = (self.people, own, settings["audio.frame_ms"] / 1000)
        self.log = EventLog(options.events_jsonl)
        self.store = store  # the session history (None: not kept)
        self.session_id: int | None = None
        self._mode = mode
        self._channel_map = channel_map
        self.turns: list[dict] = []
        self._checked_pause: tuple | None = None
        self._decisions: list[tuple] = []  # (step of the finished turn, when it was decided, which prompt followed)

    # -- the loop ------------------------------------------------------------------------------------------
    def run(self) -> dict:
        from voicecoach.speech.streaming import StreamingTranscriber
        from voicecoach.speech.transcriber import Transcriber

        reason, interrupted, keys, self.streaming = "input_ended", False, None, None
        try:
            transcriber = self._transcriber or Transcriber.from_settings(self.settings)
            self.streaming = StreamingTranscriber(transcriber)
            if checks_words(self._mode, self.settings):
                self._sound_words = build_sound_words(self.settings, self._mode, self._channel_map, transcriber,
                                                      live=True)
                if self.engine is not None:  # with voices still to learn, the engine gets it when it starts
                    self.engine.listen_for_words(self._sound_words)
            self.turn_audio = TurnAudio(self.streaming, *self._turn_audio_args)
            if self.store is not None:
                self.session_id = self.store.begin_session(self.options.mode, self.people, self._mode,
                                                           self.settings["practice.pack"])
            if self.options.keys:
                from voicecoach.practice.keys import KeyReader

                keys = KeyReader().start()
            if hasattr(self.source, "open") and self.options.input is None:
                self.source.open()  # only now: the model is loaded, so nothing piles up while it loads
            self._act(self._enrolment_prompt() if self.enrolment else self.exercise.begin(), 0.0)
            for frame in self.frames.frames():
                self._on_frame(frame)
                for key in keys.pressed() if keys else []:
                    self._on_key(key)
                if self.exercise.done:
                    break
            else:
                self._finish_learning(wait=True)
                if self.engine is not None:
                    self._handle(self.engine.finish(), self.engine.duration)
            reason = self.exercise.end_reason or "input_ended"
        except KeyboardInterrupt:
            reason, interrupted = "stopped", True
        except BaseException:
            reason = "error"
            raise
        finally:
            self._close(reason, interrupted, keys)
        return self.result(reason)

    def _close(self, reason: str, interrupted: bool, keys) -> None:
        """Everything is closed and the session is stored, whatever ended it (a second Ctrl-C included)."""
        steps = [
            lambda: keys and keys.close(),
            self.source.close,  # nothing more is heard (the closing words would only fill the capture queue)
            self.voice.stop if interrupted else self.voice.wait,
            self.voice.close,
            lambda: self.streaming and self.streaming.close(),
            lambda: self._sound_words and self._sound_words.close(),
            lambda: self.exercise.stop(reason),
            lambda: self.log.write("session_end", self.frames.t, reason=reason),
            self.log.close,
            lambda: self.store and self.session_id and self.store.finish_session(
                self.session_id, _status(reason), self.result(reason)),
            lambda: self.view.line(self.frames.t, f"session ended ({reason})"),
            self.view.close,
        ]
        failed = None
        for step in steps:
            try:
                step()
            except KeyboardInterrupt:
                self.voice.stop()
            except Exception as exc:  # closing goes on: the session's record matters more than this step
                failed = failed or exc
        if failed is not None and reason != "error":
            raise failed

    def _on_frame(self, frame) -> None:
        if self.enrolment is not None:
            self._enrol(frame)
            return
        if self._learning is not None:
            self._learning.backlog.append(frame)
            self._finish_learning(wait=False)
            return
        self._listen(frame)

    def _listen(self, frame) -> None:
        events = self.engine.push(frame)
        self.turn_audio.push(frame, self.engine.activity)
        self._handle(events, frame.t)
        self._check_pause(frame.t)
        self.turn_audio.drop_abandoned(self.engine.floor.holder, frame.t)
        status = self.view.status
        status.t = frame.t
        if self.view.live:  # the meters only exist in the terminal panel
            status.levels = {p: self.turn_audio.level_db(p) for p in self.people}
        self.view.update()

    # -- the intro learns who is who ----------------------------------------------------------------------
    def _start_engine(self, attributor) -> None:
        self.attributor = attributor
        self.engine = build_engine(attributor, self.settings, self._sound_words)

    def _finish_learning(self, wait: bool) -> None:
        learning = self._learning
        if learning is None or not (wait or learning.done()):
            return
        self._learning = None
        self._start_engine(learning.attributor())
        self.view.line(self.frames.t, "(voices learned)")
        for frame in learning.backlog:
            self._listen(frame)

    def _enrolment_prompt(self, key: str | None = None) -> list:
        key = key or ("enrol_voice" if isinstance(self.enrolment, VoiceSamples) else "enrol_side")
        person = self.enrolment.person
        other = next((p for p in self.people if p != person), person)
        return [flow.Say(key, self.protocol.wording(key, speaker=person, listener=other), None, None, person)]

    def _enrol(self, frame) -> None:
        if not self.enrolment.push(frame):
            if self.enrolment.wants_more:
                self.enrolment.wants_more = False
                self._act(self._enrolment_prompt("enrol_more"), frame.t)
            return
        if self.enrolment.person is not None:
            self._act(self._enrolment_prompt(), frame.t)
            return
        enrolment, self.enrolment = self.enrolment, None
        if isinstance(enrolment, VoiceSamples):  # the coach reads out step 1 while the voices are learned
            self._learning = VoiceLearning(enrolment.samples(), self.people, self.settings["vad.aggressiveness"],
                                           enrolment.frame_s, self.settings["attribution.voice_encoder"])
        elif enrolment.settle():
            self.view.line(frame.t, f"({enrolment.people[0]} sits on the other side: the sides are swapped)")
        self._act(self.exercise.begin(), frame.t)

    def _handle(self, events: list, t: float) -> None:
        for event in events:
            if isinstance(event, SpeechStart):
                self.turn_audio.speech_started(event.person, event.onset)
            elif isinstance(event, FloorEvent):
                self._on_floor_event(event)
            elif isinstance(event, Turn):
                self._on_turn(event)

    def _on_floor_event(self, event: FloorEvent) -> None:
        step, counts = self.exercise.step, self.view.status.counts
        if event.type == "interruption":
            counts["interruptions"] += 1
            self.log.write("interruption", event.at, by=event.by, of=event.of, step=step)
            self._keep_event(event, step)
            self.view.line(event.at, f"[bold red]{event.by} interrupted {event.of}[/bold red]")
            self._act(self.exercise.on_interruption(event.by, event.of, event.at), event.at)
        elif event.type == "backchannel":
            counts["backchannels"] += 1
            self.turn_audio.drop(event.by)
            self.log.write("backchannel", event.at, by=event.by, step=step)
            self._keep_event(event, step)
        elif event.type == "talk_over":
            counts["talk_over"] += event.end - event.start
            self.log.write("talk_over", event.at, by=event.by, of=event.of, step=step, start=event.start, end=event.end)
            self._keep_event(event, step)

    def _on_turn(self, turn: Turn) -> None:
        decided = time.monotonic()
        pending = self.turn_audio.finish(turn.speaker)
        text = pending.result().text if pending is not None else ""
        step = self.exercise.step
        coached = None
        if step is not None and text.strip() and (self.exercise.solo or turn.speaker == self.exercise.expected
                                                   or self.exercise.expected is None):
            role = flow.ROLE_OF_STEP[step]
            coached = feedback_for(role, text, self._partner_text(role), step, turn.latency,
                                   self.settings["turns.patience"])
            coached.person = None if self.exercise.solo else turn.speaker
        habit = next((h for h in ("defending", "advice") if coached and coached.analysis.labels[h]), None)
        actions = self.exercise.on_turn(turn.speaker, text, turn.latency, turn.at, habit)
        ended = next(action for action in actions if isinstance(action, flow.TurnEnd))
        if coached is not None and ended.step == step:  # not a voice command, not a turn out of place
            self.coaching.add(coached)
        record = {"person": turn.speaker, "step": ended.step, "role": ended.role, "start": round(turn.start, 3),
                  "end": round(turn.end, 3), "latency": None if turn.latency is None else round(turn.latency, 3),
                  "text": text}
        if coached is not None and ended.step == step:
            record.update(labels=coached.analysis.labels, feeling_words=coached.analysis.feeling_words,
                          feedback=coached.text)
        self.turns.append(record)
        if self.store is not None:
            self.store.add_turn(self.session_id, record)
        self.log.write("turn_end", turn.at, person=turn.speaker, step=ended.step, start=turn.start, end=turn.end,
                       text=text, **({"feedback": record["feedback"]} if "feedback" in record else {}))
        self.view.line(turn.at, f"{turn.speaker}: “{text}”" if text else f"{turn.speaker} spoke (no words heard)")
        if "feedback" in record:
            self.view.line(turn.at, f"   [dim]coach: {record['feedback']}[/dim]")
        self._act(actions, turn.at, decided, ended.step)

    def _partner_text(self, role: str) -> str | None:
        """The other role's last words: what a reflection reflects, what a reply answers."""
        for turn in reversed(self.turns):
            if turn.get("role") and turn["role"] != role and isinstance(turn["step"], int):
                return turn["text"]
        return None

    def _check_pause(self, t: float) -> None:
        """A pause in the holder's speech: a hand-off in words ends the turn now; a broken sentence waits longer."""
        floor = self.engine.floor
        quiet_since = floor.holder_quiet_since
        if quiet_since is None or t - quiet_since < HAND_OFF_CHECK:
            return
        pause = (floor.holder, quiet_since)
        if pause == self._checked_pause:
            return
        self._checked_pause = pause
        heard = self.turn_audio.heard_so_far(floor.holder)
        self.view.status.partial = heard
        if replies.hands_off(heard):
            self._handle(self.engine.end_turn_now(), t)
        elif replies.stops_mid_sentence(heard):
            floor.rules.end_of_turn = self.exercise.end_of_turn + MID_SENTENCE_EXTRA

    def _on_key(self, key: str) -> None:
        if self.engine is None:
            return
        if key == " ":
            self._handle(self.engine.end_turn_now(), self.engine.duration)
        else:
            self._act(self.exercise.on_key(key), self.engine.duration)

    # -- acting on the exercise's decisions ----------------------------------------------------------------
    def _act(self, actions: list, t: float, decided: float | None = None, turn_step=None) -> None:
        for action in actions:
            if isinstance(action, flow.Say):
                already = action.step is not None and self._is_speaking(action.person)
                self.log.write("prompt", t, step=action.step, role=action.role, person=action.person, text=action.text,
                               spoken=not already)
                if already:  # they are doing the step already: the coach does not talk over them
                    self.view.line(t, f"({action.person} is already speaking: step {action.step} without a prompt)")
                    continue
                self.view.say(t, action.text)
                self._speak(action.text, decided, turn_step)
                decided = None
            elif isinstance(action, flow.Nudge):
                self.log.write("nudge", t, person=action.person, kind=action.kind)
                if self.store is not None:
                    self.store.add_event(self.session_id, "nudge", action.person, None, action.step, t, t,
                                         {"kind": action.kind})
                self.view.say(t, action.text, kind="nudge")
                self._speak(action.text, decided, turn_step)
                decided = None
            elif isinstance(action, flow.Breathe) and self.voice.speaks:
                self.voice.pause(action.seconds)  # a quiet moment in the queue of prompts (live)...
                self.frames.hold(action.seconds)  # ...and in a recording's clock
            elif isinstance(action, flow.Understood):
                self.log.write("understood", t, round=action.round)
                if self.store is not None:
                    self.store.add_event(self.session_id, "understood", self.exercise.exchange.speaker, None, 3, t, t,
                                         {"round": action.round})
        status = self.view.status
        status.step, status.role, status.person = self.exercise.state, self.exercise.role, self.exercise.expected
        status.partial = ""
        if self.engine is not None:
            self.engine.floor.rules.end_of_turn = self.exercise.end_of_turn

    def _keep_event(self, event: FloorEvent, step) -> None:
        if self.store is not None:
            self.store.add_event(self.session_id, event.type, event.by, event.of, step, event.start, event.end)

    def _is_speaking(self, person: str | None) -> bool:
        if self.engine is None:
            return False
        segmenter = self.engine.segmenters.get(person)
        return segmenter is not None and segmenter.speaking

    def _speak(self, text: str, decided: float | None, turn_step) -> None:
        seconds = self.voice.say(text, wait=self.frames.recording and not self.frames.realtime)
        if seconds:  # queued to play (not shown only: voice off, or no audio made of it)
            if decided is not None:
                self._decisions.append((turn_step, decided, self.voice.queued - 1))
            self.frames.hold(seconds + self.gate.tail)

    @property
    def decision_lags(self) -> list[tuple]:
        """(step of the finished turn, seconds from the end-of-turn decision to the next prompt starting to play)."""
        starts = self.voice.started
        return [(step, max(0.0, starts[n] - decided)) for step, decided, n in self._decisions if n < len(starts)]

    # -- the outcome ---------------------------------------------------------------------------------------
    def result(self, reason: str) -> dict:
        analysis = self.engine.result() if self.engine is not None else silent_result(self.people)
        exchanges = [{"speaker": e.speaker, "listener": e.listener, "rounds": e.rounds, "understood": e.understood}
                     for e in self.exercise.exchanges if e.speaker is not None]
        return {
            "session_id": self.session_id,
            "status": _status(reason),
            "reason": reason,
            "mode": self.options.mode,
            "people": self.people,
            "steps": [turn["step"] for turn in self.turns if isinstance(turn["step"], int)],
            "exchanges": exchanges,
            "turns": self.turns,
            "nudges": [{"person": r["person"], "kind": r["kind"]} for r in self.log.of_type("nudge")],
            "coaching": {"summary": self.coaching.summary(), "counts": self.coaching.counts()},
            "events": analysis["events"],
            "metrics": analysis["metrics"],
            "duration": round(self.frames.t, 3),
        }


def _status(reason: str) -> str:
    return "complete" if reason == "complete" else "stopped"  # a killed session stays "incomplete"
