"""A listener meeting the partner's feeling: validating it (it makes sense, anyone would, I see why) and feeling
with them (their own reaction to what the partner lives through)."""

from __future__ import annotations

from voicecoach.coach.lexicon import EMOTION, FEELING, alternatives, either

MAKES_SENSE = alternatives(
    r"\bmakes? (total |perfect |complete |a lot of |so much |such )?sense\b(?! to (?!me\b))",
    r"\bit'?s (completely |totally |perfectly |so |really |very |pretty |only )?(understandable|normal|natural|okay|ok"
    r"|alright|fair|reasonable|human|valid) (to|that|you|youd)\b(?<!fair to)(?! say\b)|\bfair to (?!say\b)",
    r"(?<!not )\b(totally |completely |perfectly |entirely )?(fair|reasonable) to (be|feel|get)\b",
    r"\bi (can )?(totally |really |completely )?see why\b(?! not)",
    r"\bunderstandable\b|\bno (wonder|surprise)\b|\bnot (at all )?surprised (you|that)\b"
    # "Small wonder the checking has drained you", "it's no shock you'd feel humiliated", "Hardly surprising you're…"
    r"|\b(small|little) wonder\b|\b(no shock|(hardly|not) (surprising|a surprise|any wonder))(?= (that )?you)"
    r"|\b(normal|natural|human|fair|reasonable) (way|thing|reaction)"
    r"( to (feel|have))?\b",
    r"(\bof |^)course (you|youre|you'?re|you'?d|youd|it|that)\b(?! (should|could|can|need to|have to|must))",
    # "Naturally you felt humiliated."
    r"^(naturally|understandably|unsurprisingly),? (you|youre|you'?re|you'?d|youd|you'?ve|youve)\b"
    r"(?! (should|could|can|need to|have to|must))"
    # ...after a "but" of the listener's own view: "To me it's small, but naturally you're angry."
    r"|\bbut (naturally|understandably|course),? (you|youre|you'?re|you'?d|youd|you'?ve|youve|that|it)\b"
    r"(?! (should|could|can|need to|have to|must|know|said|say|told))",
    # the partner's wish judged fair: "Wanting it to rotate is perfectly reasonable."
    r"\b(wanting|needing|asking( for)?|expecting|hoping( for)?) [\w' ]{1,40} (is|'s|seems|sounds) (completely |totally "
    r"|perfectly |entirely |only |so |very |really )*(fair|reasonable|understandable|natural|normal)\b",
    r"\b(fair enough|fair play),? (that )?(you|you'?re|youre|you'?d|youd)\b"
    r"|\b(fair enough|fair play),? (that )?(it|that)( really)? (feels|felt|would|hurt|hurts|stung|stings)\b",
    r"\bthat'?s (completely |totally |so |really |just |only |entirely |perfectly )*(valid|understandable|human|normal"
    r"|natural|reasonable)\b"
    r"(?! for me)",
    r"\bdoesn'?t make you (a )?(bad|weak|selfish|terrible|awful|horrible|mean|lazy|crazy)\b",
    r"\byour (feelings|reaction|anger|frustration|worry|worries|fear|fears|hurt|sadness|disappointment|upset"
    r"|annoyance)( about (this|that|it|me))? (make|makes|is|are) (completely |totally |so |really |perfectly )?(sense"
    r"|valid|understandable"
    r"|fair)\b",
)
ANYONE_WOULD = alternatives(
    # (not what anyone would be glad of, a defence: "Most people would be grateful.")
    r"\b(anyone|anybody|everyone|most people|nobody|no one)( \w+){0,4} (would|wouldn'?t|could|'?d)\b"
    r"(?! (be grateful|be thrilled|be delighted|appreciate (it|that|this))\b)"
    # (nor what anyone would have done, an excuse: "Anyone would've paid it, the email looked real.")
    r"(?!( have|'?ve) (?!(felt|been|cried|panicked|worried|freaked|snapped|lost it|reacted|struggled)\b)"
    r"\w+(ed|id|ne)?\b)"
    r"|\b(anyone|anybody|everyone|nobody)'?d (be|feel|get|have)\b",
    r"\bwho wouldn'?t\b|\bwho'?d (want|like|enjoy|choose)\b|\bwould (?!you\b)(\w+ ){1,3}(anyone|anybody|most people"
    r"|me too)\b"
    r"|\bin your (shoes|place|position)\b",
    r"\bif i were you,? i'?d (be|feel)\b|\bi'?d (feel|be) (the same|that way|\w+ too)\b"
    r"|\bi would (feel|be) (the same|that way|\w+ too)\b",
    r"\bi(?:'?d| would) (have )?(felt|been|be|feel) (\w+ ){1,2}(too|as well)\b",
    # the listener's own dislike, as a hypothetical: "I'd hate being watched like that too."
    r"\bi(?:'?d| would) (hate|mind|loathe|dread|struggle with|go mad|lose it|go spare|resent)\b.{0,40}\b(too|as well)$",
    r"\b(would|'?d|will) (wear|drive|get to|grind|wind|do|get) (\w+ )?(anyone|anybody|most people)\b",
    r"\b(that|it|this)(?:'d| would) (\w+ ){1,3}me (\w+ ){0,2}(too|as well)\b",
)
I_SEE_WHY = alternatives(
    r"\b(that|it)(?:'d| would) (really )?(get to|bother|upset|hurt|annoy|wind up|get) me\b(?! (that|when|if))"
    r"|\bwho (could|would|can) blame you\b|\bi'?d want (the same|that too|it too)\b(?! (thing|for))",
    r"\bi (can |do |totally |completely |really |fully |definitely )*(see|get|understand) (why|how)"
    r" (you|youre|you'?re|you'?d"
    r"|that|it"
    r"|this|someone|anyone)\b",
    r"(?<!sure )(?<!if )\bi (can )?(totally |really )?(get|understand) (it|that)\b(?! but\b)"
    r"|^(totally |completely |fully |really |honestly )+(get|understand) (it|that|you)\b(?! but\b)",
    # "You're not being unreasonable at all."
    r"\byou'?re not (being )?(unreasonable|silly|daft|dramatic|oversensitive|too sensitive|overreacting|petty"
    r"|needy|an idiot|a fool|stupid|mad|crazy|paranoid)\b(?! (about|for|to))",
    r"\byou(?: have|'?ve got|'?ve| got) (every|good|a|a good) (right|reason)\b",
    r"\byou'?re (allowed|entitled|right) to (feel|be)\b|\bi (don'?t|do not|can'?t|couldn'?t) blame you\b",
    # "I can understand you not wanting to look at me", "I get you needing a break"
    r"\bi (can )?(totally |really |completely |fully )?(understand|get) (you|your) (not )?(wanting|needing|being"
    r"|feeling"
    r"|getting|going|keeping|staying|snapping|crying|shouting|walking|leaving|avoiding|hating|wanting to)\b",
    r"\b(is|was|it'?s|that'?s) (so |really |just |pretty )?(awful|horrible|terrible|brutal)\b(?! to hear)",
    r"\b(it'?s|that'?s) a (really )?(vulnerable|hard|scary|lot|tough)\b|\b(is|it'?s|that'?s) a (real|huge|big) loss\b",
)
# the feeling itself judged normal, whatever its grammar: "Annoyed is fair", "Feeling exposed is only natural",
# "It's right that you're grieving", "It'd be strange if you weren't scared", "That was bound to sting"
_NORMAL = (r"(fair|reasonable|natural|normal|understandable|valid|human|okay|ok|allowed|to be expected|expected|right"
           r"|no surprise|a normal (thing|reaction|response)|a natural (thing|reaction|response)|what anyone would feel"
           r"|a fair (thing|reaction|response))")
FEELING_JUDGED_NORMAL = alternatives(
    r"^((and|but|so|honestly|look|well|yeah|course|of course) )*(feeling |being |getting )?(" + FEELING + r")"
    r"( (with|about|at|by|of)( \w+){1,3})? (is|'?s|seems|sounds) (completely |totally |perfectly |only |so |very "
    r"|entirely |really |pretty |just )*" + _NORMAL + r"\b",
    r"\b(it|that)(?:'?s| is) (completely |totally |perfectly |only )?(right|okay|ok|fine|normal|natural|understandable"
    r"|allowed) (that )?(you'?re|youre|you are|you feel|you felt|you were|you'?ve been|you get) (\w+ ){0,2}(" + FEELING
    + r"|grieving|crying|upset|cross|angry|hurt|sad|raw|shaken|mourning|missing)\b",
    r"\b(it|that)(?:'d| would|d) be (strange|odd|weird|surprising|stranger|more worrying|a surprise|unusual) if"
    r" (you|that|it|this)\b( \w+){0,3} (weren'?t|wasn'?t|didn'?t|did not|were not|was not|werent|wasnt|didnt)\b",
    r"\b(was|is|were|'s|'?d be|would be) (always |bound |sure |certain )?(going to|bound to|sure to|certain to) (sting"
    r"|hurt|upset you|get to you|sting a bit|hurt a bit|knock you|rattle you|shake you|land hard|smart|wound)\b",
    r"\bfair enough,? (it|that)(?:'?s| is| feels| felt| was) (\w+ ){0,2}(for you|to you|" + FEELING + r")\b",
    # the hypothetical, however long the feeling: "I'd feel a right fool an' all if…", "id be sick of it too if…"
    r"\bi(?:'?d| would|d) (feel|be|get) ([\w']+ ){1,5}(too|as well|an all|and all|an'? all) if\b",
)
VALIDATION = either(MAKES_SENSE, ANYONE_WOULD, I_SEE_WHY, FEELING_JUDGED_NORMAL)

EMPATHY = either(  # the listener's own feeling about what the partner lives through
    r"\b(makes|made|leaves|left) me (feel )?(so |really |very |a bit |quite |kind of )?(" + EMOTION + r"|happy"
    r"|relieved)\b",
    r"\bfeeling (so |really |very |a bit |quite )?(" + EMOTION + r") (for you|for what|about what|hearing|knowing"
    r"|that you)\b|\b(makes|made) me (ache|want to cry|tear up|well up|want to hold you)\b",
    r"\bi'?m (so |really |truly |honestly |very |just |a bit )*(moved|touched|choked|shaken|rattled|stunned|winded"
    r"|shocked|ashamed)\b"
    r"(?! (up|about|at|with|of you)\b)|\bi'?m (\w+ )?relieved"
    r" (that )?you\b",
    r"\b(saddens|breaks|pains|upsets|moves|touches|guts|moved|touched) (me|my heart)\b"
    # a worry of the listener's own is about the partner, not a bill: "It worries me, how long you've felt this."
    r"|\b(worries|scares|worried|scared) me\b(?=.*\b(you|your|how|hearing|seeing|picturing|thinking"
    r"|knowing)\b)"
    r"|\b(pulls|pulled|tugs|tugged) at (me|my heart)\b",
    r"\b(breaks|broke|hurts|hurt) my heart\b|\b(it|that|this) (really |honestly |just )?hurts me\b|\bhurts me\b",
    r"\b(that|it) (really |hard |just )?lands( hard| heavy)?( love| babe| honestly| mate)?$"
    r"|\bi'?m (so |really )?heartsick\b|"
    r"\bmy heart (goes out|breaks|sank|sinks|aches|hurts)\b|\bmy (stomach|heart) (dropped|drops|sank|sinks|turned"
    r"|lurched|flipped)\b|\bmakes my (stomach|heart|chest|throat)\b|\bit pains me\b",
    r"\bi feel (so |really |very |a bit |quite |kind of |truly )*(" + EMOTION + r"|for you|close|a lump)\b",
    # the listener's body reacting to the partner's experience: "It aches in me, hearing…", "I'm cringing, Nadia.",
    # "That knocks me sideways", "My throat's gone thick, thinking of you…" (not a habit: "It makes me wince when you
    # crack your knuckles"; not the listener's own ailment: "My knee aches in the cold")
    r"\bit aches in me\b|\bi'?m (so |really |honestly |just )?cringing\b(?! (at|when|whenever|every)\b)"
    r"|\b(knocks|knocked) me (sideways|for six)\b|\b(that|it|this) (goes|went) (right |straight )?through me\b"
    r"|\b(that|it|this) (pricks|pricked) me\b"
    r"|\b(that|it|this) sits (so |really )?heavy (on me|on my heart|with me)\b|\b(that|it|this) sits so heavy\b"
    r"|(\bmy (throat|chest)(?:'?s| has| is)? (gone|going|went|goes) (thick|tight)"
    r"|\bit makes me (wince|shudder|squirm))\b"
    r"(?=.*\b(thinking|picturing|hearing|knowing|seeing|imagining)\b)",
    r"\bi felt (so |really |very |a bit )*(" + EMOTION + r") (hearing|when you|that you|knowing|seeing|listening)\b",
    r"\bi'?m (?!sorry you feel (that way|like that|that)\b)(so |really |truly |very |just |a bit |a little |quite "
    r"|kind of"
    r" |honestly )*(" + EMOTION + r"|saddened)"
    r" (that|you|to hear|for you|about you|about that|hearing|knowing|it|on your|seeing|too)\b",
    r"\b(that|it|this) (really |honestly )?gets (to )?me\b",
    r"\b(it|that)(?: really| honestly)?(?: hurts| stings| pains| breaks my heart| is painful|'?s painful|'?s so painful"
    r"|'?s hard| is hard|'?s (awful|horrible|terrible|heartbreaking)) (me |for me )?to (hear|think|know|see|picture"
    r"|imagine)\b|\b(it|that)(?:'?s| is) (really |so |very )(hard|painful|awful|horrible|heartbreaking) (for me )?to"
    r" (hear|picture|imagine)\b"
    r"|\bon your behalf\b",
    r"\bi hate (that|this) for you\b|(^|\bhonestly |\bgod |\boh )i'?m (so |really |honestly |just )?(gutted"
    r"|heartbroken|devastated|crushed)$|"
    r"\bi hate (that|to think|knowing|picturing) (you|i)\b|\bi want to be (there|close|with you|in it)\b|\bi care\b",
    r"\bi(?:'?m| am| feel| felt| got)( a bit| so| really)? (teary|tearful|choked up|emotional)\b"
    r"|\b(lump in my throat|goosebumps|in tears)\b",
    r"^(oh |god |wow |oh god )?(that|ouch|oof)( really)? hurts?( me)?$",
    # what it does to the listener, as a verb with "me" ("That hits me hard.", "It shames me a bit…", "that
    # frightens me"), not a realisation ("it hit me that…")
    r"\b(it|that|this|which|hearing (that|it|this))( really| honestly| just| genuinely)? (shames|shamed|frightens"
    r"|frightened|terrifies|terrified|hits|hit|floors|floored|haunts|rattles|rattled|stings|stung|horrifies|horrified"
    r"|chills|kills|devastates|crushes|crushed|unsettles|unsettled|troubles|appals|appalls|sickens|shocks|shocked)"
    r" me\b(?! (that|when|how|what|too|as well)\b)",
    # the listener's own remorse: "upset with myself", "ashamed I laughed", "I hate being the reason…", "I'm angry
    # now"
    r"\b(upset|angry|cross|furious|disgusted|disappointed|annoyed|sick) (with|at) myself\b"
    r"|\bashamed (of myself|(that )?i \w+)|\bi hate (being|that i'?m|that i was) the (reason|one|cause)\b"
    r"|\bi'?m (\w+ ){0,2}(angry|upset|sad|gutted|shaken|ashamed|heartbroken|furious) now\b",
    r"\bi'?m (right )?here( for you| with you)?$|\bi'?m here for you\b|\bi'?m (really |so )?glad you told",
    # remorse for what the listener did to the partner: "I'm so sad I've left you…", "I am grieved that I wounded you"
    r"\bi(?:'?m| am| feel) (so |really |truly |just |deeply )*(" + EMOTION + r"|grieved|sick at heart) (that )?i(?:'?ve"
    r"| have| had|'?d)? ([\w']+ )?(left|made|hurt|let|put|caused|given|wounded|brushed|ignored|forgot|forgotten"
    r"|laughed|shut|dismissed|embarrassed|humiliated|pushed|kept|missed|noticed|notice|realised|realized|realise"
    r"|realize|saw|see|asked|ask|listened|listen|knew|know|checked|check)\b(?=.*\b(you|your)\b)",
    # what it does to the listener, as "… me up" ("It cuts me up that you waited…"), not a complaint ("…when you…")
    r"\b(it|that|this)( really| honestly| just)? (cuts|cut|tears|tore|eats|ate|chokes|choked|breaks|broke) me up\b"
    r"(?! (when|whenever|if)\b)",
    # the listener's own fear or sadness said with their love: "I'm scared, honestly, and I love you."
    r"^i'?m (\w+ ){0,2}(" + EMOTION + r")\b.{0,40}\b(and|but) i love (you|watching you|seeing you|how (\w+ )?you)\b",
    r"\b(sits|weighs|lies|sat|weighed) (heavy|heavily) (on|in) (my|me)\b",
    # what the partner's news does to the listener's body: "My stomach's in knots", "My heart's in my boots", "I'm
    # welling up", "That lands hard in my chest", "That breaks something in me", "I cringe reading that back"
    r"\bmy (stomach|gut)(?:'?s| is) in (knots|bits|my mouth)\b|\bmy heart'?s in my (boots|mouth)\b"
    r"|\bi'?m (\w+ )?welling up\b|\blands (hard |heavy )?in (my chest|me)\b|\b(breaks|broke) something in me\b"
    r"|\bi cringe\b(?! (at|when|whenever|every)\b)",
    # ...or the fear it leaves for the partner, or the remorse: "it frightens me how close to the edge you've been",
    # "it troubles me that I never once asked", "it makes me queasy that I shut you out" (not a complaint: "It
    # frightens me when you drive like that.")
    r"\b(it|that|this)( really| honestly| just| genuinely)? (frightens|terrifies|shakes|rattles|troubles|haunts"
    r"|scares|unsettles|saddens|pains) me (how|that) (\w+ ){0,6}(you|you'?ve|you'?re|youve|youre|i)\b"
    r"|\b(it|that|this) makes me (feel )?(queasy|sick|ill|ashamed) that i\b",
    r"\bi (feel|felt) (so |really |a bit |pretty |quite )?(" + EMOTION + r"|embarrassed|rotten|mortified|sheepish"
    r"|small|daft|stupid|horrible) now\b",
    # the listener's body, picturing the partner: "My skin goes cold, picturing you…"
    r"\bmy (skin|blood|heart|stomach|chest|throat|hands|legs|insides|gut) (goes|went|runs|ran|turns|turned|tightens"
    r"|tightened|sinks|sank|drops|dropped|clenches|knots|goes tight|went tight|aches)\b.{0,20}\b(picturing|thinking"
    r" (of|about)|imagining|hearing|knowing|seeing) (you|your|how you|what you)\b",
    # picturing the partner, then what it does to the listener: "Picturing you on the sofa…, that really hurts."
    r"^(picturing|imagining|thinking (of|about)|seeing|hearing) (you|your)\b.{0,80}\b(that|it|which) (really |just |honestly )?"
    r"(hurts|kills me|guts me|breaks me|breaks my heart|stings|gets me|undoes me|wrecks me)\b",
)
# the listener's own feeling about what they, or something of theirs, did to the partner, said as one sentence: "I feel
# sick that my scrolling made you feel invisible.", "It makes me ashamed that my phone has had you feeling…" (remorse,
# not a reading of the partner)
OWN_REMORSE = either(
    r"^(it (saddens|upsets|worries|pains|kills|guts|hurts|bothers|shames|sickens) me|it makes me (feel )?\w+"
    r"|i(?:'?m| am| feel| felt)( so| really| quite| a bit)? (" + EMOTION + r")) (that|knowing|to think|to know)"
    r" (i|i'?ve|ive|i'?d|my)\b"
)
