"""The scene scripts of make_fixtures.py: the placement helpers (say, bc, cut, burst, over) and SCENES.

Data only: make_fixtures.py imports SCENES from here and builds, labels, renders and checks every scene (see
README.md in this folder).  Scenes are numbered by their position in SCENES (sNN), and each scene's random
generator is seeded by that position, so new scenes go at the end of the list.
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

    # ---- tune: the second holdout set (s17-s26).  Scored several times during development, so moved to
    #      tune; they keep bc_takes=2 (their old holdout takes) so their audio is unchanged.
    dict(name="savings", split="tune", bc_takes=2, noise=True, quiet=None, script=[
        say(A, "I get uneasy when we dip into our savings for little things."),
        bc(S, "Uh-huh.", at=0.0),
        cut(S, "Little things like the espresso machine we bought last month?"),
        burst(A, "Hang on.", then="We set a budget, and that blew right through it."),
        bc(S, "Right."),
    ]),
    dict(name="chore_rota", split="tune", bc_takes=2, noise=False, quiet=SAM, script=[
        say(S, "I made a rota for the chores."),
        bc(A, "Okay.", at=0.0),
        say(S, "So nobody has to keep score anymore.", gap="pause"),
        over(A, "Fine, if I'm not stuck with the bathroom every week."),
        cut(S, "You'd get it every other week, we'd swap."),
        bc(A, "Got it."),
    ]),
    dict(name="sister_visit", split="tune", bc_takes=2, noise=False, quiet=None, script=[
        say(A, "My sister wants to stay with us,"),
        say(A, "for the whole of the holidays.", gap="short", bc=(S, "I see.")),
        say(S, "How long is that, two weeks?", gap="quick"),
        cut(A, "About that, and she offered to help with the night feeds."),
        over(S, "That's a lot while the baby still wakes up at night."),
    ]),
    dict(name="date_night", split="tune", bc_takes=2, noise=False, quiet=ALEX, script=[
        say(S, "I miss having one evening a week,"),
        bc(A, "Yeah.", at=0.0),
        say(S, "one that's just for the two of us.", gap="pause"),
        cut(A, "Thursdays could work, the gym is closed that night anyway."),
        burst(S, "No, wait.", then="Thursdays are my late shift until the end of March."),
        bc(A, "Okay."),
    ]),
    dict(name="client_deadline", split="tune", bc_takes=2, noise=True, quiet=None, script=[
        say(S, "The client moved the deadline up to Friday morning."),
        burst(A, "No way.", then="Testing alone needs a full week."),
        say(A, "I won't ship code that nobody has checked.", gap="short", bc=(S, "Right.")),
        cut(S, "Fine, let's call them before lunch."),
    ]),
    dict(name="report_feedback", split="tune", bc_takes=2, noise=False, quiet=None, script=[
        say(A, "Your report was thorough."),
        say(A, "But the summary on page one ran long.", gap="short", bc=(S, "Mm-hmm.")),
        cut(S, "Should I trim it to half a page for the next one, then?"),
        over(A, "Even shorter, three bullet points would be ideal."),
        say(A, "Put the numbers first.", gap="short", bc=(S, "Got it.")),
    ]),
    dict(name="standup_blockers", split="tune", bc_takes=2, noise=False, quiet=SAM, script=[
        say(S, "Does anyone have a blocker?"),
        bc(A, "Sure.", at=0.0),
        say(A, "The staging server keeps timing out on every upload.", gap="patient"),
        bc(S, "Uh-huh.", at=0.0),
        cut(S, "I'll ask the platform team to look at it this afternoon."),
        over(A, "Thanks, and ask them about the backups too?"),
    ]),
    dict(name="mum_called", split="tune", bc_takes=2, noise=False, quiet=None, script=[
        say(A, "Your mom called twice while you were out at the shops."),
        burst(S, "Twice?", then="Did she say what it was about, or why?"),
        say(S, "She only calls twice when something's wrong.", gap="short", bc=(A, "Mm-hmm.")),
        cut(A, "Relax, she wanted your cake recipe."),
    ]),
    dict(name="birthday_gift", split="tune", bc_takes=2, noise=True, quiet=None, script=[
        say(S, "We still need a present for your brother."),
        bc(A, "Right.", at=0.0),
        say(A, "Fifty at most, since we're still paying off the car loan.", gap="quick"),
        bc(S, "Yeah.", at=0.0),
        cut(S, "Fifty feels stingy after that lovely watch he gave you."),
        over(A, "That watch was far too generous, honestly."),
    ]),
    dict(name="handover", split="tune", bc_takes=2, noise=False, quiet=None, script=[
        say(A, "I'm handing billing over to you next week."),
        bc(S, "Okay.", at=0.0),
        say(A, "The invoice export is the tricky part.", gap="pause"),
        cut(S, "Is that the script that breaks at the end of every month?"),
        over(A, "Exactly, and my notes on it are in the shared folder."),
    ]),

    # ---- tune: the third holdout set (s27-s36).  The lead engineer used its held-out scores to reject an
    #      engine change, so it stopped being untouched and moved to tune; these scenes keep bc_takes=3
    #      (their old holdout takes) so their audio is unchanged.
    dict(name="grocery_bill", split="tune", bc_takes=3, noise=True, quiet=None, script=[
        say(S, "I checked the bank app this morning,"),
        say(S, "and groceries cost double what they did in June.", gap="short", bc=(A, "Uh-huh.")),
        say(A, "We had guests three weekends running.", gap="patient"),
        cut(S, "Sure, but we order takeaway almost every night."),
        bc(A, "Yeah.", at=0.3),
    ]),
    dict(name="shower_timer", split="tune", bc_takes=3, noise=False, quiet=ALEX, script=[
        say(A, "You spent forty minutes in the shower this morning,"),
        say(A, "and because of that I missed my bus again, the second time this week.", gap="short",
            bc=(S, "Mm-hmm.")),
        burst(S, "Forty?", then="It was twenty at most, the boiler takes ages."),
        over(A, "Then switch it on earlier, because I'm not running for that bus again."),
        bc(S, "Okay.", at=0.5),
    ]),
    dict(name="sprint_review", split="tune", bc_takes=3, noise=False, quiet=None, script=[
        say(A, "Let's go over what slipped last sprint."),
        bc(S, "Sure.", at=0.35),
        say(A, "The login page is only half done.", gap="pause"),
        cut(S, "That's on me, the design changed twice after we started."),
        burst(A, "Fine.", then="Next time raise it at the stand-up, not the review."),
        bc(S, "Got it.", at=0.2),
    ]),
    dict(name="anniversary", split="tune", bc_takes=3, noise=False, quiet=None, script=[
        say(S, "For our anniversary, how about that little place by the river?"),
        over(A, "The one where we waited an hour for dessert and the waiter forgot our order?"),
        cut(S, "They have a new chef now, and the reviews are great."),
        cut(A, "Fine, book it for eight and I'll ask my sister to babysit."),
        over(S, "She babysat last time, let's ask your cousin instead."),
    ]),
    dict(name="car_noise", split="tune", bc_takes=3, noise=True, quiet=None, script=[
        say(A, "The car grinds every time I brake."),
        bc(S, "Right.", at=0.3),
        say(A, "It's worst on the hill by the school.", gap="pause"),
        cut(S, "Since when, and was it already making that noise on our trip to the coast last week?"),
        over(A, "Since Monday, and I'd rather the kids weren't in it until it's checked."),
    ]),
    dict(name="budget_cut", split="tune", bc_takes=3, noise=False, quiet=None, script=[
        say(S, "Finance wants every team to cut ten percent next year."),
        burst(A, "Ten?", then="We already gave up our training budget last year."),
        bc(S, "Yep."),
        say(A, "What if we cut travel first?", gap="pause"),
        cut(S, "Travel alone won't cover it, but let's start there."),
        bc(A, "Okay.", at=0.0),
    ]),
    dict(name="kids_bedtime", split="tune", bc_takes=3, noise=False, quiet=SAM, script=[
        say(A, "The kids were up until ten again."),
        say(S, "One story turned into three stories.", gap=0.8),
        say(S, "I can never say no to those faces.", gap="short", bc=(A, "Yeah.")),
        cut(A, "Then I'll do bedtime on school nights, and you take weekends."),
        bc(S, "Sure."),
    ]),
    dict(name="new_manager", split="tune", bc_takes=3, noise=False, quiet=None, script=[
        say(A, "How's the new manager?"),
        say(S, "Honestly, she rewrites every email I send before it goes to the client.", gap=1.2),
        bc(A, "I see.", at=0.1),
        cut(A, "That sounds exhausting, have you told her how it feels?"),
        over(S, "Not yet, I keep waiting for the right moment and it never comes."),
    ]),
    dict(name="holiday_dates", split="tune", bc_takes=3, noise=True, quiet=None, script=[
        say(S, "My parents asked if we're coming for Christmas or New Year."),
        burst(A, "Both?", then="We promised my family this year, remember?"),
        say(A, "We could visit yours in January, when flights are cheaper.", gap="short", bc=(S, "Okay.")),
        cut(S, "They'd love that, January is quieter for them anyway."),
        bc(A, "Right.", at=0.4),
    ]),
    dict(name="gym_mornings", split="tune", bc_takes=3, noise=False, quiet=ALEX, script=[
        say(S, "I'd like to go to the gym,"),
        say(S, "three mornings a week, before work.", gap="short", bc=(A, "Uh-huh.")),
        say(A, "Then who gets the kids ready for school on those days?", gap="quick"),
        over(S, "I thought we could swap, and I would take every evening instead."),
        cut(A, "Fine, but then you're doing every single bath time."),
        bc(S, "True.", at=0.1),
    ]),

    # ---- tune since 2026-11-22 (s37-s46 were the fourth holdout set; scored more than once, so they are tune
    #      now and keep bc_takes=4 so their audio is unchanged)
    dict(name="leaking_roof", split="tune", bc_takes=4, noise=True, quiet=None, script=[
        say(A, "Hi, it's the top floor tenant, about the ceiling again."),
        bc(S, "Okay.", at=0.2),
        say(A, "Every time it rains, the stain gets bigger.", gap="pause"),
        cut(S, "I sent a roofer last month, and he said it was only the gutter, nothing more."),
        over(A, "He stayed ten minutes and never even climbed up to look."),
    ]),
    dict(name="flatmate_bills", split="tune", bc_takes=4, noise=False, quiet=SAM, script=[
        say(S, "The power bill came,"),
        say(S, "almost three hundred for the quarter, which is the most we've ever paid.", gap="short",
            bc=(A, "Uh-huh.")),
        burst(A, "Three hundred?", then="That's your gaming computer, all night, every night."),
        over(S, "It sleeps at night, your heater is the real culprit."),
        say(A, "Fine, we split it by room.", gap="quick"),
        bc(S, "Yep.", at=0.2),
    ]),
    dict(name="code_review", split="tune", bc_takes=4, noise=False, quiet=None, script=[
        say(A, "I left a few comments on your pull request."),
        bc(S, "Sure.", at=0.1),
        say(A, "Mostly naming, and one query that runs inside a loop.", gap="pause"),
        cut(S, "That loop only ever sees five items, so it's fine."),
        cut(A, "Today, sure, but once the customer list grows, it will crawl."),
        bc(S, "True.", at=0.3),
    ]),
    dict(name="parents_evening", split="tune", bc_takes=4, noise=False, quiet=ALEX, script=[
        say(A, "Maya's reading has really come on,"),
        say(A, "but her spelling needs practice at home, a few minutes a night.", gap="short",
            bc=(S, "Mm-hmm.")),
        cut(S, "We do it every night, she just freezes in tests."),
        over(A, "That's common, and short quizzes with no marks really help with nerves."),
        bc(S, "Okay.", at=0.4),
    ]),
    dict(name="thermostat", split="tune", bc_takes=4, noise=True, quiet=None, script=[
        say(S, "Did you turn the heating down again?"),
        say(A, "It was twenty-four degrees in here,", gap="quick"),
        say(A, "I could barely breathe when I woke up at three.", gap="short", bc=(S, "Yeah.")),
        cut(S, "I sit still at a desk all day, I freeze."),
        burst(A, "Come on.", then="Wear a jumper, and we'll keep it at twenty."),
        bc(S, "Right.", at=0.2),
    ]),
    dict(name="neighbour_hedge", split="tune", bc_takes=4, noise=False, quiet=None, script=[
        say(A, "Sorry to bother you, it's about the hedge between our gardens."),
        bc(S, "Uh-huh.", at=0.25),
        say(S, "I can trim it next weekend, when my son is home.", gap="quick"),
        over(A, "Great, and could you take a metre off the top while you're at it?"),
        cut(S, "A metre is a lot, birds nest in there every spring."),
        bc(A, "I see.", at=0.3),
    ]),
    dict(name="band_rehearsal", split="tune", bc_takes=4, noise=False, quiet=None, script=[
        say(S, "The gig is in three weeks, and the ending of the second song is still a mess."),
        burst(A, "Three weeks?", then="I thought it was at the end of next month."),
        say(A, "I've booked a holiday the week before, so I'll miss two rehearsals.", gap="short",
            bc=(S, "Right.")),
        cut(S, "Then we rehearse twice a week until you go."),
        bc(A, "Yeah.", at=0.2),
    ]),
    dict(name="hiking_route", split="tune", bc_takes=4, noise=True, quiet=None, script=[
        say(A, "For Sunday, I thought the ridge path, past the lake, and back through the forest."),
        bc(S, "Yeah.", at=0.15),
        cut(S, "That's six hours, and they forecast thunder after two."),
        over(A, "Then we start at seven, and we're down well before any storm."),
        say(S, "Seven works, I'll bring the flask.", gap="patient"),
        bc(A, "Mm-hmm.", at=0.3),
    ]),
    dict(name="tax_return", split="tune", bc_takes=4, noise=False, quiet=ALEX, script=[
        say(S, "Taxes are due Friday."),
        say(S, "I've looked everywhere for the receipts for the office chair.", gap="pause"),
        burst(A, "One second.", then="I scanned them all back in March, and they're on the shared drive, "
                                      "in the folder called taxes."),
        bc(S, "Got it.", at=0.0),
        cut(S, "Oh, I only looked in paperwork."),
    ]),
    dict(name="salary_talk", split="tune", bc_takes=4, noise=False, quiet=None, script=[
        say(A, "I'd like to talk about pay,"),
        say(A, "since I took on all of the onboarding this year.", gap="short", bc=(S, "Sure.")),
        say(S, "Fair, that was a lot of work.", gap="patient"),
        cut(A, "Then could we look at a raise before the June review, not after it?"),
        over(S, "I'll push for it, but the budget isn't my decision alone."),
    ]),

    # ---- tune since 2026-11-22 (s47-s56 were the fifth holdout set; scored once, then released for tuning,
    #      keep bc_takes=5 so their audio is unchanged)
    dict(name="dad_after_fall", split="tune", bc_takes=5, noise=False, quiet=ALEX, script=[
        say(S, "Dad fell on the stairs again on Sunday, and he lay there for an hour."),
        bc(A, "Mm-hmm.", at=0.1),
        cut(A, "For an hour, when he's wearing that alarm button we bought him?"),
        over(S, "He takes it off to shower, then leaves it by the sink all day."),
        say(A, "I'll drive up on Saturday and talk to him.", gap="patient"),
        bc(S, "Okay.", at=0.3),
    ]),
    dict(name="lost_luggage", split="tune", bc_takes=5, noise=True, quiet=None, script=[
        say(A, "My suitcase never came off the belt, and I've been here since half past nine."),
        bc(S, "I see.", at=0.2),
        say(S, "I'm afraid it's still sitting in Dublin, it missed the transfer.", gap="quick"),
        burst(A, "Dublin?", then="They told me it would make the connection."),
        cut(S, "It's on tonight's flight, and we'll send it to your hotel."),
    ]),
    dict(name="carpool", split="tune", bc_takes=5, noise=False, quiet=None, script=[
        say(S, "Could we leave at half five on Thursdays, not six?"),
        bc(A, "Uh-huh.", at=0.0),
        say(A, "That's tight for me,", gap="quick"),
        say(A, "my last call runs until quarter past.", gap="short", bc=(S, "Mm-hmm.")),
        cut(S, "Then could you take that call from the car, on the way home?"),
        over(A, "Not really, it's with the auditors, and I need my screen for it."),
    ]),
    dict(name="interview_prep", split="tune", bc_takes=5, noise=False, quiet=SAM, script=[
        say(A, "Pretend I'm the interviewer,"),
        say(A, "and tell me about a time you failed.", gap="short", bc=(S, "Okay.")),
        say(S, "In my last job, I missed a product launch by two weeks.", gap="quick"),
        bc(A, "Uh-huh.", at=0.0),
        cut(A, "Don't lead with the date, lead with what you changed."),
        over(S, "They'll ask about the date anyway, so I'll say it first."),
    ]),
    dict(name="bike_repair", split="tune", bc_takes=5, noise=True, quiet=None, script=[
        say(S, "The gears keep slipping on hills,"),
        say(S, "mostly on the bigger cogs.", gap="short", bc=(A, "Right.")),
        say(A, "Your chain's stretched, and the cassette's probably worn too.", gap="quick"),
        burst(S, "What, both?", then="I bought this bike a year and a half ago, and I hardly ride it in winter."),
        over(A, "If you ride daily, that's about what a chain lasts."),
    ]),
    dict(name="book_club", split="tune", bc_takes=5, noise=False, quiet=None, script=[
        say(A, "I've been thinking about next month's book."),
        say(A, "Maybe something lighter, like an old detective novel.", gap="pause"),
        bc(S, "Sure.", at=0.0),
        cut(S, "Fine, as long as it's under three hundred pages."),
        cut(A, "It's barely two hundred, and Priya read it in a weekend."),
        bc(S, "Yeah.", at=0.4),
    ]),
    dict(name="thesis_chapter", split="tune", bc_takes=5, noise=False, quiet=None, script=[
        say(A, "I read your third chapter on the train."),
        bc(S, "Okay.", at=0.3),
        say(A, "The argument holds up, but I got lost in the methods section.", gap="pause"),
        cut(S, "I've rewritten that section twice already, would a diagram help?"),
        over(A, "It would, and so would moving the sampling details to an appendix."),
    ]),
    dict(name="football_minutes", split="tune", bc_takes=5, noise=False, quiet=None, script=[
        say(S, "Jamie sat on the bench the whole second half on Saturday."),
        burst(A, "Listen.", then="Everyone gets the same minutes over a season, not every match."),
        say(A, "I keep a chart of it on the clubhouse wall.", gap="short", bc=(S, "Uh-huh.")),
        cut(S, "Could I take a photo of that chart, so I can show it to him?"),
        bc(A, "Sure.", at=0.2),
    ]),
    dict(name="moving_in", split="tune", bc_takes=5, noise=True, quiet=None, script=[
        say(A, "There's only room for one sofa,"),
        say(A, "so one of ours has to go.", gap="short", bc=(S, "Yeah.")),
        say(S, "Mine's newer, and it folds out into a bed.", gap="patient"),
        over(A, "Yes, but it's bright orange, and it goes with nothing I own."),
        cut(S, "Fine, we sell both and choose a new one together."),
        bc(A, "Okay.", at=0.3),
    ]),
    dict(name="shift_swap", split="tune", bc_takes=5, noise=False, quiet=SAM, script=[
        say(S, "Could you cover my night shift on the twelfth?"),
        bc(A, "Mm-hmm.", at=0.0),
        say(S, "It's my sister's wedding, and I only found out the date yesterday.", gap="pause"),
        burst(A, "The twelfth?", then="That would be my fourth night in a row, I'd be wrecked."),
        cut(S, "I'll take two of your weekends in return, any two you like."),
        bc(A, "Okay.", at=0.3),
    ]),

    # ---- tune since 2026-11-22/23 (s57-s66 were the sixth holdout set; scored once, then released for tuning,
    #      keep bc_takes=6 so their audio is unchanged)
    dict(name="boiler_plumber", split="tune", bc_takes=6, noise=True, quiet=None, script=[
        say(A, "The boiler bangs every morning around six, and then, for an hour, the upstairs radiators stay cold."),
        bc(S, "Mm-hmm.", at=0.0),
        bc(S, "Right.", at=0.0),
        cut(S, "That sounds like air in the pipes, I can come and bleed them on Thursday."),
        over(A, "Thursday suits me, but could you come before nine?"),
    ]),
    dict(name="dinner_rush", split="tune", bc_takes=6, noise=False, quiet=None, script=[
        say(S, "Two risottos, table nine."),
        say(A, "We're out of parmesan.", gap="quick"),
        say(S, "Use the pecorino.", gap=0.3),
        say(A, "Chef hates pecorino, you know that.", gap="patient"),
        cut(S, "Chef is off tonight, so the pecorino goes in, end of story.", clash=True),
        burst(A, "All right.", then="But you're the one telling him on Monday, not me."),
        bc(S, "Yep.", at=0.3),
    ]),
    dict(name="knee_physio", split="tune", bc_takes=6, noise=False, quiet=SAM, script=[
        say(S, "It started after the, um, the,"),
        say(S, "Sorry, let me start again, it was the station steps, going down.", gap="pause"),
        bc(A, "Mm-hmm.", at=0.2),
        cut(A, "Going down puts more load on the knee, so that fits what I see."),
        over(S, "So no running at all, not even my short loop on Sundays?"),
    ]),
    dict(name="choir_solo", split="tune", bc_takes=6, noise=False, quiet=None, script=[
        say(A, "About the solo,"),
        say(A, "I was thinking that you could,", gap="short", bc=(S, "Mm-hmm.")),
        say(S, "The high part? I'd love that, I've practised it.", gap="quick"),
        burst(A, "Actually,", then="I meant the lower part, because the high one is already Nina's."),
        over(S, "Nina sings it flat every single week, and the whole choir knows it."),
        cut(A, "Then take that up with her, I only hand out the parts."),
        bc(S, "Fine.", at=0.3),
    ]),
    dict(name="vet_appetite", split="tune", bc_takes=6, noise=True, quiet=None, script=[
        say(S, "He won't touch his dry food anymore."),
        say(A, "Since when, roughly?", gap=1.45),
        say(S, "About ten days,", gap="quick"),
        say(S, "ever since we got back from my mother's place.", gap="short", bc=(A, "Mm-hmm.")),
        cut(A, "Then it may be a tooth, let me check the back ones."),
        bc(S, "Okay.", at=0.3),
    ]),
    dict(name="allotment_water", split="tune", bc_takes=6, noise=False, quiet=ALEX, script=[
        say(A, "Someone's been using my water butt,"),
        say(A, "and I think it might be you, your beans look amazing.", gap="short",
            bc=(S, "Oh.")),
        cut(S, "Only on Tuesday, the tap by the gate was locked."),
        over(A, "Then ask first, that water has to last me all summer."),
        say(S, "Fair enough, I'll ask next time.", gap="quick"),
        bc(A, "Okay.", at=0.2),
    ]),
    dict(name="driving_lesson", split="tune", bc_takes=6, noise=False, quiet=None, script=[
        say(A, "Left at the next junction,"),
        say(A, "and check your mirror first.", gap="short", bc=(S, "Okay.")),
        say(S, "Mirror, signal, then left.", gap=0.3),
        say(A, "Ease off now, there's a cyclist just up ahead of us.", gap=0.3),
        burst(S, "I see him.", then="Do I pass him now, or wait for the wider bit?"),
        cut(A, "Wait, there's a bend, you can't see round it."),
        bc(S, "Right.", at=0.3),
    ]),
    dict(name="wedding_toast", split="tune", bc_takes=6, noise=False, quiet=None, script=[
        say(A, "I open with the camping story, the night our tent blew into the river."),
        bc(S, "Yeah.", at=0.0),
        bc(S, "Mm-hmm.", at=0.0),
        say(A, "Then the toast itself, which I've kept under a minute, I promise."),
        burst(S, "Wait a sec.", then="Her grandmother sits at the front table, maybe skip the river part."),
        over(A, "She's heard that story a hundred times, she'll laugh harder than anyone."),
    ]),
    dict(name="food_bank_drivers", split="tune", bc_takes=6, noise=True, quiet=None, script=[
        say(A, "We're short of drivers on Saturday,"),
        say(A, "so I was wondering,", gap="short", bc=(S, "Mm-hmm.")),
        say(A, "could you do the morning run to the warehouse?", gap="pause"),
        cut(S, "The morning's fine, but my van only takes ten crates."),
        cut(A, "Ten is plenty, the church takes the rest in their own minibus."),
        bc(S, "Right.", at=0.3),
    ]),
    dict(name="grandma_tablet", split="tune", bc_takes=6, noise=False, quiet=SAM, script=[
        say(S, "The little camera picture has vanished from the screen again."),
        bc(A, "Okay.", at=0.0),
        say(S, "All I did was press the button on the side.", gap="pause"),
        cut(A, "That's the lock button, so press it once more and then swipe up."),
        over(S, "I did swipe up, and now it wants a code nobody ever gave me."),
    ]),

    # ---- tune since 2026-11-23 (s67-s76 were the seventh holdout set; scored once, then released for tuning,
    #      keep bc_takes=7 so their audio is unchanged)
    dict(name="mortgage_fix", split="tune", bc_takes=7, noise=False, quiet=None, script=[
        say(A, "I rang the bank about the mortgage,"),
        say(A, "the fixed rate ends in April,", gap=0.38),
        say(S, "Let's fix it for five years, then we stop flinching at every news story about interest rates.",
            gap="quick"),
        bc(A, "Mm-hmm.", at=0.0),
        cut(A, "Five years ties us down if we ever want to sell and move closer to town.", before=2.6),
        over(S, "We talk about moving, but we never look at a single house."),
    ]),
    dict(name="puppy_lead", split="tune", bc_takes=7, noise=False, quiet=None, script=[
        say(S, "The trainer says the puppy pulls,"),
        say(S, "because we let him drag us to lampposts,", gap="short", bc=(A, "Yeah.")),
        say(S, "so we should just stand still.", gap="short", bc=(A, "Right.")),
        say(A, "Stand still on a busy pavement, with people pushing past?", gap=0.15),
        burst(S, "I mean,", then="It's only for two weeks, and she swears it works better than a harness."),
        bc(A, "Okay.", at=0.3),
    ]),
    dict(name="jigsaw_night", split="tune", bc_takes=7, noise=False, quiet=None, script=[
        say(A, "You came to bed at three again."),
        say(S, "I couldn't sleep, so I did the puzzle.", gap=0.14),
        say(A, "The whole thing?", gap=0.18),
        say(S, "Every last piece.", gap=0.12),
        say(A, "And then you slept through both alarms.", gap="quick"),
        cut(S, "I said sorry this morning, and tomorrow I'll set three alarms."),
        burst(A, "Three?", then="Just come to bed at midnight, like we agreed in the summer."),
        bc(S, "Yeah.", at=0.4),
    ]),
    dict(name="sabbatical_year", split="tune", bc_takes=7, noise=False, quiet=None, script=[
        say(S, "The university offered me a year off teaching."),
        bc(A, "Mm-hmm.", at=0.15),
        say(S, "Paid, mostly, and I'd spend part of it in Lisbon.", gap=1.85),
        cut(A, "For how long, because my contract won't let me work abroad?"),
        over(S, "Three months at most, and you could fly out and stay with me over Easter."),
        bc(A, "Okay.", at=0.4),
    ]),
    dict(name="grandmas_vase", split="tune", bc_takes=7, noise=True, quiet=None, script=[
        say(A, "The blue vase from my grandmother is lying in pieces on the hall floor."),
        bc(S, "Oh no.", at=0.25),
        cut(S, "That was the cat, I heard a crash while I was on the phone."),
        over(A, "The cat can't reach that shelf, unless someone left the stool right under it."),
        cut(S, "Fine, it was me, I moved the stool to change the bulb."),
        bc(A, "Okay.", at=0.3),
    ]),
    dict(name="curfew_fridays", split="tune", bc_takes=7, noise=False, quiet=SAM, script=[
        say(A, "Leo wants to stay out till midnight on Fridays."),
        say(A, "All his friends do, apparently.", gap="short", bc=(S, "Mm-hmm."), bc_at=0.0),
        say(S, "He's fourteen, and eleven is already generous.", gap="quick"),
        over(A, "I know, but if we always say no, he'll stop telling us where he goes."),
        cut(S, "Then half past eleven, and he texts us the moment he leaves."),
        bc(A, "Okay.", at=0.3),
    ]),
    dict(name="garage_boxes", split="tune", bc_takes=7, noise=True, quiet=None, script=[
        say(S, "I want to clear out the garage this weekend,"),
        say(S, "the boxes, the broken bikes, all of it.", gap=0.33),
        say(A, "Half those boxes are my records, and they're staying.", gap=0.16),
        burst(S, "Records?", then="You haven't played one since we moved, and they're getting damp."),
        over(A, "Then they go to my brother's, his cellar is dry and he's got the space."),
        bc(S, "Sure.", at=0.3),
    ]),
    dict(name="spanish_tuesdays", split="tune", bc_takes=7, noise=False, quiet=None, script=[
        say(A, "I signed up for Spanish,"),
        say(A, "Tuesday evenings, at the old library.", gap="short", bc=(S, "Uh-huh.")),
        say(S, "That's when I coach the under-tens.", gap=0.13),
        say(A, "Oh, I forgot.", gap=0.2),
        say(S, "So who picks Ruby up from swimming?", gap=0.17),
        cut(A, "My mother offered, she's free on Tuesdays, and Ruby adores her."),
        cut(S, "Because your mother lets her have crisps for dinner, that's why."),
        bc(A, "True.", at=0.3),
    ]),
    dict(name="roaming_charge", split="tune", bc_takes=7, noise=False, quiet=ALEX, script=[
        say(S, "The phone bill has a ninety pound roaming charge,"),
        bc(A, "Mm-hmm.", at=0.2),
        say(S, "from Croatia,", gap=0.44),
        say(S, "when you said the hotel wifi was fine.", gap=0.31),
        say(A, "It was, but not by the pool, and I had a work call I couldn't miss.", gap="quick"),
        cut(S, "A work call on holiday, after you promised no laptop for the whole week?", before=2.4),
        over(A, "It was twenty minutes, and I'll pay the ninety pounds myself."),
    ]),
    dict(name="kitchen_quote", split="tune", bc_takes=7, noise=True, quiet=None, script=[
        say(A, "The builder can start in March,"),
        say(A, "if we pay by Friday.", gap="short", bc=(S, "Okay."), bc_at=0.0),
        say(S, "Did the quote come down?", gap=0.19),
        say(A, "A little.", gap="quick"),
        say(A, "He dropped the new floor, so the old tiles stay where they are.", gap=1.7),
        bc(S, "Mm-hmm.", at=0.0),
        cut(S, "Good, those tiles are the one thing I'd keep."),
        over(A, "Only because you never scrub the grout on your knees."),
    ]),

    # ---- tune since 2026-11-23 (s77-s86 were the eighth holdout set; scored once, then released for tuning,
    #      keep bc_takes=8 so their audio is unchanged)
    dict(name="snoring_nights", split="tune", bc_takes=8, noise=False, quiet=None, script=[
        say(S, "Ever since your cold, the snoring has been so loud that I end up on the sofa with the spare "
               "duvet most nights, and my back is killing me."),
        bc(A, "Mm-hmm.", at=0.15),
        bc(A, "Yeah.", at=0.1),
        say(A, "Then I'll try those nose strips tonight.", gap="quick"),
        cut(S, "The strips did nothing last winter, let's make up the spare room."),
        over(A, "The spare room is full of your sewing things, where would they even go?"),
    ]),
    dict(name="second_car", split="tune", bc_takes=8, noise=False, quiet=SAM, script=[
        say(A, "I've been thinking we could sell the second car,"),
        bc(S, "Uh-huh.", at=0.6),
        say(A, "and use the car club for the weekly shop.", gap=0.35),
        cut(S, "The club cars are never free on Saturdays, I checked last month."),
        burst(A, "Never?", then="Then we shop on Friday evening, straight after work, when it's quiet."),
        say(S, "Fine, a month's trial, and then we decide.", gap="quick"),
        bc(A, "Sure.", at=0.2),
    ]),
    dict(name="solar_panels", split="tune", bc_takes=8, noise=True, quiet=None, script=[
        say(S, "A man came round about solar panels, and he reckons we'd save about four hundred a year."),
        bc(A, "Right.", at=0.2),
        say(A, "And what do they cost to put in?", gap="quick"),
        say(S, "Around six thousand, with the battery.", gap="quick"),
        cut(A, "Six thousand is our whole rainy day fund, every penny of it.", after=0.75),
        over(S, "It pays for itself in fifteen years, and the council grant covers a third of it."),
        bc(A, "Okay.", at=0.3),
    ]),
    dict(name="marathon_training", split="tune", bc_takes=8, noise=False, quiet=None, script=[
        say(A, "I've signed up for the spring marathon."),
        say(S, "You said that last year, and then your knee went.", gap="quick"),
        say(A, "This time I've got a proper plan, four runs a week, building up slowly.", gap="quick"),
        over(S, "Four runs a week means every Sunday morning gone, and those are our only lie-ins.", overlap=2.3),
        cut(A, "Only until April, and I'll bring you coffee in bed after."),
        bc(S, "Okay.", at=0.4),
    ]),
    dict(name="bathroom_paint", split="tune", bc_takes=8, noise=False, quiet=None, script=[
        say(S, "I picked up some paint samples for the bathroom,"),
        say(S, "a sage green and a sort of dusty pink.", gap="short", bc=(A, "Uh-huh.")),
        say(A, "The green, definitely, the pink would look like a dentist's waiting room.", gap=-0.1),
        burst(S, "Excuse me?", then="That pink is the calmest colour in the shop."),
        cut(A, "Fine, green walls and a pink towel, that's my final offer."),
        bc(S, "Yeah.", at=0.3),
    ]),
    dict(name="first_phone", split="tune", bc_takes=8, noise=True, quiet=None, script=[
        say(A, "Nora keeps asking for her own phone, because everyone in her class has one now, even the "
               "younger ones."),
        bc(S, "Right.", at=0.08),
        cut(S, "She's nine, she can have a basic one that only calls and texts.", after=2.4),
        over(A, "A basic one for now, then, but she's not taking it up to bed with her."),
        bc(S, "Sure.", at=0.2),
    ]),
    dict(name="camper_van", split="tune", bc_takes=8, noise=False, quiet=None, script=[
        say(S, "There's a camper van for sale down our road."),
        say(S, "Nineteen years old, but the engine's just been rebuilt.", gap="pause"),
        say(A, "Where would we park it, our drive barely fits the car?", gap="quick"),
        cut(S, "On the verge by the allotments, people leave vans there all winter."),
        burst(A, "Whoa, whoa.", then="We'd have to insure it and tax it, too."),
        bc(S, "True.", at=0.3),
    ]),
    dict(name="pension_pot", split="tune", bc_takes=8, noise=False, quiet=None, script=[
        say(A, "A letter came about my old work pension this morning."),
        bc(S, "Mm-hmm.", at=0.3),
        say(S, "How much is in it?", gap=0.2),
        say(A, "Nearly nine thousand, from my years at the bakery.", gap=0.15),
        say(S, "We could clear the credit card with that.", gap="quick"),
        cut(A, "It's a pension, we can't touch it until I'm fifty-seven.", clash=True),
        over(S, "Then we move it into the joint one, the fees on that old plan are awful."),
        bc(A, "Right.", at=0.3),
    ]),
    dict(name="cat_allergy", split="tune", bc_takes=8, noise=False, quiet=ALEX, script=[
        say(S, "The shelter rang, and the grey cat is ours if we want her."),
        burst(A, "Really?", then="But my eyes were streaming for an hour after we visited her."),
        say(A, "I'd need to try the allergy tablets first.", gap="short", bc=(S, "Yeah.")),
        cut(S, "They said she can come for a trial weekend, and we bring her back if it's bad."),
        bc(A, "Okay.", at=0.3),
    ]),
    dict(name="ferry_booking", split="tune", bc_takes=8, noise=True, quiet=None, script=[
        say(A, "The ferry for August is nearly full,"),
        say(A, "only the night crossing has cabins left.", gap=0.4),
        say(S, "A night crossing with the twins, in a cabin the size of a cupboard?", gap=-0.1),
        cut(A, "The day boat takes twenty hours, and we'd lose a whole day of the holiday."),
        over(S, "Then we drive down through France instead, and stop somewhere nice on the way."),
        bc(A, "Uh-huh.", at=0.3),
    ]),

    # ---- tune since 2026-11-23 (s87-s96 were the ninth holdout set; scored once, then released for tuning,
    #      keep bc_takes=9 so their audio is unchanged)
    dict(name="streaming_subs", split="tune", bc_takes=9, noise=False, quiet=None, script=[
        say(A, "I checked the bank statement,"),
        say(A, "we pay for five streaming services,", gap=0.5),
        say(A, "five,", gap=0.4),
        say(A, "and we watch two.", gap=0.6),
        say(S, "The sports one stays, for the football.", gap="quick"),
        cut(A, "The cheap one has the football too, so we pay twice."),
        bc(S, "Oh.", at=0.0),
        say(S, "Cancel that one, then.", gap="patient"),
    ]),
    dict(name="spare_key", split="tune", bc_takes=9, noise=True, quiet=None, script=[
        say(S, "Marcus next door has our spare key."),
        say(A, "Then I'll pop round after dinner and get it back.", gap="patient"),
        cut(S, "He's in Malaga until Sunday, with his wife.", clash=True),
        bc(A, "Right.", at=0.0),
        say(S, "So one of us has to be home to let the other in.", gap=0.35),
        burst(A, "No no no.", then="I'll climb in the bathroom window, I've done it before."),
        bc(S, "Ha, ha.", at=0.2),
    ]),
    dict(name="hedgehog_costume", split="tune", bc_takes=9, noise=False, quiet=SAM, script=[
        say(S, "Nell needs a costume by Friday,"),
        say(S, "she's a hedgehog, of all things.", gap="short", bc=(A, "Ha ha.")),
        say(A, "I could sew felt spikes on her hoodie.", gap="quick"),
        say(A, "Or we just buy one online, I suppose.", gap="pause"),
        cut(S, "The ones online are twenty pounds, for one evening.", after=0.8),
        over(A, "Then it's felt, but you're the one gluing on all two hundred spikes.", overlap=1.6),
        bc(S, "Okay.", at=0.0),
    ]),
    dict(name="sagging_mattress", split="tune", bc_takes=9, noise=False, quiet=None, script=[
        say(S, "I was awake half the night,"),
        say(S, "there's a dip on my side now,", gap=0.5),
        say(S, "right under my hip.", gap=0.35),
        say(A, "We bought that mattress the year we moved in here, so it's had a long life, to be fair.",
            gap="quick"),
        bc(S, "Mm-hmm.", at=0.1),
        over(S, "The bed shop in town has twenty percent off everything until Sunday."),
        cut(A, "Twenty percent off a fortune is still a fortune."),
        bc(S, "Yeah, yeah.", at=0.2),
    ]),
    dict(name="piano_lessons", split="tune", bc_takes=9, noise=True, quiet=None, script=[
        say(A, "Mia keeps asking for piano lessons,"),
        say(A, "her teacher says she's got an ear for it.", gap="short", bc=(S, "Uh-huh.")),
        say(S, "Lessons are fine, but where would a piano even go?", gap="patient"),
        burst(A, "Not a real one.", then="A digital one, with headphones, under the window."),
        over(S, "That's where the clothes horse lives, every single day."),
        cut(A, "Then the clothes horse moves to the spare room."),
        bc(S, "Fine.", at=0.5),
    ]),
    dict(name="freezer_door", split="tune", bc_takes=9, noise=False, quiet=None, script=[
        say(S, "Somebody left the freezer door open all night."),
        say(A, "Oh no, not the,", gap=0.22),
        say(S, "Yep, the fish pies your mum made us, all three.", gap=0.18),
        say(A, "Then we eat one tonight and one tomorrow, they're still cold in the middle.", gap="quick"),
        cut(S, "Thawed fish can't go back in, and I'm not gambling on a stomach bug.", before=2.2),
        bc(A, "Fair.", at=0.0),
    ]),
    dict(name="street_barbecue", split="tune", bc_takes=9, noise=False, quiet=ALEX, script=[
        say(S, "Jo and Dev asked us to a barbecue on Saturday,"),
        say(S, "the whole street's going.", gap="short", bc=(A, "Oh."), bc_at=1.0),
        say(A, "Saturday's my day for the garden, before your parents come.", gap="quick"),
        cut(S, "Then we go for an hour, and you're back at the weeds by four."),
        burst(A, "No, no.", then="An hour turns into five once Dev opens the cider."),
        bc(S, "True.", at=0.3),
    ]),
    dict(name="passport_expiry", split="tune", bc_takes=9, noise=True, quiet=None, script=[
        say(A, "My passport runs out in May,"),
        say(A, "three weeks before we fly.", gap="short", bc=(S, "Mm.")),
        say(A, "The fast service is a hundred and twenty pounds.", gap=1.6),
        cut(S, "A hundred and twenty pounds, when the normal one is under ninety?"),
        over(A, "Normal takes up to ten weeks, and we fly in eight, so there's no choice."),
        bc(S, "Okay.", at=0.0),
    ]),
    dict(name="babysitter_exams", split="tune", bc_takes=9, noise=False, quiet=None, script=[
        say(S, "The babysitter cancelled for Friday, she's got exams."),
        bc(A, "Oh no.", at=0.3),
        say(A, "We could ask my sister, she still owes us for the wedding weekend.", gap="patient"),
        burst(S, "Nope, nope.", then="Your sister lets them watch films till midnight."),
        cut(A, "That was once, on New Year's Eve, and you let them too."),
        over(S, "Fine, but you're the one ringing her, I'm not asking for favours."),
    ]),
    dict(name="kitchen_calls", split="tune", bc_takes=9, noise=False, quiet=None, script=[
        say(A, "When you take calls at the kitchen table,"),
        say(A, "I hear every word upstairs,", gap="short", bc=(S, "Mm-hmm.")),
        say(A, "and I lose my thread completely.", gap="short", bc=(S, "Yeah."), bc_at=0.0),
        say(S, "I've asked for a headset twice, they keep saying next month.", gap="quick"),
        cut(A, "Then buy one yourself and claim it back, it's thirty pounds."),
        over(S, "Last time I claimed something back, it took four months and three forms.", overlap=1.5),
        bc(A, "Right.", at=0.3),
    ]),

    # ---- tune since 2026-11-23 (s97-s106 were the tenth holdout set; scored once, then released for tuning,
    #      keep bc_takes=10 so their audio is unchanged)
    dict(name="smoke_alarm", split="tune", bc_takes=10, noise=False, quiet=SAM, script=[
        say(S, "The smoke alarm started chirping at three this morning."),
        bc(A, "Ah.", at=0.55),
        say(A, "That's the battery, there's a pack of spares in the kitchen drawer.", gap="quick"),
        cut(S, "There was, until I used the last two in the doorbell.", before=1.9),
        say(A, "Then I'll buy some on the way home, and you can hold the ladder.", gap=0.24),
        over(S, "Fine, but you're doing the one in the hall as well, that one's older than the boiler.", overlap=1.5),
        bc(A, "Okay.", at=0.3),
    ]),
    dict(name="double_booked", split="tune", bc_takes=10, noise=False, quiet=None, script=[
        say(A, "I've signed us up for the pub quiz on Thursday."),
        say(S, "Thursday's parents' evening, I told you on Sunday.", gap=-0.2),
        burst(A, "Wait, what?", then="I thought that was the week after, on the twenty-third."),
        say(S, "They moved it,", gap="quick"),
        say(S, "the letter's on the fridge.", gap="short", bc=(A, "Oh, right."), bc_at=0.0),
        say(A, "Fine, I'll tell Dev we're out.", gap="quick"),
        cut(S, "And you're coming with me, no excuses.", clash=True),
    ]),
    dict(name="sofa_delivery", split="tune", bc_takes=10, noise=False, quiet=None, script=[
        say(S, "The men say the sofa won't go through the front door."),
        say(A, "Not even on its end?", gap=0.5),
        say(S, "They tried twice, it sticks by the stairs.", gap="quick"),
        bc(A, "Uh-huh.", at=0.3),
        say(A, "Then take the legs off, or bring it round the side.", gap="quick"),
        cut(S, "The side gate's even narrower, I measured it the day the fridge came.", after=0.7),
        over(A, "Then it goes back, and we order the one that comes in two halves.", overlap=2.2),
    ]),
    dict(name="bin_day", split="tune", bc_takes=10, noise=False, quiet=None, script=[
        say(A, "The bin lorry came early, and ours are still by the gate."),
        bc(S, "Mm-hmm.", at=0.9),
        say(A, "That's three weeks for the recycling,"),
        say(A, "and the lid won't shut.", gap="short", bc=(S, "Yeah.")),
        say(S, "So when are they coming round next?", gap=0.55),
        cut(A, "Not till the twelfth, so I'll drive the bags to the tip.", before=0.6),
        burst(S, "Hold up.", then="The tip needs a booking now, you can't just turn up."),
    ]),
    dict(name="parking_fine", split="tune", bc_takes=10, noise=True, quiet=None, script=[
        say(S, "There's a sixty pound parking fine on the windscreen."),
        bc(A, "Oh.", at=0.5),
        say(A, "The sign said one hour free, and I was twenty minutes.", gap="quick"),
        bc(S, "Mm-hmm.", at=0.5),
        say(A, "Unless it said, free with a ticket.", gap="pause"),
        cut(S, "With a ticket from the machine, which you never got, did you?"),
        over(A, "The machine was broken, I'll send a photo with the appeal."),
    ]),
    dict(name="meat_free_month", split="tune", bc_takes=10, noise=True, quiet=None, script=[
        say(A, "I want us to try a month without meat,"),
        say(A, "just for January.", gap="short", bc=(S, "Uh-huh.")),
        say(S, "Does that mean no bacon on Sundays?", gap="quick"),
        cut(A, "It means the tofu kind, and honestly, you won't notice.", before=0.65),
        burst(S, "Tofu bacon?", then="I'll notice, believe me, and so will the kids."),
        say(A, "Two weeks, then, and we see how it goes.", gap="quick"),
        bc(S, "Okay.", at=0.3),
    ]),
    dict(name="loud_upstairs", split="tune", bc_takes=10, noise=False, quiet=None, script=[
        say(S, "Upstairs ran their washing machine at midnight again."),
        say(A, "I heard it, the ceiling was shaking.", gap=-0.15),
        say(S, "I'll write them a note,", gap=0.25),
        say(S, "polite, but clear, nothing with a spin cycle after ten.", gap="short", bc=(A, "Mm-hmm."),
            bc_at=0.0),
        over(A, "A note never works, let's just knock and talk to them.", overlap=1.8),
        cut(S, "Knock in our pyjamas, and start a war?"),
        cut(A, "Tomorrow evening, then, with a bottle of wine."),
    ]),
    dict(name="houseplants", split="tune", bc_takes=10, noise=True, quiet=None, script=[
        say(A, "You've bought another plant, haven't you?"),
        say(S, "It was four pounds, and it looked so sad.", gap="patient"),
        bc(A, "I know.", at=0.2),
        say(A, "The windowsill's full already, and the cat eats them.", gap="quick"),
        bc(S, "Yeah.", at=0.5),
        say(S, "Then this one goes in the bathroom.", gap=0.2),
        bc(A, "Okay.", at=0.5),
        say(S, "It likes steam.", gap=1.2),
    ]),
    dict(name="school_run", split="tune", bc_takes=10, noise=False, quiet=ALEX, script=[
        say(S, "The car's at the garage till Thursday,"),
        say(S, "so it's the bus for the school run.", gap="short", bc=(A, "Right.")),
        say(A, "Or we walk, it's only twenty minutes if we leave by eight.", gap="patient"),
        cut(S, "Twenty minutes for you, it's forty with Leo stopping at every puddle.", before=2.0),
        burst(A, "He can scoot.", then="His scooter's in the shed, and he'd race us all the way there."),
        over(S, "Fine, the scooter, but you carry it home."),
    ]),
    dict(name="ring_in_sink", split="tune", bc_takes=10, noise=False, quiet=None, script=[
        say(A, "My wedding ring went down the bathroom sink."),
        bc(S, "Oh no.", at=0.3),
        say(S, "Which sink?", gap=0.4),
        say(A, "The small one,", gap=0.18),
        say(A, "and I've put the plug in.", gap="short", bc=(S, "Mm-hmm.")),
        say(S, "It'll be in the U-bend, that's a five minute job.", gap="quick"),
        cut(A, "Last time you took a pipe off, we had a flood in the kitchen."),
        over(S, "That was the washer hose, and this time I'll put a bucket under it."),
    ]),

    # ---- HOLDOUT, eleventh set (s107-s116; written fresh on 2026-11-23, blind to the engine; never tune on
    #      these, never inspect their timelines or per-scene results).  Backchannels from set 11 of the takes,
    #      used by no other scene.
    dict(name="lost_glasses", split="holdout", bc_takes=11, noise=False, quiet=None, script=[
        say(A, "Have you seen my reading glasses?"),
        say(S, "You had them on last night, doing the crossword.", gap="quick"),
        bc(A, "Oh.", at=0.45),
        say(A, "I've looked upstairs twice,", gap="patient"),
        say(A, "and under both pillows, and down the sofa.", gap="short", bc=(S, "Mm-hmm.")),
        cut(S, "Then check the top of your head, that's where they are."),
        cut(A, "Oh, honestly, don't you dare tell your sister."),
        bc(S, "Sure.", at=0.3),
    ]),
    dict(name="gutter_leaves", split="holdout", bc_takes=11, noise=True, quiet=None, script=[
        say(S, "The back gutter's overflowing onto the patio again."),
        bc(A, "Yeah.", at=0.2),
        say(A, "It's the leaves from next door's oak, it gets blocked every autumn.", gap="quick"),
        cut(S, "So we get someone in, I'm not having you up a ladder on your own.", after=0.9),
        over(A, "It's one afternoon with a trowel and a bucket, I'm not paying someone for that.", overlap=1.5),
        burst(S, "Fine, fine.", then="Then I'm holding the ladder, and that's final."),
    ]),
    dict(name="christmas_hosting", split="holdout", bc_takes=11, noise=False, quiet=ALEX, script=[
        say(A, "Mum asked if we're hosting Christmas this year."),
        bc(S, "Oh.", at=0.3),
        say(S, "Surely it's your brother's turn.", gap="quick"),
        say(A, "He's got the new baby,", gap="patient"),
        say(A, "and their kitchen's so small you can't open the oven with the table out.", gap="short",
            bc=(S, "True."), bc_at=0.0),
        cut(S, "Then they come here, but your brother cooks the turkey, start to finish.", before=2.0),
        over(A, "He burnt the sprouts at Easter, so he can do the washing up.", overlap=1.9),
    ]),
    dict(name="air_fryer", split="holdout", bc_takes=11, noise=False, quiet=None, script=[
        say(S, "I've ordered an air fryer, it comes on Wednesday."),
        burst(A, "Another gadget?", then="The bread maker's still in its box."),
        say(S, "This one does a whole chicken,", gap="quick"),
        say(S, "and it uses half the power.", gap="short", bc=(A, "Uh-huh."), bc_at=1.0),
        say(A, "Fine, but the bread maker goes to the charity shop.", gap="patient"),
        cut(S, "My mum wants it, she'll fetch it on Sunday.", before=0.7),
        bc(A, "Oh, okay.", at=0.0),
    ]),
    dict(name="wasps_nest", split="holdout", bc_takes=11, noise=True, quiet=SAM, script=[
        say(A, "There's a wasps' nest in the loft, right above the bathroom fan."),
        bc(S, "Oh dear.", at=0.5),
        say(S, "Can't we just spray it ourselves, from the hatch?", gap="patient"),
        cut(A, "Not one that size, the council sends a man out for forty pounds."),
        over(S, "Forty pounds is fine, as long as he comes before the weekend."),
        bc(A, "Sure.", at=0.4),
    ]),
    dict(name="soft_play_party", split="holdout", bc_takes=11, noise=False, quiet=None, script=[
        say(S, "Ellie wants her whole class at the soft play."),
        say(A, "That's thirty kids,", gap=0.25),
        say(A, "at twelve pounds a head.", gap="short", bc=(S, "Yeah.")),
        say(S, "Or we have it in the garden, with a bouncy castle.", gap="quick"),
        cut(A, "In March, when it rains every single weekend?", clash=True),
        say(S, "Then ten friends, and she picks which ten.", gap="quick"),
        over(A, "Good luck, she's already written thirty invitations."),
    ]),
    dict(name="stag_weekend", split="holdout", bc_takes=11, noise=False, quiet=None, script=[
        say(A, "Tom's stag do is in Prague, in June."),
        bc(S, "Okay.", at=0.0),
        say(S, "What's that going to cost?", gap="quick"),
        say(A, "About four hundred with the flights,", gap=0.2),
        say(A, "maybe more, depending on the hotel.", gap="short", bc=(S, "Mm-hmm."), bc_at=0.0),
        say(S, "That's half our holiday fund for the summer, and you know it.", gap="quick"),
        burst(A, "I know, I know.", then="I'll go for two nights, and skip the go-karting."),
        bc(S, "Right.", at=0.4),
    ]),
    dict(name="missing_parcel", split="holdout", bc_takes=11, noise=False, quiet=None, script=[
        say(S, "My parcel says delivered, but the step's empty."),
        bc(A, "Mm-hmm.", at=0.6),
        say(A, "Did they leave a photo, they usually do?", gap="quick"),
        say(S, "A photo of a green door,", gap="quick"),
        say(S, "and ours is blue, so it's not even our house.", gap="pause"),
        burst(A, "Number forty.", then="The Hendersons have a green door, I'll pop over."),
        cut(S, "Take your coat, it's pouring out there."),
    ]),
    dict(name="lie_in", split="holdout", bc_takes=11, noise=True, quiet=None, script=[
        say(A, "My turn for a lie-in on Sunday, you had Saturday."),
        say(S, "Saturday doesn't count, Max was up at five and so was I.", gap=-0.12),
        cut(A, "He was up at five because you gave him cake at bedtime.", before=1.8),
        over(S, "One slice, at his cousin's party, and the other kids had two."),
        say(A, "Fine, we both get up,", gap="quick"),
        say(A, "and both go back to bed at nine.", gap="short", bc=(S, "Mm.")),
    ]),
    dict(name="broadband_down", split="holdout", bc_takes=11, noise=False, quiet=None, script=[
        say(S, "The internet's down again."),
        say(S, "And I've got a call with Berlin at four.", gap=1.4),
        bc(A, "I see.", at=0.1),
        say(A, "Have you tried turning the router off?", gap="quick"),
        cut(S, "Three times, and the light's still orange.", after=0.9),
        say(A, "Then use my phone as a hotspot, I've got loads of data.", gap="quick"),
        over(S, "Your phone dies if you look at it, it won't last the hour.", overlap=2.1),
    ]),
]
