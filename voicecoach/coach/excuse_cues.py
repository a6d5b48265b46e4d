"""A listener excusing their act by what they meant and by what was out of their hands, rather than hearing the
partner: the intention ("I was about to tell you", "I only wanted it sorted first"), the purpose ("I did it to spare
you the worry", "It was to keep the peace"), the circumstance ("I can't control the trains", "There wasn't time",
"I had no way of knowing", "Any parent would have signed it") and someone else's part ("The landlord said it was
fine", "I assumed she'd emailed you", "It was my cousin who posted it", "I never typed a word of that")."""

from __future__ import annotations

from voicecoach.coach.lexicon import FEELING, alternatives

_THIRD = r"(she|he|they|someone|somebody|the (\w+ ){1,2}|my (\w+ ){1,2}|your (\w+ ){1,2})"
_FOR_SOMEONE = r"(you|us|the (peace|kids|family)|things|everyone|everybody|her|him|them|it|your \w+)"
_OWNED_LATER = r"(?!.*\b(sorry|wrong of me|my fault|on me|i shouldn'?t)\b)"

INTENTION = alternatives(
    # what the listener was about to do: "I was about to tell you", "i was fixin to ring you" (not "…to say sorry")
    r"\bi was (just )?(about|planning|meaning|going|fixing|fixin'?|waiting|hoping) to (tell|mention|say|ask|sort"
    r"|fix|pay|call|ring|explain|bring it up|text|show|give|talk)\b(?! (you )?(how )?(sorry|i'?m sorry))",
    r"\bi was (gonna|fixin'?) (tell|mention|say|ask|sort|fix|pay|call|ring|explain|text|show)\b(?! (how )?sorry)",
    # what it was meant to reach: "I only wanted it sorted before…", "I just wanted to help"
    r"\bi (just|only) wanted (it|them|things|everything|this|that) (sorted|handled|done|fixed|dealt with|settled"
    r"|over|finished|out of the way|to be)\b",
    r"\bi (just|only) wanted to (help|protect|spare|save|surprise|keep|make (it|things|sure)|be sure|check"
    r"|avoid|wait)\b",
    # the purpose: "I did it to spare you the worry", "It was to cover for you" (not "…to protect myself")
    r"\bi (did|said|kept|hid|told|took|bought|booked|moved|sold|signed|changed) (it|that|this|them|him|her)"
    r"( \w+){0,3} (to|so as to) (protect|spare|save|cover|keep|help|stop|avoid|calm|make) " + _FOR_SOMEONE + r"\b",
    r"^(it|that) was (only |just )?(to|for) (protect|spare|save|cover (for )?|keep|help|stop|avoid|calm|make)"
    r"(\w+ )?" + _FOR_SOMEONE + r"?\b",
)
CIRCUMSTANCE = alternatives(
    r"\bi (can'?t|couldn'?t|cannot|could not) (control|stop|change|help) (the|what|when|how|where|who|other|traffic"
    r"|trains|weather|it if)\b" + _OWNED_LATER,
    r"\bthere (wasn'?t|was no|simply wasn'?t|just wasn'?t) (time|a choice|any choice|another (way|option)"
    r"|any other (way|option)"
    r"|anything (else )?i could)\b(?! for you\b)",
    r"\b(out of|wasn'?t in|not in) my hands\b|\bnothing (else )?i could (have )?(do|done)\b"
    r"|\bi had no (way of|way to) (know|knowing|tell|telling)\b|\bhow (was|could) anyone (to )?(know|have known)\b",
    # the part disowned: "If Pat's patio is in the corner, that's not on me."
    r"\b(that'?s|that is|it'?s|it is|its) not on me\b",
    # what anyone in the listener's place would have done: "Any parent would have signed it."
    r"\b(anyone|anybody|everyone|everybody|any (\w+ )?(dad|mum|mom|parent|person|husband|wife|partner|friend|one))"
    r" (would|'?d|could) (have|'?ve) (?!(" + FEELING + r"|been|felt|wanted|needed|hated|minded|loved|liked|cried"
    r"|struggled)\b)(\w+ed|fallen for|done|made|bought|said|paid|taken|gone)\b",
)
SOMEONE_ELSES_PART = alternatives(
    # another's leave or word: "The landlord said it was fine", "the coordinator signed it off"
    r"^" + _THIRD + r"(said|told me|reckoned|promised|swore|assured me) (it was|it'?d be|it would be|that was|it'?s)"
    r" (fine|okay|ok|alright|safe|allowed|legit|legal|sorted)\b",
    r"^(the|my|your|our) (\w+ ){0,3}(signed|okayed|approved|cleared|authori[sz]ed) (it|that|this|the \w+)\b",
    r"\bi (assumed|figured|presumed|thought) (she|he|they|someone|somebody|the \w+)('?d| would| had| was going to)"
    r" (already )?(told|tell|emailed|email|rung|ring|called|call|said|sorted|mention|mentioned|let you|handle"
    r"|handled|know|known)\b",
    r"\bi (assumed|figured|presumed) (she|he|they|it|someone|the \w+) (knew|had|did|was|would)\b",
    r"\bso i went ahead\b",
    # someone else did it: "It was my cousin who posted it", "I never typed a word of that"
    r"^(it|that) was (my|our) (\w+ ){1,2}who (\w+ed|did|said|wrote|sent|took|told|made|put|brought|left|started"
    r"|bought)\b",
    r"(?<!like )\bi (never|didn'?t|did not) (\w+ed|wrote|sent|typed|took|made|broke|ate|drank|spent|said|posted)"
    r" (any of (that|those|it|them|this)|a (word|penny|thing|drop|single \w+) of (that|it|this|those|them))\b",
    # "Your mum was the one who suggested it.", "She asked me for it, I didn't offer.", "That's what the doctor said
    # to do." (the partner's own part is in defending_cues: "you were the one who…")
    r"\b((your|my|the|our) (\w+ ){0,2}|(she|he|they) )(was|were) the (one|ones) who (suggested|said|told|started"
    r"|booked|asked|wanted|invited|decided|insisted|left|forgot|broke|took|moved|put|picked|chose|organi[sz]ed"
    r"|arranged|offered)\b",
    r"\b(she|he|they|your \w+|my \w+) asked (me )?(for|to)\b.*\bi (didn'?t|never|did not) (offer|suggest|ask|push"
    r"|start|want|volunteer|bring it up)\b",
    r"\b(that'?s|it'?s|it was) what (the|my) \w+ (told me|said to do|said i should|advised|recommended)\b"
    r"|\bthe \w+ told me to\b",
    # the circumstance that held the listener: "Work kept me late.", "The bus never came."
    r"\b(kept|held) me (late|back|behind|there|at work)\b|\bthe (bus|train|taxi|tube|plumber|babysitter|lift|delivery)"
    r" (never (came|turned up|showed)|was (late|cancelled|delayed)|didn'?t (come|turn up|show))\b",
    r"\bi needed (it|the \w+|them|that) for (work|my job|the job|the business|the kids)\b",
    r"\bthe (meeting|shift|call|appointment|match|game|class|session|job|hearing|surgery|clinic) (ran|went|dragged)"
    r" (over|late|on)\b|\bi (couldn'?t|can'?t) (get away|get out|leave (early|work|the office|on time))\b",
    r"\b(asked|begged|wanted) me to\b.*\bi (couldn'?t|can'?t) (say no|refuse|turn (her|him|them) down|let (her|him"
    r"|them) down)\b",
)
# the act as play, the partner's snooping, the listener's own occasion: "I was winding her up.", "Scrolling through
# my messages now?", "It's my oldest friend's hen do. I'm not pulling out because of the cost."
PLAY_SNOOPING_OCCASION = alternatives(
    r"(?<!thought )(?<!think )\bi was (just |only )?(teasing|joking|kidding|messing (about|around)|having a laugh"
    r"|winding (you|her|him|them) up)\b(?!.*\b(sorry|but that|landed|hurt|cut|stung)\b)"
    r"|^(it was|it'?s) (just )?banter\b",
    r"(?<!i was )(?<!i'm )(?<!im )(?<!i am )(?<!i kept )\b(going|looking|reading|snooping|scrolling|rooting|digging)"
    r" (through|in) my (phone|texts|messages|emails|chats?|stuff|things|bag|laptop|pockets|post)\b",
    r"^(it'?s|its|that'?s) my (\w+ )?(\w+)'?s (wedding|birthday|funeral|hen|stag|party|do|christening|leaving do)\b"
    r"(?!.*\b(you|your|you'?re)\b)|\bi'?m not (saying no|missing (it|that|out)|giving (it|that) up|cancelling"
    r"|pulling out) (over|for|because of)\b",
)
# what the listener meant, and the partner's memory of it doubted: "It was meant as a compliment.", "I meant it
# kindly.", "You must be thinking of someone else.", "You've got the dates mixed up." (not "I meant it when I said…")
MEANT_AND_MISREMEMBERED = alternatives(
    r"\b(it|that) was (only |just )?meant (as|to be|kindly|well|nicely)\b|\bi meant (it|that) (kindly|nicely|well"
    r"|as a \w+|in a nice way)\b|\bi meant well\b|\bmy intentions? (was|were) (to|good|only|never)\b"
    r"|\b(it|that) (wasn'?t|was not|was never) meant (like that|that way|to|as)\b|\bsorry you took it\b",
    r"\byou'?(ve)? (got|get|have) (it|that|this|the \w+|them|things|your \w+) (\w+ )?(mixed up|muddled|confused"
    r"|backwards|the wrong way round)\b|\byou must be (thinking of|remembering|confusing)\b"
    r"|\byour memory(?:'?s| is)? (playing tricks|going|not what|isn'?t)\b"
    r"|\byou'?re (misremembering|mixing (it|that|this|them) up|confusing (it|that|this|me with))\b",
)
