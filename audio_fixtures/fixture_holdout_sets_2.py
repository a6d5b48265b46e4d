"""The scene scripts of the seventeenth and later sets (s167 on), each written as a held-out set: HOLDOUT_SETS_2.

Data only, split out of fixture_holdout_sets.py to keep that file under 1,400 lines.  fixture_holdout_sets.py
appends HOLDOUT_SETS_2 to the end of its HOLDOUT_SETS (the second to sixteenth sets, s17-s166), and
fixture_scenes.py appends HOLDOUT_SETS to its SCENES, in this order, so every scene keeps its number (sNN) and its
seed; new sets go at the end of this list.  Import SCENES from fixture_scenes (or make_fixtures), not from here:
this file takes its helpers (say, bc, cut, burst, over) from fixture_scenes, which imports the scene lists last.
See fixture_scenes.py for the helpers and the rules, and README.md in this folder.
"""
from __future__ import annotations

from fixture_scenes import ALEX, SAM, bc, burst, cut, over, say

A, S = ALEX, SAM

HOLDOUT_SETS_2 = [
    # ---- HOLDOUT, seventeenth set (s167-s176; written fresh on 2026-11-23, blind to the engine; never tune on
    #      these, never inspect their timelines or per-scene results).  Backchannels from set 17 of the takes,
    #      used by no other scene.
    dict(name="ants_in_cupboard", split="holdout", bc_takes=17, noise=False, quiet=None, script=[
        say(S, "There are ants in the food cupboard, all over the sugar bag."),
        bc(A, "Oh no.", at=0.1),
        say(A, "They come in under the back door,", gap="quick"),
        say(A, "there's been a gap there since the frost.", gap="short", bc=(S, "Mm-hmm.")),
        say(S, "I'll put the sugar in a jar, and wipe each shelf down with vinegar.", gap="quick"),
        cut(A, "Vinegar's fine, but I'll fill that gap with sealant this weekend.", before=2.4),
        burst(S, "This weekend?", then="We're away this weekend, so do it tomorrow after work."),
    ]),
    dict(name="fence_down", split="holdout", bc_takes=17, noise=False, quiet=ALEX, script=[
        say(S, "The wind's blown the fence panel down, by the shed."),
        cut(A, "Can next door's dog get into our garden now?", after=0.7),
        say(S, "Not yet,", gap="quick"),
        say(S, "but the posts have rotted right through.", gap="short", bc=(A, "Yeah."), bc_at=0.3),
        say(A, "That's a whole Saturday, then.", gap="quick"),
        say(S, "Dev's offered to go halves, it's his fence too.", gap="patient"),
        over(A, "Ask him tonight, before his dog finds the gap and digs up the beans."),
        bc(S, "Right.", at=0.5),
    ]),
    dict(name="dishwasher_suds", split="holdout", bc_takes=17, noise=True, quiet=None, script=[
        say(A, "Foam's pouring out of the dishwasher, all over the floor."),
        say(S, "I used washing-up liquid, we'd run out of tablets.", gap="quick"),
        say(A, "One drop of that makes a sink full of bubbles.", gap="quick"),
        cut(S, "I know that now, pass me the mop and the towels."),
        cut(A, "Towels won't do it, we scoop the suds out first."),
        over(S, "I'll fetch the washing-up bowl, and you switch it off at the wall.", overlap=1.6),
    ]),
    dict(name="grocery_swaps", split="holdout", bc_takes=17, noise=False, quiet=SAM, script=[
        say(A, "They've swapped the eggs in the shopping for a tub of custard."),
        bc(S, "Hmm.", at=0.2),
        say(S, "Custard?", gap="quick"),
        say(A, "Vanilla custard,", gap="quick"),
        say(A, "so can one of us drive out to the garage for eggs?", gap="short", bc=(S, "Uh-huh.")),
        cut(S, "I'll go now, I need petrol for tomorrow anyway.", before=0.6),
        say(A, "Take the list, and get some candles while you're there.", gap="quick"),
        over(S, "Blue ones, the ones that light again when you blow them out."),
    ]),
    dict(name="bathroom_lock", split="holdout", bc_takes=17, noise=False, quiet=None, script=[
        say(S, "Rosie's locked herself in the bathroom, and the catch won't turn."),
        bc(A, "Okay.", at=0.0),
        say(A, "There's a slot on the outside of the lock,", gap="quick"),
        say(A, "turn it with a coin from this side.", gap="short", bc=(S, "I see."), bc_at=0.45),
        say(S, "I've tried a coin, but the slot's been painted over.", gap="quick"),
        burst(A, "Painted?", then="Then talk her through it slowly, she's opened it herself before."),
        over(S, "She's crying too hard to listen, I'm taking the handle off.", overlap=2.1),
    ]),
    dict(name="frog_in_kitchen", split="holdout", bc_takes=17, noise=False, quiet=None, script=[
        say(A, "The cat's brought a frog in, it's under the table."),
        bc(S, "Oh.", at=0.35),
        say(S, "Is it still alive?", gap="quick"),
        say(A, "Very alive,", gap=0.19),
        say(A, "it jumped right over my foot.", gap="cont"),
        say(S, "Put a tea towel over it, and carry it out to the pond at the bottom.", gap="quick"),
        cut(A, "I'll use the big salad bowl instead, it won't squash it.", before=1.9),
        over(S, "Fine, but shut the cat in the hall first, or she'll only bring it back."),
        bc(A, "Sure.", at=0.85),
    ]),
    dict(name="cold_boiler", split="holdout", bc_takes=17, noise=False, quiet=None, script=[
        say(S, "The boiler's gone off again, there's no hot water."),
        say(A, "The pressure's dropped,", gap="patient"),
        say(A, "the needle should sit at one and a half.", gap="short", bc=(S, "Mm-hmm."), bc_at=1.0),
        say(A, "I'll top it up from the little tap.", gap="pause"),
        cut(S, "Last time, it leaked into the airing cupboard."),
        cut(A, "That was the old valve, it's a new one now."),
        bc(S, "Sure.", at=0.25),
    ]),
    dict(name="burnt_rice", split="holdout", bc_takes=17, noise=True, quiet=None, script=[
        say(A, "The rice has burnt onto the pan, the whole kitchen smells of it."),
        bc(S, "Oops.", at=0.15),
        say(S, "Which pan?", gap="quick"),
        say(A, "Your mum's good one.", gap=0.23),
        say(S, "Leave it to soak overnight with bicarb.", gap="quick"),
        cut(A, "I've soaked it and scrubbed it, it's black right through.", after=0.9),
        say(S, "Then we'll get a takeaway tonight, and sort the pan out later.", gap="quick"),
        burst(A, "Takeaway?", then="We said no more takeaways this month."),
    ]),
    dict(name="parking_ticket", split="holdout", bc_takes=17, noise=True, quiet=None, script=[
        say(S, "I've lost the car park ticket, and we can't get out."),
        say(A, "Check the sun visor,", gap="quick"),
        say(A, "you always tuck it up there, or it's down the side of your seat.", gap="short",
            bc=(S, "Got it."), bc_at=0.0),
        burst(S, "Found it.", then="It was in my coat pocket, sorry."),
        say(A, "Fourteen pounds, it says, for two hours in a multi-storey.", gap="quick"),
        over(S, "That's the price near the hospital, so next time we're getting the bus, it's cheaper.",
             overlap=2.5),
        bc(A, "True.", at=0.4),
    ]),
    dict(name="bee_sting", split="holdout", bc_takes=17, noise=False, quiet=None, script=[
        say(A, "A bee's stung Jack on the hand, by the picnic blanket."),
        say(S, "Is the sting still in?", gap=-0.14),
        say(A, "I scraped it out with my bank card.", gap="quick"),
        say(S, "I'll fetch the cream from the first aid bag,", gap="patient"),
        cut(A, "He's fine, look, he's already back on the swings.", clash=True),
        bc(S, "Oh, good.", at=0.3),
        say(A, "And if it starts to swell, we'll ring the surgery.", gap="pause"),
        bc(S, "Fair enough.", at=0.6),
    ]),
]
