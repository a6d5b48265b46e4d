"""How a listener's turn meets the partner: reflecting, asking, validating, feeling with them, or fixing (validating
and feeling with them are in feeling_with_cues.py)."""

from __future__ import annotations

from voicecoach.coach.clipped_reading_cues import CLIPPED_READING
from voicecoach.coach.feeling_with_cues import EMPATHY, VALIDATION  # noqa: F401 (used as heard.EMPATHY…)
from voicecoach.coach.lexicon import BURDEN, FEELING, alternatives, either

_NOT_A_VERB = (r"it|it'?s|its|i|i'?m|im|i'?d|you|you'?re|youre|that|that'?s|this|he|she|they|we|there|the|not|a|an"
               r"|so|because|my|your|his|her|our|their|more|less|one|some|all|both|part|even|also|just a|too|if|when"
               r"|next|later|later|today|tomorrow|soon|never|always|only|lonely|angry|is|isn'?t|was|wasn'?t|does"
               r"|doesn'?t|means|meant")

# who a suggestion may put forward: the partner or someone else ("Can't your sister run him there?", "Can't the
# surgery move it?"); not the listener ("Can't I at least explain?"), "it", nor a bare word, which may be a verb with
# its subject dropped ("Couldn't mention a feeling without him walking out.")
_HELPER = r"(you|he|she|they|(your|his|her|the|their) (\w+ )?\w+|one of (your|the|his|her|their) \w+)"

SUGGESTION = alternatives(
    # a suggestion put as a negative question ("Can't you leave it in the kitchen?", "Couldn't you just mute it?",
    # "Can't your brother take him?"), not
    # a plea ("Can't you see…?") or the past ("Couldn't you have told me?"); and the listener's own tentative fix
    # ("Maybe I'll try the melatonin instead?")
    r"^((so|well|but|and|okay|look) )?(can'?t|cant|couldn'?t|couldnt|wouldn'?t|wouldnt|won'?t|wont) " + _HELPER
    + r" (just |maybe "
    r"|at least |perhaps )?(?!(see|tell|understand|hear|have|be|remember|feel|believe|trust|stop|ever|even|get it"
    r"|let it go|give me|leave me|do anything)\b)\w+(?!.*\b(is that (it|right|part of it)|am i right)$)",
    # the same with "we" ("Couldn't we plant a new one from a cutting?"), not the past ("Couldn't we have talked…?")
    r"^((so|well|but|and|okay|look) )?(can'?t|cant|couldn'?t|couldnt) we (just |maybe |at least |perhaps )?+"
    r"(?!(have (\w+ed|been|done|gone|said|told|known|had|seen|spoken|thought|taken|given|made|got|come|left|put)"
    r"|even|ever|talk|be|stop|get it)\b)\w+",
    r"^((so|then|okay|ok|well|and) )?(maybe|perhaps) i'?ll (just )?(try|start|get|ring|call|take|book|move|put|leave"
    r"|switch|turn|sleep|give|set|ask|cut|keep|go)\b(?! (mad|crazy|spare|insane|back to being)\b)",
    r"(?<!feel )(?<!feel like )(?<!feeling )(?<!feeling like )(?<!felt )(?<!felt like )(?<!would )(?<!do )(?<!wish )"
    r"\byou (really |just |honestly |probably |definitely )?(should(?! be (grateful|thankful|glad)\b)|could|need to"
    r"|have to|ought to|must(?! (feel|be feeling|have felt)\b)"
    r"|might want to|just need)\b(?!$)(?! (see|hear|meet|try) (me|my|mine)\b)(?!'?ve\b"
    r"| (have|of|hear me|see me|be (so|feeling)))(?! me to)(?! (know|like"
    r"|understand|hear)\b)"
    r"(?! (just )?(cry|scream|explode|burst|hardly|barely)\b)",
    r"\bwhy (don'?t|not|can'?t) (you|we)\b|\bwhy not (just )?\w+",
    r"^(so |well |honestly |okay |look )?just (?!so\b|to (make sure|check|be clear|see)|checking"
    r"|(how|what|when|where|who|why|because|like|that|the|a|an)\b)(?!\w+ing\b)\w+",
    r"\bmaybe we (?!(were|are|'re|was|had|have|'ve|did|didn'?t|both|all|never|always|feel|felt|lost|got|went|grew|fell"
    r"|forgot|became|let|took|made|thought|know|don'?t)\b)(?!\w+ed\b)\w+",
    r"\bnext time,? (we'?ll|we will|let'?s)\b",
    # rest prescribed: "Have a bath.", "Go to bed.", "I'll take him, you rest."
    r"^(and |so |just |go |you )?(have|take|get|grab) (a|an|some|yourself a) (\w+ )?(bath|rest|nap|break|walk|lie in"
    r"|early night|night off|day off|breather|shower|sleep)\b|^(go to bed|go and (lie|sit) down|sit down|lie down"
    r"|put your feet up)\b|(?<!when )(?<!if )(?<!let )(?<!help )\byou (rest|relax|sleep|sit down|put your feet up)$",
    r"\b(maybe|perhaps) (we|you) (could|should|can|just|need|might)\b"
    r"|\bmaybe (try|just|talk|ask|tell|get|take|go|book|write)\b",
    r"\bhave you (\w+ )?(messaged|talked|spoken|asked|called|texted|tried|thought|considered|looked into|looked at"
    r"|checked|rung|seen)\b",
    r"\bdid you (try|think about|consider)\b|\bwhat if you\b"
    r"|\bhow about (you(?! (how|what)\b)(?!$)|we|just|trying|\w+ing)\b",
    # the listener's own offer or plan put as a question: "What if we…?", "How about a…?", "Why don't I…?"
    r"\bwhat if (we|i) (?!(had(?! (a|an|one|some|two|a few|more|less|no)\b)|'?d|hadn'?t|never|lose|lost|can'?t"
    r"|couldn'?t|don'?t|didn'?t|were|was)\b)"
    r"|\bhow about (a|an|some|i|if)\b|\bwhy don'?t i (?!(ever|get|know|remember|see|understand|notice|feel|think)\b)"
    r"|^how about (the|this|next) (weekend|week|day|morning|evening|night|\w+day)\b"
    r"|\bwhat if\b.*\bfrom (now on|tomorrow|tonight|today|next \w+|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)\b"
    r"|^(so |okay |or )?(should|shall) i (try|get|take|ring|call|book|move|sleep|buy|order|wear|ask|have a word"
    r"|see (if|whether)(?! i'?ve (got|understood|heard))|speak to|talk to|change|cancel|tell|phone|email|write to"
    r"|sort)\b",
    # the listener's own offer of a fix: "Would you want me to get someone in?", "I could ring round."
    # (presence offered, "Do you want me to come in with you…?", is a question of what they need, not a fix)
    r"\b(would|do) you (want|like) me to (get|take|ring|call|book|sort|ask|talk to|speak to|have a word"
    r"|come(?! (in |along |round )?with you\b)|drive"
    r"|pick|make|cook|cancel|move|find|look into|pay|handle|phone|email|set up|order|fix|deal with)\b"
    r"|(?<!if )(?<!wish )(?<!said )(?<!thought )(?<!me )\bi could (ring|call|book|take|get(?! (why|how|that|it)\b)|sort"
    r"|ask|drive|pick|come"
    r"|cancel|look into|find|pay"
    r"|have a word|speak to|talk to|phone|email|set up|order|fix|deal with|do the|leave it|put it|turn it|switch it"
    r"|keep it|charge it)\b",
    # a fix put as a question ("Would it help to ring the school…?"), not an offer to listen ("Would it help to talk
    # it through?"); time or leave prescribed ("…, give it a few weeks.", "Let her stay up."); the listener's offer
    # ("I can ring the garage now…")
    r"^(so |and |maybe |honestly )?would it (help|be (better|easier|worth it)|ease your mind|settle you|reassure you"
    r"|put your mind at rest|make (it|things) easier( for you)?) (to|if (we|you|i)) (?!(just )?(talk"
    r"|talked|listen|listened|say|said|told|tell|hug|hugged|held|hold|sat with|sit with|stay|stayed with)\b)"
    r"|(?<!to )(?<!i )(?<!we )(?<!i'll )(?<!we'll )\bgive (it|him|her|them) (a (few )?(day|days|week|weeks|month|months"
    r"|bit|while|chance|go|try)|some time|time)\b"
    r"|^(just |so |and )?let (him|her|them) (have|stay|come|do|keep|go|be|enjoy|decide|win|sleep|play|eat)\b"
    r"|(?<!if )\bi can (ring|call|cancel|move|book|sort|rearrange|push|take|pick|drive|email|phone) (\w+ ){0,3}(now|tonight"
    r"|today|tomorrow|first thing|in the morning|if you (want|like))\b",
    # a new way to see it, prescribed: "Don't think of it as losing them. Think of it as…"
    r"^(so |just |maybe |but |and |okay )?(don'?t |try to |try and )?(think of|look at|see) it as\b"
    r"|\blook at it this way\b",
    # a request that is an errand ("Could you ask the GP…?"), not an invitation to say more
    r"\bcould you (not |maybe |just |perhaps )?(ask|ring|call|try|book|email|text|message|mention|check with"
    r"|come (along|with|to)|join"
    r"|speak to|talk to (the|your"
    r"|him|her|them))\b"
    # ...or any other errand asked outright ("Could you dial in from the car?"), though not a request to say more
    r"|^(so |and |well |okay |or )?(could|can) you (maybe |just |perhaps |possibly )?(?!(tell|say|explain|describe"
    r"|give me|help me|walk me|talk me|show me|share|expand|elaborate|clarify|put|remember|recall|think|picture"
    r"|imagine|see|feel|hear|understand|blame|forgive|believe|trust|bear|stand|cope|live|be|have|ever|really|still"
    r"|not|let me|go back|point|name)\b)\w+",
    r"^(so |and |well )?try (to|not|and|\w+ing)\b|\bconsider \w+ing\b",
    r"\byou'?ve (just )?got to\b|\byou gotta\b"
    r"|^(so |okay |maybe )?(could|can) we (just |maybe |perhaps )?(?!(talk|go back|start|not|have a (talk|chat))\b)\w+"
    r"|\b(shall|should) we (just )?(?!talk about (it|this|that)\b)\w+",
    # "Maybe move stand-up to ten?": maybe plus a bare verb, not "maybe it's…", "maybe a bit…", "maybe scared…"
    r"^(so |and |or |well |okay )?maybe (?!(" + FEELING + r"|" + _NOT_A_VERB + r")\b)(?!\w+(ed|ly|ing)\b)\w+",
    r"(?<!i )(?<!we )(?<!me )(?<!never )(?<!ever )(?<!i might )(?<!i could )(?<!'d )\bjust (tell|ask|say|ignore|text|call"
    r"|stop|let|go|do|get|put|take|leave|turn"
    r"|give|push|quit|come"
    r"|bring|find|grab|book|try"
    r"|track|remind|reply)\b|(?<!i )(?<!we )(?<!you )\bjust don'?t\b|\bit would help if you\b"
    r"|\bit'?d (really )?help if (you"
    r"|we)\b"
    r"|\bnext (time|year|week|weekend|month|birthday|christmas),? (just|you|try)\b",
    r"\bthe (answer|solution|trick|thing to do|best thing|best bet) (is|would be)\b|\bbest (thing|bet) (is|would be)\b"
    r"|\bbest if (i|we|you)\b|\bwe (really |just |probably )?need (a|an|some|more|less|fewer) \w+",
    r"\bif i were you,? (?!i'?d (be|feel))|\byou'?d be better off\b|\bcan'?t you just\b|\bshouldn'?t you\b",
    r"\bwouldn'?t it be (better|easier)\b|\blet'?s (just )?(get|make|set|put|try|start|buy|plan|book|hire|do)\b"
    # any plan put as "let's" (with its apostrophe: "lets you manage" is no plan), not "let's not", "let's face it"
    r"|\blet's (just )?(?!(not|be honest|face it|say|see|talk about (it|this|that))\b)\w+",
    r"(?<!said )\bwe (should|could|need to) (just )?(get|make|set|put|try|start|buy|plan|book|hire)\b"
    r"|\bcould you not\b",
    r"(?<!said )(?<!suggested )\bwe (should|could|ought to) (just )?(?!have\b|'?ve\b|of\b|be\b|lose\b|end up\b)\w+",
    r"\bi'?d (just (?!(finished|done|got|come|been|had|gone|left|started|walked|sat)\b)|suggest)|\bmy advice\b"
    r"|\bi suggest\b|\bwhat you need (to do )?is\b|\bit might (help|be worth)\b",
    r"\bthat'?s what i'?d do\b|^(so |and |maybe |perhaps |honestly )*(a|an|some) (\w+ ){1,3}(would|might|could)"
    r" (really |probably )?(help|be (nice|good|lovely|better))\b",
    # a turn that opens on an errand for the partner ("Ring the surgery…", "Go back to the GP and push…")
    r"^(just )?(sleep on it|let it go|give it (a|some|time|till|until))\b|\bworth a (try|shot|go)\b|"
    r"^(and |so |okay |look |honestly )?(book (a|an|the|in)|have a word with|ring (the|your|him|her|them)|call (the"
    r"|your|him|her|them)"
    r"|talk to (the|your|him|her|them)|speak to|go back to|go and|put in for|push for|write to|email (the|your)"
    r"|ask (the|your|him|her|them|for)|tell (the|your|him|her|them)|come and)\b",
    r"^(and |so |okay |look |honestly |just )?(book|come|bring|join|plan|buy|ring|email|text|message|write|put|leave"
    r"|stop|start|cancel|sort|pick|invite|skip|drop|switch|turn|set|take|get|make|block|mute|delete|ignore|send|keep"
    r"|hand|swap|move|split|share|trade) (me (a|an|some) |(?!on\b|off it\b|over it\b|me\b"
    r"|your time\b|a breath\b)(\w+ )?(something|it|them|him|her|a|an|the|your|us|with|for|off|on|up|out|in|round"
    r"|over|some|one|both|half|everything|all|down)\b)",
    # a new rule of the house from a near time: "From tonight the phone stays in the hall."
    r"^(okay |ok |right |so |alright )?(from|starting|as of) (now on|now|tonight|today|tomorrow|next (week|month)),?"
    r"(?!.*\b(feels?|felt|seems?|looks?)\b) (the|my|your|our|we"
    r"|i|no|phones?|it)\b",
)
PROMISED_FIX = alternatives(
    r"(?<!sure )\b(i'?ll|i will) (?!have\b|be\b)([\w']+ ){0,8}?(from now on|from (tonight|today|tomorrow)|tomorrow|tonight"
    r"|next time|i promise|promise|right away|first thing|this weekend|straight away|now|right now|today"
    r"|this (afternoon|evening|week)|next (week|month|weekend)|by (the weekend|the end of the week|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)|(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    r"(?<!sure )\bi'?ll (sort|handle|deal with|look after|take care of|take over|take (him|her|them|the kids|the baby)"
    r"|get (\w+ ){1,3}sorted)\b|^give me (?!an? )\w+|\bleave it with me\b"
    r"|\blet me (take|do|handle|sort|deal with|have|look after|get|turn|switch|put|set|move|book|ring|call|fix"
    r"|cancel)\b",
    # a fix the listener will buy or set up: "I'll get one of those push-to-talk mics."
    r"\bi'?ll (get|buy|order|book|fit|install|set up|wear) (us |you )?(one of those|some of those"
    r"|an? (?!(bit|lot|word)\b)|some"
    r" )",
    r"\bi'?m (off|giving up|quitting|cutting out|knocking) (the |my |it |on )?\w+ (till|until|for good|from now"
    r"|for (a|the) (month|year|week))\b",
    # ("When I promise the night and then…" is a habit, not a promise)
    r"\bit won'?t happen again\b|(?<!when )(?<!whenever )(?<!if )(?<!time )\bi promise\b(?! you( that)?$)(?! the\b)"
    r"|\bnext time,? i'?ll\b|\bstarting with (the|your|my)\b",
    r"(?<!me to )\b(take|taking) (\w+ ){0,3}off (you|your plate|your hands)\b",
    # a shift taken ("Tonight's mine.", "The school run's mine this week") and a house rule agreed ("Fine, phones go
    # in the basket at dinner.", "Right, the laptop lives downstairs after eight.")
    r"\b(tonight|tomorrow|tomorrow night|this one|the night feeds?|the next (one|feed)|bath ?time|bedtime"
    r"|the school run|the (early|night|morning) (shift|feed|one))(?:'?s| is) mine\b",
    r"^((okay|ok|right|alright|all right|fine) )(the |your |my |our )?(phones?|laptops?|tv|telly|console|ipad|tablet)"
    r" (lives|live|goes|go|stays|stay|sleeps|sleep) (in|on|downstairs|upstairs|out|away|off)\b",
)
DONT_FEEL = alternatives(  # reassurance that tells the partner not to feel what they feel
    r"\bdon'?t (worry|stress|fret|panic|beat yourself|be so hard|take it|let it|be so|be (daft|silly|sad|scared"
    r"|ashamed|upset|hard on yourself))\b|\bnothing to (be|feel) (\w+ )?(ashamed|embarrassed|sorry|guilty|scared"
    r"|worried|afraid)\b",
    r"\bsomething(?:'?ll| will) (turn up|come up|come along)\b|\bit (always|usually) does$"
    r"|\b(you'?ll|he'?ll|she'?ll|they'?ll|it'?ll|we'?ll) (all )?(be (fine|okay|ok|alright|grand)|work (it )?out"
    r"|blow over|sort itself|get through (it|this)|cope|be back|turn up|come home)\b",
    r"(?<!i )(?<!you )(?<!we )(?<!they )\bdon'?t (feel|think) (like that|that way|bad|guilty)\b"
    r"|(?<!i )(?<!you )(?<!we )(?<!they )\bdon'?t feel (so |too |at all )?(" + FEELING + r")\b",
    r"\bjust give (it|him|her|them) time\b|\b(kids|people|they|he|she) (are|is) (resilient|tough|fine)\b",
)
ADVICE = either(SUGGESTION, PROMISED_FIX, DONT_FEEL)

QUESTION_START = either(
    r"^(wait,? |okay,? |and |but |so,? )*(can you|could you|would you|do you|did you|does it|does that|is it|is that"
    r"|are you|were you|was it|was that|have you felt|tell me more|help me understand|just to make sure|am i right"
    r"|i'?m wondering|i wonder|did i get|is there|which|when did|when do|where|who|whats|hows|what(?! i hear"
    r"| i'?m hearing"
    r"| you'?re saying)|how(?! much you))\b"
)
# A question that opens on its verb ("Is it…", "Were you…"), as opposed to an echoed phrase ("Two hundred?!").
ASKING_VERB_FIRST = either(r"^(\w+ )?(is|are|was|were|do|does|did|can|could|would|will|have|has|had|should|shall"
                           r"|am|why|what|how|when|where|who|which)\b")
# A statement that asks to be checked ("…, is that right"), which speech recognition leaves without "?".
CHECKING_TAG = either(r"\b(is that (right|it|fair|close)|am i (right|close|getting (it|this|that) right)"
                      r"|did i get (it|that)( right)?|have i got (it|that)( right)?)$")
# "So what gets you is…", "What I'm hearing is…": a statement that opens like a question.
PSEUDO_CLEFT = either(r"^(\w+ )?what (?!is|was|are|were|do|does|did)([\w']+ ){1,5}(is|was)\b",
                      r"^what'?s (really |actually )?(at stake|underneath|going on|at the heart of (it|this))"
                      r" (for you |underneath |under it all |inside |here )?(is|was|here is)\b")
# "Underneath the anger…", "Behind the sarcasm…", "Somewhere in all that…" (not "behind the sofa")
_UNDER_IT = (r"\b(underneath|beneath|behind|somewhere in|at the heart of) (all )?(that|this|it|the (anger|sarcasm"
             r"|jokes?|joking|shouting|silence|\w+ness|\w+ment|\w+ion|" + FEELING + r"))")
# "Being left out is what really stings": the partner's feeling, though "you" is not said
_WHAT_STINGS = (r"\b(is|was|'s) what (really |most |actually )?(stings|stung|hurts|hurt|gets to you|gets you|got to you"
                r"|cut|matters|mattered|bothers you|upset you)\b(?! me)")
# "…made the hurt even worse": a feeling of theirs made worse
_MADE_WORSE = r"\b(makes|made|make|making) (the|that) (hurt|pain|" + FEELING + r") (\w+ )?worse\b"
# "It's the being ignored that stings, not the phone itself": what hurts them, said as a cleft
_IT_IS_X_THAT_STINGS = (r"\bit'?s the (\w+ ){1,6}that (really |most |actually )?(stings|stung|hurts|hurt|cuts"
                        r"|gets to you|matters)\b(?! me)|"
                        r"^(so |and )?it'?s (\w+ ){1,8}that (really |most |actually )?(stings|stung|hurts|hurt|cuts|cut"
                        r"|gets to you|got to you|bothers you|matters)\b(?! me)")
# "What hurts is that…", "…, that's the hard bit.", "There's a loneliness in it for you": what is hard for them
_WHAT_IS_HARD = (r"^what (really |most |actually )?(hurts|stings|hurt|stung|gets to you|bothers you|upsets you|matters)"
                 r"( most)? (is|was)\b|\bthat'?s the (hard|hardest|worst|painful|lonely|awful) (bit|part)\b"
                 r"|\bthere'?s (a|an|so much|such) (\w+ )?(" + FEELING + r"|\w+ness|grief|hurt|fear|shame)"
                 r" (in (it|this|that) )?for you\b")
# "It wasn't just ink to you, it was Liam": the thing, and what it is to them
_MORE_THAN_THE_THING = (r"^(so |and )?it( wasn'?t| isn'?t|'?s not| was not| is not| was never) (only |just )"
                        r"(a |an |the )?\w+( \w+)?( to you)? it(?: was|'?s| is) (like|about|that|your|you|a way"
                        r"|the (feeling|way|sense|fear))\b")
# "…it doesn't feel like home yet": the place or life not yet theirs
_NOT_YET_THEIRS = (r"\b(it|this|that|the \w+)( still)? (doesn'?t|does not|didn'?t|never) feels? like (home|yours"
                   r"|your|you|a home|a family|a partnership|a team)\b")
IMPLIES_THE_PARTNER = either(_UNDER_IT + r" there'?s\b", _WHAT_STINGS, _MADE_WORSE, _IT_IS_X_THAT_STINGS, _WHAT_IS_HARD,
                             _MORE_THAN_THE_THING, _NOT_YET_THEIRS, CLIPPED_READING)
# not the listener's own doing, owned ("I've made you feel…" is remorse, not a reading of the partner)
_NOT_OWNED = r"(?<!\bi )(?<!\bi've )(?<!\bive )(?<!\bi have )(?<!\bi've been )(?<!\bive been )"
REFLECTION_STEMS = either(
    r"\b(it )?sounds like\b|\bthat sounds\b|\bthat must\b|\bmust have (been|felt)\b|(?<!\bi )\bmust (feel|be) (so|such"
    r"|really|awful|horrible|lonely|hard|scary|frightening|exhausting)\b",
    r"^(so,? )?(what i hear|i hear you,? (?!you (really |just )?(should|need|could|must|have to|might|ought)\b)"
    r"(you|your|that)|i hear (that )?you'?re|i hear that you"
    r"|i hear you (feel|felt|say)|you'?re saying|you feel|you felt|you'?re feeling|you were|you'?ve been|you get"
    # ("you need to sleep more" is advice; "you need to hear that…", "you need me to…" are their need)
    r"|you got|you want|you wanted|you need(?! to (?!(hear|know|feel|see|be (heard|held|seen))\b))|you'?d like|you wish"
    r"|if i understand|let me see if i"
    r"|your feeling (?!(is|was|are|were|makes|matters|of|that)\b)"
    r"|let me (check|make sure|see) (if |that )?i'?ve (got|understood|heard)"
    r"|if i'?m (getting|understanding|reading|hearing) (this|you|that|it) right|from where you (sit|stand|are)"
    r"|in your eyes"
    r"|as you see it|the way you see it|so for you"
    r"|for you it|you mean|it'?s (like|that)|it was"
    r"|when i(?!.*\b(what|how|who|where)('?s| is| was| do| did| does| would| could| can| goes| went| happens"
    r"| happened| comes| runs| helps)\b)"  # not "When I'm away, what's…?"
    r"|you'?re|you are|it feels|it felt|you sound|so"
    r"|right,? so|oh,? so|okay,? so|you think|you worry|you'?re worried|you miss|what you'?re saying|you don'?t"
    r"|you didn'?t|you can'?t|you just)\b",
    r"\b(ah|oh|okay|right|got it|i see|mm|hmm),? so\b|\bso (you|when|it|the|what|basically)\b",
    r"\bif i'?m hearing\b|^(so |okay |right )?i'?m hearing\b(?! (a lot of|so much|all this|nothing but)\b)"
    r"|\bcorrect me if i'?m wrong\b|^(so )?i'?m picking up\b"
    r"|\bam i right (that|in thinking)\b"
    r"|\bi(?: get|'?ve got| have) the (sense|feeling|impression) (that )?(you|your|it'?s|it|the|things)\b"
    r"|^(so )?you'?ve had (enough|it)\b"
    r"|\bwhat i'?m (hearing|getting|picking up|taking from (this|that|it))\b|\bdo you mean\b|\bare you saying\b",
    # the partner's view, or a fragment naming their state: "Like you're on your own…", "Lonely, and a bit invisible,
    # is that it?"
    r"^(so,? )?(like|as if) you(?:'?re| are| were| feel| felt)\b(?! (never|always)\b)"
    r"|^(" + FEELING + r")\b.*\b(is that (it|right|close)|am i right)$",
    r"\b(become|becomes|feels|felt|seems|is|'s) like (a|an|the) (\w+ ){1,5}for you$|"
    r"\bseems to you\b|\bseems like (you|it (was|felt|feels|is)|that (was|felt))\b",
    # (not the listener's own doing, owned: "I've made you feel small" is remorse); any word for the feeling after
    # "made you feel" ("me laughing made you feel ridiculous")
    _NOT_OWNED + r"\b(leave|leaves|left|make|makes|made|get|gets|got|leaving|making) you (feeling|feel)( \w+){0,2}"
    r" (" + FEELING + r")\b",
    # (but not asked: "what's happened that's left you feeling uncared for")
    _NOT_OWNED + r"(?<!\bthat's )(?<!\bthats )(?<!\bwhat's )(?<!\bwhats )(?<!\bwhat )\b(made|makes|left|leaves) you"
    r" (feel|feeling) (so |really |a bit |completely |totally )?(?!(like|that|as|it|better|the|about|a|an)\b)\w+",
    r"\b(and|but) you (want|wanted|need|needed|wish|miss|just want|just need|end up|ended up|'?re left|were left"
    r"|are left|get left|got left)\b|\b(and|but) what you (\w+ ){0,2}(want|need|needed|wanted|miss|missed) (is|was)\b",
    # what it did to them or how it looks to them: "has you furious", "leaves you hemmed in", "looks to you like…"
    r"(?<!\bi )\b((has|had|keeps|kept) you (\w+ing|" + FEELING + r")|(leaves|left) you (" + FEELING + r"|hemmed"
    r"|with (nobody|no one|nothing)))\b"
    r"|\b(feels|felt|looks|looked|seems|seemed)( \w+){0,3} to you\b|\bto you,? (like|as if)\b",
    # a situation of theirs as the subject ("Being tracked leaves you…"), or the listener's act as they meet it
    # ("The way I load it drives you…", "Me looking at your location feels like…")
    r"^(being|having|finding|seeing|carrying|sitting|getting|losing|waking|watching|waiting|living)"
    r" (?!(honest|fair|realistic|said|you)\b)"
    r"(?!.*\b(anyone|anybody|understandable|makes sense|get why)\b)"
    r"|^(the way i (?!see it\b)|me \w+ing\b|my (silence|laughing|being|\w+ing)\b)|\bit'?s me \w+ing\b"
    r"|^\w+ing (it|you|your|that|this|them|him|her|me)\b.*\b(makes|made|leaves|left) (it|you|that|things) (sound|seem"
    r"|feel|look)\b|^(it'?s|it was) .{3,60}\bthat (really )?(gets|got)( to)? you\b"
    # where the hurt lies for them: "The phone isn't what gets you, it's…", "The worst bit for you is the evenings"
    r"|\b(is|'?s|isn'?t|are|aren'?t|was|wasn'?t) what (really |actually )?(gets|got|bothers|bothered|hurts|hurt|stings"
    r"|upsets|upset|kills)( to)? you\b|\bthe (worst|hardest|toughest) (bit|part|thing) for you (is|was)\b"
    # "The part that hurts is that I didn't ask you.", "What you need isn't a present, it's…" (not "hurts me")
    r"|^(so |and )?(the (bit|part|thing)( that)?|what) (really |actually )?(hurts|hurt|stings|stung|gets to you|got to you"
    r"|gets you|got you|cuts deep|cut deep)( most| the most)? (is|was)\b|^(so |and )?what you (want|need|wanted"
    r"|needed|miss|missed) (isn'?t|wasn'?t)\b",
    # what it is and is not: "It's not the forgetting, it's that…", "Rest isn't what you're missing."
    r"^(so |and )?it( wasn'?t| isn'?t|'?s not| was not| is not) (only |just |really )?(the\b|about (?!(you|me)\b)"
    r"|that (?!i\b))"
    r"|\b(isn'?t|'?s not|wasn'?t) (it|what (you'?re|you) \w+)( it'?s| it was|$)"
    r"|" + _MORE_THAN_THE_THING,
    # the partner's lot, said of "it" in the middle of a turn: "…, it's like your own life is getting swallowed",
    # "…, it doesn't feel like home yet"; "you were the one who had to…"
    r"\b(it'?s|its|it was) like (you|your|you'?re|youre|you'?ve|youve)\b(?! (never|always|don'?t|do not|can'?t|won'?t"
    r"|want me|think|expect|just want)\b)"
    r"|" + _NOT_YET_THEIRS + r"|\byou were the one who (" + BURDEN + r")\b",
    r"^(so )?is it that (you|your|i|my|me|it|they|he|she|nobody|no one)\b",
    r"^to you,? (it|that|this|i|my|the|we)\b(?!.*\bnever (enough|right)\b)"
    r"|^what'?s (really |actually )?(at stake|underneath|going on|at the heart of"
    r" (it|this)) (for you )?(is|was|here is)\b|\b(it )?(seems|looks) (to you )?like i (never|always|don'?t|didn'?t"
    r"|only|just|can'?t|won'?t)\b",
    # (not "No wonder you…" nor "You have every right to…": the feeling granted, which is validation)
    r"^(so )?part of you\b|^(so )?what (you|youre|you'?re|you'?ve) (\w+ ){1,4}(is|was)\b",
    r"^(so |and )?it'?s (less|more|not so much|not really|not just) (about|the|that)\b",
    r"^(so |and )?it'?s the (fear|worry|feeling|sense|idea|thought|not knowing|pressure|weight|loneliness)\b",
    r"\bsounds (so |really |pretty |just |incredibly |completely )?(exhausting|hard|tough|awful|draining|lonely"
    r"|painful|stressful|frightening|scary|overwhelming|rough|horrible|miserable|infuriating|maddening)\b",
    r"\b(i'?m guessing|i guess|i imagine|i bet) (it|that|you|youre|you'?re|you'?d|pretty|a bit|kind of)\b",
    # what an event did to the partner ("being called boring cut you", "it's wrecking your sleep"), what lies under
    # it, what matters to them, what they had done ("You'd built your night around ten")
    r"(?<!\bi )(?<!who )(?<!would )(?<!to )(?<!let it )(?<!let that )(?<!never )(?<!didn't )(?<!you're )(?<!youre )"
    r"(?<!you are )(?<!you were )\b(hurt|cut|stung|shamed"
    r"|scared|knocked|wrecked|broke|upset|crushed|humiliated|embarrassed|rattled|shook|floored|gutted|frightened"
    r"|terrified|winded|flattened) you\b",
    r"\b(wreck(s|ed|ing)?|ruin(s|ed|ing)?|knock(s|ed|ing)?|chip(s|ped|ping)? away at|eat(s|ing)? away at|ate away at"
    r"|wear(s|ing)? down|wore down|kill(s|ed|ing)?) your \w+",
    r"\b(makes|made|make) you (doubt|question|second guess|wonder)\b",
    _UNDER_IT + r",? (there'?s|there is|you)\b",
    r"\b(matters|mattered|doesn'?t matter|didn'?t matter) (so much |most |more )?to you\b",
    r"\byou'?d (?!(be|feel|have|like|rather|think|get|want|sit|meet|bet|eat|even|often|listen|happen|start|expect"
    r"|just)\b)(\w+(ed|en|t)|made|had|done|set|put|got)\b|\byou'?re feeling\b",
    r"\b(took|takes|threw|throws|sent|sends) you (right |straight )?back\b|'?s what \w+s you\b",
    r"\bit felt like (everyone|everybody|nobody|no one|the whole \w+)\b",
    _NOT_OWNED + r"\b(left|leaves|leave|made|makes|make) you (feel|feeling) like (?!that\b)"
    r"|\b(makes|made|leaves|left) (it|things) (feel|seem) like (you|your|it|it'?s|it wasn'?t|nobody|no one)\b",
    _WHAT_STINGS,
    _MADE_WORSE,
    _WHAT_IS_HARD,
    # "You'd rather have me properly for an hour…", "Evenings with me feel lonelier than…"
    r"^(so )?you'?d (rather|prefer|sooner)\b"
    r"|\b(\w+s|it|things|that|this)( (with|without) me)? (feel|feels|felt) (so |really |a bit |more "
    r"|even )?(" + FEELING + r"|lonelier|emptier|harder|worse|sadder)( than)?\b(?=.*\byour?\b)",
    _IT_IS_X_THAT_STINGS,
    CLIPPED_READING,
    # a sentence that opens on the partner doing or living something ("You end up holding all the limits")
    r"^(and |okay |right |oh |ah |so )?you (?!(really |just |honestly |probably |definitely )?(should|could|need"
    r"|have to|must|might|always|never|know|guys|too|what|ever|can|will|won'?t|do that|did that|said you|have every"
    r"|told me|get (it|that))\b)\w+",
)
# A sentence that opens by naming the partner's feeling ("You're anxious nobody knows…", "And you felt alone.").
FEELING_NAMED_FOR_PARTNER = either(
    r"(^(and |but |oh |ah |okay |ok |right |yeah |so |mm )|\band |\bbut )"
    r"you(?:'?re| are| were| feel| felt|'?ve been| seem| sound)( \w+){0,2} (" + FEELING + r")\b"
)
