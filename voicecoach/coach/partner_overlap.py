"""How much of the partner's own words a listener's turn repeats: the measure behind parroting and reflection."""

from __future__ import annotations

import difflib

STOPWORDS = set(
    "a an the and or but so to of in on at for with about as is are was were be been being it its it's that this "
    "these those there here then than just really very quite um uh like i me my mine you your yours we us our he she "
    "they them his her their do does did have has had not no yes yeah oh well okay ok if when because what how "
    "would could should can will i'm you're it's that's don't didn't can't won't".split()
)
RESTATEMENT_FRAME = {"hear", "hearing", "saying", "say", "sounds", "sound", "mean", "telling"}
SAME_WORD = {"weren't": "wasn't", "werent": "wasnt", "aren't": "isn't", "arent": "isnt"}  # "I wasn't" said back
SWAP = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're",
        "im": "youre", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "am": "are"}


def overlap(said: str, partner: str) -> tuple[float, float]:
    """How much of the partner's content the turn repeats, and how much in the same order."""
    mine, theirs = _content(said), _content(_swap_person(partner))
    if not mine or not theirs:
        return 0.0, 0.0
    shared = sum(1 for w in set(mine) if w in set(theirs)) / len(set(mine) | set(theirs))
    order = difflib.SequenceMatcher(None, mine, theirs).ratio()
    return shared, order


def copied_in_order(said: str, partner: str) -> float:
    """The share of the turn's content words that are runs of the partner's own words, in the same order; a turn
    of four content words or fewer is too short to tell."""
    mine, theirs = _content(said), _content(_swap_person(partner))
    if len(mine) < 4 or not theirs:
        return 0.0
    blocks = difflib.SequenceMatcher(None, mine, theirs, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks if block.size >= 2) / len(mine)


def borrowed_words(said: str, partner: str) -> tuple[int, int]:
    """How many of the turn's content words the partner said, in any order and any ending ("laugh", "laughing"), and
    how many content words the turn has, leaving out the words that frame a restatement ("I hear you saying…"): a
    restatement that only shuffles their clauses ("You feel lonely, listening to us laugh upstairs") borrows them
    all."""
    mine = [_stem(w) for w in _content(said) if w not in RESTATEMENT_FRAME]
    theirs = {_stem(w) for w in _content(_swap_person(partner))}
    return sum(w in theirs for w in mine), len(mine)


def one_clause_said_back(said: str, partner: str) -> bool:
    """The turn's content words (two at least) are one unbroken run of the partner's ("You feel like an
    afterthought."): a clause of theirs said back whole, not a summary that picks from across their turn ("So you
    feel alone when I'm late")."""
    mine = [_stem(w) for w in _content(said) if w not in RESTATEMENT_FRAME]
    theirs = [_stem(w) for w in _content(_swap_person(partner))]
    if len(mine) < 2 or not theirs:
        return False
    run = difflib.SequenceMatcher(None, mine, theirs, autojunk=False).find_longest_match(0, len(mine), 0, len(theirs))
    return run.size == len(mine)


def adds_much(said: str, partner: str) -> bool:
    return len(_content(said)) > 1.5 * max(1, len(_content(partner)))


def _content(words: str) -> list[str]:
    return [SWAP.get(w, w) for w in words.split() if w not in STOPWORDS]


def _stem(word: str) -> str:
    word = SAME_WORD.get(word, word)
    for ending in ("ing", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _swap_person(text: str) -> str:
    return " ".join(SWAP.get(w, w) for w in text.split())
