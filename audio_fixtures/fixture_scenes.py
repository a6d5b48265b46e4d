"""The scene scripts of make_fixtures.py: the placement helpers (say, bc, cut, burst, over) and SCENES.

Data only: make_fixtures.py imports SCENES from here and builds, labels, renders and checks every scene (see
README.md in this folder).  Scenes are numbered by their position in SCENES (sNN), and each scene's random
generator is seeded by that position, so new scenes go at the end of the list.  The first set and s14-s16 are
here; the second and later sets (s17 on, each written as a held-out set) are in fixture_holdout_sets.py (s17-s166),
fixture_holdout_sets_2.py (s167-s296, which fixture_holdout_sets.py appends to its HOLDOUT_SETS) and
fixture_holdout_sets_3.py (s297-s366, which fixture_holdout_sets_2.py appends to its HOLDOUT_SETS_2) and
fixture_holdout_sets_4.py (s367 on, which fixture_holdout_sets_3.py appends to its HOLDOUT_SETS_3), appended to
SCENES at the end of this file, so new sets go at the end of HOLDOUT_SETS_4 in fixture_holdout_sets_4.py.
"""
from __future__ import annotations

ALEX, SAM = "Alex", "Sam"


def say(who, text, gap=None, bc=None, bc_at=None):
    """Speech after the latest speech ends. gap: seconds or "quick" (0.3-0.6), "patient" (0.9-1.5),
    "cont" (0.1-0.22, same person), "pause" (1.0-1.8 thinking pause, same person), "short" (0.4-0.9 pause
    in which `bc`=(person, token) backchannels). Default: 0.3-1.5 for a new speaker, "cont" for the same.
    bc_at (with bc): None = the backchannel is centred in the pause; a fraction 0-1 places it in the room
    left in the pause (0.0: it starts 0.05 s after the speaker's sentence ends, right at the sentence end).
    A negative gap in seconds (-0.25..-0.05, a new speaker only; eighth set): an overlapping turn change, the
    reply starts that long before the other's last word ends, and the other finishes (not an interruption)."""
    return {"op": "say", "who": who, "text": text, "gap": gap, "bc": bc,
            **({"bc_at": bc_at} if bc_at is not None else {})}


def bc(who, text, at=None):
    """Backchannel overlapping the current speaker's last utterance, at fraction `at` (random if None) of the
    allowed window: after the backchanneler's own last speech, ending >= 0.6 s before the speaker stops."""
    return {"op": "bc", "who": who, "text": text, "at": at}


def cut(who, text, clash=False, before=None, after=None):
    """Interruption that takes the floor: onset 0.5-2 s before the end of the current utterance, which is
    cut 0.3-0.8 s after the onset (20 ms fade).  clash=True: both start at once after a silence instead: the
    current utterance (which follows a gap of >= 0.3 s) gets the onset 0.05-0.15 s after its own start and
    is cut 0.3-0.6 s after that onset.  before=seconds: the onset is exactly that long before the current
    utterance's natural end (e.g. 2.5-3 s: in the middle of a long sentence; it must start >= 0.5 s into it).
    after=seconds (eighth set): the onset is exactly that long after the current utterance's start (e.g. 0.6-0.9 s:
    in the first second of a turn; >= 0.5 s, and the holder still has >= 0.5 s left)."""
    return {"op": "cut", "who": who, "text": text, **({"clash": True} if clash else {}),
            **({"before": before} if before is not None else {}),
            **({"after": after} if after is not None else {})}


def burst(who, text, then):
    """Short burst inside the current utterance, then more speech 0.3-0.8 s later while the other still
    talks; the other is cut 0.3-0.8 s after the second onset. One interruption from the burst onset."""
    return {"op": "burst", "who": who, "text": text, "then": then}


def over(who, text, overlap=None):
    """Talk-over: onset 1.6-2.4 s before the end of the current utterance; nobody is cut, the newcomer
    keeps going after the other finishes and so takes the floor.  overlap=seconds (eighth set): exactly that
    long (1.5-3 s; both keep going, the newcomer >= 0.5 s longer)."""
    return {"op": "over", "who": who, "text": text, **({"overlap": overlap} if overlap is not None else {})}


A, S = ALEX, SAM

# Each scene: name, split ("tune" or "holdout"), noise (fan + hum), quiet (that person 6-8 dB quieter),
# script, and optionally bc_takes (which set of backchannel TTS takes it draws from, see BC_TAKES).
# Scenes are short (~6.5-14.6 s) and dense to keep the folder small (FLAC costs ~70 kB per scene-second).
#
# HOLDOUT: the scenes with split="holdout" are for the final score only.  Never tune on them, never look
# at their timelines or per-scene results; if they have been used for tuning, write a fresh holdout set.
# No sentence and no TTS take is shared between the two splits (checked in make_fixtures.main()); only the
# backchannel words ("Okay.", "Mm-hmm.", ...) are, spoken from different takes.
SCENES = [
    # ---- tune (s00-s13 were the first set; s01, s04, s07, s10, s13 were its holdout until they had been
    #      looked at during tuning, so they are tune now and keep bc_takes=1 so their audio is unchanged)
    dict(name="dishes", split="tune", noise=False, quiet=None, script=[
        say(A, "I feel worn out,"),
        say(A, "when the sink is full of dishes again.", gap="short", bc=(S, "Mm-hmm.")),
        say(S, "So you're tired of looking after the kitchen alone.", gap="quick"),
        cut(A, "Yes, and it happens almost every single night this month."),
        bc(S, "Okay."),
    ]),
    dict(name="weekend_plans", split="tune", bc_takes=1, noise=False, quiet=SAM, script=[
        say(A, "I'd love to keep Saturday free, just for the two of us, no errands."),
        bc(S, "Okay.", at=0.0),
        cut(S, "But I already promised my brother we'd help him move house that whole day."),
        over(A, "You promised without asking me, and Saturday is our only free day this month."),
        bc(S, "Right."),
    ]),
    dict(name="late_home", split="tune", noise=True, quiet=None, script=[
        say(S, "I feel anxious when you're late and I hear nothing."),
        bc(A, "Right.", at=0.0),
        say(S, "My head starts inventing all kinds of accidents.", gap="pause"),
        burst(A, "Wait.", then="I mean to text, but my phone is always buried in my bag."),
        bc(S, "Okay."),
    ]),
    dict(name="laundry", split="tune", noise=False, quiet=None, script=[
        say(S, "I feel taken for granted,"),
        say(S, "when wet laundry sits in the machine for days.", gap="short", bc=(A, "I see.")),
        cut(A, "That's not fair, I hung everything up on Thursday night."),
        over(S, "Once, and only because I reminded you about it twice before I left for work."),
        bc(A, "Uh-huh."),
    ]),
    dict(name="feeling_unheard", split="tune", bc_takes=1, noise=True, quiet=None, script=[
        say(S, "I feel unheard when I bring up money and you turn it into a joke."),
        burst(A, "Hold on.", then="I only joke because talking about money makes me really nervous, that's all."),
        over(S, "I get that, but then I carry the worry around by myself all week."),
        bc(A, "Yeah."),
    ]),
    dict(name="phone_at_dinner", split="tune", noise=True, quiet=None, script=[
        say(A, "I feel alone at dinner when you scroll on your phone."),
        bc(S, "Yeah.", at=0.0),
        say(S, "So dinner is when you most want us to connect.", gap="patient"),
        over(A, "Yes, and when your screen lights up I just stop talking."),
        cut(S, "Honestly, I don't even notice I'm doing it."),
        bc(A, "Mm-hmm."),
    ]),
    dict(name="holiday_budget", split="tune", noise=False, quiet=None, script=[
        say(A, "I feel excited about the trip, but your budget makes me tense."),
        bc(S, "Mm-hmm.", at=0.0),
        say(A, "I can't tell which costs are fixed.", gap="pause"),
        cut(S, "Let me show you the spreadsheet, it's much simpler than it looks."),
        over(A, "Not now, I just want you to hear that I'm worried about it."),
    ]),
    dict(name="moving_city", split="tune", bc_takes=1, noise=False, quiet=ALEX, script=[
        say(S, "I feel torn about the job,"),
        say(S, "because it means leaving my family.", gap="short", bc=(A, "Mm-hmm.")),
        say(A, "So part of you wants to go and part wants to stay.", gap="quick"),
        cut(S, "Yes, and telling my dad makes me feel sick."),
        cut(A, "We could fly back every month, tickets aren't expensive."),
        bc(S, "Okay."),
    ]),
    dict(name="bedtime", split="tune", noise=False, quiet=None, script=[
        say(S, "I feel lonely when you work late and I fall asleep alone."),
        bc(A, "Uh-huh.", at=0.0),
        say(S, "We always used to go to bed together.", gap="short", bc=(A, "Yeah.")),
        cut(A, "The project ends next month, I promise."),
        cut(S, "You said the same about the last project, back in spring."),
        bc(A, "Okay."),
    ]),
    dict(name="cooking", split="tune", noise=False, quiet=SAM, script=[
        say(A, "I feel unappreciated when nobody mentions my cooking."),
        bc(S, "Mm-hmm.", at=0.0),
        say(S, "So feeling invisible is what hurts.", gap=0.8),
        cut(A, "Yes, and sometimes I wonder if anyone would notice if I just stopped."),
        over(S, "Of course we'd notice, we love your lasagna more than anything."),
    ]),
    dict(name="friends_over", split="tune", bc_takes=1, noise=True, quiet=None, script=[
        say(S, "I feel caught off guard when friends show up unannounced."),
        bc(A, "I see.", at=0.0),
        say(A, "So a message in the afternoon would help you relax.", gap="quick"),
        over(S, "It would, even an hour's notice gives me time to tidy up."),
        cut(A, "I thought you liked surprises, after the party."),
        bc(S, "Right."),
    ]),
    dict(name="garden", split="tune", noise=False, quiet=SAM, script=[
        say(A, "I feel disappointed that my garden dried out."),
        bc(S, "Yeah.", at=0.0),
        say(A, "I asked for one watering every two days.", gap="pause"),
        burst(S, "Sorry.", then="I did water it, but that heatwave was brutal all week."),
        over(A, "I know, but a few extra buckets would have saved it."),
    ]),
    dict(name="inlaws_visit", split="tune", noise=False, quiet=ALEX, script=[
        say(A, "I feel overwhelmed when your parents stay for a whole week."),
        bc(S, "Right.", at=0.0),
        say(S, "So it's the lack of space that wears you down.", gap="quick"),
        burst(A, "Well.", then="That, and your mother rearranging all the cupboards in my kitchen."),
        over(S, "She only did that once, and she said sorry."),
    ]),
    dict(name="pet_care", split="tune", bc_takes=1, noise=False, quiet=SAM, script=[
        say(A, "I feel resentful that I walk the dog every morning."),
        bc(S, "Uh-huh.", at=0.0),
        say(A, "You promised you'd take the weekends, remember?", gap="pause"),
        over(S, "I remember, and I felt terrible, but I had an awful headache on Saturday."),
        burst(A, "Look.", then="I'm not blaming you, I just need a plan we both keep."),
        bc(S, "Okay."),
    ]),

    # ---- tune, added with the second holdout set: backchannels in pauses mid-scene, thinking pauses, bursts
    dict(name="errands_week", split="tune", noise=False, quiet=None, script=[
        say(S, "I booked the dentist for Tuesday and the garage for Wednesday."),
        burst(A, "Oh.", then="On Wednesday I need the car for the school run."),
        say(A, "Could the garage take it on Thursday?", gap="short", bc=(S, "Sure.")),
    ]),
    dict(name="office_move", split="tune", noise=False, quiet=SAM, script=[
        say(A, "The office move is set for May."),
        say(A, "The movers take the servers on Saturday.", gap="pause"),
        burst(S, "Nope.", then="Our own people have to move the servers."),
    ]),
    dict(name="homework", split="tune", noise=False, quiet=ALEX, script=[
        say(A, "Homework has turned into a battle,"),
        say(A, "every single evening, and I'm worn out by it.", gap="pause"),
        burst(S, "Hey.", then="What if I take over homework on Mondays?"),
        say(S, "You'd get those evenings to yourself.", gap="short", bc=(A, "Got it.")),
    ]),
]

# The second and later sets (s17 on), each written as a held-out set, are in fixture_holdout_sets.py (split out
# to keep this file short; from s167 on, in fixture_holdout_sets_2.py, which it appends, from s297 on, in
# fixture_holdout_sets_3.py, which that appends, and from s367 on, in fixture_holdout_sets_4.py, which that appends
# in turn).  They come after the scenes above, in the same order, so every scene keeps its number and its seed.
# Those files need the helpers above, so they are imported last.
from fixture_holdout_sets import HOLDOUT_SETS  # noqa: E402

SCENES += HOLDOUT_SETS
