"""Words the coach listens for: feelings, and the phrases that mark attacks, advice, defence and the rest.

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
    "protective", "awkward", "guilt", "shame", "panicking", "scared", "disrespect", "flat", "low", "gutted",
]
_FEELING_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(f) for f in FEELINGS), key=len, reverse=True)) + r")\b")

INSULTS = (r"idiot|stupid|selfish|lazy|pathetic|useless|jerk|moron|loser|liar|child|baby|crazy|insane|hopeless case"
           r"|drama queen|nag|control freak|narcissist|clown|joke|disgusting|ridiculous|embarrassment|coward|slob"
           r"|waste of space|piece of work|toddler|teenager|robot|doormat|incompetent|clueless|useless|dumb|lame|cruel"
           r"|heartless|spoiled|spoilt|childish|immature|irresponsible|careless|inconsiderate|self centred|self centered"
           r"|arrogant|cold|mean|rude|nasty|unbearable|impossible|useless")

ATTACK = re.compile(
    r"\byou (always|never|constantly|only ever)\b|\bwhat'?s wrong with you\b|\bwhat is wrong with you\b"
    r"|\byou'?re (so|such an?|a|an|just|being|really|completely|totally|always|never)? ?(" + INSULTS + r")\b"
    r"|\b(" + INSULTS + r")\b.{0,20}\b(you are|you'?re)\b"
    r"|\byou don'?t (even )?care\b|\byou couldn'?t care less\b|\bhow (could|can|dare) you\b|\btypical\b"
    r"|\bwhy (do|can'?t|won'?t|didn'?t) you (ever|always|never|just)\b|\bcan'?t you (ever|just)\b"
    r"|\bsure,? you'?re (always )?right\b|\boh,? (great|wonderful|perfect|brilliant|lovely|fantastic)\b"
    r"|\bthanks a lot\b|\bwell done\b|\bgood job\b|\bnice one\b|\bcongratulations\b|\bshould i be grateful\b"
    r"|\bgrow up\b|\bget a grip\b|\bwhatever\b|\bwho does that\b|\bi can'?t believe you\b|\bunbelievable\b"
    r"|\bi feel like you'?re (a|an|so|such)\b|\bi feel (like|that) you (are|'re) (a|an|so)\b|\bmaybe if you\b"
    r"|\b(?<!felt )(?<!feel )(?<!feel so )(?<!felt so )(?<!kind of )(?<!i'm )(idiot|pathetic|obnoxious|stupid|ridiculous)\b"
    r"|\bi feel like you'?re (turning|against|trying to|out to|deliberately|a |an |so |such )|^(oh |wow )?sure\b|\blook at you\b|\bsuper helpful\b|\bgreat (system|feedback|job|idea)\b"
    r"|\bwhy do i even\b|\bhow nice\b|\bas usual\b|\byou'?re unbelievable\b|\byou (disgust|sicken) me\b"
    r"|\byou make me sick\b|\bwhat a joke\b|\bgive me a break\b|\bspare me\b|\bhere we go again\b|\bof course you did\b"
    r"|\bclassic you\b|\bjust like your (mother|father|mum|mom|dad)\b|\byou only (ever )?think about yourself\b"
    r"|\byou don'?t care about (anyone|anything|me)\b|\byeah,? right\b|\bthanks for nothing\b|\bhow thoughtful\b"
    r"|\breal mature\b|\bnice of you\b|\bbig surprise\b|\bshocking\b|\bgood for you\b|\bevery single time\b|\bfor once\b|\bthe problem is you\b|\bit'?s all your fault\b"
    r"|\byour fault\b|\bwhat kind of (person|partner|husband|wife|boss|manager)\b|\bdo you even\b"
)
I_NEED = re.compile(r"\bi (just |really )?(need|want|would like|'d like)\b|\bi'?m (not )?asking\b|\bi'?ve been \w+ing\b")
I_FEEL = re.compile(
    r"\b(i|i'?m|i am|i was|i'?ve been|i get|i got|i feel|i felt|i'?m feeling|i was feeling|makes me|made me|leaves me"
    r"|left me|it hurts|it hurt|i end up|i start to feel|i'?m getting|i find myself)\b"
)
I_FEEL_DIRECT = re.compile(r"\bi(?: feel| felt|'?m| am| was| get| got| end up)(?: \w+){0,2} (" + "|".join(
    re.escape(f) for f in FEELINGS) + r")\b")
JUDGEMENT_FEEL = re.compile(r"\bi feel (like|that) you\b")

ADVICE = re.compile(
    r"\byou (really |just |honestly )?(should|could|need to|have to|ought to|must|might want to|just need)\b(?! (have|hear me|see me))(?! me to)"
    r"|\bwhy don'?t you\b|^(so |well |honestly |okay |look )?just \w+|\bmaybe (we|you) (could|should|can|just)\b"
    r"|\bhave you (messaged|talked|spoken|asked|called|texted|tried|thought)\b|\bjust give (it|him|her|them) time\b"
    r"|\bi'?ll (do|stick|make|fix|sort|stop|try|change|be|sort|start|put|take)\b.*\b(from now on|tomorrow|promise|next time|then)\b"
    r"|\bwhy not (just )?\w+\b|\bhave you (tried|thought about|considered)\b|\bmaybe you (could|should|can|just)\b"
    r"|\bwhat if you\b|\bhow about (you|we|just|trying)\b|^(so |and |well )?try (to|not|and)\b|\bjust (tell|ask|say|ignore|text|call|stop|let|go|do|get|put|take|leave|turn)\b"
    r"|\bnext time,? (just|you|try)\b|\bit would help if you\b|\bthe (answer|solution|trick) is\b|\bif i were you\b"
    r"|\byou'?d be better off\b|\bdon'?t (worry|take it|let it|be so)\b|\bcan'?t you just\b|\bwhy can'?t you just\b"
    r"|\bhave you asked\b|\bdid you try\b|\bshouldn'?t you\b|\bwouldn'?t it be (better|easier)\b|\blet'?s just\b"
    r"|\bwe (should|could|need to) (just )?(get|make|set|put|try|start|buy|plan|book|hire)\b|\bset an alarm\b"
    r"|\bcould you not\b|\bjust don'?t\b|\bi'?d (just|suggest)\b|\bmy advice\b|\bi suggest\b"
)
DEFENDING = re.compile(
    r"\bthat'?s not (true|fair|what happened|how it was|right)\b|\bthat isn'?t (true|fair)\b"
    r"|\bi only (did|said|meant|asked|went|was|wanted to)\b"
    r"|\bbut i (was|did|had|didn'?t|only|just|told|said|work|do|never|always|can'?t)\b|\bbut (you|your)\b(?! (feel|felt|were|are|want|need|should|could|really|just|might|honestly|know))"
    r"|\byou (should|could) have\b|\brelax\b|\bcalm down\b|\b(it'?s|it was) (just|only) a\b|\beveryone does\b"
    r"|\bit'?s not about you\b|\bnot a big deal\b|\boverreacting\b|\byou'?re not exactly\b|\byou never ask\b"
    r"|\byou knew\b|\byou told me (the|to|it was|that it)\b|\bi'?m (not a|not addicted|not on my|trying|doing this for|only (saying|trying|asking|doing))\b|\bi'?ve (said|told|done)\b"
    r"|\bwhat was i (meant|supposed) to\b|\bi was in the middle\b|\bi'?m (exhausted|tired|busy) from\b"
    r"|\b(she|he|they)'?s not\b|\bi don'?t (roll|do that|even|think that'?s fair)\b|\bwhen have i ever\b|^never\b"
    r"|\bi did the\b|\bi see you every\b|\byou'?ve never\b|\byou'?re the perfect\b|\b(oh )?right,? because\b"
    r"|\bthey needed to\b|\bwere because\b|\bnot me\b|\byou (do|did) (it|that) too\b|\bon me too\b"
    r"|\bname one\b|\bwhen do i (ever|always)\b|\bhow is (that|this|it) my fault\b|\bwhat do you want from me\b"
    r"|\bare you serious\b|\bsince when\b|\bit'?s not that bad\b|\bit was nothing\b|\bbig deal\b|\bbeing dramatic\b"
    r"|\btoo sensitive\b|\bi was (joking|busy|tired|exhausted|stressed)\b|\blighten up\b|\bchill\b|\bi forgot\b"
    r"|\bi had (a lot|so much) on\b|\bwork was\b|\btraffic\b|\byou do the same\b|\byou'?re one to talk\b"
    r"|\blook who'?s talking\b|\bwhat about the time\b|\byou'?re not perfect\b|\bthat never happened\b|\bi did not\b"
    r"|\bi don'?t do that\b|\bno i didn'?t\b|\bi'?m allowed to\b|\bi have a life\b"
    r"|\bi was (just|only)\b|\bi didn'?t (mean|do|say|have)\b|\bit wasn'?t (my|like|that)\b|\byou'?re wrong\b"
    r"|\bnot my fault\b|\bin my defen[cs]e\b|\bi already (told|said|explained)\b|\byou know (i|that i)\b|\bi had to\b"
    r"|\bbecause i was\b|\bi never (said|did|meant)\b|\bi do (help|care|listen|try)\b|\bi do so\b|\bhow is that\b"
    r"|\bwhat about (you|when you)\b|\byou (do|did) it too\b|\bto be fair\b|\bi'?m not the (one|only)\b"
    r"|\bthat'?s (an )?exaggerat|\byou'?re exaggerating\b|\bat least i\b|\bi work(ed)? (all|so|hard)\b|\bi was working\b"
    r"|\bit'?s not like i\b|\bi can'?t help (it|that)\b|\bwhat was i supposed to\b|\bi had no choice\b"
    r"|\bi'?m (at|always at)\b|\bi told you\b|\bcome on\b|\bseriously\b|\bso what\b|\bthat'?s ridiculous\b|\bi'?ve never\b|\bthen i wouldn'?t (need|have)\b|\bit'?s fine\b"
)
SELF_FOCUS = re.compile(
    r"^(oh |yeah |and |same |honestly )?me too\b|\bsame (here|with me|thing happens to me)\b|\bi know exactly how you feel\b|\bthat reminds me\b"
    r"|\bi know (exactly )?(how (that|it) feels|what you mean|how you feel)\b.{0,40}\b(my|i|me)\b"
    r"|\b(exactly|just) the same\b|\bthe same (thing )?(to|with|happened to) me\b|\bi do that\b|\bwhen my\b"
    r"|(^|oh |ha |wow |honestly )(my|when my)\b|\b(that|this|it|same thing) happen(s|ed)? to me\b|\bi know that feeling\b"
    r"|\bmy (old |own |first )?(dad|mum|mom|brother|sister|boss|manager|parents|grandad|grandma|best friend|friend)"
    r" (used to|did|does|do|was|lost|had|never|always)\b"
    r"|\bi (was|do|did|got|lost|had|have|felt|'?d love)\b.{0,60}\btoo\b(?! much)"
    r"|\bi (feel|get) (?!that|it|why)\w+( out)? too\b(?! (seeing|hearing|knowing|with you|for you))"
    r"|\bwhen i was\b|\bi (once|used to)\b|\bi have it\b|\bi had that\b|\bhappens to me\b|\bi feel (that|the same) way too\b"
    r"|\bat least you\b|\btry being me\b"
    r"|\bimagine how i\b|\byou think that'?s\b|\bi'?ve been there\b|\bi go through\b|\bthe same thing happened\b"
    r"|\bi'?m (exhausted|tired|stressed) too\b|\bi'?m the one who\b|\bwhat about me\b|\bi get that all the time\b"
    r"|\breminds me of\b|\bi had the same\b|\bi'?ve had (that|the same)\b|\bthat'?s like when i\b|\bi went through\b"
    r"|\bat my (work|job|office|place)\b|\bmy day was\b|\bi'?m dealing with\b|\bi have so much on\b|\bi'?m the same\b"
    r"|\bwelcome to my world\b|\btry having\b|\bi'?d kill for\b|\bsame thing with my\b|\bhappened to me once\b"
    r"|\bthat'?s nothing\b|\bi'?ve got it worse\b"
)
QUESTION_START = re.compile(
    r"^(wait,? |okay,? |and |but )?(so,? )?(can you|could you|would you|do you|did you|does it|does that|is it|is that"
    r"|are you|were you|was it|was that|have you felt|tell me more|help me understand|just to make sure|am i right"
    r"|i'?m wondering|i wonder|did i get|is there|what(?! i hear| i'?m hearing| you'?re saying)|how(?! much you))\b"
)
VALIDATION = re.compile(
    r"\b(that|it) makes (total |complete |a lot of |so much )?sense\b|\bmakes sense\b|\bof course you'?(re|d)?\b|\bno wonder\b"
    r"|\bi (can )?(totally |really |completely |fully )?(see|get|understand) why\b|\bi can (see|understand) (how|that)\b"
    r"|\bunderstandable\b|\bof course it\b|\bit'?s a (vulnerable|hard|big|scary|lot)\b|\ba real loss\b"
    r"|\banyone would\b|\bit'?s (okay|ok|alright|fair|natural|normal) (to|that)\b|\bthat'?s fair\b|\byou have every right\b"
    r"|\bi'?d feel (the same|that way)\b|\bi would feel\b|\bof course it (hurts|does)\b|\byour feelings are\b"
    r"|\bthat sounds (really |so )?(hard|awful|painful|exhausting|difficult|rough|horrible|lonely|frightening|scary|heavy|tough)\b"
    r"|\bi get (it|that)\b|\bfair enough\b|\bthat'?s (really )?(hard|a lot)\b|\bwho wouldn'?t\b"
)
EMPATHY = re.compile(
    r"\bi'?m (so |really |truly )?sorry (you|that you|it|for)\b|\b(it|that) (breaks|hurts|touches|moves) (my|me)\b"
    r"|\bmy heart\b|\bi feel (so |really |very |a bit |quite )?(sad|sorry|heavy|awful|terrible|bad|touched|moved|for you|close)\b"
    r"|\bi'?m (so |really |very )?(touched|moved|sad|saddened|heartbroken)\b|\bhurts me to\b|\bit pains me\b"
    r"|\bi hate (that|to think) you\b|\bi want to be there\b|\bi wish i'?d\b|\bi wish you hadn'?t\b|\bi care\b"
    r"|\bi feel for you\b|\bit makes me (sad|want to)\b|\bmakes me feel (close|sad|sorry)\b|\bi feel (a lump|tearful)\b"
    r"|\bhearing (this|that|you)\b.{0,30}\b(sad|hurts|touched|moved|heavy|ache)\b|\bthank you for (telling|sharing)\b"
    r"|\b(makes|made) me (feel )?(really |so |very )?(sad|sorry|tender|heavy|ache|emotional)\b|\bi'?m here\b"
    r"|\bi feel (\w+ )?(ashamed|scared|worried|uneasy|annoyed|angry|protective|guilty|tender) (that|on|with|for|knowing|seeing|too)\b"
)
REFLECTION_STEMS = re.compile(
    r"\b(it )?sounds like\b|^(so,? )?(what i hear|i hear (that )?you'?re|i hear that you|i hear you (feel|felt|say)|you'?re saying|you feel|you felt|you'?re feeling"
    r"|you were|you'?ve been|you get|you got|you want|you wanted|you need|you'?d like|you wish|if i understand"
    r"|let me see if i|so for you|for you it|you mean|it'?s (like|that)|it was|when i|you'?re|you are|it feels|it felt"
    r"|you sound|so|that must|must have|right,? so|oh,? so|okay,? so"
    r"|you think|you worry|you'?re worried|you miss|what you'?re saying|you don'?t|you didn'?t|you can'?t|you just)\b"
    r"|\bso (you|when|it|the|what|basically)\b|\bif i'?m hearing\b|\bwhat i'?m hearing\b|\bdo you mean\b|\bare you saying\b"
)
