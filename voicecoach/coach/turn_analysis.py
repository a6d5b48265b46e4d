"""What a turn does, from its words and the partner's last turn: the labels the coach gives feedback on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from voicecoach.coach import challenge_cues as challenge
from voicecoach.coach import contempt_cues as contempt
from voicecoach.coach import counterpoint_cues as counterpoint
from voicecoach.coach import defending_cues as defending
from voicecoach.coach import dismissal_cues as dismissal
from voicecoach.coach import feeling_with_cues as feeling_with
from voicecoach.coach import impact_cues as impact
from voicecoach.coach import listener_cues as heard
from voicecoach.coach import model_guards as guards
from voicecoach.coach import own_hardship_cues as hardship
from voicecoach.coach import own_need_cues as needs
from voicecoach.coach import own_story_cues as own_story
from voicecoach.coach import same_act_cues as same_act
from voicecoach.coach import speaker_cues as spoken
from voicecoach.coach import third_party_cues as third_party
from voicecoach.coach import unlabelled_defence, unlabelled_turns
from voicecoach.coach.lexicon import FEELING, FEELING_RE, GLAD_FEELING_RE, SECOND_PERSON, either
from voicecoach.coach.partner_overlap import (adds_much, borrowed_words, copied_in_order, one_clause_said_back,
                                              overlap)
from voicecoach.coach.turn_model import TurnModel, shipped_model
from voicecoach.coach.turn_text import Turn, feeling_words, normalise

LABELS = ("reflection", "parroting", "advice", "defending", "self_focus", "question", "validation", "empathy",
          "attack", "i_statement")
ABOUT_PARTNER = re.compile(r"\b(" + SECOND_PERSON + r")\b")
IMPLIED_PARTNER = re.compile(r"\b(sounds|must have|that must|must feel|i'?m guessing|i guess|i imagine|i bet"
                             r"|i'?m hearing"
                             r"|if i'?m (getting|understanding|reading) (this|you|that|it) right|is that (it|right)$"
                             r"|correct me if i'?m wrong|i'?m picking up|i(?: get|'?ve got| have) the (sense|feeling"
                             r"|impression)"
                             r"|i hear that)\b"
                             r"|^so (when|it'?s|it|the|basically)\b|^it (feels|felt) like\b"
                             r"|^(so |and )?it'?s (less|more|not so much) about\b")
AGREED = re.compile(r"^(okay|ok|sure|yes|yeah|fair enough|of course|right then|alright)\b.*\b(i can|i will|i'?ll|i do"
                    r"|can do|will do|let'?s|we can)\b")
JUDGED = re.compile(r"('?s| is| was| makes| seems| sounds| feels| would be)\b")  # after a feeling word: it is judged
AGREEMENT = re.compile(r"^(you'?re|youre|you are) (so |absolutely |totally )?right\b")
OPENS_AS_REFLECTION = either(r"^(so|it sounds|sounds|you|what i hear|i hear that|i hear you'?re|if i|let me|what you"
                             r"|that must|it must|when i)\b")
VERDICT_CLAUSE = re.compile(r"\bi feel (like|that|as if) (you|your|they|he|she)\b.*?(?=\b(and|but|so)\b|$)")
FIRST_PERSON = re.compile(r"\b(i|i'?m|im|i'?ve|ive|we|we'?re)\b")
AN_APOLOGY_OR_DISCOVERY = re.compile(r"\b(sorry|no idea|didn'?t (know|realise|realize))\b")
# The partner's feeling named in the same breath, with no "but": an admission ("I was on my phone while you
# were talking, and you felt like you didn't matter"), not a defence.
PARTNER_FELT = re.compile(r"\byou(?:'?re| are| were| feel| felt| got| get)( \w+)? (" + FEELING + r")\b"
                          r"|\byou (feel|felt) like\b|\b(made|makes|left|leaves) you\b")
# the defence taken back in the same breath: "He's my brother, but that doesn't make it okay…"
TAKEN_BACK = re.compile(r"\bbut (that|it|this|none of that) (doesn'?t|does not|didn'?t|did not|isn'?t|wasn'?t)"
                        r" (make|give|excuse|mean|change|justify)\b|\bwhatever my reasons\b")
# or owned outright, not asked as a sneer ("So it's all my fault now?"): "It was my turn to get her, and I forgot."
OWNED = re.compile(r"(?<!not )\b(it was|that was|that'?s|it'?s) (all )?my (turn|job|fault|responsibility|mistake)"
                   r"\b(?! now)|\bthat'?s on me\b|\b(that|it) was (so |really )?wrong of me\b"
                   r"|\band (that|it)(?:'?s| is| was) not (okay|ok)$|\band (that|it) wasn'?t (okay|ok)$"
                   r"|\b(and|but) (i can see now|i see now|now i see) (that )?(i\b|it\b(?! (was|is) you)|how (much "
                   r"|badly |hard )?(i|it)\b)")
# (or a feeling named only to be doubted: "You agreed, so I don't see why you're upset")
CONTRAST = re.compile(r"\b(but|though|although|well)\b|\bso i (don'?t|do not|can'?t) (get|see|understand) why you")
CONFIRMATION = re.compile(r"^(yes|yeah|yep|exactly|that'?s|okay|ok|no|mm|right|sure|you got it|you'?ve got it|got it"
                          r"|nailed it|spot on|bang on|close|thanks|thank you|cheers)\b")
MOCK_ASSENT = re.compile(r"^(oh )?(right|course|of course|sure|brilliant|great|lovely|perfect|wonderful|marvellous"
                         r"|marvelous|fantastic|super|splendid|terrific|excellent|fabulous|charming|amazing|superb"
                         r"|classic|lovely stuff|great stuff|nice one|nice|how nice|how lovely|good to know|noted"
                         r"|(thanks|cheers) (for that|a lot|a bunch)|love you too)$")
SPEAKERS_MOCK_ASSENT = re.compile(r"^(of )?course (it|he|she|they|you) (was|is|did|does|were|would|had|has)$")
_TAG = r"(didn'?t|did|haven'?t|have|don'?t|do|wasn'?t|was|am|aren'?t|can'?t|can|couldn'?t|could|won'?t|will) i$"
INSISTING_TAG = re.compile(r"^i\b.*\b" + _TAG)
UNPUNCTUATED_TAG = re.compile(r"\bi (\w+ ){1,10}" + _TAG)
# "Where you grew up, …", "What I meant as a treat…": written without "?", a wh-word and its subject open a clause
WH_CLAUSE = re.compile(r"^(where|when|what|how|who|which) (i|you|we|he|she|they|it|my|your)\b")
ASKED_AFTER_A_CLAUSE = re.compile(r"^(when|if|after|before|once) .*\b(what|how) (do|did|does|would|could|can|is|was)"
                                  r" (you|it|that)\b")
# a count said on its own, for emphasis: "I answered one email. One.", "Fifty-eight. It says fifty-eight views."
BARE_COUNT = re.compile(r"^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
                        r"|sixty|seventy|eighty|ninety|hundred|once|twice|\d+)( (one|two|three|four|five|six|seven"
                        r"|eight|nine))?$")
# a correcting word after an echo: "Three times? She rang once."
CORRECTING = re.compile(r"\b(once|twice|only|actually|never|tops|max|at most|barely|hardly|usually|normally"
                        r"|mostly)\b")


@dataclass
class TurnAnalysis:
    labels: dict[str, bool]
    feeling_words: list[str] = field(default_factory=list)
    added_feeling: bool = False  # a reflection that names a feeling the partner did not say (a complex reflection)

    def as_dict(self) -> dict:
        return {"labels": dict(self.labels), "feeling_words": list(self.feeling_words)}


def analyse(role: str, text: str, partner_text: str | None = None, step: int | None = None,
            model: TurnModel | None = None) -> TurnAnalysis:
    """The labels of one turn. The model (the shipped one unless given) backs up or replaces the cues for its labels,
    after the cues have decided all of them."""
    model = model if model is not None else shipped_model()
    turn = Turn(text)
    feelings = feeling_words(text)
    labels = dict.fromkeys(LABELS, False)
    if role == "speaker":
        labels.update(_speaker_labels(turn))
        _with_model(labels, model, role, turn, normalise(partner_text or ""))
        return TurnAnalysis(labels, feelings)
    labels.update(_listener_labels(turn, partner_text or "", feelings))
    cue_labels = dict(labels)
    _with_model(labels, model, role, turn, normalise(partner_text or ""))
    # Advice-questions are advice and challenge questions defending, whoever found the question; and a suggestion
    # ("You really need to…") is no restatement unless the cues heard one.
    labels["question"] = labels["question"] and not (labels["advice"] or labels["defending"] or labels["self_focus"])
    # "I know exactly how you feel, my boss…" is self-focus only, whoever found the turn to one's own
    labels["empathy"] = labels["empathy"] and not labels["self_focus"]
    labels["validation"] = labels["validation"] and not labels["self_focus"]
    labels["reflection"] = labels["reflection"] and not labels["parroting"]  # the partner's words are no reading
    # nor is a sneer ("…you want me to bake a cake? Right."), whoever found the reading
    labels["reflection"] = labels["reflection"] and not _sarcastic_echo(turn)
    # nor is one sentence of remorse for what the listener did to the partner, whoever found the reading
    labels["reflection"] = labels["reflection"] and not (
        len(turn.sentences) == 1 and bool(feeling_with.OWN_REMORSE.search(turn.said)))
    if labels["advice"] and cue_labels["advice"] and not cue_labels["reflection"]:
        labels["reflection"] = labels["reflection"] and bool(heard.REFLECTION_STEMS.search(turn.said))
    partner = normalise(partner_text or "")
    if labels["question"] and step in unlabelled_defence.REFLECTING_STEPS \
            and _model_defence(model, turn, partner, unlabelled_defence.QUESTION_AS_DEFENCE):
        labels["defending"], labels["question"] = True, False  # "…so where's the harm?" asks nothing
    if not any(labels.values()):
        labels["defending"] = step in unlabelled_defence.REFLECTING_STEPS and _model_defence(model, turn, partner)
        if not labels["defending"]:
            labels.update(dict.fromkeys(unlabelled_turns.labels_for(model, turn, partner, step), True))
    partner_feelings = set(feeling_words(partner_text or ""))
    added = labels["reflection"] and any(f not in partner_feelings for f in feelings)
    return TurnAnalysis(labels, feelings, added)


def _model_defence(model: TurnModel, turn: Turn, partner: str, threshold: float | None = None) -> bool:
    """The model's defending score reaches `threshold` (its own, for a turn nothing else labels) on a turn open to a
    defence (unlabelled_defence.py)."""
    about = model.labels.get("defending")
    if about is None or about.get("combine") != "unlabelled":
        return False
    threshold = about["threshold"] if threshold is None else threshold
    return open_to_unlabelled_defence(turn) and model.probability("defending", turn.as_spoken, partner) >= threshold


def open_to_unlabelled_defence(turn: Turn) -> bool:
    """Nothing in the turn owns up or takes the defence back (as for the cues' defending), and the filters of
    unlabelled_defence.py let it through."""
    asked = [said for _, said in turn.questions()]
    admitted = any(_admits(part, asked) for part in [turn.said, *turn.sentences])
    return not admitted and unlabelled_defence.could_be_a_defence(turn)


def _with_model(labels: dict[str, bool], model: TurnModel, role: str, turn: Turn, partner: str) -> None:
    """The model's labels for this role: added to the cues' ("or"), or in their place ("alone"), less those the
    turn's shape rules out (model_guards.py); and the cues' labels the model all but rules out, taken back."""
    found, doubted = model.verdicts(role, turn.as_spoken, partner)
    found -= guards.unfounded(found, turn)
    for label in model.labels_for(role):
        alone = model.labels[label].get("combine") == "alone"
        labels[label] = label in found or (labels[label] and not alone)
    for label in doubted:
        labels[label] = False


def _speaker_labels(turn: Turn) -> dict[str, bool]:
    mock_cheer = turn.has(spoken.MOCK_CHEER) and not turn.has(spoken.THANKS)
    i_statement = _i_statement(turn)
    mock_praise = turn.has(spoken.PRAISED_PART) and i_statement and not GLAD_FEELING_RE.search(turn.said) or (
        turn.has(spoken.THANKS) and any(spoken.PRAISE_FRAGMENT.search(s) for s in turn.sentences[1:])) or (
        _praise_closing_a_complaint(turn))
    return {"attack": turn.has(spoken.ATTACK) or _sarcastic_echo(turn, speaker=True) or mock_cheer or mock_praise
            or turn.has(contempt.CONTEMPT) or contempt.shown_up_in_front_of_others(turn)
            or contempt.judgement_mock_praised(turn),
            "i_statement": i_statement}


def _praise_closing_a_complaint(turn: Turn) -> bool:
    """"Forgot the anniversary again. Really thoughtful.": a bare fragment of praise after the partner's act, with no
    glad feeling, not about someone else ("The nurse was lovely with Dad. Really kind.") nor after agreeing."""
    said = turn.sentences
    return (len(said) >= 2 and bool(spoken.PRAISE_FRAGMENT.search(said[-1])) and not GLAD_FEELING_RE.search(turn.said)
            and not spoken.NOT_A_COMPLAINT_FIRST.search(said[0]))


def _listener_labels(turn: Turn, partner_text: str, feelings: list[str]) -> dict[str, bool]:
    said, partner = turn.said, normalise(partner_text)
    shared, order = overlap(said, partner)
    challenged = _challenge_question(turn)
    labels = {"advice": turn.has(heard.ADVICE) and not turn.has(defending.SARCASTIC)
              and not turn.has(own_story.ONE_UPPING_CUE) and not challenged}
    no_new_feeling = set(feelings) <= set(feeling_words(partner_text))
    # the partner's words with the listener's stance on them ("…, no wonder you're falling apart") are not parroted
    validates, feels_with = turn.has(heard.VALIDATION), turn.has(heard.EMPATHY)
    labels["parroting"] = bool(partner) and not (validates or feels_with) and (
        shared >= 0.5 and order >= 0.6 and not adds_much(said, partner)
        or copied_in_order(said, partner) >= 0.75 and no_new_feeling
        or _reshuffled(turn, partner) and no_new_feeling)
    own_hardship = _own_hardship(turn)
    own_need = turn.has(needs.NEED_AS_THE_REASON)
    labels["self_focus"] = (turn.has(own_story.SELF_FOCUS) or _shared_then_mine(turn) or own_hardship or own_need
                            or _parallel_experience(turn) and not labels["advice"]
                            or own_story.nod_then_mine(turn) or own_story.feeling_doubted_then_mine(turn))
    echo = _challenging_echo(turn) and not labels["self_focus"] and not labels["advice"]
    sneered = _sarcastic_echo(turn)
    # a parroted turn's words are the partner's, and a story of one's own (or one's own hardship, told with no "you")
    # is not a defence of it
    labels["defending"] = not labels["parroting"] and not turn.has(own_story.SAYS_IT_IS_MINE) and not own_hardship and (
        _defends(turn) or echo or _insisting_tag(turn) or _doubting_though(turn, labels["advice"])
        or _counter_fact(turn) or sneered or _insisted_count(turn) or challenged
        or turn.has(counterpoint.COUNTERPOINT) or _granted_then_countered(turn) or turn.has(own_story.THROWN_BACK)
        or turn.has(same_act.SAME_ACT) or own_need)
    labels["validation"] = validates and not labels["self_focus"]
    labels["empathy"] = feels_with and not labels["self_focus"]
    labels["question"] = _asks(turn) and not (labels["advice"] or labels["defending"] or labels["self_focus"])
    # a sentence that waves the partner's feeling away ("You're blowing this out of proportion.") reads nothing
    reading = [s for s in turn.sentences if not dismissal.FEELING_DISMISSED.search(s)]
    read = said if len(reading) == len(turn.sentences) else " ".join(reading)
    stems = ((bool(heard.REFLECTION_STEMS.search(read)) or any(heard.FEELING_NAMED_FOR_PARTNER.search(s)
                                                                for s in [read, *reading]))
             and not AGREEMENT.search(said))
    implied = IMPLIED_PARTNER.search(said) or heard.IMPLIES_THE_PARTNER.search(said)
    # the partner's own feeling word said back first ("Terrified, and then I brushed it off…"): their feeling, read
    named_back = _their_feeling_first(turn, partner_text)
    stems = stems or named_back or impact.reads_the_impact(turn, labels)
    about_partner = bool(ABOUT_PARTNER.search(said)) or named_back or (stems and (bool(implied) or shared >= 0.2))
    own_feeling_only = labels["empathy"] and not stems
    echoed_a_feeling = echo and bool(FEELING_RE.search(turn.sentences[0]))
    labels["reflection"] = ((stems or shared >= 0.35) and about_partner and not labels["parroting"]
                            and not labels["self_focus"] and not own_feeling_only and (not echo or echoed_a_feeling))
    return labels


def _reshuffled(turn: Turn, partner: str) -> bool:
    """The partner's own words said back as a statement with their clauses in another order ("You feel like the
    hired help because you cook every Sunday"), or one clause of theirs said back whole ("You feel like an
    afterthought."): nothing of the listener's added."""
    borrowed, words = borrowed_words(turn.said, partner)
    said_back = words >= 5 and borrowed >= 0.8 * words or one_clause_said_back(turn.said, partner)
    return said_back and not turn.questions() and not _asks(turn)


def _their_feeling_first(turn: Turn, partner_text: str) -> bool:
    """The turn opens on a feeling word the partner used of themselves ("Terrified, and then I…" after "I'm
    terrified"), not on one of the listener's own, nor on the feeling judged ("Worn out's understandable" is
    validation)."""
    opening = FEELING_RE.match(turn.sentences[0]) if turn.sentences else None
    judged = opening and JUDGED.match(turn.sentences[0], opening.end())
    return (bool(opening) and not judged and opening.group(1) in feeling_words(partner_text)
            and opening.group(1) != "sorry")


def _i_statement(turn: Turn) -> bool:
    """Speaks from their own feeling, state or need ("I feel hurt when…", "I need you to…"); "I feel like you…" is
    a verdict about the partner, not a feeling, so a feeling word inside it does not count."""
    if turn.has(spoken.NEED_OR_WANT) or turn.has(spoken.OWN_STATE):
        return True
    return any(spoken.OWN_FEELING.search(VERDICT_CLAUSE.sub(" ", sentence)) for sentence in turn.sentences)


def _asks(turn: Turn) -> bool:
    """A sentence ending in "?", or opening as a question; unpunctuated, as speech recognition leaves it, a question
    may also follow a clause ("when the music starts what do you need from me")."""
    asked = [said for raw, said in turn.questions() if not _exclaimed_echo(turn, raw, said)
             and not challenge.RHETORICAL_AGREEMENT.search(said)]
    unpunctuated = not re.search(r"[.,?!]", " ".join(turn.raw_sentences))
    return bool(asked) or any(heard.QUESTION_START.search(s) and not heard.PSEUDO_CLEFT.search(s)
                              and not challenge.RHETORICAL_AGREEMENT.search(s)
                              and (unpunctuated or not WH_CLAUSE.search(s))
                              or heard.CHECKING_TAG.search(s) for s in turn.sentences) or (
        unpunctuated and bool(ASKED_AFTER_A_CLAUSE.search(turn.said)))


def _exclaimed_echo(turn: Turn, raw: str, said: str) -> bool:
    """"Four days by yourself with a newborn? I'd be panicking too.": the partner's words echoed back in surprise,
    then the listener's own answer; a reaction, not a question."""
    return (raw is turn.raw_sentences[0] and len(turn.raw_sentences) > 1 and len(said.split()) <= 8
            and not heard.QUESTION_START.search(said) and not heard.ASKING_VERB_FIRST.search(said))


def _defends(turn: Turn) -> bool:
    asked = [said for _, said in turn.questions()]
    return any(defending.DEFENDING.search(part) and not _admits(part, asked) for part in [turn.said, *turn.sentences])


def _admits(part: str, asked: list[str]) -> bool:
    """The partner's feeling named with no "but", the defence taken back, or the listener's part owned."""
    owned = OWNED.search(part) and not any(question in part for question in asked)
    return bool(PARTNER_FELT.search(part)) and not CONTRAST.search(part) or bool(
        TAKEN_BACK.search(part) or owned or same_act.OWNED_WITH_AN_APOLOGY.search(part)
        or third_party.OMISSION_OWNED.search(part))


def _parallel_experience(turn: Turn) -> bool:
    return any(own_story.PARALLEL_EXPERIENCE.search(s) and not own_story.REACTION_TO_PARTNER.search(s)
               and not OPENS_AS_REFLECTION.search(s) for s in turn.sentences)


def _own_hardship(turn: Turn) -> bool:
    """The listener's own hardship told with no "you" or "we" in the turn, and not as the reason for what the partner
    complains of ("I was exhausted, that's why I forgot.")."""
    return (not hardship.PARTNER_OR_US.search(turn.said) and turn.has(hardship.OWN_HARDSHIP_CUE)
            and not turn.has(hardship.GIVEN_AS_THE_REASON))


def _granted_then_countered(turn: Turn) -> bool:
    """"Your anger makes sense to me, but I wrote the grant…": the feeling granted, then a fact of the case."""
    granted, but, rest = turn.said.partition(" but ")
    rest = re.sub(r"^(to be (fair|honest)|honestly|in fairness|look|still) ", "", rest)
    return bool(but and heard.VALIDATION.search(granted) and counterpoint.COUNTER_FACT.search(rest)
                and not counterpoint.NOT_A_COUNTER.search(rest))


def _challenge_question(turn: Turn) -> bool:
    """A question that pushes back ("…and I'm the problem?", "Am I meant to ask permission?"), not one that asks, nor
    a request checked back and then agreed to ("You want me to put it away at dinner? Okay, I can do that.")."""
    raw, said = turn.raw_sentences, turn.sentences
    return any(raw[i].endswith("?") and challenge.challenges(raw[i], said[i])
               and not (i + 1 < len(said) and AGREED.search(said[i + 1])) for i in range(len(said)))


def _shared_then_mine(turn: Turn) -> bool:
    """"I'm gutted too, I'd booked Wagamama": a shared feeling, then an account of the listener's own."""
    shared = own_story.SHARED_THEN_MINE.search(turn.said)
    if not shared:
        return False
    rest = shared.group("rest").strip()
    return bool(own_story.OWN_ACCOUNT.search(rest)) and not own_story.SECOND_PERSON_OR_US.search(rest)


def _challenging_echo(turn: Turn) -> bool:
    """A short echo of the partner's words answered with a counter-fact ("Always? I was early on Tuesday.", "Three
    times? She rang once.")."""
    raw = turn.raw_sentences
    if len(raw) < 2 or not raw[0].endswith("?") or len(turn.sentences[0].split()) > 8 or raw[-1].endswith("?"):
        return False
    rest = " ".join(turn.sentences[1:])
    corrected = CORRECTING.search(rest) and not heard.ASKING_VERB_FIRST.search(turn.sentences[0])
    taken_back = heard.EMPATHY.search(rest) or heard.VALIDATION.search(rest) or AN_APOLOGY_OR_DISCOVERY.search(rest)
    return bool(FIRST_PERSON.search(rest) or corrected) and not taken_back


def _sarcastic_echo(turn: Turn, speaker: bool = False) -> bool:
    """The partner's words echoed, then mock assent: "Headphones. Right.", "Let it go. Course."; from the speaker,
    a longer echo and assent that names the act ("Swap it back myself. Brilliant.", "Shut. Of course it was.")."""
    said = turn.sentences
    if len(said) < 2:
        return False
    echoed = len(said[0].split()) <= (4 if speaker else 3)
    # or the partner's question turned back on them: "Can I blame you? Brilliant."
    echoed = echoed or len(said[0].split()) <= 5 and turn.raw_sentences[0].endswith("?")
    assent = MOCK_ASSENT.search(said[1]) or (speaker and SPEAKERS_MOCK_ASSENT.search(said[1]))
    if echoed and assent and not CONFIRMATION.search(said[0]):
        return True
    # a question that does not ask, closed with mock assent: "…and you want me to bake a cake? Right."
    return (bool(MOCK_ASSENT.search(said[-1])) and turn.raw_sentences[-2].endswith("?")
            and not heard.QUESTION_START.search(said[-2]) and not heard.ASKING_VERB_FIRST.search(said[-2]))


def _insisted_count(turn: Turn) -> bool:
    """A count said again on its own beside the listener's account: "I had four pints. Four. Over six hours."."""
    said = turn.sentences
    if turn.has(heard.EMPATHY):  # "Forty-one. That undoes me a bit.": the count taken to heart, not insisted on
        return False
    return len(said) >= 2 and any(BARE_COUNT.search(s) for s in said) and any(
        FIRST_PERSON.search(s) or s.startswith("it says") for s in said if not BARE_COUNT.search(s))


def _insisting_tag(turn: Turn) -> bool:
    """A claim of one's own with a tag that insists on it: "I cleared the table, didn't I?" (or, from speech
    recognition, "i do her tablets every night dont i")."""
    unpunctuated = not re.search(r"[.,?!]", " ".join(turn.raw_sentences))  # as speech recognition leaves it
    return (any(INSISTING_TAG.search(said) for _, said in turn.questions())
            or unpunctuated and bool(UNPUNCTUATED_TAG.search(turn.said)))


def _doubting_though(turn: Turn, advice: bool) -> bool:
    """"Did they know you wanted to come, though?": a doubt, unless it is a suggestion ("have you asked, though?")."""
    return not advice and any(said.endswith(" though") for _, said in turn.questions())


def _counter_fact(turn: Turn) -> bool:
    """A dated action of the listener's own, set against the partner's account ("Last night I sat with you")."""
    return (turn.has(defending.PAST_TIME) and turn.has(defending.OWN_PAST_ACTION)
            and not turn.has(OPENS_AS_REFLECTION) and not turn.has(heard.EMPATHY) and not turn.has(heard.VALIDATION)
            and not turn.has(own_story.SELF_FOCUS) and not turn.has(same_act.OWNED_WITH_AN_APOLOGY))
