"""A listener waving the partner's complaint away rather than hearing it: the feeling dismissed ("You're
overreacting."), the act played down ("It was just a joke.", "ten minutes tops"), what everyone does, and listener
sarcasm ("Oh sure, because you never…", "Sorry for breathing.", a mock title, a same-polarity tag)."""

from __future__ import annotations

from voicecoach.coach.lexicon import NOT, alternatives, either

_COUNT = (r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
          r"|sixty|ninety|a couple|a few|half")
# the partner's feeling itself waved away: "You're overreacting.", "You're blowing this out of proportion."
_FEELING_DISMISSED = alternatives(
    r"\b(so|too|being|bit|that'?s|you'?re|lowkey|kinda|kind of|slightly|a tad|a little) (dramatic|sensitive|touchy"
    r"|precious|paranoid)\b|\boverreact\w*",
    r"\bover the top\b(?! of)|\bout of proportion\b|\bmountain out of a molehill\b|\bstorm in a teacup\b"
    r"|\b(fuss|drama) (about|over) nothing\b|\bmaking (a|such a) (big )?(deal|fuss|drama|thing)\b",
)
FEELING_DISMISSED = either(_FEELING_DISMISSED)
DISMISSAL = alternatives(
    # "You're overthinking it.", "It's all in your head.", "You're imagining things.", "Fine. Whatever.", "Let's not
    # pretend you're perfect."
    r"(?<!think )(?<!not say )\byou'?re (over ?thinking|imagining) (it|things|this|that)\b"
    r"|(?<!not )\b(it'?s|that'?s) (all )?in your head\b"
    r"|^(fine|okay|ok),? whatever$|^whatever$|\bnot pretend you'?re (perfect|a saint|an angel)\b"
    r"|\byou'?re (hardly|not exactly|not) (perfect|a saint|an angel|innocent|blameless)\b",
    r"(^|\bjust |\boh |\bokay |\bso )(relax|chill|calm down|lighten up)\b|\b(relax|chill|calm down|lighten up)$",
    r"\bcome (on|off it)\b|\bget over it\b|\boh,? (please|come on)\b|\bgive me a break\b|^seriously\b",
    # the partner given up on: "There's no point explaining anything to you."
    r"\bno point (in )?(explaining|telling|saying|talking) (anything |it |this |that |things )?(to |with )?you\b",
    r"(?<!like )(?<!as if )(?<!if )\b(it'?s|it was|that'?s|that was) (just |only )?(a joke|a bit of fun|banter|a laugh"
    r"|teasing|harmless|nothing"
    r"|no big deal|not (that|a) big"
    r"( deal)?|not that bad)\b(?!( deal)? (my|i|i'?ve|mine|try|compared|next to|you should|to me)\b)"
    r"|(?<!not a )\b(big|huge) deal\b",
    # taking the third party's side: "she's got a point", "he's done nothing wrong", "don't drag my mum into this"
    r"\b(has|'s) (got )?a point\b|\b(he|she|they)('s|'re| is| are) not wrong\b|\b(has|have|'s|'ve) done nothing"
    r" wrong\b|\bdon'?t drag\b",
    r"^so what( if| i| it'?s)?$|\bso what if\b|^well,? (you|your)\b|(?<!said )(?<!think )(?<!hope )(?<!me )\bso$",
    r"\bi don'?t see (what|why) (the|this|that|it'?s|its) (such a )?(\w+ )?(problem|issue|big deal|fuss|deal|thing)\b"
    r"|\bi don'?t see the (problem|issue)\b",
    _FEELING_DISMISSED,
    r"\b(everyone|everybody) (does|says|calls) (it|that|this)\b|\b(everyone|everybody|we all) (has|have) to\b",
    r"(?<!if )(?<!think )\bthat'?s (just )?(the job|life|how it is|how it works|the way it is|what it is"
    r"|part of the job)\b",
    # the custom it followed: "that's just how the rotas always worked on this ward"
    r"(?<!if )(?<!think )\bthat'?s (just )?how (the \w+|things|it) (always |have always |has always )?(work|works"
    r"|worked|go|goes|went|run|runs|ran|been done|is done|was done)\b",
    r"\bit'?s not about you\b|\bit'?s fine\b(?! to)",
    r"\b(it'?s|it was) (just|only) (a|one|an) (?!lot\b|bit much)\w+",
    r"\b(hardly|barely) (ever|every|once|any)\b|\bnot even (once|every|that)\b",
    # what it hardly is, and the most it was: "It's hardly Candy Crush.", "Hardly all evening.", "ten minutes tops"
    r"\b(it'?s|that'?s|it was|that was|i'?m|i was) hardly (a |an |the )?(?!(surprising|a surprise|any wonder"
    r"|fair on you|fun for you)\b)\w+|\bonly (\w+ ){0,3}(like |about |for )?(a|an|one|two|three|five|ten"
    r"|twenty|\d+|a few|a couple of) (minute|minutes|mins|second|seconds|secs|hour|hours)\b"
    r"|\bi was (listening|paying attention|there|here|right here|with you|home|in|awake)( \w+){0,3} the (whole|entire)"
    r" (time|evening|night|day)\b|^hardly\b"
    r"|\b(\w+ )?(minutes|mins|seconds|secs|quid|pounds|hours|days|weeks|nights|times) (tops|max|at most)\b",
    r"\b(it'?s|it was|that was) (just |only )?(one|a single|two|once|twice)\b(?! (of|thing|part))",
    r"\b(it|that) (was|is|'s) only (the|a|an|my|one|two|ten|\d+)\b",
    r"\b(it'?s|it was|that'?s) (just |only )?(" + _COUNT + r") \w+((?!\byou)[a-z' ]){0,30}\bnot (an?|" + _COUNT
    + r")\b",
    r"(?<!like )(?<!that )(?<!feel )\b(he|she|they)(?: was| were|'s| is| are|'re) only \w+ing\b",
    r"\b(not|no'?|hardly|isn'?t) the end of the world\b"
    r"|^(it|that) (was|is|'s) (just |only )?an? (?!(lot|shock|blow|betrayal|nightmare|disaster|slap|kick|punch|loss"
    r"|struggle|battle|relief|big|huge|real|proper|hard|tough|long|bad|horrible|awful|lonely)\b)\w+$",
    r"\b(it|that) (wasn'?t|isn'?t|was not|is not) about you\b|\bnot everything'?s about you\b",
    # what everyone does, as a norm: "Nobody leaves on the dot.", "Everyone gets called boring."
    r"^(everyone|everybody)'?s (on|at|doing|like|the same|glued)\b(?!.*\bbut\b)|\b(that'?s|it'?s) (a bit|bit"
    r"|all a bit) (much|strong"
    r"|harsh|dramatic|over the top)\b",
    r"^(everyone|everybody|nobody|no one) (?!(knows|notices|sees|cares|listens|understands|asks|thanks|feels|wants"
    r"|likes|enjoys|deserves|needs)\b)"
    r"(?!.*\b(you|your)\b)"
    r"(\w+s|gets|does|has to)\b",
    r"\bthat'?s (a bit |pretty |really |so )?(unfair|harsh)\b|\bthat'?s (ridiculous|absurd|nonsense)\b",
    r"\byou don'?t (have|need) to be (so|that)\b|\bno need to (be|get)\b|\bwhy are you (being|making)\b",
    r"\byou'?re (being|so) (unfair|ridiculous|silly)\b",
    r"^(oh )?here we go\b|\b(it'?s|its) not like (before|i|i'?m|im|it'?s|its|last time)\b",
    r"^that'?s not ((an?|the) )?(\w+ ){1,3}that'?s (?!you|your)(?!(an? )?(real|big|huge|massive|serious|proper|genuine"
    r"|lot)\b)",
)
LISTENER_SARCASM = alternatives(
    r"^(oh |well )?(right|sure|yeah|great|wow) because\b|^(oh )?sure and you\b",
    r"\bbecause you'?(ve|re)? (never|always|so|the)\b|\bexcuse me\b|\bi beg your pardon\b"
    r"|\bi (hardly|don'?t) think (that'?s|it'?s|that is) (a )?fair\b"
    r"|\bi (rather|do) think you'?re (exaggerating|overreacting|being)\b"
    r"|\b(sorry|forgive me|excuse me) for (breathing|existing|living|having)\b"
    r"|\bpardon me for\b|\b(heaven|god) forbid (i|i'?d|i'?m|i should)\b",
    # mock apology for good intent, and mock naming: "Sorry for trying to earn a living.", "It's called having a job."
    r"\b(sorry|forgive me) for (trying to (help|earn|make a living|be nice|do my job|keep|pay|provide)|wanting"
    r"|having (a|friends"
    r"|a life|a job)|caring|earning|working|being (busy|tired|human))\b"
    r"|^(it'?s|that'?s) called (having|being|working|earning|living|paying|growing up|a job|a life|manners|work"
    r"|parenting|adulting)\b",
    # "And you think I enjoy answering emails at nine?"
    r"\b(do |and |so )?you think i (enjoy|like|love|want|chose|choose|asked for)\b",
    r"\boh (sure|right|great|wonderful|perfect)\b|^(hang|hold) on\b|\bsure,? i'?ll\b",
    r"^(oh )?(yeah|yes),? (that'?s it|right|sure),? (i'?m|i'?ve|im|ive|i)\b",
    r"\bi'?ll (just )?(\w+ ){1,10}shall i$",
    # the partner addressed as an authority, or the listener's mock guilt ("Sorry, Mum.", "Awful of me, wanting…")
    r"^sorry,? (mum|mom|mummy|dad|sir|miss|boss)\b|\byour (majesty|highness|lordship|ladyship|honour|honor)\b"
    r"|^(sorry|yes|of course|certainly|right away|as you wish|noted|understood|very good|okay|right),? (doctor|doc"
    r"|professor|prof|madam|ma'?am|officer|captain|sergeant|sir|boss|miss perfect|mr perfect)$"
    r"|\byour (very |oh so |ever so |terribly |so |all )important\b|\byour (precious|sacred|almighty)\b"
    r"|^((yeah|oh|yes|right|how|so),? ){0,2}(awful|terrible|selfish|shocking|wicked|cruel|outrageous|dreadful|evil)"
    r" of me,? (\w+ing|to (want|ask|expect|think))\b",
    r"\b(don'?t|doesn'?t|won'?t) (\w+ )themselves\b",
    # a statement with a same-polarity tag: the listener's mock agreement
    r"^(?!(is|are|was|were|do|does|did|so|what|how|why|who|when|where)\b)(?!.*" + NOT + r").*\b\w+,? (are|is"
    r"|were|was) (you|they|he|she)$",
    r"^(?!(is|are|was|were|do|does|did|so|what|how|why|who|when|where|oh|really)\b)(?!.*" + NOT + r")(\w+ ){2,}"
    r"\w+,? ((is|was|does|did|has) (it|he|she)|(do|did|have) (you|they))$",
    r"\bbecause (your \w+|he|she|they)(?:'?s| has| have|'?ve| is| are) never\b",
)
