"""Kind, specific words for each turn, and a session summary: the top strength and one thing to practise.

The labels come from rules that are right most of the time, not always (see the README's figures), so feedback
says what it noticed gently and never scolds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from voicecoach.coach.turn_analysis import TurnAnalysis, analyse

PATIENCE = 1.0


@dataclass
class TurnFeedback:
    role: str
    step: int | None
    analysis: TurnAnalysis
    text: str
    latency: float | None = None
    person: str | None = None

    def as_dict(self) -> dict:
        return {**self.analysis.as_dict(), "feedback": self.text}


def feedback_for(role: str, text: str, partner_text: str | None = None, step: int | None = None,
                 latency: float | None = None, patience: float = PATIENCE) -> TurnFeedback:
    analysis = analyse(role, text, partner_text, step)
    if role == "speaker":
        sentence = _reply_sentence(analysis, text) if step == 3 else _speaker_sentence(analysis)
    else:
        sentence = _listener_sentence(analysis, step, latency, patience)
    return TurnFeedback(role, step, analysis, sentence, latency)


def _speaker_sentence(analysis: TurnAnalysis) -> str:
    labels, feelings = analysis.labels, analysis.feeling_words
    if labels["attack"] and labels["i_statement"]:
        return "You named your feeling; the blame in it may be hard to hear. Try just 'I feel … when …'."
    if labels["attack"]:
        return "That may land as blame. Try saying how it affects you: 'I feel … when …'."
    if labels["i_statement"] and feelings:
        return f"Clear and brave: you named how you feel ({', '.join(feelings[:2])}) without blaming."
    if labels["i_statement"]:
        return "Good: you spoke from your own side."
    return "Try adding how it affects you, in a feeling word or two."


def _reply_sentence(analysis: TurnAnalysis, text: str) -> str:
    """Step 3: the speaker says what the listener got right, and what was missed."""
    from voicecoach.practice.replies import UNDERSTOOD, understanding

    if analysis.labels["attack"]:
        return "That may land as blame. Say what fits, and what is still missing, in your own feelings."
    if understanding(text) == UNDERSTOOD:
        return "Good: you let your partner know they understood you."
    return "Helpful: you said what is still missing, so your partner can try again."


def _listener_sentence(analysis: TurnAnalysis, step: int | None, latency: float | None, patience: float) -> str:
    rushed = latency is not None and latency < patience
    return _what_the_listener_did(analysis, step) + (" Next time, take a breath before you answer." if rushed else "")


def _what_the_listener_did(analysis: TurnAnalysis, step: int | None) -> str:
    labels = analysis.labels
    if labels["defending"]:
        return "That sounded like explaining your side. For now, just reflect theirs; your turn comes."
    if labels["advice"]:
        return "That turned into a suggestion. Try reflecting what you heard instead of fixing it."
    if labels["self_focus"]:
        return "That moved to your own story. Bring it back to theirs."
    if labels["parroting"]:
        return "You repeated their words closely; try putting it in your own words."
    if step == 6:
        return "A warm, heartfelt reaction." if labels["empathy"] else \
            "Share how it feels to you to hear this, a feeling of your own."
    if labels["reflection"] and analysis.added_feeling:
        return "A deep reflection: you named the feeling underneath."
    if labels["reflection"] and labels["validation"]:
        return "You reflected and showed it makes sense. Lovely."
    if labels["reflection"]:
        return "Good reflection, in your own words."
    if labels["question"]:
        return "A curious question: good for understanding more."
    if labels["validation"]:
        return "You validated the feeling. Now try reflecting what you heard."
    if labels["empathy"]:
        return "Kindly said. Now try reflecting what you heard."
    return "Try starting with 'So you…' and say back what you heard."


STRENGTHS = {  # label -> how it is praised (in order of preference)
    "reflection": "reflecting what you heard",
    "empathy": "responding with warmth",
    "validation": "showing that feelings make sense",
    "i_statement": "speaking from your feelings",
    "question": "asking curious questions",
    "patience": "pausing before you answer",
}
PRACTICE = {  # habit -> what to practise next time
    "attack": "saying 'I feel … when …' instead of blaming",
    "defending": "letting your own side wait until it is your turn to speak",
    "advice": "reflecting instead of fixing",
    "self_focus": "keeping the focus on your partner's story",
    "parroting": "putting what you heard in your own words",
    "rushed": "taking a breath before you answer",
    "no_feeling": "naming the feeling underneath when you reflect",
}


@dataclass
class SessionCoaching:
    patience: float = PATIENCE
    turns: list[TurnFeedback] = field(default_factory=list)

    def add(self, turn: TurnFeedback) -> None:
        self.turns.append(turn)

    def counts(self) -> dict:
        """MITI-style counts: reflections, questions, their ratio, and the share of complex reflections."""
        listener = [t for t in self.turns if t.role == "listener"]
        reflections = [t for t in listener if t.analysis.labels["reflection"]]
        questions = sum(t.analysis.labels["question"] for t in listener)
        complex_reflections = sum(t.analysis.added_feeling for t in reflections)
        counts = {label: sum(t.analysis.labels[label] for t in self.turns) for label in self.turns[0].analysis.labels} \
            if self.turns else {}
        counts.update(
            reflections=len(reflections), questions=questions,
            reflection_to_question=round(len(reflections) / questions, 2) if questions else None,
            complex_reflection_share=round(complex_reflections / len(reflections), 2) if reflections else None,
            rushed=sum(1 for t in listener if t.latency is not None and t.latency < self.patience),
        )
        return counts

    def strength(self) -> str | None:
        counts = self.counts()
        if not self.turns:
            return None
        listener_turns = [t for t in self.turns if t.role == "listener"]
        for label in STRENGTHS:
            if label == "patience":
                if listener_turns and counts["rushed"] == 0:
                    return STRENGTHS[label]
            elif counts.get(label):
                return STRENGTHS[label]
        return None

    def to_practise(self) -> str | None:
        counts = self.counts()
        if not self.turns:
            return None
        habits = ("attack", "defending", "advice", "self_focus", "parroting", "rushed")  # ties: the first
        most = max(habits, key=lambda habit: counts.get(habit, 0))
        if counts.get(most, 0) > 0:
            return PRACTICE[most]
        if counts["reflections"] and counts["complex_reflection_share"] == 0:
            return PRACTICE["no_feeling"]
        return None

    def summary(self) -> str:
        """The closing words. With two partners, each hears their own strength and thing to practise."""
        people = list(dict.fromkeys(t.person for t in self.turns if t.person))
        if len(people) < 2:
            return self._sentences(self, "Your strength today", "One thing to practise next time")
        parts = []
        for person in people:
            own = SessionCoaching(self.patience, [t for t in self.turns if t.person == person])
            strength, practise = own.strength(), own.to_practise()
            if strength and practise:
                parts.append(f"{person}, your strength today was {strength}; next time, practise {practise}.")
            elif strength or practise:
                parts.append(f"{person}, your strength today was {strength}." if strength
                             else f"{person}, next time, practise {practise}.")
        return " ".join(parts)

    @staticmethod
    def _sentences(coaching: "SessionCoaching", strength_words: str, practise_words: str) -> str:
        strength, practise = coaching.strength(), coaching.to_practise()
        parts = []
        if strength:
            parts.append(f"{strength_words}: {strength}.")
        if practise:
            parts.append(f"{practise_words}: {practise}.")
        return " ".join(parts)
