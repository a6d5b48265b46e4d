"""A listener defending their own side instead of hearing the partner's: denial, excuse, counter-accusation,
blame for the past and challenge (and, in dismissal_cues.py, dismissal and sarcasm; in retort_cues.py, mock
surrender, correction and retorts)."""

from __future__ import annotations

from voicecoach.coach.counter_fact_cues import (ACCOUNT_SET_RIGHT, ACT_CALLED_RIGHT, HOW_LITTLE, PROOF_AND_NORM,
                                                  RIGHT_NAME, SO_LITTLE)
from voicecoach.coach.dismissal_cues import DISMISSAL, LISTENER_SARCASM
from voicecoach.coach.excuse_cues import (CIRCUMSTANCE, INTENTION, MEANT_AND_MISREMEMBERED, PLAY_SNOOPING_OCCASION,
                                          SOMEONE_ELSES_PART)
from voicecoach.coach.justifying_cues import JUSTIFYING
from voicecoach.coach.lexicon import ADVERB, BURDEN, FEELING, RELATION, alternatives, either
from voicecoach.coach.retort_cues import CORRECTION, MOCK_SURRENDER, RETORT
from voicecoach.coach.third_party_cues import EXCUSED_BY_NATURE, THIRD_PARTY_REASON

_NOT_A_THOUGHT = r"(?!thinking|wondering|hoping|hearing|listening|feeling|trying to (understand|get|see|hear|follow))"
# What may follow "but I …" when it carries the listener's own account rather than understanding ("but I get why").
_ACCOUNT = alternatives(
    r" (was|wasn'?t|did|didn'?t|had|told|said|work|worked|do|never|always|can'?t|couldn'?t|got|came|went|tried"
    r"|asked|cleaned|cooked|paid|put|took|called|texted|checked|thought|forgot|forget|picked|spent|sat|made"
    r"|have (said|told|done|tried|had|to|a))",
    r"'?ve (been (busy|working|at|so|really|swamped|up)|said|told|done|tried|had|got|sent|kept|paid|made|taken"
    r"|(?!noticed|realised|realized|learned|learnt|listened|heard|wondered|worried|felt|missed|loved|wanted"
    r"|needed|struggled)\w+ed)",
    r"(?: am|'?m)( " + ADVERB + r")? (at|busy|doing|not (?!sure)|home|out|up|there|here|working|allowed|an? \w+|fine"
    r"|capable|old enough|grown|" + _NOT_A_THOUGHT + r"\w+ing)",
)
# what the listener will not do to the partner, as reassurance: "I'm not leaving you", "I'm not regretting it"
_REASSURANCE = r"regretting|leaving|going|giving up|quitting"
_AMOUNT = (r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|a hundred|hundred"
           r"|an hour|a day|a week|all|every|always|that (much|many|long|often)")
_DAY_OR_COUNT = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|\d+|one|two|three"
                 r"|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy"
                 r"|eighty|ninety|a hundred|hundred|a thousand|a grand|once|twice")
_EVERYDAY_ACTION = (r"help|listen|try|offer|suggest|take|pay|clean|cook|notice|call|text|ask|make|pull|put|pick|tidy"
                    r"|spend|come"
                    r"|say|tell|mention|apologi[sz]e|warn|remind|book|email|cover|drive|handle|sort|plan|wash|shop"
                    r"|look after|stand up|back you|reply|show up|check")

DENIAL = alternatives(
    # (not "that's not fair on you", which owns it)
    r"\bthat'?s (just |simply )?not (really |exactly |quite |very |entirely |totally |at all )?(true|fair(?! (on|to)"
    r" you\b)|right"
    r"|what (happened|i said|i meant)|how (it|that) (was|went|happened)|the case)\b",
    r"\b(that|it) (isn'?t|wasn'?t|is not|was not) (true|fair(?! (on|to|for) you\b)|like that|what happened|my fault)\b",
    r"\bnot my fault\b|\bnot how i remember\b|\bthat never happened\b|\bexaggerat\w*|\bputting words in my mouth\b",
    r"\byou'?re making (it|me|this|that) (sound|look|out)\b|\byou'?re wrong\b|\bi did not\b",
    r"(?<!like )\bi(?: never| have never|'?ve never) (said|did|called|told|meant|asked|rolled|once|promised|agreed)\b"
    r"(?! (a word of (thanks|praise)|thank you|thanks|sorry)\b)",
    r"\bi (didn'?t|did not|don'?t|do not) (\w+ )?(say|do|roll|call|mean) (that|it|this|my|those|anything like)\b",
    r"\bi'?m not (a|an|the one|the only one|addicted|on (my|the)|ignoring|lazy|selfish|always|never|doing that"
    r"|that bad|against)\b",
    r"\bi(?: wasn'?t| was not|'?m not| am not) (?!saying|trying to (fix|change|make|tell)|" + _REASSURANCE + r")\w+ing"
    r" (you|it|him|her|them|your|on purpose)\b",
    r"\bno,? i (didn'?t|don'?t|wasn'?t|did|do|was not)\b",
    # correcting the account: "I'm exhausted, not rejecting you", "I wasn't shouting, I was talking"
    r"(?<!like )(?<!that )(?<!where )(?<!what )(?<!how )\bi(?:'?m| am| was) (?!sorry|so sorry)(\w+ ){1,4}not"
    r" (\w+ing|an?|the)\b",
    r"\b(it|that) (was|is|'s) (?!yours to\b)([\w']+ ){1,3}not (yours|mine)\b",  # not "That was yours to tell, not mine"
    r"\bi(?: wasn'?t| was not|'?m not| am not) \w+ing,? i(?: was|'?m| am)\b",
    r"\b(it|that) (wasn'?t|weren'?t|isn'?t|was not) (\w+ )?(" + _AMOUNT + r")\b(?!( \w+)? for you\b).{0,30}\b(it|that)"
    r" (was|were|is|'?s)\b",
    r"^i'?m not (?!sure|saying|trying|surprised|shocked|amazed|at all surprised|" + _REASSURANCE + r")\w+,? (\w+ )?"
    r"(you|i'?m)\b",
    r"\b(she|he|they)(?:'?s| is| are|'?re) not (a|an|that|so|being|trying|doing|out to|against|like that)\b",
    r"(?<!when )(?<!if )(?<!what )(?<!how )\bi (do|did) (" + ADVERB + r" )?(" + _EVERYDAY_ACTION + r")\b",
    r"(?<!what )(?<!when )\bi did (the|all|everything|half|most|my bit|it last|it on)\b",
    r"(?<!what )(?<!when )\bi did (monday|tuesday|wednesday|thursday|friday|saturday|sunday|last night|twice|both)\b",
)
EXCUSE = alternatives(
    r"(?<!saying )(?<!like )(?<!that )\bi(?: was|'?m| am) (only|just|simply) " + _NOT_A_THOUGHT + r"\w+ing\b",
    r"(^|\bsorry |\bwell |\blook |\blisten |\bokay |\bbut |\boh |\bactually |^(mate|babe|love|hun|darling|bruh|bro"
    r"|no) )i was (" + ADVERB + r" )?(?!going to (say|tell you) (how )?sorry)(?!.*\binstead of\b)(" + _NOT_A_THOUGHT
    + r"\w+ing|in the middle|at work|busy|tired|exhausted|stressed|on (a|the|my) (call|phone|train|way)|half asleep"
    r"|asleep|drunk|knackered|distracted|shattered)\b",
    r"\bbut,? (" + ADVERB + r" |to be fair |in fairness |come on )?i( " + ADVERB + r")?(" + _ACCOUNT + r")\b",
    r"(?<!saying )(?<!like )(?<!that )\bi only (?!just|now|realised|realized|know|want|wish|hope|heard)\w+\b",
    r"\bi'?m (only|just) (\w+ ){1,3}because (work|my|the|of|they|he|she|it|people|everyone)\b|"
    r"\bi had (to|no choice|a lot|so much)\b|\b(somebody|someone)(?: has| had|'?s got| has got|'?s gotta) to\b",
    r"\b(what|how) (was|am|were|is|are) (i|he|she|they|we) (meant|supposed|expected|going) to\b"
    r"|\bhow (was|am|were) i to know\b|\bhow (would|could) i (have )?(known|know)\b"
    r"|\bwhat else (was|could|am) i\b",
    r"\bi (didn'?t|never) (hear|see|get) (you|your|the|any|a) (\w+ )?(ask|call|calls|text|texts|message|messages"
    r"|note|email|emails|say|said|mention|reminder)\b",
    r"\b(it'?s|that'?s|it is|it was) not my (job|fault|responsibility|problem)\b|\bnot my (job|responsibility)\b",
    r"\bi (can'?t|couldn'?t|cannot) help (it|that|who|how|being)\b"
    r"|(?<!like )(?<!as if )\bi (honestly |just |completely |totally |always )?(forgot|forget)\b",
    r"\bi'?ve had (a|such a) (\w+ )?(long|hard|rough|busy|crazy|tough|awful) (day|week|month)\b",
    r"\bi'?m (just |so |really )?(exhausted|tired|busy|knackered|wiped|stressed) (from|after|because)\b",
    r"\b(my|the) (phone|battery) (was|died|ran)\b|\bi (literally )?just (got|came) (home|in|back)\b",
    r"\bi'?m (really |just )?trying(,? okay| my best| here| so hard| everything|$)|\bdoing my best\b",
    r"\bi'?m doing (this|it|all this|everything) for\b|\bi'?ve (already )?(said sorry|apologi[sz]ed|told you)\b",
    r"\bi (told you|mentioned it|said|warned you|asked you)( about (it|this|that|them))? ((ages|weeks|months|days"
    r"|years|a (week|month)) ago|last (week|month)|at the time)\b|\bi told you (before|yesterday)\b",
    # what a third party is, as their excuse: "He's twelve!", "It's just her way of…"
    r"^(he|she)'?s (only |just )?(\d+|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|(seventy|eighty|ninety)( \w+)?"
    r"|a (kid|child|baby|teenager|toddler|boy|girl))(?= (he|she|they|it|that'?s|so)\b|$)"
    r"|(?<!like )(?<!feel )\b(it'?s|that'?s) (just )?(his|her|their)"
    r" way( of)?\b",
    # the listener's reason as the whole story: "I check it so I know…", "That's literally it."
    r"^i (\w+ ){1,2}(it|that|them) so (that )?i (know|can|don'?t|won'?t)\b|\bthat'?s (literally|honestly|genuinely"
    r"|really) (it|all)$",
    # an emphatic "I did …" that insists on an act ("i did knock in june")
    r"^(but |well |look |and )?i did (?!(feel|wonder|think|notice|hear|see|know|realise|realize|mean|not|nothing"
    r"|hurt|let|upset|wrong|forget|miss|ignore|promise|want|get|that|it again|it to|cry)\b)\w+",
    # a concession, then a counter-fact about things, not the partner: "I get it, but two grand is a lot."
    r"\b(i get (it|that)|fair enough|fine|i know|i hear you|i understand|i (can )?(see|get"
    r"|understand) why [^,]{3,40}),?"
    r" but,? (?!.*\b(you|your|you'?re|youre|feel"
    r"|felt|feeling|i|me|my|best|answer|thing is|sounds?|must|horrible|hard|hardest|rough|tough|painful|"
    + FEELING + r")\b)(the|a|an|two|three|four|five|\d+|that|it|it'?s|that'?s)\b",
    # the partner's state granted, then the counter: "You're shattered, I can see it, but I booked that table…"
    r"^(you'?re|you are|you feel|you felt|you were|you'?ve|you have|you'?d) (\w+ ){1,8}?(i know|i can see (it|that)|i see (it|that)|i get (it"
    r"|that)|i hear (you|that)|i understand)( \w+)?( that)?,? (but|though|although)\b(?! (i'?m (so |really |truly )?sorry"
    r"|i'?ll|i will|i want|i love|i do care|i care|thank|you'?re right|you are right)\b)",
    r"\bi already (told|said|explained|apologi[sz]ed)\b|\bat least i\b|\bi (work|worked) (all|so|hard|late)\b",
    r"\bi'?m allowed (to|a|an|my|some)\b|\bi have a life\b|\bi'?ve got (a job|work|responsibilities)\b",
    r"\bi can (handle|look after|take care of) (myself|it|this)\b",
    r"\bi (wouldn'?t|won'?t) (\w+ ){1,4}if you\b|\bthen i wouldn'?t\b",
    r"\b(that'?s|it'?s|it was|that was|only) (only |just )?because (you|your)\b",
    r"\b(to be fair|in (all )?fairness|in my defen[cs]e|for the record|with (all due )?respect)\b",
    r"\bsorry,? but\b|\bsorry if you\b|\bi'?m sorry you feel\b",  # the apology that is not one
    r"\bi (couldn'?t|can'?t|wasn'?t going to) exactly\b",
    r"\bi was (gonna|going to) (\w+ )?(do|get|sort|fix|clean|call|pay|tell)\b",
    r"\b(was|is|were|'?s) (only|just) trying to (help|be|do|make)\b",
    r"\b(didn'?t|doesn'?t|don'?t) mean (anything|any harm|it like that|it that way)\b",
    r"\bthat'?s (why|the reason) i\b|\b(doesn'?t|does not|didn'?t) mean i\b|\bbut,? you know,? i\b",
    r"\bi (\w+ ){1,4}because of (my|the)\b",
    r"\bhow i (cope|deal with (it|things)|unwind|relax|switch off)\b|\bhelps me (cope|relax|unwind|switch off)\b",
    r"\bone of us (has|had) to\b|\bi(?: have|'?ve got| got) (work|an early|a shift|to be up|to get up)\b"
    r"|\bi(?:'?ve got| have| got) an? (competition|deadline|match|race|exam|meeting|presentation|interview|game|gig)\b"
    r"|\bi have to (train|work|study|revise|practise|practice|earn)\b",
    r"\bi (honestly |just |genuinely |really )?(don'?t|didn'?t|never) (hear|notice) (her|him|them|it|the baby"
    r"|the alarm)\b",
)
# The listener's right to what the partner objects to: "It's my money", "the one thing I do for me".
ENTITLEMENT = alternatives(
    r"\bi don'?t (have|need) to (justify|explain) (myself|it|that)\b|\bi'?m (entitled|allowed) to (a|an|some|my)\b",
    r"^(it'?s|its|that'?s|thats) my (own )?(money|phone|time|choice|decision|life|body|business|car|job|night"
    r"|weekend|bonus|sister|brother|mum|dad|mother|father|friend|friends|family|hobby|space)\b",
    r"\b(the|my) (one|only) (thing|night|time|hour|day|slot|chance) (that )?i\b"
    r"|\bthe (one|only) thing (that )?(keeps|gets|helps|lets) me\b",
    r"^(it'?s|its|that'?s|thats) my own \w+|\bi(?:'?ll| can| will) (\w+ ){1,3}(how|what|whatever|whoever|when|where"
    r"|wherever|whenever) i (like|want|please|choose)\b|\bbut i (also )?need to (honour|put|protect|look after) my\b",
    r"^(it'?s|its) the only (\w+ ){0,2}(that|i|they|we|he|she|the)\b",
    r"^(he'?s|she'?s|they'?re) my (own )?(brother|sister|mum|dad|mother|father|friend|friends|family|best friend|son"
    r"|daughter)\b",
)
COUNTER_ACCUSATION = alternatives(
    r"(?<!like )(?<!feel )(?<!that )(?<!saying )\byou (never|always|constantly|don'?t ever|hardly ever|rarely)"
    r" (even )?(ask|help|do(?!$)|say|listen|tell|call|text|let|give|notice|thank|make|take|pick|come|bring|offer|check"
    r"|remember|cancel|look|put|talk|complain|blame|start|pay|cook|clean|plan|invite|mention|see)\b"
    r"(?! (such|so much|so hard|an effort|the effort|time for)\b)",  # not the partner praised: "You always make such…"
    r"\byou (\w+ ){1,3}(on|to|at|with) me too\b|\byou do (it|that|the (exact |very )?same)( thing)?( too| as well"
    r"| all the time)?\b",
    r"\byou did (it|that|the same)( thing)? (too|as well|first)\b|\byou'?ve always \w+ed\b",
    r"\byou were the one who\b(?! (" + BURDEN + r"))"
    r"|\byou'?re the one who (said|told|wanted|decided|agreed|forgot|insisted|keeps|asked"
    r"|invited|booked|started|picked|chose|suggested)\b",
    # the partner misreads it: "you take everything she says the wrong way"
    r"\byou (always |just )?(take|took|hear|heard|read) (\w+ ){1,6}the wrong way\b|\byou read too much into\b",
    r"\byou (haven'?t|didn'?t|don'?t|never) (\w+ ){1,3}(once|either|yourself)\b",
    r"\byou said (you were|it was|you'?d be|that was|you didn'?t) (fine|okay|ok|happy|alright|mind)\b",
    # the partner's own act of the same kind, or their snooping, turned back: "You bought a sofa without asking me",
    # "Why were you checking my phone?"
    r"\byou ([\w']+ ){1,6}without (even )?(asking|telling|checking with|consulting) me\b"
    r"|\bwhy (were|are|did|do|have) you (been )?(checking|looking (at|through)|going through|reading|snooping|spying"
    r"|watching|tracking) my\b",
    r"\bmaybe if you\b|\bif you hadn'?t\b|\bi(?: would|'?d) have \w+ (\w+ ){0,4}if you\b",
    r"\bif you (just |only |actually |ever )?(told|asked|said|helped|listened|let|reminded) me\b",
    # (not the partner's lot read back: "it wears you down that nobody else does")
    r"(?<!that )(?<!how )\b(nobody|no one|everyone|everybody) else (\w+ )?(complains|minds|cares|thinks|says|has|does"
    r"|is|thought|found|seemed|said|laughed|minded|complained)\b",
    # a third party blamed: "Your sister started it, I just joined in."
    r"\b(your|my) (\w+ )?(" + RELATION + r")(?:'?s)? (started|began|brought (it|that) up|kicked off|wound me up)\b"
    r"|\b(she|he|they) started it\b",
    r"\byou'?re acting like\b|\byou act like\b|\byou make it sound like\b|\byou talk (like|as if)\b",
    r"\bwhat about (when you|the time|you|your|last)\b|\b(look|listen) who'?s talking\b",
    r"\bcoming from (you|someone|the (one|person|guy|woman|man))\b|^says (the|you|someone|him|her|he|she)\b",
    r"\bsome of us (have|had|actually|work|do|are|were)\b",
    r"(?<!feel )(?<!feels )(?<!felt )(?<!sounds )(?<!seems )(?<!it's )(?<!its )\b(as if|like) you (never"
    r"|don'?t ever|always|don'?t)\b",
    r"\byourself,? then$|\bdo it yourself\b",
    r"\b(bit|pretty|little) rich\b|^(oh,? |well,? )?that'?s rich\b|\byou'?re (one|the one) to talk\b"
    r"|\byou'?re not exactly\b|\byou can talk\b",
    r"\byou knew\b(?!.*\band i (didn'?t|wasn'?t|never)\b)|\byou told me (the wrong|to|it was|i could|we)\b"
    r"|\byou (told me|said) (that )?you('?d| would| wanted| were| didn'?t| did| liked| preferred)\b"
    r"|\byou'?re the perfect\b|\bnot me\b",
    r"\b(nobody|no one)'?s stopping you\b"
    r"|\byou (were|seemed|looked) (fine|happy|okay|alright)\b(?!.*\b(and you (weren'?t|didn'?t)|sorry)\b)"
    r"|^(she|he|they)(?:'?s| was| were| is) (absolutely |perfectly |totally |completely )?(fine|okay|ok|alright"
    r"|happy)\b(?!.*\b(but|sorry|and you)\b)",
    r"\bbut (she|he|they)(?:'?s| is| are|'?re| has| have| doesn'?t| don'?t| needs| need| didn'?t| was| were"
    r"| wanted| needed| asked| said| had| expected)\b|\bbut,? (my|the) (\w+ ){1,2}(needed|wanted|asked|expected)\b",
    r"\bif you\b.{0,40}\bi (wouldn'?t|would not|won'?t)\b"
    r"|\bif you (?!(want|like|need|prefer|'?d like|wanted|needed|ever want|ever need)\b)(\w+ ){1,6}i'?d\b",
    # the same, of the partner: "you're on yours just as much", "you didn't mind when I…"
    r"\byou(?:'?re| are| were| do| did)( \w+){0,3} (just as (much|bad|often|guilty|late|glued)|as bad as me"
    r"|no better)\b|\byou (didn'?t|never) (mind|complain|object|moan|say anything) when\b"
    r"|\byou (never|didn'?t) (said|say|mention|mentioned|tell|told)( me)?( a word| anything| a thing)?( about (it|this"
    r"|that))?"
    r" (till|until|before) (now|today|tonight)\b",
    r"\bbut (you|your)\b(?!'?ve got to)(?!'?re (\w+ )?(missing|hurting|feeling|" + FEELING + r")\b)(?! (feel"
    r"|gotta|have to|need to|felt|were|are|want|wanted|need|needed|should"
    r"|could|really|just|might|must|honestly|miss|missed"
    r"|know|also|still|wish|get|got|deserve|don'?t want|didn'?t want|do feel|'?re right|'?re not wrong))",
)
PAST_BLAME = alternatives(
    r"\byou (really |just |honestly )?(should|could|might)(n'?t)?( have|'?ve| of)\b(?! (been|felt|said no))"
    r"(?!.*\band i (wasn'?t|didn'?t|haven'?t|never)\b)",
    r"\bif you'?d (just |only )?(told|asked|said|mentioned|reminded|let|put|written|set|sent|checked|rung|called"
    r"|texted)\b",
    # the partner's own duty, or someone else's, left undone: "You were supposed to remind me.", "The school should
    # have rung me."
    r"\byou were (supposed|meant) to\b|\bit was your (turn|job|day|week) to\b"
    r"|^(the|your) (\w+ ){0,2}(should|could|ought to) (have|'?ve) (rung|called|told|said|checked|warned|emailed|texted"
    r"|let|phoned)\b",
    r"\bwhy didn'?t you (just )?(tell|ask|say|mention|remind|let)\b",
)
CHALLENGE = alternatives(
    r"\bwhen (have|did|do) i (ever|always|never)\b|\bwhat (more|else) do you want\b|\bname one\b|\bsince when\b",
    r"\bso now (it'?s|i'?m|you'?re(?! the one (holding|carrying|doing|left|picking|keeping))|i(?: can'?t| have to"
    r"| need to| must|'?ve got to))\b|\bif you must know\b"
    r"|^(well,? |but,? )?technically\b|\b(is|was) (it|that) my fault\b|\bare you (serious|kidding|joking)\b",
    r"\bhow is (that|this|it) (my|me|even|fair|useless|wrong|a big|such a|so|any)\b|\bwhat (do|did) you expect\b",
    # "Why is it always my fault?", "Who told you that?", "I'm not doing this again tonight."
    r"\bwhy (is|does) it always (have to be )?(me|my fault|my job|on me|down to me)\b|\bwho (told you|said) (that|so)\b"
    r"|\bwho says (so|that|i|i'?m)\b|\bi'?m not (doing|having) this (again|now|tonight|conversation|argument)\b"
    r"|\bi'?m not (talking about|discussing|getting into|going over) (this|it|that)\b( (again|now|tonight))?"
    r"|^not (this|that) again\b",
    # a detail corrected: "It was Thursday, not Friday."
    r"\b(was|is|'s|were|are|says|said|shows|showed) (on )?(" + _DAY_OR_COUNT + r"),? not (on )?(" + _DAY_OR_COUNT
    + r")\b",
    # the listener's mock confession: "Yeah, yeah, I'm the worst.", "Yeah, I'm a master spy."
    r"^((yeah|yes|oh|okay|fine|right),? )+i'?m (the worst|a monster|such a monster|a terrible (person|partner|husband"
    r"|wife|boyfriend|girlfriend)|the bad guy|the villain|evil|a master \w+|a criminal( mastermind)?)(,? (obviously"
    r"|clearly|apparently"
    r"|aren'?t i|right))?$",
    # what the others don't mind: "None of our friends mind when I check it."
    r"\bnone of (our|my|your|the) \w+ (\w+ )?(mind|minds|care|cares|complain|complains|seem to mind)\b",
    r"\bwhat (do|does) you (even )?want (from|me to)\b|\bwhat'?s the big deal\b|\bwhat'?s wrong with (that|it)\b",
    r"\bwhat (were|was|did) you (thinking|expecting|expect)\b|^what,? so\b|\bso (it'?s|i'?m|that'?s) (\w+ ){0,2}now\b",
    r"^(right |oh |so |well )*so (it'?s|i'?m|that'?s) .{0,40}\bnow$"
    r"|\b(it'?s|is it|is that|was that|is this) a crime\b(?! (what|number|scene))|\b(was|is) a crime now\b"
    r"|\bsuch a crime\b"
    r"|\bneed(ed)? (your )?permission\b|^funny,? (you|how you|that you)\b",
    r"^(right |oh |what |so )+i'?m not (allowed|supposed|meant) (to|a|an|my|any)\b"
    r"|^i'?m not (allowed|supposed|meant) (to|a|an|my|any)\b.*\bnow$|\bhardly (going|gonna) to\b",
    # the count doubted: "Are you sure it's every night?", "Is it really all evening?"
    r"\bare you sure (it'?s|it was|that'?s|that was|it is) (every|always|all|that|really|as|the whole)\b"
    r"|^(is|was) it really (every|always|all|that (bad|often|much)|the whole)\b",
    r"\bwhat'?s the actual (problem|harm|issue)\b|\bso what'?s the (problem|harm|issue|big deal)( then)?$",
    r"^(and|so|well|oh|oh and),? who (left|forgot|took|moved|put|broke|ate|used|lost|spent|drank|finished|started)"
    r" (?!you\b)",
    r"\b(was|am|were) i (meant|supposed|expected) to\b|^sorry,? (should|shall|am|was|do|did|can|may|must) i\b",
)
SARCASTIC = either(LISTENER_SARCASM, MOCK_SURRENDER)
DEFENDING = either(DENIAL, EXCUSE, ENTITLEMENT, COUNTER_ACCUSATION, PAST_BLAME, CHALLENGE, DISMISSAL,
                   LISTENER_SARCASM, MOCK_SURRENDER, CORRECTION, RETORT, JUSTIFYING,
                   EXCUSED_BY_NATURE, THIRD_PARTY_REASON, INTENTION, CIRCUMSTANCE, SOMEONE_ELSES_PART,
                   ACCOUNT_SET_RIGHT, RIGHT_NAME, ACT_CALLED_RIGHT, HOW_LITTLE, SO_LITTLE, MEANT_AND_MISREMEMBERED,
                   PROOF_AND_NORM, PLAY_SNOOPING_OCCASION)

# A specific time plus the listener's own past action: a counter-fact ("Last night I sat with you the whole time").
PAST_TIME = either(
    r"\b(yesterday|last (night|week|weekend|month|time|year|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)|this (morning|week)|the other (day|night)|(two|three|a few|few|couple of) (days|weeks|years) ago"
    r"|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)
OWN_PAST_ACTION = either(r"\b(i|we)( \w+)? (\w+ed|did|was|were|sat|put|took|made|came|went|got|paid|spent|told"
                         r"|drove|brought|bought|left|gave|kept|stayed|ate|rang)\b")
