"""Feeling words, the word classes the cues share, and how cues are put together.

Written for this project. Patterns run on normalised text (lower case, straight apostrophes, no other punctuation),
and tolerate the dropped apostrophes of speech recognition ("youre", "dont").
"""

from __future__ import annotations

import re

# Feeling words (base forms and common inflections). Multi-word feelings first.
FEELINGS = [
    "let down", "taken for granted", "left out", "on edge", "worn out", "fed up", "freaked out", "stressed out",
    "burnt out", "burned out", "shut out", "brushed off", "put down", "at a loss", "heartbroken", "broken hearted",
    "afraid", "alone", "angry", "annoyed", "anxious", "ashamed", "awful", "betrayed", "bitter", "calm",
    "confused", "crushed", "defeated", "dejected", "depressed", "desperate", "devastated", "disappointed",
    "discouraged", "disgusted", "dismissed", "disrespected", "distant", "drained", "embarrassed", "empty",
    "exhausted", "exposed", "excited", "frightened", "frustrated", "furious", "glad", "grateful", "grief", "guilty",
    "happy", "helpless", "hopeless", "hurt", "hurts", "hurting", "humiliated", "ignored", "inadequate", "insecure",
    "invisible", "irritated", "isolated", "jealous", "lonely", "loneliness", "lost", "mad", "miserable",
    "neglected", "nervous", "numb", "overwhelmed", "panicked", "panicky", "powerless", "rejected", "relieved",
    "resentful", "sad", "sadness", "scared", "shaken", "shocked", "small", "sorry", "stressed", "stuck",
    "stupid", "terrified", "tense", "tired", "touched", "trapped", "unappreciated", "unheard", "unimportant",
    "unloved", "unseen", "unsupported", "upset", "used", "useless", "vulnerable", "worried", "worry", "worthless",
    "wounded", "moved", "heavy", "fear", "scary", "lonelier", "sadder", "angrier", "hurtful", "unwanted",
    "uncomfortable", "unsafe", "insulted", "irrelevant", "second best", "rushed", "pressured", "judged",
    "criticised", "criticized", "blamed", "abandoned", "forgotten", "unfair", "resentment", "anger", "mortified",
    "silly", "dreading", "undermined", "stung", "failure", "thrown under the bus", "worries", "uneasy", "tender",
    "protective", "awkward", "guilt", "shame", "panicking", "disrespect", "flat", "low", "gutted", "controlled",
    "livid", "fuming", "seething", "raging", "scunnered", "worn down", "run down", "miffed", "peeved", "narked",
    "hacked off", "cheesed off",
]
FEELING = "|".join(sorted((re.escape(f) for f in FEELINGS), key=len, reverse=True))
FEELING_RE = re.compile(r"\b(" + FEELING + r")\b")
# glad feelings (those of FEELINGS, and more): a turn that names one is not hurt
GLAD_FEELINGS = {"calm", "excited", "glad", "grateful", "happy", "relieved", "touched", "moved", "tender", "protective",
                 "proud", "pleased", "chuffed", "thrilled", "delighted", "honoured", "honored", "special", "lucky",
                 "warm", "valued"}
GLAD_FEELING_RE = re.compile(r"\b(" + "|".join(GLAD_FEELINGS) + r")\b")

# Emotions a listener may feel in response (a narrower set than FEELINGS: no "used", "small", "low", …).
EMOTION = (r"sad|saddened|sorry|awful|terrible|bad|heavy|touched|moved|ashamed|guilty|scared|worried|uneasy|angry"
           r"|annoyed|upset|protective|tender|heartbroken|gutted|sick|tearful|teary|emotional|helpless|crushed"
           r"|devastated|anxious|afraid|frightened|furious|mad|hurt|pained|choked up|livid"
           r"|wretched|rotten|shaken|rattled|horrified|appalled|dismayed|distressed|troubled|disturbed"
           r"|unsettled|heartsick|grieved|anguished|stricken|sickened|raw")

# Names for a person and their character, when they are thrown at the partner.
INSULT = (r"idiot|stupid|selfish|lazy|pathetic|useless|jerk|moron|loser|liar|child|baby|crazy|insane|hopeless"
          r"|drama queen|nag|control freak|narcissist|clown|joke|disgusting|ridiculous|embarrassment|coward|slob"
          r"|waste of space|piece of work|toddler|robot|doormat|incompetent|clueless|dumb|cruel|heartless|spoilt"
          r"|spoiled|childish|immature|irresponsible|careless|inconsiderate|self centred|self centered|arrogant"
          r"|mean|rude|nasty|unbearable|impossible|obnoxious|hypocrite|bully|snob|cheapskate|slacker|pushover|brat"
          r"|thoughtless|unreliable|nightmare|disaster|mess|pig|controlling|demanding|patronising|patronizing"
          r"|condescending|manipulative|passive aggressive|stingy|tight|cheap|needy|clingy|jealous|paranoid|dramatic"
          r"|hysterical|boring|negligent|oblivious|self absorbed|self obsessed|entitled|ungrateful|two faced|fake"
          r"|sneaky|dishonest|hypocritical|exhausting|suffocating|spineless|gutless|mummy'?s boy|mama'?s boy"
          r"|wet blanket")

# The people (and places) of a listener's own life, when they tell their own story instead.
RELATION = (r"dad|father|mum|mom|mother|brother|sister|grandad|grandma|grandmother|grandfather|nan|nana|nanna|gran"
            r"|granny|grandpa|auntie|stepdad|stepmum|boss|manager|parents"
            r"|family|friend|friends|best friend|flatmate|roommate|teacher|colleague|colleagues|team|job|work|kids|son"
            r"|daughter|ex|husband|wife|uncle|aunt|cousin|neighbour|neighbor|landlord|coach|doctor")
# what the partner was left to bear: "you were the one who had to…", "…got left with…"
BURDEN = r"had to|got left|was left|ended up|went through|carried|took the brunt"
SECOND_PERSON = r"you|your|you'?re|youre|you'?ve|youve|you'?d|yourself"
# a negated clause, with or without the apostrophe ("isn't", "isnt"), not "important" or "want"
NOT = (r"\b(not|cannot|\w+n't|dont|didnt|doesnt|isnt|arent|wasnt|werent|cant|wont|couldnt|wouldnt|shouldnt|havent"
       r"|hasnt|hadnt|aint)\b")
NEGATION = r"(" + NOT + r"|\bnever\b)"
ADVERB = r"(?:really|just|honestly|literally|actually|only|genuinely|already|still|so|even|truly|totally|always)"


class Alternatives(str):
    """One pattern that matches where any of the given ones does, kept as text (so that cues can be combined) and
    remembering its parts (so that either() can search them one by one)."""

    parts: tuple[str, ...]


def alternatives(*patterns: str) -> Alternatives:
    joined = Alternatives("|".join(f"(?:{pattern})" for pattern in patterns))
    joined.parts = tuple(part for pattern in patterns for part in getattr(pattern, "parts", (pattern,)))
    return joined


class Cue:
    """The compiled form of alternatives(): its parts searched one by one, which Python's re does about three times
    faster than one alternation of a hundred-odd parts. search() gives the first part's match, or None."""

    def __init__(self, parts: tuple[str, ...]):
        self.parts = [re.compile(part) for part in parts]

    def search(self, text: str) -> re.Match | None:
        for part in self.parts:
            found = part.search(text)
            if found:
                return found
        return None


def either(*patterns: str) -> Cue:
    return Cue(alternatives(*patterns).parts)
