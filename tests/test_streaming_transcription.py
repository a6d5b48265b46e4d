"""Transcribing a turn while it goes on: chunks cut at pauses, joined at the end of the turn."""

import numpy as np

from tests.conftest import FIGURES, spread

from voicecoach.audio.file_source import read_all
from voicecoach.audio.frames import Framer
from voicecoach.listening.vad import ChannelVad
from voicecoach.speech.streaming import StreamingTranscriber
from voicecoach.speech.wer import normalise

SAM = ("The weather forecast says there will be strong winds along the coast. "
       "Twelve people joined the chess club on the first evening.")


def stream(streaming, audio, t0=0.0):
    vad = ChannelVad(1)
    turn = streaming.start_turn(t0)
    for frame in Framer(1, 30).push(audio):
        turn.add(frame.samples[:, 0], vad.voiced(frame)[0])
    return turn


def test_a_long_turn_is_transcribed_in_chunks_and_joined(fixtures_dir, transcriber):
    streaming = StreamingTranscriber(transcriber, min_chunk=2.0, cut_pause=0.3)
    try:
        audio = read_all(fixtures_dir / "enroll_sam.flac")[:, 0]
        turn = stream(streaming, audio, t0=100.0)
        assert len(turn._parts) >= 1, "no chunk was cut at the pause between the sentences"
        result = turn.finish().result(timeout=60)
    finally:
        streaming.close()
    words = normalise(result.text)
    expected = normalise(SAM)
    assert sum(w in words for w in expected) >= len(expected) - 2
    assert result.words and 100.0 <= result.words[0].start < result.words[-1].end <= 100.0 + len(audio) / 16000 + 0.2


def test_a_silent_turn_gives_no_text(transcriber):
    streaming = StreamingTranscriber(transcriber)
    try:
        assert stream(streaming, np.zeros(16000 * 2, dtype=np.int16)).finish().result(timeout=60).text == ""
    finally:
        streaming.close()


def test_the_coachs_own_voice_is_never_transcribed(fixtures_dir, transcriber):
    streaming = StreamingTranscriber(transcriber)
    try:
        audio = read_all(fixtures_dir / "enroll_sam.flac")[:, 0]
        vad = ChannelVad(1)
        turn = streaming.start_turn(0.0)
        for frame in Framer(1, 30).push(audio):
            turn.add(frame.samples[:, 0], vad.voiced(frame)[0], gated=True)
        assert turn.finish().result(timeout=60).text == ""
    finally:
        streaming.close()


def test_streaming_costs_at_most_a_point_of_word_error_rate(fixtures_dir, transcriber):
    import json

    from voicecoach.speech.wer import wer

    streaming = StreamingTranscriber(transcriber)
    whole, streamed = [], []
    try:
        for path in spread(sorted(fixtures_dir.glob("s*.json")), 60):  # the figure, not the run time
            label = json.loads(path.read_text())
            audio = read_all(fixtures_dir / label["files"]["channels"])
            for turn in label["turns"]:
                said = [u for u in label["utterances"] if u["person"] == turn["speaker"] and u["kind"] == "speech"
                        and turn["start"] <= u["start"] <= turn["end"]]
                if turn["end"] - turn["start"] < 2.5 or any(u.get("truncated") for u in said):
                    continue
                text = " ".join(u["text"] for u in said)
                span = audio[int((turn["start"] - 0.15) * 16000) : int((turn["end"] + 0.15) * 16000)]
                clip = span[:, label["channel_map"][turn["speaker"]]]
                whole.append((text, transcriber.transcribe(clip).text))
                streamed.append((text, stream(streaming, clip).finish().result(timeout=60).text))
    finally:
        streaming.close()
    figures = {"turns": len(whole), "whole": round(wer(whole), 4), "streamed": round(wer(streamed), 4)}
    FIGURES["transcription WER, whole turn vs streamed in chunks"] = figures
    assert figures["turns"] >= 30
    assert figures["streamed"] <= figures["whole"] + 0.01
