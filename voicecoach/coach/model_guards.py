"""Where the learned turn model's word evidence is not enough: shapes that share its words with a label but by the
label rules are not it. Each guard only takes back a label the model would add; what the cues find stands.

    advice       a retrospective "we should have talked about this ages ago" (no fix for now), the listener's own
                 comeuppance ("I'll get a lot of stick for this"), an offer only to listen ("Would it help if I just
                 listened?", "…to talk it through?"), a wish to be told more ("Could you tell me more about…?", "Could
                 you give me one example?"), a guess at how things came to be ("Maybe we both got into a habit…"), a
                 question to oneself ("Why don't I remember…?"), sarcasm ("Oh sure, I'll just quit my job then."),
                 "I'll be honest, …" with no advice after it, or nothing but acknowledgements ("Okay. I hear you.")
    self_focus   a hypothetical that normalises the partner's feeling ("That would get to me too", "I'd want the
                 same, honestly."), a loss of the
                 couple's ("I miss us too", not the listener's own past with "we") or a person both miss ("I miss him
                 too, the way he used to be."), the listener owning their part
                 ("I keep thinking about my part in it", "…and I can see now it landed hard"), a turn with no "I" or
                 "me" in it ("She hasn't slept properly in weeks either, your mum."), a request to be told with no news
                 of the listener's own after it ("Tell me when you're leaving so I know."), or the listener's bare
                 feeling at the partner's news ("Honestly? I'm gutted.") with nothing of their own set beside it
                 ("too", "my own", "when I…"), or a feeling over the partner ("I've lost sleep over how tired you
                 look", "I hate that it's been so hard for you")
    reflection   the partner's feeling waved away in every sentence ("You're blowing this way out of proportion."), or
                 the listener's own view said as such ("The way I see it, you're on yours just as much.")
    question     a statement that opens like a question ("What's really going on is you miss us.", "How you feel
                 about it matters more than the phone.")
    validation   a bare "I understand, but…" turned to the listener's own side
    empathy      the partner's words reported ("I'm hearing a lot of blame") with no feeling of the listener's, a
                 realisation about the listener's own doing ("It hit me that I'd been on it all through dinner."), or
                 a worry about a thing, not the partner ("It worries me that the bill's so high.")
    attack       blame not aimed at the partner (no "you": "Your brother never calls me back, and it stings."), a turn
                 that opens on the speaker's own fear or hurt ("I'm scared that if you go we'll row again", "What
                 hurts most is that you told your sister first."), warmth: "You're always welcome…", "Every time I
                 see you with the baby I fall for you again.", "You got it.", "…it means the world to me", the partner
                 cleared: "It's not you, it's the job…", the choice handed over: "Pick whichever date suits you, I'm
                 easy.", or a turn that opens on the speaker's own loneliness or sadness ("I've been so lonely since
                 you started nights.")
"""

from __future__ import annotations

import re

from voicecoach.coach.defending_cues import SARCASTIC
from voicecoach.coach.dismissal_cues import FEELING_DISMISSED
from voicecoach.coach.feeling_with_cues import EMPATHY
from voicecoach.coach.lexicon import FEELING_RE, either
from voicecoach.coach.listener_cues import PSEUDO_CLEFT
from voicecoach.coach.speaker_cues import OWN_FEELING_FIRST as _OWN_FEELING_FIRST
from voicecoach.coach.turn_text import Turn

SAYS_YOU = re.compile(r"\b(you|you'?re|youre|you'?ve|youve|you'?d|youd)\b")
SAYS_I = re.compile(r"\b(i|i'?m|im|i'?ve|ive|i'?d|i'?ll|me|my|mine|myself)\b")
# "I'll be honest, …": a way of speaking, not a promise (unless one follows, or any other advice: "…, a second
# quote wouldn't hurt", "…, time to sell the car")
HONEST_OPENER = either(r"^((so|okay|ok|look|well),? )?(i'?ll|i will|let me|i'?m going to|i'?m gonna) be (honest|straight"
                       r"|frank|truthful|real)( with you)?\b")
ADVICE_AFTER = either(r"\b(i'?ll|i will|we'?ll|we will|let me|let'?s|lets|should|need to|needs to|ought|better"
                      r"|why not|i'?d|time to|way to go|maybe|might|could|try|wouldn'?t hurt|have to|got to|gotta)\b")
# a request to the partner ("Tell me when you're leaving so I know."), not "Tell me about it, I…", nor one followed by
# the listener's own news ("Let me know when you're free, I've got loads to tell you about my interview.")
OWN_NEWS = either(r"\b(my|mine|i'?ve|ive|i had|i was|i'?d)\b")
REQUEST_TO_PARTNER = either(r"^((just|please|can you|could you) )?(tell|text|ring|call|message|warn|ask) me (when|if"
                            r"|before|where|what time)\b|^((just|please) )?let me know\b")
# the listener's own bare feeling at the partner's news ("Honestly? I'm gutted.", "I'm shaken, I had no idea."), with
# nothing of their own set beside it
SETS_OWN_BESIDE = either(r"\b(too|as well|also|either|same|neither|my own|when i|like me|me both)\b")
# a statement whose subject is a wh-clause: "How you feel about it matters more than the phone."
CLAUSE_AS_SUBJECT = either(r"^(how|what|why|where|when) (you|he|she|they|we|i) ([\w']+ ){0,5}(matters|counts|means)\b")
# a realisation about the listener's own doing ("It hit me that I'd been on it all through dinner."), or a worry
# about a thing, not the partner ("It worries me that the bill's so high.")
REALISED_OWN_DOING = either(r"\bit (hit|struck|dawned on) me (that )?i\b")
WORRY_ABOUT_A_THING = either(r"^it (worries|scares|frightens|bothers|upsets|concerns) me that (?!.*\b(you|your|yours|he|she"
                             r"|they|him|her|them|his|their|we|us|our|i|my)\b)")
OWN_FEAR_FIRST = re.compile(r"^i(?:'?m| am| feel| get| was| worry| keep worrying)( so| really| a bit| just)?"
                            r" (scared|worried|afraid|frightened|anxious|nervous|terrified|panicky)\b"
                            r"|^i(?:'?ve| have) been (so |really |very |a bit |feeling )?(lonely|sad|low|down|anxious"
                            r"|scared|worried|miserable|lost)\b")
OWN_FEELING_FIRST = re.compile(_OWN_FEELING_FIRST)
RETROSPECTIVE = either(r"\b(should|could|ought to|might)( not|n'?t)?( we| you| i)? (have|'?ve)\b|\b(shoulda|coulda)\b")
# an offer only to listen: "Would it help if I just listened for a bit?"
OFFER_TO_LISTEN = either(r"^(so |and |maybe )?would it help (if i|if we|to) (just )?(listened|listen|sat with you"
                         r"|sit with you|held you|hold you|stayed|stay|talk(ed)?( it| things)?( through| over| about it)?)\b")
# a wish to be told more ("Could you tell me more about the evenings?"), a question to oneself ("Why don't I
# remember any of it?")
TOLD_MORE = either(r"^((so|and|maybe|okay|ok) )?((could|can|would|will) you )?(tell me (a bit |a little |some )?more"
                   r"|(give|show) me (an|one|a|some|another) (\w+ )?examples?|walk me through)\b")
# the partner told outright that their feeling is too much: "You're blowing this way out of proportion."
DISMISSED_OUTRIGHT = either(r"^((honestly|come on|oh|look|seriously|mate|babe),? )*(you'?re|you are) (just |really |totally"
                            r" |so |way )?(blowing|overreacting|being|making)\b")
# the listener's own view, said as such: "The way I see it, you're on yours just as much."
OWN_VIEW_FIRST = either(r"^((well|honestly|look|and|so),? )?(the way i see it|if you ask me|in my (view|opinion)|as far as"
                        r" i'?m concerned|from where i'?m (sitting|standing))\b")
# a turn of acknowledgements and nothing else: "Okay. I hear you."
ACKNOWLEDGMENT = either(r"^((okay|ok|right|yeah|yes|sure|mm|hmm|alright),? )*(okay|ok|right|yeah|yes|sure|alright|fair"
                        r"( enough)?|i hear you|i get (it|that)|i see|got it|understood|noted)( \w+)?$")
# a guess at how things came to be ("Maybe we both got into a habit without noticing."), no fix in it
MUSING_ON_THE_PAST = either(r"^((so|and|well|i think|honestly),? )?maybe (we|i|you|it|that|things|both of us)( both| all"
                            r"| just)? (got|lost|let|stopped|forgot|drifted|fell|slipped|went|became|were|was|had|did"
                            r"|made|took|ended up|missed|thought)\b")
ASKED_OF_ONESELF = either(r"^why (don'?t|didn'?t|can'?t) i (remember|know|recall|understand|get|see|notice)\b")
# the listener's feeling or lost sleep over the partner ("I've been so worried about you I've hardly slept.", "I've
# lost sleep over how tired you look", "It's hard for me too, seeing you this lonely.", "I hate that it's been so
# hard for you.")
ABOUT_THE_PARTNER = re.compile(r"\b(worried|worrying|worry|scared|upset|anxious|frightened|lost sleep|losing sleep"
                               r"|thinking)( \w+){0,2} (about|over|for) (how |what |the way )?(\w+ ){0,2}(you|your)\b"
                               r"|\b(seeing|hearing|watching) you\b"
                               r"|\b(it'?s|it has|it was|that'?s|that was)( been)? (so |really |this )?(hard|tough|rough"
                               r"|awful|horrible|lonely) (for|on) you\b")
FORWARD = either(r"\b(next time|from now on|in future|going forward|let'?s|tomorrow|tonight|this (week|weekend)"
                 r"|can we|could we|shall we|why don'?t|how about|what if)\b")
OWN_COMEUPPANCE = either(r"\bi'?ll (get|cop|take|catch) (a lot of |some |loads of |so much |no end of )?(stick|grief"
                         r"|flak|abuse|an earful|a telling off|told off|it in the neck|the blame)\b")
HYPOTHETICAL = either(r"^((oh|god|honestly|yeah|well),? )?(that|it|this)(?: would|'?d) (\w+ ){0,3}(me|anyone|anybody"
                      r"|most people)\b|^((oh|god|honestly|yeah|well),? )?(i'?d|i would|anyone would|anyone'?d)"
                      r" (be|feel|get|hate|find|(want|do|say|need) the same)\b")
# the couple's loss missed ("I miss us too", "I miss how we used to be"); any "we" or "our" had also taken back the
# listener's own past ("when we were kids", "at our wedding"): on the corpus, 8 true self-focus turns and no other
# a person both miss ("I miss him too, the way he used to be."), with nothing of the listener's own after it
MISSED_TOGETHER = either(r"^((oh|yeah|honestly|god|love),? )*i (really |do )?miss (him|her|them)( so much| every day"
                         r"| loads)? (too|as well)\b(?P<rest>.*)$")
COUPLES_LOSS = either(r"\bmiss(ing)? (us|how we|what we|when we|the way we|the two of us|our (\w+ )?(evenings|nights"
                      r"|weekends|time|life|chats|talks|sundays|walks|dates))\b|\bhow we used to be\b"
                      r"|\bwe'?(ve| have) lost (us|each other|what we|our)\b")
OWNING_UP = either(r"\bmy (part|share|fault|mistake|doing|bad)\b|\bi (should|could|ought to)( not|n'?t)? (have|'?ve)\b"
                   r"|\bi'?m (so |really |truly )?sorry\b|\bi let you down\b|\bon me\b$"
                   r"|\b(i can see now|i see now|now i see|i realise now|i realize now) (that )?(i\b|it\b(?! (was|is)"
                   r" you)|how (much |badly |hard )?(i|it)\b)")
BARE_ACKNOWLEDGMENT_THEN_MINE = either(r"^((i|i do|yeah i|okay i) (understand|get it|get that|hear you|know)|fair"
                                       r"( enough)?|okay|ok|right|sure),? but (i|i'?m|i'?ve|my|it'?s|that'?s)\b")
WORDS_REPORTED = either(r"^(i'?m hearing|i hear|what i'?m hearing is|i'?m getting|i'?m picking up)\b")
# warmth, or the choice handed to the partner ("Pick whichever date suits you, I'm easy.")
WARMTH = either(r"\b(always|more than|very|so) welcome\b|\b(fall|fell|falling) (for you|in love)\b|\bi (love|adore)"
                r" you\b|\bproud of you\b|\bi'?m easy\b|\b(it'?s )?(up to you|your call|your choice)$"
                r"|\b(makes?|made) my (whole )?(day|morning|week)\b|^(it'?s|its) not (about )?you,? (it'?s|its)\b"
                r"|\bmeans the world\b")
# "You got it.", "You really do get it.", "Yes, you heard me that time.", a sentence of its own (not "You got it wrong
# again", "You never listen.")
YOU_GOT_IT = either(r"^((yes|yeah|yep|exactly|right|that'?s it|spot on|mm),? )?(you(?:'?ve)? got it( exactly| in one"
                    r"| spot on)?$"
                    r"|you (really |do |really do |finally |actually )?(get it|get me|got me|understood( me)?"
                    r"|understand( me)?|heard me|listened|see it)( (that time|this time|now|there))?$)")


def unfounded(found: set[str], turn: Turn) -> set[str]:
    """The labels the model found here that the shape of the turn says are not so."""
    said, first = turn.said, turn.sentences[0] if turn.sentences else ""
    asked = any(raw.endswith("?") for raw in turn.raw_sentences)
    checks = {
        "advice": lambda: ((RETROSPECTIVE.search(said) and not FORWARD.search(said)) or OWN_COMEUPPANCE.search(said)
                           or OFFER_TO_LISTEN.search(said) or TOLD_MORE.search(said) or ASKED_OF_ONESELF.search(said)
                           or turn.has(SARCASTIC) or _honest_opener_only(said)
                           or (MUSING_ON_THE_PAST.search(said) and not FORWARD.search(said))
                           or all(ACKNOWLEDGMENT.search(s) for s in turn.sentences)),
        "self_focus": lambda: (HYPOTHETICAL.search(first) or COUPLES_LOSS.search(said) or OWNING_UP.search(said)
                               or _missed_together(said)
                               or not SAYS_I.search(said) or ABOUT_THE_PARTNER.search(said)
                               or (REQUEST_TO_PARTNER.search(said) and not OWN_NEWS.search(said))
                               or (turn.has(EMPATHY) and not SETS_OWN_BESIDE.search(said))),
        "reflection": lambda: (all(FEELING_DISMISSED.search(s) and DISMISSED_OUTRIGHT.search(s) for s in turn.sentences)
                               or OWN_VIEW_FIRST.search(said)),
        "question": lambda: not asked and any(PSEUDO_CLEFT.search(s) or CLAUSE_AS_SUBJECT.search(s)
                                              for s in turn.sentences),
        "validation": lambda: BARE_ACKNOWLEDGMENT_THEN_MINE.search(first),
        "empathy": lambda: ((WORDS_REPORTED.search(first) and not FEELING_RE.search(said))
                            or REALISED_OWN_DOING.search(said)
                            or WORRY_ABOUT_A_THING.search(said)),
        "attack": lambda: (not SAYS_YOU.search(said) or OWN_FEAR_FIRST.search(first) or OWN_FEELING_FIRST.search(first)
                           or WARMTH.search(said) or any(YOU_GOT_IT.search(s) for s in turn.sentences)),
    }
    return {label for label in found if label in checks and checks[label]()}


def _missed_together(said: str) -> bool:
    missed = MISSED_TOGETHER.search(said)
    return bool(missed) and not SAYS_I.search(missed.group("rest"))


def _honest_opener_only(said: str) -> bool:
    opener = HONEST_OPENER.search(said)
    return bool(opener) and not ADVICE_AFTER.search(said[opener.end():])
