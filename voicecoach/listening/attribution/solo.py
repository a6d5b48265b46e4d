"""`solo` mode: one person plays both roles; whoever the protocol says is speaking owns the voice."""

from __future__ import annotations


from voicecoach.audio.frames import Frame
from voicecoach.listening.vad import ChannelVad


class SoloAttributor:
    def __init__(self, people: list[str], aggressiveness: int = 2):
        self.people = list(people)
        self.role = self.people[0]  # set by the practice loop as the protocol moves on
        self._vad = ChannelVad(1, aggressiveness)

    def activity(self, frame: Frame) -> dict[str, bool]:
        voiced = self._vad.voiced(frame.mono())[0]
        return {person: voiced and person == self.role for person in self.people}
