"""What a short reply means, from its words: understood or not, yes or no, a hand-off, a voice command.

Phrase rules, not a model: the replies this exercise asks for are short and conventional, the rules are fast and
predictable, and a wrong guess costs little (one more reflection round, or the question asked again).
"""

from __future__ import annotations

import re

UNDERSTOOD, PARTLY, NOT_UNDERSTOOD = "understood", "partly", "not"
YES, NO, UNCLEAR = "yes", "no", "unclear"

_NEGATED_UNDERSTANDING = re.compile(
    r"(\bnot|n't|\bnever|\bno one|\bnobody)\b(\s+\w+){0,3}\s+(understood|understand|heard|hear|get it|got it|right|listening)\b"
    r"|\bthat'?s not (it|what|right|true)\b|\bnot at all\b|\bwrong\b|\bnot what i\b|\bmissed (it|the point)\b"
    r"|^no\b(?!\s+(doubt|question))|\b(absolutely|definitely|certainly|really) not\b"
)
_PARTLY = re.compile(
    r"\bbut\b|\bnot quite\b|\bnot exactly\b|\bnot only\b|\bnot just\b|\bmissed\b|\bmissing\b|\bpartly\b|\bpartially\b"
    r"|\bpart of it\b|\balmost\b|\bsort of\b|\bkind of\b|\bclose\b|\bexcept\b|\bmore than that\b|\bthere'?s more\b"
    r"|\bwhat (you|i) (left out|mean)\b|\bactually\b|\balso\b|\bnot the whole\b|\bnot really\b"
)
_UNDERSTOOD = re.compile(
    r"\b(yes|yeah|yep|yup|exactly|precisely|absolutely|correct|perfect|spot on|right)\b"
    r"|\bthat'?s (it|right|true|exactly it|exactly right|all of it)\b|\byou (got|get|understood|understand|heard) (it|me)\b"
    r"|\bi feel (understood|heard|seen)\b|\bnailed it\b|\bthat'?s what i (meant|mean|said)\b"
)

_YES = re.compile(
    r"\b(yes|yeah|yep|yup|okay|ok|alright|definitely|absolutely|gladly|please)\b|(?<!not )\bsure\b|\blet'?s (switch|do it|swap|go)\b"
    r"|\bwhy not\b|\bgo ahead\b|\bof course\b|\bi'?d like (that|to)\b"
)
_NO = re.compile(
    r"\b(no|nope|nah)\b|\bnot (now|today|this time|yet)\b|\blet'?s (stop|end|finish|leave it)\b|\bstop here\b"
    r"|\b(that'?s|it'?s) enough\b|\bnext time\b|\banother (time|day)\b|\b(i'?m|we'?re|we are|i am) done\b|\bi'?d rather not\b"
)

_SOFT_YES = {"okay", "ok", "alright", "sure", "yes", "yeah", "please"}
_HAND_OFF = re.compile(
    r"(\bi'?m done|\bi am done|\bover to you|\byour turn|\bthat'?s all|\bthat'?s all i (have|wanted to say)"
    r"|\bi'?m finished|\bi am finished|\bthat'?s everything)\W*$"
)
_DANGLING = {"and", "but", "because", "so", "or", "if", "when", "that", "the", "a", "an", "to", "i", "my", "of",
             "with", "like", "then", "which", "who", "just", "um", "uh"}

_JOINING = {"and", "but", "because", "so", "or", "if", "when", "the", "a", "an", "to", "my", "of", "with"}
_FILLERS = re.compile(r"\b(please|coach|voicecoach|hey|okay|ok|um|uh|can you|could you|would you|now)\b")
COMMANDS = {
    "repeat": ("repeat", "repeat that", "say that again", "say it again", "come again", "what did you say",
               "repeat the question", "repeat the prompt", "once more", "pardon"),
    "pause": ("pause", "pause the session", "pause please", "hold on", "let's pause", "take a break"),
    "resume": ("resume", "continue", "carry on", "let's continue", "let's go on", "go on", "we're back", "i'm back"),
    "help": ("help", "i need help", "what do i do", "what do we do", "what should i say", "read the cheat sheet",
             "how does this work"),
    "stop": ("stop", "stop the session", "end the session", "quit", "stop session", "end session", "stop now"),
}
_COMMAND_OF = {phrase: command for command, phrases in COMMANDS.items() for phrase in phrases}


def words(text: str) -> str:
    """Lower case, curly quotes straightened, punctuation other than apostrophes dropped."""
    text = text.lower().replace("\u2019", "'")
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text).split())


def understanding(text: str) -> str:
    """Step 3: does the speaker feel understood? `understood`, `partly` (got some, missed some) or `not`."""
    said = words(text)
    if not said:
        return NOT_UNDERSTOOD
    if _NEGATED_UNDERSTANDING.search(said):
        return PARTLY if _PARTLY.search(said) and _UNDERSTOOD.search(said) else NOT_UNDERSTOOD
    if _PARTLY.search(said):
        return PARTLY
    if _UNDERSTOOD.search(said):
        return UNDERSTOOD
    return PARTLY  # the speaker went on explaining: there is more to reflect


def yes_or_no(text: str) -> str:
    said = words(text)
    yes, no = _YES.search(said), _NO.search(said)
    if yes and no:  # "okay, let's stop here": an agreeing word in front of a no is a no
        return YES if yes.start() < no.start() and yes.group(0) not in _SOFT_YES else NO
    return YES if yes else NO if no else UNCLEAR


def hands_off(text: str) -> bool:
    """The turn ends with a hand-off ("I'm done", "over to you"): no need to wait out the silence."""
    return not text.strip().endswith("?") and bool(_HAND_OFF.search(words(text)))


def stops_mid_sentence(text: str) -> bool:
    """The words stop on a joining word or a comma: the speaker is likely still thinking."""
    stripped = text.strip()
    if not stripped:
        return False
    if stripped.endswith((",", "...", "\u2026", "-")):
        return True
    said = words(stripped).split()
    joining = _JOINING if stripped.endswith((".", "?", "!")) else _DANGLING  # "…expected that." is whole
    return bool(said) and said[-1] in joining


def command(text: str) -> str | None:
    """A voice command (repeat, pause, resume, help, stop) when that is all the utterance says."""
    said = words(text)
    if len(said.split()) > 6:
        return None
    core = " ".join(_FILLERS.sub(" ", said).split())
    return _COMMAND_OF.get(core)
