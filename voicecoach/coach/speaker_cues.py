"""How a speaker's turn lands: blame and contempt (attack), or speaking from one's own feeling (I-statement)."""

from __future__ import annotations

from voicecoach.coach.lexicon import (
            EMOTION,
            FEELING,
            INSULT,
            NEGATION,
            alternatives,
            either,
)

# (and "your" for "you're", as speech recognition and quick typing leave it: "your so selfish")
_YOU_ARE = (r"\b(you'?re|youre|you are|you were|you'?ve been|your(?= (so|such|being|always|never|a|an|the most"
            r"|completely|totally|honestly)\b))")
_DEGREE = (r"(?: (?:so|too|such an?|a|an|just|being|really|completely|totally|always|never|honestly|clearly|literally"
           r"|the most|a real|an absolute|a complete|basically|acting like an?|behaving like an?))*")
_HABIT = r"time|day|night|weekend|week|morning|evening"
OWN_FEELING_FIRST = (r"^what (really |most |actually )?(hurts|stings|scares me|worries me|upsets me|frightens me"
                     r"|gets to me|kills me|bothers me)( most| the most)? (is|was)\b")
# what the partner does every time, told fondly: "Every time you sing to her I fall in love with you all over again."
_FOND = (r"\b(fall|fell) (for you|in love)|\bmakes? my (whole )?(day|morning|week)|\bmade my (day|morning|week)"
         r"|\bproud of you\b|\bi (still )?(love|adore) (it|that|you)\b"
         r"|\bmakes? me (laugh|smile|feel (safe|loved|better|special|at home))\b|\bi miss that\b")

GLOBAL_CRITICISM = alternatives(
    r"(?<!need )(?<!want )\byou (always|never|constantly|continually|forever|only ever|won'?t ever|don'?t ever"
    r"|can'?t ever|never once|never even|hardly ever|rarely|barely ever)\b(?!(?<=never) used to\b)"
    r"(?!.*(?:" + _FOND + r"))",
    # the same with the verb's helper: "you've never once been straight with me", "you have never ever"
    r"\byou(?:'?ve|ve| have| had) never (once|ever|even|bothered|asked|helped|listened|cared|offered)\b",
    r"(?<!when )(?<!if )(?<!like )\byou (don'?t|do not) (even )?(listen|care|notice|appreciate|respect|bother|try"
    r"|help|hear)\b",
    r"\bnot (once|one single time|one time)\b.{0,40}\b(you|have you|did you)\b|\bhave you ever once\b",
    # "for once" at the partner, not inside the speaker's own wish ("I wanted to feel like the main quest for once")
    r"^(?!.*\bi (just |really |only )?(want|wanted|need|needed|'?d like|would like|'?d love|long|longed) to (feel|be"
    r"|have|get)\b.{0,60}\b(for once|for a change)\b).*\b(for once|once in a while|for a change)\b",
    r"\bevery (single )?(" + _HABIT + r")\b.{0,40}(?<!when )(?<!while )\byou(?:'?re| are)\b"
    r"|^every (single )?(" + _HABIT + r"|weekend|saturday|sunday),? (it'?s|its) your \w+",
    # (not asked of the partner from now on: "I need you to check that bag every single time")
    r"^(?!.*\b(need|want|'?d like|would like|asking|ask) (you|(a word |\w+ )?from you)\b.{0,60}\bevery\b).*\byou"
    r" (\w+ ){1,8}every (single )?(" + _HABIT + r")\b|\bonly ever\b.{0,40}\byou\b",
    # the partner's way as fixed for good: "You've been like this since the day I met you."
    r"\byou'?ve (always )?been (like this|like that|this way|the same) (since|for|all|ever)\b"
    r"|\byou'?ve always been (like this|like that|this way)\b",
    # all of what the speaker does, run down: "You question everything I say", "You pick holes in everything I cook"
    r"\byou (?!(know|see|mean|hear|are|were|do|did|have|had|remember|appreciate|love|like|notice)\b)(\w+ ){1,3}"
    r"(everything|anything) (i|we) (do|did|say|said|cook|make|made|suggest|want|try|wear|buy|plan|choose|like|write"
    r"|post|care about)\b|\byou (\w+ )?(turn|make|twist) (everything|anything|every \w+)\b.{0,40}\b(into|about)\b",
    # any routine shared with the partner: "Every lesson with you, you grab the handbrake…"
    r"\bevery (single )?\w+ with you\b(?!,? (is|was|has been|feels like) (a |an )?(gift|joy|blessing|pleasure"
    r"|adventure|treat))|^every (single )?\w+,? you (\w+ )?\w+(?!.*(?:" + _FOND + r"))",
    # "every time we go out you push a pudding at me": whatever the partner then does
    r"\bevery (single )?(" + _HABIT + r")\b (i|we|my|the|there'?s|anyone|someone|people)\b.{0,30}\byou (just |always "
    r"|still )?(?!(smile|laugh|look|make|to|know|and|too|so|were|are|again|with|for|at|in|on|because|or|but|need|want"
    r"|mean|here|there|home|back|up|ever)\b)[a-z]+\b(?! me (smile|laugh))",
    r"\bevery (single )?(" + _HABIT + r")\b.{0,30}\byou (\w+ )?(do|did|go|disappear|leave|forget|make|pick|choose"
    r"|ignore|vanish|turn|walk|run|get|come|check|say|start)\b",
)
INSULT_TO_PARTNER = alternatives(
    # the partner's character as a noun, and a wound about their past: "your laziness", "No wonder your ex walked out."
    r"\byour (laziness|selfishness|stupidity|incompetence|arrogance|rudeness|nagging|tantrums?|sulking|sulks|excuses"
    r"|lies|lying|meanness|childishness|pettiness|immaturity|carelessness|thoughtlessness)\b"
    r"|\bno wonder (your \w+ |(he|she|they) )(left|walked out|dumped you|moved out|cheated|can'?t stand you"
    r"|never calls?)\b",
    _YOU_ARE + _DEGREE + r" (" + INSULT + r")\b",
    r"\b(" + INSULT + r")\b.{0,25}\b(you are|you'?re|youre)\b",
    _YOU_ARE + r" (\w+ )?the (most \w+|(?!best\b)\w+est|worst) (person|man|woman|partner|husband|wife|father"
    r"|mother|parent|dad|mum|mom|boss|manager|colleague|friend|\w+ (i|in|on|of))\b",
    r"\byou (\w+ )?(turn|act|behave) (into |like )(an? )?(" + INSULT + r")\b",
    r"\b(it'?s|that'?s|this is) (so |just |honestly )?(pathetic|ridiculous|disgusting|a joke|unbelievable)\b",
    r"\bwhat'?s wrong with you\b|\bwhat is wrong with you\b|\bwhat kind of (person|partner|husband|wife|father"
    r"|mother|dad|mum|mom|boss|manager|friend)\b|\bjust like your (mother|father|mum|mom|dad|brother|sister)\b",
    r"\byou\b.{0,50}\blike an? (\w+ )?(" + INSULT + r"|wimp|lemon|spare part|statue)\b",
    r"\blike i'?m (your|the) (\w+ )?(maid|servant|staff|cleaner|help|slave|cook|chauffeur|secretary|butler|nanny"
    r"|babysitter|taxi|doormat|mother|mum|mom)\b",
    r"\blike (living|talking|being married|sharing a (house|bed|flat|home)) (with|to) (a|an|some)\b"
    # a calm verdict by likeness (not one reported: "You told Phil that sleeping next to me is like…") or by type:
    # "It's like sharing a kitchen with a raccoon.", "That's exactly what a cheat would say.", "Spoken like a true
    # control freak.", "You'd stoop to anything…"
    r"|^(?!.*\b(told|tell|said|says|saying)\b)(.* )?(it'?s|is|was) like \w+ing (\w+ ){0,3}(with|to|beside|next to)"
    r" (a|an|some) (?!(friend|mate|partner)\b)"
    r"|\b(what|thing|things) (an? |some )?(true |typical |real |proper )?(" + INSULT + r"|cheat"
    r"|cheater)( person| people"
    r"| man| woman)? (would |always |might )?(say|says|said|do|does)\b"
    r"|^spoken like (a|an) (true |real |proper )?(" + INSULT + r"|cheat|cheater)\b|\byou'?d stoop to\b"
    r"|^(wow|unbelievable|incredible),? just (wow|unbelievable|incredible)$|^just wow$"
    r"|\b(might|may) as well (be )?(talking|talk|living|live) (to|with) (a|the|myself)\b"
    r"|\byou'?ve got (some|a) nerve\b|\bthe nerve of you\b"
    r"|\byou (disgust|sicken) me\b|\byou make me sick\b|\bgrow up\b|\bget a grip\b|\bimpossible to (live|work|talk)",
)
CONTEMPTUOUS_QUESTION = alternatives(
    # concealment presumed: "When exactly were you going to tell me about the loan?" (not "Were you ever going to
    # tell me?", which may be asked in fear: "I'm scared. Were you ever going to tell me?")
    r"\b(when|how long) (exactly )?(were|was) you (going|planning|hoping|thinking of going) to (tell|mention|say|show"
    r"|keep|hide|let me)\b|\bhow long did you think you could (hide|keep)\b",
    r"\bwould it kill you\b|\bis it (so |really |physically |actually |that |too )?(hard|impossible|difficult"
    r"|much)\b|\bhow hard (is|can) it be\b",
    r"\bwhat do you (even|actually) do\b|\byou'?re (never|always|constantly|forever) (here|there|home|around"
    r"|on (that|your)|out|late|busy|tired|moaning|complaining)\b|\bsome (husband|wife|partner|friend|father|mother|dad"
    r"|mum|boyfriend|girlfriend) you are\b|^nice try\b|^as if you('?d| would| ever| care| cared)\b"
    r"|\bwhatever you say\b",
    r"\byou can'?t even\b|\bwhy is it always (me|i)\b|\bwhy am i (always|the only one)\b|\bso called\b",
    r"\bwhat(?:'?s| is) so (much )?(more )?(important|interesting|hard|difficult|special)\b",
    r"\bdo you (even )?(have|own) an? (brain|clue|watch|calendar|phone|spine)\b|\bdo you even\b",
    r"\b(or )?is that too (much|hard|complicated|difficult)\b|\bare you (deaf|blind|stupid|incapable|kidding me)\b",
    r"\bwhy do i (even |ever )?(\w+ )?bother\b|\bwhy do i (even|ever) \w+"
    r"|\bwhat'?s the point of (being|even|me|us|trying)\b",
    r"\bwhy (do|can'?t|won'?t|didn'?t) you (ever|always|never|just)\b|\bcan'?t you (ever|just)\b",
    r"\bdo you think i'?m (stupid|blind|an idiot|daft|thick|deaf)\b"
    r"|\bdo you think i (don'?t|can'?t|didn'?t|won'?t) (notice|see|know|hear)\b",
    r"\bshould i be grateful\b|\bhow (could|can|dare) you\b|\bwho does that\b|\bwhat (even )?is the point of me\b",
    # "Whose side are you even on?", "Is the fuel light just decoration to you?", "… or do you just eat here?"
    r"\bwhose side are you (even |actually |really )?on\b|\bwhat else (are|have) you (been )?(hiding|keeping|lying"
    r"|not telling)\b|\bor do you just \w+ here\b|\b(just )?(decoration|for show|an ornament|optional) (to|for) you\b",
)
BAD_INTENT = alternatives(
    r"(?<!not )\bon purpose\b|(?<!not )\bdeliberately\b|\bjust to (hurt|annoy|spite|punish|upset|get at|wind me up"
    r"|make me)\b",
    r"\bdon'?t pretend\b|\bdon'?t (act|play) (innocent|dumb|stupid)\b|\bdon'?t give me that( \w+)? (look|face|tone)\b",
    # the partner's act named as an act: "the martyr act again", "Here comes the excuse.", "What's your excuse this
    # time?"
    r"\bthe (martyr|victim|innocent|hard done by|poor me|silent) (act|routine|card|treatment)\b"
    r"|^here comes the (excuse|lecture|sulk|speech|drama|sob story|blame)\b"
    r"|\bwhat'?s (your|the) excuse (this time|now|today)\b|\byour excuse this time\b",
    r"\byou'?re (only |just )?after (something|one thing)\b|\byou'?re (trying|out) to\b"
    r"|\byou'?re turning\b|\byou want(ed)? me to (fail|look bad|suffer)\b",
    r"\byou (enjoy|like|love) (it|making|watching|seeing|humiliating|embarrassing)\b",
    r"\bi feel like you'?re (a|an|so|such|turning|against|trying|out to|deliberately|doing it)\b",
    r"\bi feel (like|that) you (are|'re) (a|an|so)\b",
)
NOT_CARING = alternatives(
    r"\byou (clearly |obviously |just |really |honestly |simply )?(don'?t|do not|couldn'?t|could not) (even )?"
    r"(give a|care)\b",
    r"\byou (only|just) (ever )?(care|think) about (yourself|your)\b|\bit'?s (always )?all about you\b",
    r"\bto hell with\b",
    r"\byou (just )?do whatever you (want|like|please)\b|\byou (obviously|clearly|evidently)\b",
    r"\byou (care|think) more about (\w+ ){1,4}than (about )?(me|us)\b"
    r"|\b(gets|get|got) more (attention|time|love|care|thought) than (me|us|your|the kids|the children)\b"
    r"|\byou treat (me|us) like\b|\byou treat (\w+ ){1,3}(like|as if) (an?|your|my|some|they'?re|it'?s|he'?s|she'?s)\b",
    r"\b(he|she) (finally|actually) (remembered|noticed|showed|decided)\b",
    r"\byou'?d (rather|choose)\b.{0,40}\bover me\b|\bover me every time\b",
    # what the partner would sooner do, said as a certainty (not "I feel like you'd rather…", a feeling)
    r"(?<!feel like )(?<!feel that )\byou'?d (rather|sooner)\b.{1,60}\bthan\b|\byou'?d give (\w+ ){0,3}the shirt off"
    r" (my|our) back\b",
    r"\byou put (\w+ ){0,3}(before|ahead of|over) (me|us|the family|your family)\b",
)
BLAME = alternatives(
    r"\b(it'?s|this is) (all )?your fault\b|(?<!not )(?<!n't )(?<!nt )\byour fault\b|\bthe problem is you\b"
    r"|(?<!not )(?<!not just )\bbecause of you\b",
    r"\byou ruin(ed|s)?\b|\bthanks to you\b|\bmaybe if you\b",
)
SARCASM = alternatives(
    r"\b(oh|wow|well) (great|wonderful|perfect|brilliant|lovely|fantastic|fabulous|amazing|marvellous|super|sure"
    r"|right|terrific|well done|congratulations|good for you|how nice|nice|thanks)\b",
    r"^(great|brilliant|fantastic|wonderful|perfect|lovely) (another|so now|now|thanks|just what)\b",
    r"^(great|nice|brilliant|lovely|wonderful) (system|feedback|job|idea|plan|parenting|timing|move|work|one)\b",
    r"\bmust be (nice|lovely|great|wonderful|fun)\b|\bnice of you\b"
    r"|\bhow (nice|thoughtful|kind|generous|sweet|lovely|considerate) of you\b",
    r"\blove that for (us|me)\b|\bthanks (a lot|a bunch|for nothing|so much for)\b|\breally appreciate it\b",
    r"\b(thanks|cheers|thank you) for the (lecture|sermon|speech|pep talk|lesson|commentary|running commentary)\b|"
    r"\bthanks for (keeping|making|leaving|ruining|forgetting|nothing|organising|organizing)\b"
    r"|\b(thanks|cheers|thank you) for (abandoning|ditching|dumping|ignoring|embarrassing|humiliating|leaving)\b",
    r"(^|\bwow |\bwell |\boh )look at you\b|\bsuper helpful\b|\bso helpful\b|\bsuddenly so\b",
    # mock praise, and the partner announced in the third person: "top marks for effort", "Oh look, he's finally off
    # his phone."; the partner set against what was wanted: "I married a man, not a phone charger."
    r"\b(top marks|gold star|round of applause) for (effort|trying|that|turning up)\b|\bgive (him|her|you) a medal\b"
    r"|^oh look,? (he'?s|she'?s|who'?s|someone'?s) (finally|actually|up|back|awake|alive|here|off)\b"
    r"|\bi (married|wanted|signed up for|moved in with) (a|an) (\w+ ){1,2}not (a|an)\b",
    r"\byou\b.{0,40}\bas usual\b|\byeah,? right\b|\bbig surprise\b|\bwhat a (surprise|shock|joke)\b|\bclassic you\b",
    r"\breally makes my day\b|\bi just love\b|\bcan'?t help yourself\b"
    r"|^(classy|charming|real classy|very classy|how classy|nice one|very mature|smooth)$",
    r"\breal mature\b|\bhere we go again\b|\bof course you did\b|\bgive me a break\b|\bspare me\b|\btypical\b",
    # martyrdom and mock thanks: "Don't mind me, I'll just…", "It's not like anyone else…", "very helpful", "as per"
    r"\b(cheers|thanks (a lot|so much|a bunch))\b.{0,30}\b(as (always|usual|ever)|once again)\b"
    r"|\b(thanks|thank you|great|nice|lovely|brilliant)\b.{0,30}\b(as usual|once again)\b"
    r"|^(oh,? |no,? )?don'?t (get up|trouble yourself|strain yourself|put yourself out)\b(?! (early|late|at|for))"
    r"|\bi'?ll just do it (all )?myself\b|\bi'?ll do it (all )?myself( then| as (usual|always)| like always| again)\b",
    r"\byou(?:'?ve got|'?ve| have| got)? the (attention span|memory|manners|patience|brains?|emotional range"
    r"|tact) of an?"
    r" (?!(saint|angel)\b)\w+"
    r"|\bhas spoken\b|\b(lord and master|mister perfect|mr perfect|miss perfect|little miss)\b"
    r"|\bstill waiting (for|on) (that|an|your|my) (apology|thank you|sorry|answer|explanation|call back)\b",
    r"\bdon'?t mind me\b|\b(it'?s|its) not like (anyone|anybody|someone|somebody|you)\b|\bvery (helpful|useful)\b",
    r"\b(nice|good|lovely|great) to know (where|what|how|that|who)\b"
    # "Nice to see you've finally remembered…", "Well done, you've managed to embarrass me again."
    r"|\b(nice|good|lovely|great) (of you )?to (see|know|hear) (you'?ve |you )?(finally|actually|at last)\b"
    r"|\byou'?ve (finally|at last) (remembered|noticed|decided|bothered|turned up|shown up|found)\b"
    r"|^well done,? you'?ve\b|\byou'?ve managed to (\w+ )?(embarrass|ruin|upset|offend|humiliate|wreck|forget|lose"
    r"|break)\b|\bso useful\b|\bas per\b|^(oh )?here we go\b"
    r"|\byour (precious|beloved|sainted|darling|perfect|golden) \w+",
    r"\bi'?m not (a|your) (child|kid|baby|toddler|servant|maid|slave|idiot|mother|mum)\b",
    # mock care and mock wonder: "Oh, don't worry about my exam, …", "What am I now, your alarm clock?", "Don't
    # insult my intelligence."
    r"^oh,? (don'?t|never) (you )?(worry|bother|fret) (about )?(my|me)\b|^what (am i|are we|is this|is that) now\b"
    r"|\bdon'?t insult (me|my intelligence)\b",
    # mock praise and martyrdom: "I'm sure it's very fulfilling for you", "It's lovely that you can…", "Some of us
    # just have to work", "I'll just keep darning the socks, shall I?", "suddenly it's my mumbling"
    r"\bi'?m sure (\w+ ){1,4}(very|so|ever so|terribly|really) \w+ (for|to) you\b"
    r"|\b(it'?s|how) (lovely|nice|wonderful|great) (that|for) you (can|get|have)\b",
    r"\bsome of us (just )?(have|had|actually|work|do|get)\b|\bi'?ll just (\w+ ){1,10}shall i$"
    r"|\bsuddenly (it'?s|i'?m) (all )?(my|me|the)\b",
    # weary contempt: "There it is.", "Forty years I've been hearing about that twine.", "one of your stories"
    r"^(and )?there it is\b(?! (the thing|what|i said|out|i'?ve said))"
    r"|\byears i'?ve been (hearing|listening to|putting up with)\b"
    r"|\bone of your (stories|little|speeches|lectures|moods|rants|tantrums|sulks|episodes|schemes|projects)\b",
    # a burden handed over with a same-polarity tag: "So the calendar's my job as well now, is it?"
    r"\bmy (job|fault|problem|responsibility|department|look out) (as well |too |and all )?now\b"
    r"|^(so )?(?!(is|are|was|were|do|does|did|what|how|why|who|when|where|which)\b)(?!.*" + NEGATION + r")"
    r".*\b(?!(we|i|you|they|he|she|who|that|which)\b)\w+,? (is|was|does|did) (it|he|she)$",
    # deciding without the speaker, and being kept for when it suits: "without even asking", "like I'm just the
    # plus-one you ring when it suits you"
    r"\byou\b.{0,60}\bwithout (even|so much as) (asking|telling me|checking with me|consulting|a word)\b"
    r"|\bwhen(ever)? it suits you\b|\blike i'?m (just |only )?(the|your|some) (\w+ ){1,3}you (ring|call|use|keep"
    r"|need|want|text|drag|pick|phone)\b",
)
# the partner's part put as a privilege or a certainty: mock cheer at a new thing ("Oh good, another gadget."),
# "…and you get to play the fun parent", "You'd forget the kids if I didn't remind you", "You'd sell the sofa from
# under me if someone paid"
RESENTED_PART = alternatives(
    # "Funny how your plans always come first.", "Oh sorry, was I supposed to hoover between feeds?"
    r"^funny how (you|your)\b|\byour (\w+ ){0,2}(always|never) (come|comes|get|gets|win|wins) (first|priority)\b"
    r"|\byour (\w+ ){0,2}(come|comes|came) first (again|as usual|as always)\b"
    r"|^(oh )?sorry,? (was|am|should) i (supposed|meant|expected) to\b",
    # set beside someone else's partner: "My sister's husband manages to ring her every day. Funny that."
    r"\b(other|everyone else'?s|other people'?s|my (sister|brother|friend|mate|mum|dad|cousin)'?s) (husbands?|wives"
    r"|wife"
    r"|partners?|boyfriends?|girlfriends?|blokes?|fellas?) (\w+ )?(manages?|remembers?|can|does|finds?|bothers?|rings?"
    r"|helps?|seems? to|always|never)\b|\bfunny (that|how that works)$",
    r"^(oh )?(good|great|lovely|brilliant|wonderful|perfect|fab|fabulous|marvellous|fantastic|super|joy),? (another"
    r"|more|yet another)\b(?! (word|minute|second|moment|quick|chance)\b)",
    r"\b(and|while|whereas|then|meanwhile) you get to (play|be|swan|sit|lie|put your feet|do|have|go|feel|look)\b",
    r"\byou'?d (forget|lose|sell|leave|miss|burn|break|let|drop|ruin|spend|drink|gamble|give away)\b.{0,40}\bif (i|we"
    r"|someone|somebody|anyone|nobody|no one|they)\b(?! (asked|wanted) you to\b)",
)
# mock cheer as a bare fragment: "Oh good, a towel anecdote." (not "Oh good, a quiet night in, I've been looking
# forward…"; and not when thanks follow: "Oh lovely, a cup of tea. Thank you.")
MOCK_CHEER = either(r"^(oh )?(good|great|lovely|brilliant|wonderful|perfect|fab|fabulous|marvellous|fantastic|super"
                    r"|joy),? (a|an) (\w+ )?\w+$")
# a part of the partner's act praised ("Really loved the bit about my cooking"): mock praise when the speaker's hurt
# follows
PRAISED_PART = either(r"\b(loved|enjoyed|liked|adored) (\w+ ){0,2}(the )?(bit|part|five minutes|minute|moment|joke"
                      r"|story|line|jokes|stories|routine|speech) (about|on|where|when)\b")
# a short fragment of praise after thanks ("Thanks for the romantic evening with Gaz and Dean. Really special."): mock
PRAISE_FRAGMENT = either(r"^(really |so |just |very |truly |super )?(special|romantic|perfect|magic|magical|lovely"
                         r"|memorable|thoughtful|considerate|grown up|mature|educational|responsible|classy|helpful)$")
# a first sentence about someone else ("The nurse was lovely with Dad. Really kind.") or one agreeing ("Yes!
# Perfect.", "That's it, exactly. Lovely."), after which praise is no mockery
NOT_A_COMPLAINT_FIRST = either(r"^(the|my|he|she|they|his|her|our|we|i|yes|yeah|yep|exactly|okay|ok|sure|thanks"
                               r"|thank you)\b|^that'?s (it|right|exactly|true)\b")
THANKS = either(r"\b(thank you|thanks|cheers|ta|bless you|you'?re a star|you star)\b")
ATTACK = either(GLOBAL_CRITICISM, INSULT_TO_PARTNER, CONTEMPTUOUS_QUESTION, BAD_INTENT, NOT_CARING, BLAME, SARCASM,
                RESENTED_PART)

OWN_FEELING = either(
    r"\bi(?: feel| felt|'?m| am| was| get| got| end up| keep| start|'?ve been| have been)(?: \w+){0,3} (" + FEELING
    + r")\b",
    r"\b(it'?s|it has|it'?s really|this has) been (really |so |very |pretty )?(hard|tough|difficult|rough|lonely|awful"
    r"|horrible|miserable) (for|on) me\b|\bpart of me (wants|feels|just wants|is|keeps|thinks)\b",
    r"\b(makes|made|leaves|left|gets|got) me (feel(ing)? )?(so |really |kind of |a bit )?(" + FEELING + r")\b",
    r"\b(it|that) (hurts|hurt|stings|stung|scares|scared|worries|worried|upsets|upset|frightens|frightened"
    r"|terrifies|terrified|saddens|saddened|haunts|shames|guts|gutted) me\b"
    r"|\bit (really |still )?(hurts|hurt|stings|stung)\b",
    r"\bi (feel|felt) (?!like|that|as)(\w+ ){1,3}when (you|your|i|we|my|he|she|they)\b",  # the shape of an I-message
    r"\bmy (stomach|heart|chest|throat) (just )?(drops|dropped|sinks|sank|tightens|races|breaks|hurts|knots|churns"
    r"|lurches|flips|aches|(goes|went|gets|got) (tight|funny|cold))\b",
    r"\bi'?m (so |really |very )?(" + EMOTION + r")\b",
)
OWN_STATE = either(  # the speaker's own state or reaction, even without a feeling word
    r"\bi find it (really |so |very |quite |pretty |terribly |awfully |incredibly |rather )?(hard|difficult|tough"
    r"|exhausting|lonely|upsetting|painful"
    r"|stressful"
    r"|scary|draining)\b",
    r"\b(it'?s|i'?m|i feel|i felt|it was) (more|less|not so much) (" + FEELING + r") than\b",
    r"\b(leaves|left|makes|made|gets|got) me (feel|feeling)\b(?! like (you|your))"
    r"|\b(makes|made) me (second guess|doubt|question|want to (cry|scream|give up)|dread|panic)\b",
    r"\bi( just| really| kind of| sometimes)? (feel|felt) (like|as if) (i|i'?m|im|i was|i am|i'?ve|nobody|no one"
    r"|my|we|we'?re|were|we'?ve|weve|we were|us|our)\b",
    # the limit of what the speaker can bear: "I couldn't bear that.", "I can't bear the thought of…"
    r"\bi (can'?t|couldn'?t|cannot|could not) (bear|stand|face) (it|that|this|the (thought|idea|silence|waiting)"
    r"|another|to)\b",
    # "I feel like the maid", "…like the spare part at…" (a role, not "the washing is my job")
    r"\bi (feel|felt) like (the|some) (\w+ ){0,1}\w+($| (in|at|here|around|of|to|for|no|not|again|round|on)\b)",
    r"\bi (feel|felt) (kind of|kinda|a bit|a little|sort of|so|really|pretty|quite) (?!like\b)\w+",
    r"\bi( just| really| honestly)? (feel|felt) (so |really |kind of |a bit |completely |totally )?(out of|on my own"
    r"|like a|like an|invisible"
    r"|second|last|like nobody|like no one)\b",
    r"\bi (hate|can'?t stand) (feeling|being)\b|\bit gets under my skin\b|\b(wears|wore|grinds|ground|drags|dragged"
    r"|gets|got) me down\b|\b(it|that|this) (really |just "
    r"|honestly )?(gets|got) (to )?me\b|\bi (just )?snap\b",
    r"\bi (really |just |so )?(miss|long for|dread|dreaded|crave|resent)\b",
    # any "I feel/felt …" that is not "I feel like/that + a thought" ("I felt about two inches tall")
    r"\bi (just |really |honestly |kind of |still |sometimes )?(feel|felt)\b(?! (like|that|as if|as though)\b)",
    r"\b(an?|such an?) (\w+ )?(awful|horrible|terrible|sinking|sick|lonely|strange|weird|rotten|horrid|gutting"
    r"|crushing|heavy) feeling\b|\bbreaks my heart\b|\bmy heart'?s (racing|pounding|sinking|breaking)\b",
    # where it hurts, named: "That's what hurts.", "What scares me is how fast you drive…" (not "What hurts your
    # back is…"); lying awake over it: "I lie there dreading the next one."
    r"^(and |but )?(that'?s|this is|it'?s)( not)? (what|the (bit|part|thing)( that)?) (really )?(hurts|stings|gets me"
    r"|kills me|upsets me|scares me|worries me|gets to me)\b|" + OWN_FEELING_FIRST
    + r"|\bi lie (there|in bed|awake) (\w+ ){0,2}(dreading|listening|waiting|worrying|wondering|staring|counting)\b",
    # the body's reaction: "I get this knot in my stomach…", "My chest goes tight when…"
    r"\bi (get|got|have|had|'?ve got) (this|a|that) (\w+ )?(knot|lump|pit|tightness|churning|sick feeling|dread)"
    r" in my (stomach|chest|throat|gut|belly)\b|\bmy (stomach|chest|throat|gut|heart) (drops|dropped|sinks|sank"
    r"|goes tight|went tight|tightens|tightened|knots|churns|lurches|is in my mouth)\b",
    r"\bi'?m (really |honestly |just |so )?(struggling|not okay|not coping|not doing (well|great)|finding it (hard"
    r"|tough))\b|"
    r"\bi could (just )?(scream|cry|explode|burst)\b|\bi'?m (starting|beginning) to (resent|hate|dread|lose it"
    r"|panic|crack|doubt|feel)\b",
    r"\bi can'?t (even )?(look \w+ in the eye|sleep|stop (thinking|crying|shaking|looking|checking|worrying)|breathe"
    r"|face|concentrate|relax|switch off|cope)\b|\bi (haven'?t|have not|can'?t) (slept|sleep)\b",
    # at the end of one's strength: "I'm done", "at the end of my tether", "I panic", "I lie awake"
    r"\bi'?m (honestly |just |so |completely )?(done($| honestly| with (this|it all|all of it))"
    r"|at the end of my (tether|rope)|worn thin|stretched (so |too )?thin|at breaking point|wrung out|frazzled"
    r"|at my wits'? end|losing it"
    r"|falling apart|running on (empty|fumes)|barely coping|not coping|on my knees)\b"
    r"|\bi (just )?(panic|freeze|lie awake|end up lying awake"
    r"|shut down|fall apart|go to pieces)\b",
    # the situation named by how it feels ("It's so lonely in that chair"), or the feeling named as a correction
    # ("Frightening, actually.")
    r"\b(it'?s|it is|it gets|it was|it felt) (so |really |very |just |pretty )?(lonely|awkward|scary|frightening"
    r"|terrifying)\b"
    r"|\b(it'?s|it is|it gets) (so |really |very |just |pretty )(exhausting|heartbreaking|overwhelming|gutting"
    r"|soul destroying)\b|\bi (always |just )?end up \w+ing\b"
    r"|^(" + FEELING + r"|frightening|terrifying|humiliating|mortifying) (actually|honestly|mostly|if i'?m honest)$",
    # a feeling the partner named, confirmed and taken further ("Worried, yeah. And resentful, because…")
    r"^(yeah|yes|yep) (" + FEELING + r") (and|but)\b|^and (also )?(really |so )?(" + FEELING + r")\b",
    # a feeling said without "I": "Furious, and feeling a bit stupid…", "Feeling pretty small, honestly."
    r"^(and |but |just )?feeling (a bit |a little |so |really |kind of |quite |pretty |totally |very )?(" + FEELING
    + r")\b|^(" + FEELING + r"),? (and|but|if i'?m honest|honestly|mostly|to be honest)\b",
    # feelings turned on oneself: "I hate myself in the car park after", "I blame myself", "I kick myself"
    r"\bi (\w+ )?(hate|blame|kick|loathe|can'?t forgive|doubt|question) myself\b",
    # what it did to the speaker: "That's what broke me.", "It floored me."
    r"\b(it|that|this|which|what)(?:'?s what)? (really |just |honestly )?(broke|floored|crushed|gutted|finished|wrecked"
    r"|flattened|shattered|destroyed|winded) me\b",
    # the situation named by how it feels: "It's so confusing."
    r"\b(it'?s|it is|it gets|it was|it felt) (so |really |very |just |pretty )(confusing|painful|upsetting|isolating"
    r"|humiliating|embarrassing|draining|disorienting|unsettling)\b",
)
NEED_OR_WANT = either(
    r"\bi'?d (really |just |so |honestly )(like|love|rather|prefer)\b(?! to know why)",
    r"\bi(?: just| really| honestly| also| still)?(?: need| want| would like|'?d like| would love|'?d love| wish"
    r"| needed| wanted|'?d rather| would rather|'?d prefer| would prefer)\b"
    r"(?! to know why you)",
    r"\bcan i (just )?(vent|offload|rant|talk)\b"
    r"|\bi'?m (not )?(asking|blaming)\b|\bi'?ve been (?!(hearing|listening|saying|telling|asking)\b)\w+ing\b"
    r"|\bi'?m (so |really )?(tired|sick) of\b",
)
