"""The scene scripts of the thirty-seventh and later sets (s367 on), each written as a held-out set: HOLDOUT_SETS_4.

Data only, split out of fixture_holdout_sets_3.py to keep that file short.  fixture_holdout_sets_3.py appends
HOLDOUT_SETS_4 to the end of its HOLDOUT_SETS_3 (the thirtieth to thirty-sixth sets, s297-s366),
fixture_holdout_sets_2.py appends HOLDOUT_SETS_3 to its HOLDOUT_SETS_2, fixture_holdout_sets.py appends
HOLDOUT_SETS_2 to its HOLDOUT_SETS, and fixture_scenes.py appends HOLDOUT_SETS to its SCENES, in this order, so
every scene keeps its number (sNN) and its seed; new sets go at the end of this list.
Import SCENES from fixture_scenes (or make_fixtures), not from here: this file takes its helpers (say, bc, cut,
burst, over) from fixture_scenes, which imports the scene lists last.
See fixture_scenes.py for the helpers and the rules, and README.md in this folder.
"""
from __future__ import annotations

from fixture_scenes import ALEX, SAM, bc, burst, cut, over, say

A, S = ALEX, SAM

HOLDOUT_SETS_4 = [
    # ---- HOLDOUT, thirty-seventh set (s367-s376; written fresh, blind to the engine; never tune on these, never
    #      inspect their timelines or per-scene results).  Backchannels from set 37 of the takes, used by no other
    #      scene.
    dict(name="cows_round_stile", split="holdout", bc_takes=37, noise=True, quiet=None, script=[
        say(A, "The cows are all crowded round the stile, and they won't budge."),
        bc(S, "Good gracious.", at=0.64),
        say(S, "Right up against it?", gap="quick"),
        say(A, "Nose to tail, and one of them is licking the gatepost.", gap=-0.14),
        say(S, "The farmer's track goes round the side, we can climb the wall.", gap="quick"),
        burst(A, "The farmer's track?", then="It's knee deep in mud along there, my boots would never come out again."),
        over(S, "Then clap and walk at them slowly, they'll shuffle off.", overlap=1.95),
    ]),
    dict(name="dummy_in_duck_pond", split="holdout", bc_takes=37, noise=False, quiet=SAM, script=[
        say(A, "Maisie's dropped her dummy in the duck pond, and she's screaming the park down."),
        cut(S, "Has Maisie taken a tumble off the swings?", after=0.7),
        say(A, "No, she's fine, not a scratch on her,", gap="patient"),
        say(A, "but the dummy's floating off with the ducks.", gap="short", bc=(S, "Phew."), bc_at=0.42),
        say(S, "Is there a spare one?", gap="quick"),
        say(A, "At home, in the changing bag by the front door.", gap="quick"),
        over(S, "The chemist by the park gates sells them, I'll pop in and buy one."),
    ]),
    dict(name="stairlift_stuck", split="holdout", bc_takes=37, noise=False, quiet=None, script=[
        say(A, "Gran's stairlift has stopped halfway up, with her on it."),
        say(S, "Is she upset?", gap="quick"),
        say(A, "Cool as anything,", gap="quick"),
        say(A, "she's reading her paper up there.", gap="short", bc=(S, "Wow.")),
        say(S, "The red key by the bottom step resets it, turn it off and back on.", gap="quick"),
        burst(A, "The red key?", then="It's on Gran's keyring, and that's in her cardigan pocket."),
        over(S, "Then she can throw the keys down, and you start it again."),
    ]),
    dict(name="car_clamped", split="holdout", bc_takes=37, noise=False, quiet=None, script=[
        say(S, "They've clamped our car outside the vet's, on the front wheel."),
        bc(A, "Blimey.", at=0.35),
        say(A, "On the double yellows?", gap="quick"),
        say(S, "Just the single,", gap=0.18),
        say(S, "and it says no waiting after six.", gap="short", bc=(A, "Ah.")),
        say(A, "Phone the firm on the sticker and pay it off.", gap="quick"),
        cut(S, "Two hundred quid, and the cat's still in her basket."),
        cut(A, "Pay it anyway, or they'll tow it away tonight."),
        bc(S, "Right.", at=0.85),
    ]),
    dict(name="bees_on_climbing_frame", split="holdout", bc_takes=37, noise=True, quiet=None, script=[
        say(S, "A swarm of bees has landed on the climbing frame."),
        bc(A, "Crikey.", at=0.52),
        say(A, "Are the kids in?", gap="quick"),
        say(S, "Having their tea,", gap="quick"),
        say(S, "but Noah's itching to poke them with a stick, he thinks they're asleep.", gap="pause"),
        bc(A, "Oh, help.", at=0.48),
        say(A, "Keep the back door shut, I'll find a beekeeper to come and collect them.", gap="quick"),
        cut(S, "I'll keep Noah busy, you find someone to shift them.", clash=True),
        over(A, "Deal, and keep the cat in too, she'll only go after them."),
    ]),
    dict(name="cash_machine_kept_card", split="holdout", bc_takes=37, noise=False, quiet=None, script=[
        say(S, "The cash machine's kept my card, and the taxis want cash."),
        bc(A, "Oh, marvellous.", at=0.45),
        say(A, "Which card?", gap="quick"),
        say(S, "My debit card,", gap="quick"),
        say(S, "and I've four pounds on me.", gap=1.35),
        say(A, "Get the bus, the last one's at ten past.", gap="quick"),
        cut(S, "Come and get me, the bus takes an hour."),
        cut(A, "I've had a glass of wine, so the bus it is."),
        bc(S, "Okay.", at=0.62),
    ]),
    dict(name="goat_ate_ticket", split="holdout", bc_takes=37, noise=False, quiet=ALEX, script=[
        say(S, "A goat at the petting farm has eaten our car park ticket, right out of my hand."),
        cut(A, "Has a goat gone for one of the kids?", after=0.8),
        say(S, "No, the kids are fine,", gap="patient"),
        say(S, "it just gobbled the ticket up.", gap="short", bc=(A, "Oh, bless."), bc_at=0.25),
        say(A, "Can we pay at the barrier?", gap="quick"),
        say(S, "Only with the ticket, so we're stuck in here until the office opens at nine.", gap="quick"),
        over(A, "The lady in the gift shop will let us out, I'll go and ask her.", overlap=2.2),
    ]),
    dict(name="turkey_too_big", split="holdout", bc_takes=37, noise=False, quiet=None, script=[
        say(A, "The turkey won't fit in the oven at all."),
        say(S, "Are the shelves out?", gap="quick"),
        say(A, "Top and bottom,", gap="quick"),
        say(A, "and the door still won't close.", gap="short", bc=(S, "Hmm."), bc_at=0.9),
        say(S, "Could we cut the legs off and do them separately?", gap="patient"),
        cut(A, "Your dad only ever eats the legs, he'd be heartbroken.", before=0.65),
        over(S, "Then ask next door to borrow their oven, they're out at her sister's.", overlap=1.8),
        bc(A, "Go on.", at=0.82),
    ]),
    dict(name="cistern_overflowing", split="holdout", bc_takes=37, noise=True, quiet=None, script=[
        say(A, "The loo's overflow pipe is gushing, the cistern keeps filling."),
        bc(S, "Oh no.", at=0.4),
        say(S, "Is the float stuck?", gap="quick"),
        say(A, "Jammed right up,", gap="quick"),
        say(A, "and the lever's snapped clean off.", gap="cont"),
        say(S, "Shut the stopcock off then, it's in the cupboard under the kitchen sink.", gap="quick"),
        cut(A, "The little valve behind the loo will do, I'll shut that instead.", before=2.3),
        burst(S, "The little valve?", then="Fine, but ring the plumber first thing in the morning."),
        bc(A, "Yup.", at=0.5),
    ]),
    dict(name="ford_too_deep", split="holdout", bc_takes=37, noise=False, quiet=None, script=[
        say(S, "The ford's too deep after the rain, and the christening's at eleven."),
        bc(A, "Whoa.", at=0.55),
        say(A, "How deep is it?", gap="quick"),
        say(S, "Over the marker post,", gap=0.16),
        say(S, "and a van's stalled in it.", gap="short", bc=(A, "Oh, jeez."), bc_at=0.1),
        say(A, "The mill bridge, go back round that way, it's only a few miles.", gap="quick"),
        cut(S, "The mill road's shut, there were diversion signs up this morning.", before=2.1),
        burst(A, "The mill road?", then="Then through the village, we'll only be a bit late."),
    ]),
]
