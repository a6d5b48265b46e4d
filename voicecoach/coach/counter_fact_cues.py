"""A listener setting the partner's account right instead of hearing it: the pressure denied ("Nobody's asking you
to…"), the count corrected ("That's not one weekend"), the method with its reason ("There's a system…", "…,
otherwise they crease"), what the partner has long known ("You've known about it for months", "…, you included"),
the act's right name ("It's maintenance, not a splurge.", "It was never a secret"), the act called right ("It was the
right call", "If I'd told you, you'd have said no"), how little it was ("I was in the shop five minutes", "I was
fine") and a rhetorical question that puts the blame elsewhere ("Who nicks a bike at eight in the morning?")."""

from __future__ import annotations

from voicecoach.coach.lexicon import FEELING, alternatives

_NO_YOU = r"(?!.*\b(you|your|you'?re|youre)\b)"
_LITTLE = r"(\d+|one|two|five|ten|fifteen|twenty|thirty|forty|a few|a couple of|half an|an)"

ACCOUNT_SET_RIGHT = alternatives(
    # "Nobody's asking you to cook for forty." (not "Nobody asked you what you wanted")
    r"^(nobody|no one)(?:'?s| is)? (expects?|expected|expecting|asked|asking|wants|forcing|making|telling) you to\b",
    r"^(that'?s|it'?s|that was|it was|that is) not (just )?(one|a single|once|two|a couple of) \w+\b"
    r"(?!( \w+)? for you\b)",
    r"^there'?s a (system|method|reason|logic|order|right way)\b"
    r"|\botherwise,? (they|it|the \w+|things|she|he|we|nothing) \w+\b(?!.*\b(" + FEELING + r")\b)",
    # sarcasm at the partner's claim: "Sorry, I didn't know the remote was off limits."
    r"\bdidn'?t (know|realise|realize) (\w+ ){1,4}(was|were|is|are) (classified|top secret|off limits|sacred"
    r"|forbidden|out of bounds|illegal)\b",
    r"\b(you|yourself) included\b|\bincluding you\b",
    # what the partner has long known: "You've known about the course for months."
    r"\byou'?ve (known|heard|seen|watched|listened to) (about |me )?(\w+ ){0,5}(for (months|years|ages|weeks)"
    r"|(a )?(hundred|thousand|million|dozen) times|so many times)\b",
)
RIGHT_NAME = alternatives(
    # "It's maintenance, not a splurge." (not "It's grief, not a mood, and…")
    r"^(it'?s|it was|that'?s|they'?re|this is) (?!(" + FEELING + r"|about|not|just|the|an?|your|you)\b)(\w+ )?\w+,?"
    r" not (an?|some|just an?) \w+$" + _NO_YOU,
    r"\b(it|that|this)(?:'?s| is| was| has)? (not|never) (been )?(a|some) (big |huge )?secret\b"
    r"|\b(it|that|this) (wasn'?t|isn'?t) (a|some) (big |huge )?secret\b"
    r"|\bi (wasn'?t|was not|'?m not|am not) hiding (it|anything|that)\b",
)
# how little it was: "I was only gone for a bit.", "It's a tiny scratch, you can barely see it.", "It wasn't that
# late, it was barely eleven.", "Twenty minutes isn't late."; and the partner's own silence: "It's not as if you
# asked.", "You're hardly one to talk."
SO_LITTLE = alternatives(
    r"\bi was (only|just) (gone|out|away|there|upstairs|outside|next door|in the \w+) (for )?(a|an|\d+|one|two|five"
    r"|ten|a few|a couple)\b",
    r"\b(it'?s|it was|that'?s) (only |just )?(a|one) (tiny|little|small|wee|teeny|minor|slight) \w+"
    r"(?!.*\b(to you|for you|but|and you)\b)|\byou can (barely|hardly) (see|notice|tell|hear)\b",
    r"\b(it|that) (wasn'?t|isn'?t|was not|is not) (that|so|even that) (late|bad|much|expensive|long|far|loud|often"
    r"|big)\b(?!.*\bfor you\b)|\bit was (barely|only|just|not even) (\w+ )?(eleven|ten|nine|midnight|\d+|half"
    r"|quarter)\b",
    r"\b(minutes|mins|hours|quid|pounds|days) (isn'?t|is not|aren'?t|are not) (late|long|much|a lot|expensive)\b",
    r"\b(it'?s|its) not (as if|like) you (\w+ed|asked|said|told|offered|helped|bothered|mentioned|noticed|cared)\b"
    r"|\byou'?re (hardly|not exactly|not really|in no position)( \w+)? (one|the one|the person|position) to"
    r" (talk|judge|lecture|complain)\b",
)
# the partner's own part, the listener's right, the norm and the proof: "You weren't exactly thrilled either.", "Half
# the time you're asleep by nine.", "I'm an adult.", "That's what happens.", "That's just how my family talks.", "I
# left a note on the fridge.", "It's in the shared calendar.", "The receipt says nine pounds, not ninety."
PROOF_AND_NORM = alternatives(
    r"\byou (weren'?t|aren'?t|wasn'?t|were not|are not) exactly\b|\bhalf the time you(?:'?re| are)?\b",
    r"^(look,? )?i'?m (an adult|a grown (wo)?man|a grown up|not a (child|kid|teenager))\b|\bi can (decide|choose)"
    r" (what|how|when|where|who) i\b|\b(it'?s|its) (my|our) (money|house|home|car|time|choice|decision|life) too\b",
    r"\bthat'?s (just )?what (happens|people do|lads do|everyone does|you do on \w+)\b(?! (when|whenever|if|every"
    r"|each))|\bthat'?s (just )?how (my|our)"
    r" (\w+ )?(family|mum|dad|people|lot|friends|mates|culture) (talks?|is|are|does|do|says?|works?)\b",
    r"^i (left|put|wrote|sent|set) (you )?a (note|message|text|reminder|voicemail|email)\b(?!.*\b(sorry|instead)\b)"
    r"|\b(it'?s|it was|it'?s been) (in|on) the (\w+ )?(calendar|diary|fridge|group chat|planner|whiteboard)\b",
    r"\b(says|said|shows|showed|was|is|'s) (" + _LITTLE + r"|\w+ty|\w+teen|nine|eight|seven|six|three|four)( \w+)?,?"
    r" not (\w+ )?(" + _LITTLE + r"|\w+ty|\w+teen|nine|eight|seven|six|three|four)\b",
)
ACT_CALLED_RIGHT = alternatives(
    r"(?<!not )\b(it|that) was the right (thing( to do)?|call|decision|choice|move)\b(?! for you)",
    r"\bi'?d do it again\b|\bi stand by (it|that|what i|my)\b|\bi don'?t regret (it|that|doing|going|saying)\b",
    r"\bif i'?d (asked|told|mentioned it to|consulted|checked with) you,? you'?d (have |'?ve )?\w+",
)
HOW_LITTLE = alternatives(
    r"^i was (only |just )?(in|inside|in there|out|gone|away|upstairs|in the \w+|at the \w+)( \w+)? (for )?"
    + _LITTLE + r" (minutes|mins|seconds|hour|hours)\b",
    r"(?<!said )(?<!thought )(?<!pretended )(?<!told you )\bi was (perfectly |totally |completely |absolutely )?(fine"
    r"|sober|under the limit)\b(?! (with|until|till|when|about|before))(?!.*\b(but|and) i (wasn'?t|was not)\b)",
    r"^who (\w+s) (a|an|the|someone'?s|people'?s|your|my) (\w+ ){0,3}(at|in|on) (\w+ ){0,4}(morning|night|afternoon"
    r"|evening|daylight|daytime|am|pm|o'?clock)\b",
)
