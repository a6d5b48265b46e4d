"""Defending by a counterpoint rather than a denial: the feeling granted and then a counter-fact ("Annoyed is fair,
but it's my money to spend", "Your anger makes sense, but I wrote the grant"), the harm played down ("Forty quid
doesn't sink us", "it's not the end of the world"), someone else on the listener's side ("She had a point",
"Jacob laughed an' all", "You'd do the same for your cousin"), a claim of ownership ("the idea was mine", "Let me
have this one thing"), "that's how X works", and the hypocrisy retort ("Vain, says the woman with…")."""

from __future__ import annotations

from voicecoach.coach.lexicon import either

_MINE = r"(money|phone|time|evening|evenings|car|pension|wages|life|choice|decision|call|weekend|day off|house|idea)"
COUNTERPOINT = either(
    # the harm played down
    r"\b(doesn'?t|does not|won'?t|will not|didn'?t|isn'?t going to|is not going to) (ruin|sink|kill|break|bankrupt"
    r"|wreck|hurt) (us|anyone|anybody|an? \w+|the \w+)\b",
    r"\b(isn'?t|is not|it'?s not|that'?s not|wasn'?t|its not|thats not) the end of the world\b",
    r"\b(can'?t|cannot|couldn'?t) have been (that|so|all that) (bad|terrible|awful|serious|upsetting)\b",
    # someone else on the listener's side
    r"\b(you'?d|you would|youd) (have )?(done|do) (the same|exactly the same|it too)\b(?! (if you were|in my))",
    r"\band (nobody|no one|you never|you don'?t) (says|said|say|complains|complained|bats an eye|minds|minded)\b",
    r"\b(she|he|they|\w+) (had|has|made) a (point|fair point|good point)\b",
    r"\b(laughed|loved it|thought it was funny|found it funny|said it was fine)( \w+)? (too|as well|an all|and all"
    r"|an' all)\b",
    r"\b(said|says|say) the same (thing )?about (herself|himself|themselves|his own|her own|their own)\b",
    # ownership claimed
    r"\bmy (own )?" + _MINE + r" to (spend|use|do with|waste)\b|\b(it'?s|its|it is) my " + _MINE + r" and my\b"
    r"|\bthe \w+ (was|is) mine\b|^let me have (this|my|one)\b"
    r"|\bi can (check|spend|do|use|watch) (it|what|whatever|them) (if|as|when) i (like|want|please)\b",
    # the norm invoked, and the hypocrisy retort
    r"\bthat'?s (just |simply )?how (\w+ ){1,3}works?\b",
    r"^\w+( \w+)?,? says the (man|woman|guy|girl|one|person|bloke|lad|lass|lady|fella) (who|with|that)\b",
)

# after a granted feeling and "but": a fact of the case, not a wish, an offer, an apology, a question or advice
COUNTER_FACT = either(
    r"^((\w+ ){0,2})?(it|that|the|this|she|he|they|i|my|his|her|there|those|these|we)\b.{0,40}\b(was|were|is|'?s"
    r"|had|did|wrote|paid|put|said|told|asked|booked|picked|works|pays|came|went|checked|only|\w+ed)\b"
)
NOT_A_COUNTER = either(
    r"^(i'?m (sorry|here|not (sure|going)|listening|trying)|i (want|need|hope|wish|love|care|feel|think we|can|could"
    r"|will|'?ll|would|should|don'?t know|do want)|we (can|could|should|need|will|'ll)|maybe|let'?s|what|how|why|can"
    r"|could|would|is there|it'?s (still|not okay|not ok|not fair on you)|that'?s on me|that doesn'?t)\b",
    r"\b(you|your|you'?re|youre|you'?ve|you'?d)\b(?! know\b)|\b(sorry|fault|apologi[sz]e)\b",
    # a judgement on the partner's side: "…but that's a horrible way to spend an evening"
    r"^(that|it|this)(?:'?s| is| was| must be| sounds| must have been) (a |so |really |such a |pretty |just )*(horrible"
    r"|awful|terrible|rubbish|hard|tough|lonely|rotten|miserable|crap|bad|sad|unfair|grim|bleak|painful|cruel)\b",
)
