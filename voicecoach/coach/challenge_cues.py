"""Questions that are not questions: a listener's challenge put as a question ("You want me to just ignore my boss,
then?", "Am I meant to ask permission?", "…and I'm the problem?", "What do you want, a signed form?", a tag that
turns the point back on the partner: "you've never once…, have you?", "Your evenings are all quality time, are
they?"), which is defending and not an open question; and the rhetorical "Who wouldn't…?" / "Who could blame
you?", which is validation and not a question."""

from __future__ import annotations

from voicecoach.coach.lexicon import either

_OPENING = r"^((so|oh|and|right|then|well|what|sorry) )*"
_NEGATED = r"\b(not|never|no|nothing|nobody|\w+n'?t|dont|didnt|doesnt|isnt|arent|wasnt|werent|cant|wont|havent|hasnt)\b"
_TAG = r"(is|are|was|were|do|does|did|has|have|had|can|could|will|would) (it|they|you|he|she|we)$"
# the tag as written: after a comma, at the end of the sentence
WRITTEN_TAG = either(r", (is|are|was|were|do|does|did|has|have|had|can|could|will|would) (it|they|you|he|she|we)\?$")

CHALLENGE_QUESTION = either(
    # what the listener is to do, asked back in disbelief
    _OPENING + r"(you|you'?d|youd) (want|expect|would have|'?d have|'?d rather|would rather) me (to )?(just |"
    r"simply |actually |seriously )?\w+(?!.*\b(is that (it|right)|am i right|more|with you)\b)",
    _OPENING + r"am i (just |really |seriously )?(to|meant to|supposed to|expected to|allowed to|not allowed to"
    r"|obliged to|required to)\b(?!.*\b(right|understanding|getting)\b)",
    # the blame turned round: "…and I'm the problem?", "…and suddenly I'm the bad guy?"
    r"\b(and|but|now|suddenly|so) (now |suddenly |somehow )?(i'?m|im|i am) the (problem|bad guy|villain|baddie"
    r"|bad one|monster|enemy|one in the wrong|one at fault|selfish one|unreasonable one)$",
    # "What do you want, a description?"
    r"^what (do|did|would) you (want|expect) (a|an|some|a medal|written|in writing)\b",
    # what the partner cannot know of the listener's lot: "Do you have any idea what my inbox looks like?" (not "Do
    # you know how much I love you?")
    _OPENING + r"(do|did) you (even |actually |honestly )?(know|have any idea|realise|realize|understand)"
    r" (what|how( much| many| hard| busy| long)?) (\w+ ){0,5}(my|i|i'?m|im|me)\b"
    r"(?!.*\b(love|care|miss|adore|appreciate|sorry|hurt)\b)"
    r"|" + _OPENING + r"have you (got |even )?(any idea|a clue) (what|how)( much| many| hard| busy| long)? (\w+ ){0,5}"
    r"(my|i|i'?m|im|me)\b(?!.*\b(love|care|miss|adore|appreciate|sorry|hurt)\b)",
    # a condition that makes the complaint pointless: "If it's only work emails, why would it bother you?" (not a
    # fix offered, "If I put it away, would that help?", nor self-blame, "…, why didn't I notice?")
    r"^if (?!.*\bhelp)([\w']+ ){1,8}(why (would|does|should|make|do you|is it|are you)|what difference|who'?s (going"
    r"|gonna) to|what'?s the (problem|harm|big deal|point))\b",
    # the partner's standing or sudden concern doubted: "Who made you the expert on my family?", "Why is this suddenly
    # a problem now?", "Do you keep a list or something?"
    r"^((so|oh|and|well) )*who (died and )?made you (the|an|my|our)\b"
    r"|\b(suddenly|only now|all of a sudden) (a|an|such a) (problem|issue|big deal|crime|thing)\b"
    r"|^(do|did) you (keep|have|write|run) (a|an) (\w+ )?(list|log|tally|spreadsheet|diary|record|count|file)\b",
    # the partner's demand run on to a worse one: "What next, you check my phone too?", "What's next, a breathalyser
    # at the front door?" (not "What's next for you?", "What's next, do you think?")
    _OPENING + r"what(s|'s| is)? next,? (a|an|you|you'?ll|youll|me|my|i|i'?ll|we)\b",
    # the other course put in its worst light: "Should he whimper all night, then?" (not the listener's offer, "Shall
    # we leave the phones downstairs, then?"); the bill as proof: "Have you seen the last gas bill?"
    r"^(so )?(should|shall|must) (he|she|they|it|the \w+) (just )?\w+ .*\bthen$"
    r"|^have you (even )?seen (the|what|how much) (\w+ ){0,3}(bill|bills|price|prices|cost|costs|figures|statement"
    r"|receipt|meter)\b",
)
# a tag on the partner's side of it: "you've never once texted at the table, have you?", "Your evenings are all
# quality time, are they?" (but not a check of the listener's own reading: "…, is that it?")
PARTNER_TAG = either(
    r"\b(you|your|you'?ve|youve|you'?re|youre)\b.*\b" + _NEGATED + r".*\b(have|do|did|does|are|is|were|was|would"
    r"|can|could|has) (you|it|they|he|she)$",
)
SAME_POLARITY_TAG = either(r"^(?!.*" + _NEGATED + r").*\b(you|your|that'?s|thats)\b.*\b" + _TAG)
RHETORICAL_AGREEMENT = either(
    r"^((and|but|honestly|i mean|i mean honestly|seriously|oh|well) )*who (wouldn'?t|would not|wouldnt|could blame"
    r"|can blame|would blame|'?d blame|could not|couldn'?t|isn'?t|wouldn'?t be)\b",
    r"^((and|but|honestly|i mean|seriously|oh|well) )*(how|why) (would|could) (anyone|anybody|you) not\b",
)


def challenges(written: str, question: str) -> bool:
    """A question sentence (as written, and normalised) that pushes back instead of asking."""
    if CHALLENGE_QUESTION.search(question):
        return True
    tagged = bool(WRITTEN_TAG.search(written.lower()))
    return tagged and bool(PARTNER_TAG.search(question) or SAME_POLARITY_TAG.search(question))
