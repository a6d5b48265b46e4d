"""Self-focus with no "you" in it: the listener's own hardship told instead of hearing the partner's ("I've been run
ragged at work.", "I failed my driving test four times.", "My back's been killing me.", "My brother had that, he was
off for months."). The subject is the listener or their own people and the verb is something they went through;
the turn never turns to the partner. (The cue is searched only where the turn says neither "you" nor "we".)"""

from __future__ import annotations

from voicecoach.coach.lexicon import RELATION, SECOND_PERSON, alternatives, either

_ME = r"\b(i|i'?ve|ive|i'?m|im|i had|i was)\b"
_BODY = (r"back|knee|knees|neck|head|shoulder|nose|hip|chest|stomach|hand|hands|feet|foot|leg|legs|eyes|wrist|ankle"
         r"|sleep|nerves")
_SPELL = r"week|month|year|day|time|fortnight|few (days|weeks|months)"

OWN_HARDSHIP = alternatives(
    # worn down: "I've been run ragged at work", "I was signed off for a month"
    _ME + r" (\w+ ){0,2}(been|was|got) (\w+ )?(run ragged|run off my feet|flat out|snowed under|shattered|knackered"
    r"|exhausted|stressed( out)?( of my mind)?|drowning|struggling|sick|ill|in hospital|off (work|sick)|torn apart"
    r"|signed off|made redundant|sacked|fired|laid off|dumped|passed over)\b",
    # a loss or a failure of their own: "I lost my job twice", "I failed French twice", "I lost three clients"
    _ME + r" (\w+ )?(lost|failed|broke|sprained|injured|wrecked) (my(?! (temper|promise|word|cool|rag)\b)|\w+ (times?|clients|customers|jobs|stone)"
    r"|(\w+ )?(twice|three times|four times)|(\w+ )?(test|exam|exams|subject|job|jobs|clients|contract|house|flat))\b",
    _ME + r" (\w+ )?(barely|hardly|never|haven'?t|havent|have not) (\w+ )?slept\b|" + _ME + r" (\w+ ){0,2}slept properly in (years|months"
    r"|weeks|ages)\b",
    # the body: "My back's been killing me", "my nose's gone since covid", "My knee's gone"
    r"\bmy (" + _BODY + r")(?:'?s| is| has| have|s)? (been )?(killing me|gone|playing up|in agony|agony|wrecked"
    r"|packed in"
    r"|shot|giving me (grief|hell|gyp))\b",
    r"\bthe (worst|hardest) (" + _SPELL + r")s? of my life\b",
    _ME + r" (\w+ )?had (a|an|the) (nightmare|horrible|awful|terrible|rough|hard|tough|hellish|bad)( \w+)? (of a )?("
    + _SPELL + r")\b",
    # their own people through the same: "My brother had that, he was off for months.", "My cousin had that"
    r"\bmy (\w+ )?(" + RELATION + r") (had|got|went through) (that|the same|it|this|exactly that)( too| as well)?\b",
)
# not the hardship given as the reason for what the partner complains of: "I was exhausted, that's why I forgot."
GIVEN_AS_THE_REASON = either(r"\b(that'?s why|which is why|so i (forgot|didn'?t|couldn'?t|wasn'?t)|that'?s how)\b")
OWN_HARDSHIP_CUE = either(OWN_HARDSHIP)
# the partner or the two of them named ("were" is not "we're")
PARTNER_OR_US = either(r"\b(" + SECOND_PERSON + r"|yours|us|we|we're|weve|we've|our|ours)\b")
