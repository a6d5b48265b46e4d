"""A listener justifying their own act rather than hearing the partner: the partner's consent recalled ("You agreed
to it in April", "It was your idea"), the act played down ("I raised my voice, that's all", "I didn't hide it. I
just…"), what anyone would have done ("Wouldn't anyone have asked?", "Any dad would have done the same"), what the
thing pays for ("Those videos pay for her nursery"), its right name ("It's not a hobby.") and a constraint set after
the partner's feeling ("…, though the agency needed an answer by five")."""

from __future__ import annotations

from voicecoach.coach.lexicon import alternatives

_NOT_HEARD_OUT = r"(?!.*\b(but|though|although|sounds|feel|felt|feeling|even)\b)"
_ANYONE = r"(anyone|anybody|everyone|everybody|any (\w+ )?(dad|mum|mom|parent|person|husband|wife|partner|friend|one))"
_ACTION_DONE = r"(done|said|asked|checked|reacted|answered|shouted|picked|taken|made|gone|called|rung|booked)"

CONSENT_RECALLED = alternatives(
    # the partner's own words recalled: "You're always saying we never go anywhere."
    r"\byou'?re always (saying|telling me|on about|going on about)\b|\byou (always|keep) (say|saying|telling me)\b"
    r"(?! (you feel|how))",
    r"(?<!though )(?<!when )(?<!if )\byou (agreed|said yes|signed off on|signed up for|okayed|were fine with|were happy"
    r" with)\b" + _NOT_HEARD_OUT,
    r"\b(it|that|this|the \w+) was (all )?your (idea|choice|decision|suggestion|call|plan)\b" + _NOT_HEARD_OUT,
)
PLAYED_DOWN = alternatives(
    # the act, and no more: "I raised my voice, that's all." (the past: "I earn more, that's all" is a reason given)
    r"^i (was|did|just|only|said|made|told|went|got|had|took|sent|rang|thought|meant|wanted|\w+ed) (?!.*\b(love|miss"
    r"|care|sorry|here for you|proud)\b)(\w+ ){0,5}that'?s all$",
    # a third party's or a thing's part, and no more: "She's got a key for emergencies, that's all."
    r"^(she|he|they|it)\b(?!.*\b(you|your|sorry)\b).{3,60} that'?s all$",
    # denied, then put more mildly: "I didn't shout at him. I just told him firmly…"
    r"^i (didn'?t|did not|never|wasn'?t|was not|haven'?t) (\w+ ){1,5}i (just|only|simply) (?!(realised|realized|wish"
    r"|hope|want you|didn'?t (realise|realize|see|notice|think)))\w+",
)
WHAT_ANYONE_WOULD_DO = alternatives(
    r"^((and|but|honestly|i mean|well|come on) )*(wouldn'?t|would not) " + _ANYONE + r" (have |'?ve )?"
    r"(?!(felt|feel|be|been"
    r"|get|got|hate|hated|mind|minded|want|wanted|cried|cry)\b)\w+",
    r"\b" + _ANYONE + r" (would|'?d) (have|'?ve) " + _ACTION_DONE + r"\b",
    r"\b(most people|other people|" + _ANYONE + r") (would|'?d) (be grateful|be thrilled|be delighted|appreciate (it"
    r"|that|this))\b",
    r"^((and|but|honestly|i mean|well|oh|come on) )*who (doesn'?t|does not|didn'?t) (?!(feel|get|love|want|need"
    r"|deserve|be|know|hate|mind|like|cry)\b)\w+ (their|a|the|his|her)\b",
)
WHAT_IT_IS_FOR = alternatives(
    r"^(that|this|those|these|the|my|our) (\w+ ){0,2}(pays?|paid|puts? food|keeps? (a roof|us|the lights))( for)?"
    r" (the|her|his|our|my|your|for|a)\b",
    r"\bi need (it|them|that|this) for (work|my job|the job|the business)\b"
    r"|^(it'?s|its|it was|that'?s|thats) (just |only )?(work|a work thing|for work|my job)\b"
    r"|\b(it'?s|its|that'?s|thats|this is|they'?re|theyre) not (a|an|just a|just an) (hobby|toy|game|holiday|whim"
    r"|luxury|jolly|treat|party|break|jaunt|fad|phase)$",
)
CONSTRAINT_AFTER = alternatives(
    r"(?<!even )\b(though|although),? (she|he|they|the (\w+ ){1,2}|my (\w+ ){1,2})(needed|wanted|asked|expected"
    r"|had to|'?d already|had already|was due|were due|'?s got to|has to|have to)\b",
)
# the harm denied by how others took it or by a fact that settles it: "Your mum didn't even notice.", "Dinner didn't
# start till half eight anyway.", "Betrayed is a bit strong."
HARM_DENIED = alternatives(
    r"^(?!.*\b(you|sorry)\b)(she|he|they|your \w+|nobody|no one|none of them)( even)? (didn'?t|did not|doesn'?t|never"
    r"|won'?t|wouldn'?t)"
    r" (even )?(notice|mind|care|seem to mind|bat an eye(lid)?)\b",
    r"^(?!.*\b(you|your|you'?re|sorry|feel|felt|sounds?|maybe|should)\b)([\w']+ ){2,}anyway$",
    r"^\w+(?:'?s| is) (a bit|bit|pretty|rather|a little|quite|a tad) (strong|much|harsh|dramatic|extreme"
    r"|over the top)\b",
)
# the listener's intent or record put forward: "I didn't mean to be late", "It just slipped out", "I've been at your
# mum's every Sunday", "I didn't say anything about the amount", "They're kids"
INTENT_OR_RECORD = alternatives(
    # a role refused, and the listener's work as done for the two of them: "I'm not your handyman.", "I work sixty
    # hours a week so we can have this house."
    r"\bi'?m not your (\w+ )?(handyman|maid|servant|slave|mum|mother|dad|father|secretary|cleaner|chauffeur|taxi"
    r"|therapist|babysitter|cook|keeper|carer|diary|alarm clock|butler|assistant|bank|cash machine|skivvy|dogsbody)\b",
    r"\bi (work|worked|do|did|slog|slave|graft)\b.{0,40}\bso (that )?(we|you|the kids) (can|could|have|get)\b",
    # an outside cause: "The shop didn't have the right bulb."
    r"^(the|my) (\w+ )?(shop|shops|store|garage|supplier|builder|plumber|electrician|council|bank|surgery|school"
    r"|post office|delivery) (didn'?t|hadn'?t|wouldn'?t|couldn'?t|never|was|were) (have|had|get|come|turn up|answer"
    r"|deliver|ring|call|open|shut|closed|out of)\b",
    # the price defended, and not knowing: "It was on offer", "I didn't even know I'd liked it"
    r"\b(it|they) (was|were) (on offer|on sale|reduced|half price|a bargain|a steal)\b|\bit'?s normally\b"
    r"|\bi didn'?t (even )?(know|realise|realize|notice) (i'?d|i had|i was)\b"
    # (not a discovery that it mattered to them: "I didn't know it mattered that much to you")
    r"|^(?!.*\b(sorry|to you)\b).*\bi didn'?t (think|realise|realize|know) (it|that|this) (mattered|was a big deal"
    r"|would matter|was important|was a thing)\b",
    r"^(?!.*\bsorry\b).*\bi (didn'?t|did not|never) mean(t)? to\b|\b(it|that) (just )?(slipped out|came out wrong"
    r"|came up)\b|\bi wasn'?t (planning|going|trying) to\b",
    # the partner's upset itself questioned, or their temper blamed: "I don't know why you're so worked up", "every
    # time I do you bite my head off"
    r"\bi don'?t (know|see|get) why you'?re (so |this |that |getting |all )?(worked up|upset|angry|bothered|stressed"
    r"|annoyed|het up|wound up)\b|\bevery time i (do|try|ask|say anything|bring it up|open my mouth)\b.{0,20}\byou\b",
    r"\bi'?ve (been (at|to|round|there)|done|cooked|cleaned|driven|picked|taken|walked|paid|covered|sorted|made)"
    r" ([\w']+ ){0,5}every (single |other )?(day|night|morning|evening|week|weekend|sunday|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|time)\b",
    r"\bi (didn'?t|did not|never) (say|tell|mention|said) (anything|a word|much) (about|regarding)\b",
    r"^(they'?re|theyre|they are) (only |just )?(kids|children|teenagers|babies|toddlers|little)"
    r"(?= (they|it'?s|that'?s|so|kids|children)\b|$)",
)
# what everyone does, the thing's right size, what it will pay back: "Everyone at work does the same.", "It's a
# glass of prosecco, not a bottle of gin.", "It'll pay for itself by the summer." (Not "…and I turned out fine.",
# which the corpus labels self-focus in d303-d342 and earlier but defending in d383-d422.)
WHAT_EVERYONE_DOES = alternatives(
    r"\b(everyone|everybody|all (my|our|the|of (my|our|the)) \w+|every (couple|parent|mum|dad|family|kid)|(most|all)"
    r" (people|couples|parents|mums|dads|families))( \w+){0,4} (does|do|did) (exactly |just )?(the same|it|this|that)\b"
    r"(?! (to|for) (you|me)\b)",
    r"^(?!.*\b(you|your|feel|feeling|hearing)\b)(it'?s|it was|that'?s|they'?re) (a|an|one|two|just a"
    r"|only a) (\w+ ){0,3}"
    r"\w+,? not (a|an|the) (\w+ ){0,3}\w+$",
    r"\b(it'?ll|it will|they'?ll|they will) (pay for (itself|themselves)|save us (money|a fortune))\b",
    # "Half the lads do it.", "Half of Vienna signs one.", "Half the agency's on it."
    r"^half (of )?(the |my |our |this |her |his )?[\w']+(?:'?s)? (\w+ )?(do|does|did|sign|signs|is on it|on it|had it"
    r"|has|have|'?s had it|'?s on it|uses?|goes|go|went)\b",
    # the way the listener was brought up as the norm: "It's farm life, it's how I was raised.", "…its how you grow up
    # on this island"
    r"\b(it'?s|its|that'?s|thats|it is|that is) (just |simply )?how (i was|we were|you'?re|you are|we'?re|we are)"
    r" (raised|brought up)\b|\b(it'?s|its|that'?s|thats) (just )?how (you|we|i) (grow|grew) up\b",
)
JUSTIFYING = alternatives(CONSENT_RECALLED, PLAYED_DOWN, WHAT_ANYONE_WOULD_DO, WHAT_IT_IS_FOR, CONSTRAINT_AFTER,
                          HARM_DENIED, INTENT_OR_RECORD, WHAT_EVERYONE_DOES)
