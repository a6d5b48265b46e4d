"""More ways a listener defends their own side, found on later writers' dialogues: giving in with a sneer, correcting
the account (the thing's right name, an outside cause, what the partner already knows, a norm), and retorts (a
challenge, a doubt, proof offered, a duty as the reason)."""

from __future__ import annotations

from voicecoach.coach.lexicon import alternatives

# Giving in with a sneer: "Okay, I'll just never post anything again then.", "…, will that do?", "Sorry my hoodies are
# so offensive."
MOCK_SURRENDER = alternatives(
    r"\bi'?ll just (\w+ ){0,3}(never|not|stop|give up|stay|sit|keep|go)\b.*\bthen$"
    r"|\bi'?ll just never (post|say|touch|use|do|go|speak|bother|ask|mention|bring|open|look"
    r"|pick|leave|text|call|ring)\b"
    r"|\b(i won'?t|i'?ll not|i shan'?t) (bother|try|ask|make the effort)\b.*\bthen$|\bi won'?t bother (next time"
    r"|again)\b|^(next time|fine),? i won'?t bother\b",
    r"\b(will|would) that do\b|\b(happy|satisfied) now$|\bgood enough for you\b",
    r"\bsorry (that )?(my|the|our) (\w+ ){1,2}(is|are|was|were|'?s|'?re) (so|such an?) (offensive|terrible|awful"
    r"|annoying|inconvenient|unbearable|embarrassing|irritating|dreadful|shocking|problem|burden|nuisance|crime)\b"
    r"|^((wow|oh|well|okay|ok|right),? ){1,3}sorry (i'?m|i am) (so|such)\b|\bsorry i exist\b",
    # "Oh, sorry" opening a mock question or a good deed named as a fault: "Oh sorry, should I curtsey…?",
    # "Oh, sorry I made our daughter happy for one day.", "Sorry for being polite.", "Sorry my little hobby is ruining…"
    r"^(oh|ah|well),? sorry\b,?( \w+[,.])? (should i|shall i|i made)\b|\bsorry (that )?i made (\w+ ){1,2}(happy"
    r"|smile|laugh)\b|\bsorry for (being (polite|nice|kind|helpful|careful|considerate|thoughtful|generous|organised"
    r"|tidy))\b|^sorry,? (that )?(my|our) (little|precious|silly) \w+ (is|are|was|were)\b",
    # the leave the partner is said to demand, made into a formality: "Sorry, I didn't realise I needed a signed
    # permission slip…", "Next time I'll fill in a form in triplicate."
    r"\bneed(ed)? (a |an )?(signed |written )?(permission slip|form signed|signed form|note from (you|my))\b"
    r"|\b(sorry|next time)\b.*\bi'?ll (fill in|fill out|submit) (a|an) (form|request|application)\b|\bin triplicate\b"
    r"|\b(book|make) an appointment (to|before i) (speak|talk|ask|see you)\b",
    # a mock apology for missing a rule the partner is said to have made, or for caring at all: "Oh, forgive me, I
    # must have missed the toilet timetable…", "Pardon me, I missed the memo…", "Excuse me for caring"
    r"^(oh |well )?(forgive|pardon|excuse) me,? (i (must have |must'?ve )?missed|for (breathing|existing|caring"
    r"|asking|living|trying))\b"
    # ...or asking leave with mock deference: "Apologies, should I have gone into mourning over a dent…?", "Sorry,
    # should I put my hand up…?"
    r"|^(sorry|apologies|forgive me|pardon me|excuse me),? (should|shall|must) i\b",
    # the partner made into an office or a rank: "Ah, the tea caddy police.", "so I'm the drinks police now, am I",
    # "…, Professor.", "…, Sherlock." (not the police themselves: "Call the police")
    r"\b(the|a) (\w+ ){1,2}police( now)?( (am i|are you|is it|is that it))?$"
    r"|\b(professor|sherlock|einstein|inspector|detective|columbo|your honou?r|your majesty|your highness"
    r"|mr perfect|miss perfect|mrs perfect)$",
)
# The account corrected by giving the thing its right name ("It's not a toy, it's a tool.", "They're not rubbish,
# they're an archive."), by an outside cause ("The M6 was shut.", "The wifi only reaches the kitchen.") or by what
# the partner already knows ("You know that.", "…, and you know it").
CORRECTION = alternatives(
    r"^(it'?s|its|they'?re|theyre|he'?s|she'?s|that'?s|thats) not (a |an |my |just )?(?!(the|about|that|you|your"
    r"|because|what|how|like)\b)\w+( \w+)?,? (it'?s|its|they'?re|theyre|he'?s|she'?s|that'?s|thats) (a|an|the|my|our"
    r"|just|his|her|their)\b(?!.*\b(you|your|feel|felt)\b)(?! (real|big|huge|massive|serious|proper|genuine|lot)\b)",
    r"^(?!.*\b(love|care|here for you|matter|proud|miss)\b).*(?<!do )(?<!did )(?<!if )\b(and )?you know (that|it"
    r"|full well|perfectly well)$|\bas you (well )?know\b",
    r"^(the |my |our )?(\w+ )?(road|roads|m\d+|motorway|train|trains|bus|tube|flight|traffic|shop|wifi|signal"
    r"|battery|line|lift|car|ferry) (was|were|is|got) (\w+ )?(shut|closed|cancelled|canceled|delayed|dead|down"
    r"|gridlocked|jammed|packed|broken|diverted|rammed|a nightmare|murder|chaos|solid|backed up|horrendous|mental"
    r"|insane|crazy|heaving|terrible|awful)\b"
    r"|\b(there was )?nothing (else )?i could (do|have done)\b",
    # proof of what the listener did, and the partner's view turned back: "I texted you at six, check your phone.",
    # "you just don't see it", "You only remember the bad bits.", "You're twisting what I said."
    r"\bi (texted|rang|called|messaged|emailed|phoned|warned|told) you (at|on|last|this|yesterday|twice|three times"
    r"|about \w+ times|\d+|hours|days|ages)\b|\bcheck your (phone|messages|texts|email)\b"
    r"|\bi (checked|looked at|went through) (the |my |your )?(cameras?|footage|receipts?|statements?|bank|app|history"
    r"|calendar|diary|rota|schedule|emails?|texts?"
    r"|records?|logs?|doorbell|screen time|usage|figures|numbers|data)\b"
    r"|\bi'?ve been (chasing|ringing|calling|emailing|asking|pushing) (them|him|her|it|for|the)\b"
    r"|^you said (maybe|yes|it was fine|you didn'?t mind|okay|fine|you'?d)\b(?!.*\bi could (tell|see|hear)\b)"
    r"|\byou (just )?(don'?t|never|didn'?t) (see|notice) (it|that|what i do|everything i do|any of it)\b(?! because i)"
    r"|\byou only (remember|see|notice|hear|count) the (bad|worst|negative)\b"
    r"|\byou'?re (twisting|misremembering|rewriting)\b|\byou'?(ve| have) made (that|it|this) up\b"
    r"|\byou'?re making (that|it|this) up\b|\bpot calling the kettle\b",
    # the same in the past ("It wasn't a date, it was a work lunch.", "That wasn't shouting, it was me being loud."),
    # not the blame or the burden owned ("It wasn't your fault, it was mine.", "It wasn't easy for you, it was…")
    r"^(it|that|this) (wasn'?t|was not|weren'?t) (a |an |my |just )?(?!(your|you|the (point|problem|issue)|fair|easy"
    r"|nice|right|ok|okay|kind|about you|for you|on you|a lot)\b)\w+( \w+)?,? (it|that|this) (was|were) (a|an|the|my|our"
    r"|his|her|their|just|only|me|about)\b(?! (lot|big deal|worst|hardest|mine)\b)(?!.*\b(feel|felt|sorry|fault)\b)"
    r"(?!.*\b(on my own|by myself|without (you|asking|telling)|behind your back)\b)",
    # what the partner leaves out of the account: "You're forgetting I cooked every night.", "Don't forget I paid."
    r"\byou'?re (forgetting|leaving out) (that i|i|the (part|bit) where|what i|about (the|my|when i))\b"
    r"|^(and )?don'?t forget (that )?i (\w+ed|did|was|had|took|paid|made|drove|went|got|sat|came)\b",
    # the partner's feeling said not to follow from the listener's account: "You agreed to it, so I don't see why
    # you're so upset." (not the honest question: "I don't get why you're upset, can you help me understand?")
    r"\bso i (don'?t|do not|can'?t|cannot) (get|see|understand) why you(?:'?re| are|'?d be|'d even be) (so |even |that"
    r" |getting )?(upset|cross|angry|annoyed|mad|bothered|hurt|sulking|worked up|offended|funny|stressed)\b",
    # the listener's own same hardship borne without complaint, to shrink the partner's: "I get migraines too, and I
    # still go to work." (not a failure owned: "and I still got it wrong")
    r"\b(and|but|yet) i (still|always) (go|went|do|did|get|got|manage|managed|make|made|turn|turned|show|showed|drag"
    r"|dragged|come|came|get on|got on|crack|cracked|push|pushed) (to work|in|up|on|out|the \w+|it done|on with it|the"
    r" kids|through)\b(?!.*\b(sorry|wrong|guilty|bad)\b)",
    # minimised: "it's not that deep", "It was a one-off, it's not a pattern."
    r"\b(it'?s|that'?s) not that (deep|serious)\b|\b(it was|it'?s|that was) (just |only )?a one[ -]?off\b"
    r"|\bnot a pattern\b",
    r"\bi left (in (plenty of|good) time|on time|early|with (loads of|plenty of) time)\b"
    r"|^(the |my |our )?\w+ only (reaches|works|covers|fits|holds|goes)\b",
    r"^(?!.*\b(you|your|feel|felt|fault|mistake|wrong|sorry|me|bad)\b).*\b(was|were|is|are|'s) (\w+ ){1,5}actually$",
    # a norm that settles it: "One doesn't consult on a surprise.", "That's the whole point of a surprise."
    r"^one (doesn'?t|does not|can'?t|cannot|never|mustn'?t|has to|must|does have|has (commitments|responsibilities"
    r"|a life))\b(?! (get over|forget|recover|feel|help)\b)"
    r"|\bthat'?s the (whole )?point of (a|an)\b",
)
# A challenge put as a question or a doubt: "Can you blame me?", "So I'm meant to tell him I'm skint?", "Why were you
# going through my coat anyway?", "I'm not fasting though.", "just because you are"
RETORT = alternatives(
    # what the partner should know by now: "You should know me better than that.", "You of all people should know…",
    # "Surely you know by now…", "You know what I'm like." (not an admission: "…, and I wasn't.")
    r"\byou (of all people )?(should|ought to|must)( have|'?ve)? (know|known|realise|realize|realised|realized)( me)?"
    r" (by now|better)\b|\b(by now|after all this time|of all people|after (\w+ ){1,2}years),? you (should|ought to"
    r"|must)( have)? (know|known|realise|realize|realised|realized)\b|\bsurely you (know|knew) (by now|that)\b"
    r"|\byou of all people (should|ought to|must)( have)? (know|known|realise|realize|understand)\b"
    r"|\byou know what i'?m like\b|\byou'?ve known me (\w+ )?(years|ages|long enough|forever)\b"
    r"|\byou (should|ought to)( have|'?ve) (known|realised|realized|guessed) (i'?d|i would|i was|i'?m|i wasn'?t"
    r"|i wouldn'?t)\b(?!.*\b(sorry|and i (wasn'?t|didn'?t|haven'?t|never))\b)",
    # "Oh, here's me thinking…", "I'd hardly call ten minutes all evening.", "Again with the phone.", "Not everything
    # is a conspiracy against you.", "I had my reasons.", "I've had a day, okay?", "I'm not going to apologise for…",
    # "You do realise I was…?", "Do you want me to lose my job?", "That's your version of events.", "We've been over
    # this a hundred times.", "I wasn't to know."
    r"\bhere'?s me thinking\b|\band here i was thinking\b|\bi'?d hardly call\b|^(oh |here we go )?again with the\b"
    r"|\bnot everything(?: is|'?s) (about you|a (conspiracy|drama|crisis|big deal|competition))\b"
    r"|\bi had (my|good|a good|a) reasons?\b|\bi'?ve had a (day|week|month)\b(?! (off|out))"
    r"|\bi'?m not (going to|gonna) (apologi[sz]e|say sorry|feel (bad|guilty)) for\b|\bi won'?t apologi[sz]e for\b"
    r"|\byou do (realise|realize|know) (i|that i|it was)\b"
    r"|\byou want me to (lose|quit|give up|ignore|get sacked|be sacked|chuck|throw)\b"
    r"|\byour version (of events|of things|of it)\b|\bi wasn'?t to know\b"
    r"|\bwe'?ve (been over|had) this (conversation |argument |discussion )?(a (hundred|million|thousand) times|before"
    r"|already|so many times)\b(?!.*\b(sorry|i still|and i haven'?t)\b)",
    # the listener's reasons, put plainly: "The kids needed feeding, so I was cooking.", "That was before I got the
    # promotion.", "It's different for me, I'm…", "I'd just finished a twelve-hour shift.", "My phone's my alarm, so
    # it has to be by the bed.", "We agreed I'd do the mornings…", "I thought you were asleep."
    r"\b(needed|wanted|asked for|was due|were due|had to be)\b.{0,40}\bso i\b|\b(that|it) was (before|after) (i|we)\b"
    r"|\b(it'?s|that'?s) different (for me|with me|when i)\b|\bi'?d (just )?(finished|done|got in|got back|got home"
    r"|come off|worked)\b|\bso (it|i|they|we) (has|have|need|needs|had) to\b"
    r"|\bwe (agreed|said|decided)( that)? (i'?d|i would|you'?d|you would|it was|it'?d)\b"
    r"|^i thought (you'?d|you would|you were|it was|it'?d|you said|you wanted|you knew|you didn'?t)\b"
    r"(?!.*\b(sorry|and you (weren'?t|didn'?t|don'?t|aren'?t))\b)",
    # the listener as only the go-between ("Don't shoot the messenger", "I'm just the messenger"); the act called
    # harmless after 'but' ("…, but it was a nervous laugh."; not owned: "It was a stupid joke and I'm sorry"); a mock
    # title ("Oh lovely, so I'm husband of the year now."); the partner's complaint turned back with 'too, you know'
    # ("I feel lonely too, you know, when you're out every weekend.")
    r"\b(don'?t )?shoot the messenger\b|\bi'?m (just|only) the messenger\b"
    r"|\bbut it was (just |only |honestly )?(a|an) (\w+ )?(laugh|joke|reflex|slip|accident|habit|misunderstanding"
    r"|one-off)\b(?!.*\b(sorry|my fault|on me)\b)"
    r"|\bso (now )?i'?m (\w+ ){1,2}of the (year|month|century|decade)\b"
    r"|\bi (feel|felt|get|got|am|'?m) (\w+ ){1,2}(too|as well),? you know,? when you(?:'?re| are|r)?\b",
    # "I can't be in two places at once.", "I can't win with you.", "It's not as if you ever ask."
    r"\bwhat'?s the point( anyway| then| of (it|going|me going|trying))?$"
    r"|\bi can'?t be in two places\b|\bi'?m only (one person|human)\b|\bi can'?t win\b"
    r"|\bi can'?t do right for doing wrong\b|\bdamned if i do\b|\bthere'?s no winning\b"
    r"|\bi (can'?t|can never|never) do (anything|nothing) right\b"
    r"|\b(it'?s|nothing'?s|it is) never (enough|good enough|right)\b"
    r"|\b(a lot of|so much|all this|nothing but) (blame|criticism|complaining|moaning|attitude|nagging)\b"
    r"|\ba you (problem|thing|issue)\b"
    r"|\bnot (as if|like) you (ever|even|actually)\b",
    # denied outright, in other words: "that is simply untrue", "Is not true, I…"
    r"\b(that|it)(?:'?s| is| was) (simply |just |completely |totally |absolutely |flatly )?(untrue|false|a lie|a myth"
    r"|rubbish|nonsense)\b(?! of me)|^(is|was) not (true|right|fair)\b",  # not "that's rubbish of me", owned
    # a duty as the reason: "I'm on call", "it's not optional", "I've got to be reachable"; the partner's own request:
    # "You asked me to find the recipe, so I was on it."
    r"\bi'?m on call\b|\bnot optional\b|\bi(?: have|'?ve got) to be (reachable|available|contactable|online)\b"
    r"|\byou (asked|told|wanted) me to \w+.{0,40}\bso (i|that'?s)\b",
    r"\byou (literally|actually|yourself) (handed|gave|bought|chose|booked|sent|showed|asked|passed|left) (me|it|them"
    r"|that|those)\b"
    r"|\bi (\w+ )(\w+ ){0,3}(as soon as|the second|the minute|the moment) you\b"
    r"|\bi(?:'?m| am| was)(?:n'?t| not) (?!(saying|trying|sure|blaming|angry|upset|sorry|proud|aware|conscious"
    r"|realising|realizing|noticing"
    r"|thinking)\b)(\w+ ){1,4}i(?:'?m| am| was)"
    r" (\w+ing|on|at|in|just)\b",
    r"\bbut,? who (was|were|is|has been) (on|up|out|late|glued|scrolling|playing|watching|texting|using|the one)\b"
    r"|\bbut,? who (left|forgot|took|spent|kept)\b"
    r"|^(i|it|that|they)\b(?!.*\b(should|could|maybe|feel|felt|too)\b).*\b(tho|though)$",
    r"\bcan you (really |honestly |actually |even )?blame me\b|\bwho could blame me\b"
    r"|^so i'?m (meant|supposed|expected) to\b",
    r"^(why|what) (were|are|did|do|would) you\b.*\banyway$|\bjust because you (are|do|did|want|say|said|can|were)\b",
    r"^(?!.*\b(feel|felt|sounds?|seems?|must|maybe|should|could)\b).*\b(you|i|i'?m|im|it|that|they|he|she)\b.*"
    r"(\bnever\b|\bnot\b|n'?t\b|\bonly\b).* though( (babe|love|mate|hun|darling|pet|sweetheart|honestly|really))?$",
    r"(?<!if )(?<!when )\bi (showed|sent|gave|forwarded) you (the (numbers|figures|receipts?|statements?|rota|emails?"
    r"|link|list|screenshots?|messages?|texts?|invite|dates|details|plan|dates)|it in writing)\b",
)
