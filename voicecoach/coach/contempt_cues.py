"""Speaker attacks that blame without a blaming word: contempt as an aside ("Not that you'd notice."), hearing
only what suits ("You hear what you want to hear."), the account said to be twisted ("Stop rewriting what
happened."), the partner mocked or called a liar ("You can't let me decide one thing, can you?"), and the partner's
act shown up as done in front of others ("You corrected me. In front of my mum.")."""

from __future__ import annotations

from voicecoach.coach.lexicon import GLAD_FEELING_RE, alternatives, either
from voicecoach.coach.turn_text import Turn

ASIDE = alternatives(
    # "Not that you'd notice.", "Not that you care.": said at the end of the speaker's own account, or before a
    # charge ("Not that you'd know, you've never…"); not the speaker's own aside ("Not that it matters", "Not that
    # I'm complaining") nor news ("Not that you'd know, but I've started seeing someone about it.")
    r"^(and |but )?not that you(?:'?d| would| ever| even)? (\w+ )?(notice|noticed|know|knew|care|cared|remember"
    r"|remembered|ask|asked|bother|bothered|listen|listened|lift a finger|look|looked)( it| that| anyway| either"
    r"| at all| much)?$",
    # hearing, seeing and keeping only what suits: "You hear what you want to hear", "you only remember what suits
    # you", "you only here what suits you" as speech recognition may leave it (not the speaker's own: "I only
    # remember bits of that night")
    r"\byou (only |just )?(hear|here|see|remember|listen to|believe|notice|take in) (what|whatever|the (bits|parts|things)"
    r"( that)?) (you want to (hear|here|see|believe)|suits? you|you like)\b",
    # the speaker's humiliation enjoyed ("…, and you enjoyed every second.", "you were loving it"; not a day out:
    # "You loved every minute of the wedding"), and the partner looking on while someone else did it ("She's a
    # control freak and you just let her.", "…and you just sat there."; not the plain fact told with a feeling: "…and
    # you laughed along. I felt humiliated.")
    r"\byou (enjoyed|loved|relished|savoured|savored|lapped up) every (single )?(second|minute|moment|bit)( of it)?$"
    r"|\byou were (loving|enjoying) (it|every (second|minute))\b|\byou lapped it up\b"
    r"|\band you (just|simply) (let (him|her|them)( do it| get away with it| carry on)?|sat there|stood there)$",
    # the account said to be twisted: "Stop rewriting what happened.", "Don't twist this round on me." (not a text
    # that is being drafted: "Don't rewrite the whole speech")
    r"\b(stop|quit|don'?t|do not|don'?t you dare) (rewriting|twisting|spinning|rewrite|twist|spin) (it|this|that|what"
    r"|history|things|my words|everything|the (story|facts|past|whole thing))\b(?! (up|into a|for the))",
    # a motive charged: "You only care about the rent.", "All you think about is your phone." (not the speaker's own
    # "all I care about is…", nor a question "Do you only care about…?")
    r"(?<!do )(?<!did )(?<!does )\byou (only|just|really only) (care|think|worry) about\b"
    r"|^(and |but )?all you (care|think|worry) about\b(?! me\b)",
)
# the partner's excuse or choice answered with scorn: "So it's the motorway's fault now.", "I've wondered why my wife
# won't say sorry." (the partner named in the third person, to their face; not "…why my husband can't sleep")
SCORN = alternatives(
    r"^(so |oh so )(it'?s|its|that'?s|thats) ([\w']+ ){0,3}fault now\b",
    r"\b(why|how|wonder(ed)? why|wondering why) my (husband|wife|partner|boyfriend|girlfriend|fianc\w*|other half)"
    r" (won'?t|never|wouldn'?t|refuses)\b",
)
# the partner mocked or called a liar: "You can't let me decide one thing, can you?", a motive sneered at ("You just
# love being the one with the news.", not fondness: "You love playing with the kids"), "You lie to me like it's
# nothing", "You think you own this house?", "Always got to be right, haven't you?", "Trust you to make it about
# yourself." (not the speaker's own: "I always have to be the one who…", "I felt lied to")
MOCKED = alternatives(
    r"\byou can'?t (\w+ ){1,8}can you\b",
    r"\byou (just |really )?love (playing the|acting the|showing off|making a scene|being the (centre|center|hero"
    r"|victim|martyr|big man|cool one|funny one|one with|one who))\b",
    r"\byou(?: lie| lied| are lying|'?re lying| keep lying) (to me|to my face|about)\b|\bdon'?t lie to me\b",
    r"\byou think you(?: own| are|'?re) (me|this|the|so|better|god|the boss|the only one|always|never)\b",
    r"^(always|forever) (got to|gotta|have to|has to) (be right|win|have the last word|be the)\b",
    r"^(oh |well )?(trust|leave it to) you to\b",
)
CONTEMPT = either(ASIDE, SCORN, MOCKED)
# a judgement mock-praised after the partner's act: "Six hundred quid on clubs. Great priorities."
_JUDGEMENT_PRAISED = either(r"^(really |just )?(great|lovely|brilliant|nice|fantastic|wonderful|charming|marvellous"
                            r"|super|top|fab|perfect|excellent|fine) (priorities|logic|reasoning|excuse|planning"
                            r"|budgeting|maths|math|judgement|judgment)$")
_AGREEING = either(r"^(yes|yeah|yep|exactly|okay|ok|sure|thanks|thank you|that'?s (it|right|exactly|true))\b")
_IN_FRONT_OF = either(r"^(and |all )?in front of (\w+ ){0,2}(everyone|everybody|people|the kids|the children|him|her"
                      r"|them|my \w+|your \w+|our \w+|the whole \w+|his \w+|her \w+|all (his|her|my|your|our) \w+)$")
_GLAD = either(r"\b(lovely|proud|sweet|special|loved it|made my (day|night|year)|meant (a lot|the world))\b")
_YOUR_ACT = either(r"(^(and |then |so )?|\band )you (\w+ ){0,2}(\w+ed|did|said|told|took|made|let|gave|went|came"
                   r"|walked|sat|stood|put|got|left|brought|threw|read|ran|showed|sent|spent|laughed)\b")


def shown_up_in_front_of_others(turn: Turn) -> bool:
    """"You corrected my maths. In front of my mum.": a bare "in front of …" that follows a sentence telling what
    the partner did (not the speaker's own act: "I cried at the party. In front of everyone.", nor one they are glad
    of: "You kissed me. In front of everyone. I felt so proud.")."""
    return not (GLAD_FEELING_RE.search(turn.said) or _GLAD.search(turn.said)) and any(_IN_FRONT_OF.search(sentence) and _YOUR_ACT.search(before)
               for before, sentence in zip(turn.sentences, turn.sentences[1:]))


def judgement_mock_praised(turn: Turn) -> bool:
    """"The trip's too dear but the fishing weekend isn't. Lovely logic.": a judgement praised after an account,
    with no glad feeling and not after agreeing."""
    said = turn.sentences
    return (len(said) >= 2 and bool(_JUDGEMENT_PRAISED.search(said[-1])) and not GLAD_FEELING_RE.search(turn.said)
            and not _AGREEING.search(said[0]))
