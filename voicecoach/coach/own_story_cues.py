"""A listener turning to their own story instead of the partner's: "me too", "that happened to me", "that
reminds me", one-upping ("you think that's bad?"), and the story itself."""

from __future__ import annotations

from voicecoach.coach.lexicon import EMOTION, FEELING, RELATION, alternatives, either
from voicecoach.coach.turn_text import Turn

SAME_HERE = alternatives(
    r"^((oh|yeah|yep|and|honestly|ha|ugh|god|wow|omg|lol|tbh|haha|literally|mate|bro) )?(me too|same|ditto|snap)( "
    r"|$)(?!(thing|time|way|as|old|place|again|day|night|deal|one|spot|plan|price|table|pub)\b)",
    r"\bsame (here|with me|for me|thing with my|thing here)\b|\bsame (thing|way) (on|to|with) me\b|\bme the same\b",
    # (not the partner's fear for the listener: "…you get scared that something happened to me")
    r"\b(that|this|it|the same( thing)?|same thing)( (?!(something|anything|nothing)\b)\w+)? (happens|happened|used to"
    r" happen|happening) (to|with) (me|my)\b",
    r"(?<!something )(?<!something had )(?<!something has )(?<!anything )(?<!anything had )(?<!anything has )"
    r"(?<!something'd )(?<!something's )\bhappen(s|ed)? to me\b|\bhappened with me and\b",
    r"\bmy (\w+ )?(" + RELATION + r")(?:'?s| is| was| are| were) (exactly |just |totally )?like (that|this)\b"
    r"|\bi(?:'?m| am| was| get| feel)( \w+)? just as (" + FEELING + r")\b(?! (about|for|over) (it|this|that|you|us)\b)"
    r"(?!.*\bas you\b)",
    r"\bi'?m the same\b|\bi(?: was| am|'?m) (exactly |just )?the same\b"
    r"|\bi(?: feel| felt|'?ve felt| have felt) (exactly |just )?(the same|that way|like that)"
    r" (for (years|ages|months|a long time) )?(too|when|about|with|at|in)\b",
    r"\bi'?m (exactly |just |totally )?like that (with|too|when|about|at)\b"
    r"|\bi (was|used to be) (exactly |just |totally )?like that\b",
    r"\b(exactly )?the (exact )?same (\w+ )(on|to|with) (me|my)\b",
    r"\bi (do|did|say|said) (that|the same|exactly that)( thing)? (all the time|too|as well|constantly|every"
    r"|(with|to|at|when) (my|i)\b)",
    r"\b(is|are|was|were|'s|its) (\w+ ){0,2}(hard|tough|difficult|awful|horrible|a struggle|a nightmare|exhausting|draining"
    r"|not easy|no picnic|not fun|no fun|no walk in the park|rough|brutal|hell|a lot) (for|on) me (too|as well|either)\b"
    r"(?!,? (seeing|watching|hearing|knowing)\b)",
    r"\byou should (see|hear|try) (me|my)\b|\bthat (was|is|used to be) (me|us) (at|when|back|too)\b",
    r"^mine (?!(is|was|are) (the|your|what|why|how)\b)\w+|^mine'?s\b(?! (the|yours|what|why|how|not|nothing)\b)"
    r"|\bi (\w+ )?(got|had|lost|sold|broke|lent|gave) mine\b",
    r"\bmy (\w+ ){1,2}(was|is|used to be) (exactly |just |much |pretty much |very much )?(the same"
    r"|like that)\b(?! (colour|color|size|age|way|as"
    r"|one|thing|time|day|model|kind|sort|type|name)\b)|\bmy \w+'?s (exactly |just )?the same\b(?! as)"
    r"|\bi felt (exactly |just )?the same (at|when|in|about|with"
    r"|after|back)\b",
    r"\bthat'?s (exactly |just )?my (" + RELATION + r")( all over| for you| exactly)\b",
)
REMINDS_ME = alternatives(
    r"\b(takes|took) me (right )?back\b(?! to (when we|us|our|the (days|time|night) we))"
    r"|^(it'?s|this is|that'?s) (just |exactly )?like my (old |first |last |ex |former )?(" + RELATION
    + r"|school|flat|house|office|uni|place)\b",
    r"^that'?s me (with|at|when|every|in|on)\b|\breminds me\b|\bspeaking of\b"
    r"|\bthat'?s what i (always )?say (about|to)\b|\bthat'?s (so|just|exactly) me\b",
    # "Oh, that's so my mum.", "that's basically my whole twenties", "That's exactly how I felt when…", "I was
    # thinking the same about you…", "You and me both."
    r"\bthat'?s (so|just|totally|basically|literally|exactly) (my (whole )?(" + RELATION + r"|twenties|thirties|teens"
    r"|childhood|life|week|family))\b|\bthat'?s (exactly |just )?(how|what) i (felt|feel|went through) (when|at|after"
    r"|with|in|about|back)\b|\bi was (just )?(thinking|going to say|about to say) the same\b|\byou and me both\b"
    r"|\bme and you both\b",
    r"\b(sounds|sounded|looks) (just |exactly )?like my (" + RELATION + r")\b|"
    r"\b(just|exactly) like (my|when i|the time i|me)\b|\bthat'?s (just |exactly )?like (my|when i|the time i)\b",
    r"\bsame as (my|when i|me)\b|^(funny|ha|oh|wow),? i was just\b",
    r"\bi remember (that|this|the) (exact )?feeling\b|\bdon'?t get me started\b"
    r"|\bi could (write|tell you) a book (about|on)\b",
    # the listener's own hardship of late, and their own past as the credential: "It's been really hard for me." (not
    # "hard for me to watch you…"), "I got told off for exactly that at school", "I did five years of nights, so I
    # know." (not "I did tell you, so I know you knew")
    r"\b(it'?s|its|this has|it has) been (\w+ )?(hard|tough|difficult|rough|brutal|a struggle|hell) (for|on) me\b"
    r"(?!,? (too |as well )?(to|seeing|watching|hearing|knowing)\b)"
    r"|\bi (got|was|had|did) (\w+ ){0,3}for (exactly that|precisely that|the (exact |very )?same thing)\b"
    r"|\b(years|months|ages)\b.{0,40}\bso i know( (what|how) (it|that|this)(?:'?s| is| feels)( like)?)?$",
    # a time of the listener's own set beside it: "That's like when your brother borrowed my car…", "That's like the
    # time my boss took my slides" (not the partner's: "That's like when your mum did it to you")
    r"^(that'?s|it'?s|this is) (just |exactly )?like (when|the time) (?=.*\b(my|me|i)\b)",
    # "I remember those nights with my nephew", "That was my whole first year at the bank."
    r"\bi remember (those|that|the|them|when) (\w+ ){0,3}(with|at|when|from) my\b"
    r"|\bthat(?: was|'?s) (basically |literally |exactly |just )?my (whole|entire) (?!(point|fault|problem|idea|reason"
    r"|job|responsibility)\b)\w+",
)
ONE_UPPING = alternatives(
    # "I've had the worst week myself.", "Don't talk to me about lonely…", "You want to hear about lonely?"
    r"\bi'?ve had (a|the|such a) (\w+ ){0,2}(week|day|month|year|time) (myself|too|as well)\b"
    r"|\bdon'?t (talk to me|get me started) about\b|\byou want to hear about\b",
    r"\bi'?ve got (enough|so much|a lot|plenty) on my plate\b|\bi remember when i\b",
    r"\byou think (that'?s|thats|this is|it'?s|you'?re|youre|you have|you'?ve got|you were|your \w+ (was|is|were"
    r"|are) (bad|hard|rough|tough|long|tiring|awful|stressful|busy))\b",
    r"(?<!to )\btry (being|having|living|doing|working|dealing)\b|\bat least you\b|\bthat'?s nothing\b",
    r"\bi'?ve (got|had) it (worse|harder)\b|\bimagine how i\b|\bwhat about me\b"
    r"|\bwhat about (what i|my) (need|needs|want|wants|feel|feelings|day)\b|\bwelcome to my world\b",
    r"\byou'?d (hate|love|laugh at|die in|never survive|not last a day in) my\b"
    r"|\b(" + FEELING + r") myself (lately|recently|these days|too|as well|to be honest|honestly|sometimes)\b",
    # what the listener has been going through "myself", closing the sentence: "I've been feeling a bit pushed out of
    # this house myself lately." (not what they have been doing to themselves: "I've been kicking myself")
    r"\b(i'?ve|ive|i'?d|id|i have|i had) been (?!(\w+ ){0,3}(beating|kicking|blaming|hating|asking|telling|keeping"
    r"|pushing|torturing|winding|talking to|driving) myself)(\w+ ){1,10}myself( lately| recently| too| as well)?$",
    # the idiom that opens a turn, not the request ("Do you want to tell me about it?", "Tell me about it when…")
    r"^((oh|god|ugh|honestly|yeah|ha|pfft|mate|christ) )*tell me about it\b(?! (when|if|whenever|from|later|some))"
    r"|\bjoin the club\b|\blucky you\b|\bi'?m the one who\b|\bstory of my life\b"
    r"|\bi was the one (stood|sat|left|stuck|holding|up all)\b"
    r"|\byou (haven'?t|havent|have not) (got )?a clue what (\w+ ){0,3}(is|was|'s|are|were) like\b",
    # the listener's own as the worse case: "My family's worse", "Mine's even worse", "the hardest thing I've ever
    # done", "you don't know what it's like"
    r"\b(my (\w+ )?(" + RELATION + r"|lot|lot'?s|one|ones|side|place|commute|boss'?s)|mine)(?:'?s| is| are| was| were)"
    r" (even |much |way |far |a lot |ten times )?worse\b(?! than (i|you) (thought|realised|realized|knew|expected))"
    r"|\bmy (\w+ ){1,2}(is|are|was|were|'?s|'?re) (even |much |way |far |a lot )?worse\b(?! than (i|you) (thought"
    r"|realised|realized|knew|expected))"
    r"|\bthat'?s (exactly |just )?(what|how) my (\w+ ){1,2}(is|was|are|were)( like)?$"
    r"|\bthe (hardest|worst|toughest|loneliest|scariest) (\w+ )?(i'?ve|ive|i have) ever\b(?! (heard|seen|watched"
    r"|had to hear)\b)"
    r"|\byou (don'?t|do not|wouldn'?t|would not) (even )?know what (it'?s|its|it is) like\b",
    # the listener's own hardship set above the partner's: "I hate it more than you do", "It's harder on me", "You
    # think I don't lose sleep over it?"
    r"\bi (\w+ ){0,2}(hate|mind|miss|need|dread|worry about|want) (\w+ ){0,3}more than you( do| ever| will)?\b"
    r"|\b(it'?s|that'?s|this is) (even |much |way |far )?(harder|worse|tougher|rougher) (for|on) me\b",
    # the listener's own longing: "I'd give anything for a lie-in", "Chance would be a fine thing"
    r"\bi'?d (kill|give anything|give my right arm) for (?!you\b)|\bchance would be a fine thing\b"
    r"|\bi'?d (love|kill|give anything) (to have|for) (a|an) (\w+ ){0,2}(who|that)\b"
    r"|\bi could (do with|use) (a|an|some) (\w+ ){1,2}(myself|too|as well)\b|\bi'?d love (a|an|some) (\w+ ){1,2}(too"
    r"|myself|as well)\b",
)
BEEN_THERE = alternatives(
    r"(?<!has )(?<!had )(?<!it's )(?<!its )(?<!you've )(?<!youve )\bbeen there\b"
    r"|\bi(?: went| go|'?ve gone| have gone|'?ve been| have been) through (exactly )?(that|this|the same|something"
    r"|it)\b|\bi know that feeling\b(?!(?: (must|is|was|can)|'s)\b)",
    r"\bi(?: had| have|'?ve had| got| went through) (a similar|something similar|something like that|the same thing)\b"
    r"|\bsince i was ((about|around|maybe|like|only|barely) )?(a |little|small|young|\w+teen|at school|\d+|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|"
    r"\bi (had|have) (the (exact )?same|that same|exactly that|exactly the same)\b|\bi'?ve had (that|the same|this)\b",
    # someone of the listener's own went through it: "My brother went through the exact same", "my mum went
    # through all this with my dad"
    r"\bmy (\w+ ){1,2}(went|goes|has been|'?s been|was going) through (all |exactly )?(this|that|it|the (exact |very )?same"
    r"|something (similar|like that))\b|\bi(?: had| have|'?ve had|'?ve got) it (even )?(worse|harder|tougher|rougher)\b"
    r"|\bi'?m no (better|different)\b|\bi'?m (just )?as bad\b(?! as you (say|think))",
    r"\bi had an? (\w+ ){0,2}(teacher|boss|manager|friend|flatmate|roommate|ex|partner|colleague|coach|neighbour"
    r"|neighbor|landlord|uncle|aunt)\b",
)
OWN_STORY = alternatives(
    # an occasion of the listener's own life ("late to my own graduation"), not "my own" as emphasis in a defence
    # ("lock my own flatmates out", "help my own family") or "on my own"
    r"\b(to|at|for|of|through) my own (wedding|graduation|birthday|party|funeral|leaving do|christening|hen|stag"
    r"|retirement|engagement|exams?|interview|first day)\b|\bin my own (house|home|bed|flat|kitchen|skin|family)\b"
    r"|\b(with|about|by|of) my own (deadlines|problems|stuff|worries|issues|troubles|work|job|mess|battles|demons"
    r"|health|bills)\b",
    r"(?<!you )(?<!you've )(?<!youve )(?<!you've been )(?<!youve been )(?<!someone )(?<!anyone )(?<!somebody )"
    r"(?<!anybody )\b(do|does|did|doing|used to (do|say)|says"
    r"|said|say) (exactly )?(that|this|the (very |exact )?same|it)( thing)?( \w+)?"
    r" to (me|my \w+)\b",
    r"\bwhen i was (a|little|young|your|nine|ten|\w+teen|at (uni|school|college|university))\b"
    r"|\bwhen i (lived|was living|worked|was working|first moved|moved|was at|started (at|my))\b"
    r"|^growing up,? (my|i|we)\b|\bwhen i was growing up\b",
    r"\bi once\b|\bi used to\b|\bback when i (was|were|lived|worked|had|started|used|first)\b|\bi turned out (fine|okay|ok|alright)\b",
    r"\bi ((?!you|your|should|could|would|shouldn'?t|'d)\w+ ){1,6}(once,? )?(years|ages|a long time|decades)"
    r" (ago|back)\b"
    # what befell the listener last year ("i had a creepy dm last year"), not what they did then ("I paid for…")
    r"|\bi (had|got|was|felt|went through|lost) ((?!you|your)\w+ ){0,5}last (year|summer|winter|spring|autumn"
    r"|christmas)\b|\bi'?ve never (been|felt) (that|so|more) (?!sorry|sure)\w+",
    r"\bi (was|did|had|used|went|got)\b.{0,40}\bat (his|her|their|your) age\b",
    r"^story time\b|\bmy (first|last|old|previous) (job|flat|house|place|boss|school|uni|boyfriend|girlfriend|partner"
    r"|marriage|relationship|manager)\b,? (i|we|he|she|they|there)\b"
    r"|(?<!if )\bmy (\w+'?s )?(" + RELATION + r") (does|did|used to|always does|always did) (that|this|it|the same)\b",
    r"\bmy (old |first |last |ex |former |own )?(" + RELATION + r") (\w+ )?(used to|lost|did the same|does the same"
    r"|was like that|went the same way|had the same)\b|\bthat'?s (just )?like my\b",
    r"\bi (lie awake|can'?t sleep)( \w+)? (worrying|thinking|stressing) about (work|my|money|the (job|bills"
    r"|mortgage))\b|"
    # the same trouble as the listener's own burden: "That boiler's been my nightmare", "I've lost sleep over it"
    r"(?<!you)\b(\w+'?s|has) been my (nightmare|headache|bane|worry|obsession)\b|\bi'?ve lost sleep (over|about)"
    r" (it|this|that|the \w+)\b|"
    r"\bmy day was\b|\bat my (work|job|office|place)\b|\bi'?m dealing with\b|\bi have so much on\b",
    r"\bi(?: \w+)?(?: am|'?m| was) (so |really )?(swamped|stressed|drowning|slammed) (with|at|about) (my|work)\b",
    r"\bi(?: was| am|'?m) just thinking about (how|my)\b",
    r"\bwhen \w+ was (born|little|small|a baby|tiny)\b.{0,20}\bi (had|was|got|did|used|couldn'?t)\b",
    # a dated story of the listener's own people: "Last month my team lead presented my slides as his own."
    # (not news for the two of them: "Last week my mum offered to help")
    r"^(last (week|month|year|summer|christmas|time)|yesterday|once|years ago),? my (\w+ ){0,2}\w+ (?!(offered|asked"
    r"|called|texted|rang|phoned|messaged|mentioned|said)\b)(\w+ed|did|made|took|told|gave|went|got|had)\b",
    # a loss, an illness or a grief of the listener's own, told with how long it lasted: "When we lost Max I couldn't
    # go in the kitchen", "I cried for weeks after my nan's dog went", "I had sciatica for a whole year"
    r"\bwhen (we|i) (lost|buried|had to put down|had to rehome)\b(?!.*\b(you|your)\b).{0,40}\bi (couldn'?t|didn'?t"
    r"|barely|cried|was|had|wouldn'?t)\b|\bi (\w+ ){1,3}for (weeks|months|years|ages|days) (after|when) (my|we|i)\b"
    r"|\bi (had|was off with|was laid up with|suffered with|lived with) (?!no\b)(\w+ ){1,3}for (a|the|two|three|six"
    r"|\w+) (whole |full |entire )?(year|years|month|months|summer|winter)\b",
    # "Me and my brother didn't speak for two years"
    r"^me and my (\w+ )?(" + RELATION + r") (didn'?t|did|had|used|were|went|fell|stopped)\b",
    # someone of the listener's own who managed worse: "My mum did four of us with no help, and she managed."
    r"\bmy (\w+ )?(" + RELATION + r") (did|raised|had|managed|coped with|brought up|worked)\b.{0,50}\b(and|but) (she|he"
    r"|they) (managed|coped|got on with it|was fine|were fine|survived|never complained)\b",
    r"\bwhen my ([\w']+ ){1,3}(got|went|died|left|was|did|lost|passed|had|started|moved)\b.{0,30}\bi (barely|couldn'?t"
    r"|didn'?t|was|had|cried|lost|got|went|never|hardly)\b",
)
# "I know how you feel" only turns to oneself when a story of one's own follows.
_I_KNOW_IT = (r"\bi know (exactly |just |all too well )?(how (that|it|you) feels?|what you mean|how you feel"
              r"|that feeling|the feeling|what (that|it)'?s like|what (that|it) (is|feels) like"
              r"|what \w+ (does|did|is like|feels like|can do)"
              # "I know that panic, I get it every time…" (not the partner's: "I know that panic is real for you")
              r"|(that|this|the) (fear|panic|dread|worry|stress|vibe|anxiety)(?!(?: (is|must|was|can)|'s)\b))\b")
_MY_STORY = (r"(\bwhen (my|i)\b|\bmy (?!heart)\w+ (\w+ )?(used|did|does|do|was|is|has|had|never|always|lost|calls"
             r"|called|said|says|laughed|made|makes)\b|\bi (was|had|got|lost|used|went|did|once|have|couldn'?t"
             r"|could not|didn'?t|cried|spent|barely)\b"
             # the listener as the one it was done to: "the hospital wouldn't let me…", "made me…", "after my op"
             r"|\bi get (it|that|this) (every|each|whenever|when)\b"
             r"|\b(people|everyone|everybody) (\w+ ){0,3}(me|over me|at me|about me)\b"
             r"|\b(wouldn'?t|didn'?t|never|won'?t) (let|give) me\b|\bmade me \w+|\bafter my (op|operation|surgery"
             r"|accident|fall|hip|knee)\b)")
KNOW_THE_FEELING = alternatives(
    _I_KNOW_IT + r".{0,60}" + _MY_STORY,
    # the story first: "My dad never came to one of mine, so I know what that's like."
    r"\bmy (\w+ )?(" + RELATION + r")\b.{0,60}" + _I_KNOW_IT,
    # what stays with the listener of their own: "I keep thinking about my grandad's watch"
    r"\bi (keep|can'?t stop|couldn'?t stop) thinking (about|of) my\b(?! (part|role|behaviour|behavior|reaction|words"
    r"|mistake|fault|phone)\b)",
)
# the listener's own worry thrown back at the partner: their story, and a retort as well ("Don't you think I lie
# awake about it?", "You think I don't lose sleep over that boiler?")
WORRY_THROWN_BACK = alternatives(
    r"\byou think i (don'?t|do not|never) (lie awake|worry|lose sleep|think about)\b"
    r"|\bdon'?t you think i (\w+ )?(lie awake|worry|lose sleep)\b",
)
# the listener's own lot beside the partner's: "Tired? Try nights with three off sick.", "You've no idea how much
# I've given up…", "I'm on doubles all week myself.", "I feel lighter than I have in years.", "I've been so nervous
# about it I've hardly slept." (not "I'll ring them myself", "I'm kicking myself", "I've been so worried about you")
OWN_LOT = alternatives(
    r"^((so|oh) )?(you'?re|youre|you are|you feel|feeling)? ?(so |really )?(" + FEELING + r") try \w+ing\b"
    r"(?=.*\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|every|all)\b)",
    r"\byou('?ve| have)? (no idea|don'?t know|do not know|can'?t imagine) how (much|many|hard|often|long) (\w+ ){0,3}"
    r"i('?ve| have| had|'?d| do| did)?\b",
    r"^i(?:'?m|m| am|'?ve|ve| have| had| was)\b(?!.*\b(you|your|youre|you'?re)\b) (\w+ ){0,6}(?<!at )(?<!with )(?<!by )"
    r"(?<!for )(?<!about )(?<!of )(?<!to )(?<!up )(?<!in )(?<!hate )(?<!blame )(?<!kicking )(?<!hating )(?<!blaming )"
    r"myself\b",
    r"\bi (feel|'?ve felt|felt) (\w+ )?(\w+er|better|worse) than i('?ve| have)? (felt |been )?(in|for) (years|ages"
    r"|months|weeks|a long time|a while)\b",
    r"^i (feel|get) (like )?(that|the same|this way)( \w+){0,2} (every|all the time|most days|a lot|half the time)\b"
    r"|\bi'?m (still )?not over my (own )?\w+",
    r"^i'?ve been (so |really |that )?(" + FEELING + r") (about (it|this|that|telling)|over (it|this|that))\b"
    r"(?=.*\bi('?ve| have| could| can|'?d)? (hardly|barely|not|n'?t)\b)",
    # the listener's struggle set beside the partner's: "You're not the only one who's struggling…", "Nobody's asking
    # how I feel about that."
    r"\b(you'?re|youre|you are) not the only one (who'?s |whos |who is |that'?s )?(struggling|suffering|hurting|tired"
    r"|exhausted|stressed|finding it hard|having a hard time|going through)\b"
    r"|\b(nobody|no one|no-one)('?s| is| ever)? ask(s|ed|ing)? (how i|about me|me how|what i)\b",
)
SELF_FOCUS = either(SAME_HERE, REMINDS_ME, ONE_UPPING, BEEN_THERE, OWN_STORY, KNOW_THE_FEELING, WORRY_THROWN_BACK,
                    OWN_LOT)
THROWN_BACK = either(WORRY_THROWN_BACK)
ONE_UPPING_CUE = either(ONE_UPPING, OWN_LOT)
# an opening that says outright the turn is about the listener: "Same.", "I know that feeling…", "Been there"
SAYS_IT_IS_MINE = either(SAME_HERE, REMINDS_ME, ONE_UPPING, BEEN_THERE, KNOW_THE_FEELING)

# A first-person clause ending in "too"/"either": the listener's own parallel experience, unless it is a reaction
# to the partner ("I feel scared too, seeing you this tired") or a hypothetical ("I'd be anxious too if…").
PARALLEL_EXPERIENCE = either(
    r"\b(i|i'?m|im|i'?ve|ive|my (old |own |last )?\w+)\b(?! would)(?!'?d )(?:(?!\byou)[a-z' ]){0,60}"
    r"\b(too|either|as well)\b(?! (far|much|many|late|long|soon|early|hard|often|little|quickly|fast)\b)"
)  # (not "too" of degree: "…and I can see now it went too far.")
REACTION_TO_PARTNER = either(
    r"\b(too|either|as well),? (\w+ )?(seeing|hearing|knowing|watching|thinking|listening|for you|with you|about you"
    r"|on your behalf)\b",
    r"\b(makes|made) me (feel )?\w+ (too|as well)\b|\bi(?:'?d| would) (be|feel|hate|struggle|mind)\b|\bif i\b"
    r"|\b(that|it|this)(?:'d| would) (\w+ ){1,3}(me|my \w+) (\w+ )?(too|as well)\b",
    r"\bi(?:'?m| am| feel| felt|'?ve been)( \w+){0,2} (" + EMOTION + r"|shaken|rattled|missing (us|you|that|it)"
    r"|sick with worry)( (now|a bit|a little|for (him|her|them|you|us)))? (too|as well)\b"
    r"|\bi (really )?miss (us|you|that|it|him|her|them) (too|as well)\b|\bi feel it (too|as well)\b"
    r"|\bi(?:'?ve| have) (really )?missed (us|you|that|it|him|her|them) (too|as well)\b",
    # a second feeling of the listener's own at the partner's news: "I feel ashamed, Nads, and scared too, that…"
    r"\bi (feel|felt|am|'m)\b.{0,30}\band (" + EMOTION + r") (too|as well)\b",
    # the partner's news landing on the listener too: "That frightens me too, Gem."
    r"\b(that|it|this) (frightens|scares|shakes|terrifies|worries|saddens|upsets|hurts|guts|rattles) me( \w+){0,3}"
    r" (too|as well)\b",
    # the couple's loss, wished back together: "I miss how we used to be too.", "I want our Sundays back too."
    r"\bi (really |just )?(miss|want|need|long for|wish for) (\w+ ){0,3}(we|us|our)\b.{0,30}\b(too|as well)\b",
    # a share claimed, not lived: "it's my money too"
    r"\b(it'?s|its) (my|our) (money|house|home|car|time|choice|decision|life) too\b",
    # the listener's act as it felt to the partner: "my joke felt like I was mocking him too"
    r"\b(felt|feels|seemed|seems|looked|looks) like i\b",
)

# A knowing nod as a sentence of its own ("Girl, I know.", "Oh, I get that one.", "Been there."), then the listener's
# own account with no "you" in it: their story, not the partner's ("I hear you." is left out: advice follows it)
KNOWING_NOD = either(r"^((oh|ah|aw|girl|mate|babe|love|honestly|yeah|god|lord|pet|hun) )*(i know|i get it|i get that"
                     r"|same|been there|tell me about it|i know the feeling|i know that feeling)( \w+)?$")
SPEAKS_OF_ONESELF = either(r"\b(i|my|me|mine|i'?m|im|i'?ve|ive|i'?d|id)\b")
# ...not an apology or an offer after the nod ("I know. I'm so sorry.", "I get it. I'll ring them.")
NOT_AN_ACCOUNT = either(r"\b(sorry|apologi[sz]e|my fault|my bad|should have|should'?ve|i'?ll|i will|i'?m going to"
                        r"|let me)\b")

# The partner's feeling asked back in disbelief as a sentence of its own, then the listener's own lot: "You're
# stressed? My boss times my lunch break with a stopwatch."
FEELING_DOUBTED = either(r"^(\w+ )?(you'?re|you are|you feel|you felt|you were) (so |really |a bit )?(" + FEELING
                         + r")$")
# (not surprise, an apology or a hypothetical: "You're lonely? I had no idea.", "I'd be scared too.")
OPENS_WITH_ONESELF = either(r"^(?!(i'?d|id|i would) be\b)(i|i'?m|im|i'?ve|ive|i'?d|my|me)\b(?!.*\b(sorry|no idea"
                            r"|didn'?t (know|realise|realize)|never (knew|realised|realized)|my fault|my bad)\b)")

# A feeling or hardship shared ("…too", "…as well", "for me too"), then the listener's own account with no "you" in
# it: "I'm frightened too, honestly. I can't get to sleep without it now.", "It's lonely for me too. I carry it all
# home." The account must be the listener's doing or undergoing, not a wish for the two of them ("I don't want us
# drifting apart") or a reaction to the partner ("seeing you like this").
SHARED_THEN_MINE = either(
    r"\b(i|i'?m|im|i'?ve|ive|me|my)\b(?! would)(?!'?d )[a-z' ]{0,40}\b(too|as well|an all)\b(?P<rest>.*)$"
)
OWN_ACCOUNT = either(
    r"^(,? ?(honestly|mate|love|pet|though|tbh|to be honest|really|lynne|\w+)? )?(i|ive|i'?ve|i'?d|id|i'?m|im)"
    r" (\w+ )?(have not|havent|haven'?t|hadn'?t|had|was|been|did|didn'?t|can'?t|cant|couldn'?t|keep|kept|carry|sit"
    r"|sat|lie|lay|spent|spend|got|get|go|went|cried|booked|planned|bought|slept|not slept|do|work|worked|sent"
    r"|lost|barely|hardly|never|still|ended|spend|eat|ate|checked|checking)\b"
    # or someone of the listener's own, back then: "…too, my dad was glued to his phone."
    r"|^,? ?my (\w+ )?(dad|mum|mom|father|mother|parents|brother|sister|ex|nan|gran|grandad|grandma|uncle|aunt"
    r"|auntie) (was|were|used to|would|always)\b"
)
SECOND_PERSON_OR_US = either(r"\b(you|your|youre|you'?re|you'?ve|youve|you'?d|youd|yours|us|we|we'?re|our)\b"
                             )


def nod_then_mine(turn: Turn) -> bool:
    """"Girl, I know. Somebody one-starred my nail studio…": a knowing nod, then the listener's own story."""
    if len(turn.sentences) < 2 or not KNOWING_NOD.search(turn.sentences[0]):
        return False
    rest = " ".join(turn.sentences[1:])
    return (bool(SPEAKS_OF_ONESELF.search(rest)) and not SECOND_PERSON_OR_US.search(rest)
            and not NOT_AN_ACCOUNT.search(rest))


def feeling_doubted_then_mine(turn: Turn) -> bool:
    """"You're frightened? I've been gritting my teeth…": the partner's feeling asked back, then the listener's."""
    return (len(turn.sentences) >= 2 and turn.raw_sentences[0].endswith("?")
            and bool(FEELING_DOUBTED.search(turn.sentences[0]))
            and bool(OPENS_WITH_ONESELF.search(turn.sentences[1])))
