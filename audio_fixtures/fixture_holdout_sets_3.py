"""The scene scripts of the thirtieth and later sets (s297 on), each written as a held-out set: HOLDOUT_SETS_3.

Data only, split out of fixture_holdout_sets_2.py to keep that file under 1,400 lines.  fixture_holdout_sets_2.py
appends HOLDOUT_SETS_3 to the end of its HOLDOUT_SETS_2 (the seventeenth to twenty-ninth sets, s167-s296),
fixture_holdout_sets.py appends HOLDOUT_SETS_2 to its HOLDOUT_SETS, and fixture_scenes.py appends HOLDOUT_SETS to
its SCENES, in this order, so every scene keeps its number (sNN) and its seed; new sets go at the end of this list.
Import SCENES from fixture_scenes (or make_fixtures), not from here: this file takes its helpers (say, bc, cut,
burst, over) from fixture_scenes, which imports the scene lists last.
See fixture_scenes.py for the helpers and the rules, and README.md in this folder.
"""
from __future__ import annotations

from fixture_scenes import ALEX, SAM, bc, burst, cut, over, say

A, S = ALEX, SAM

HOLDOUT_SETS_3 = [
    # ---- HOLDOUT, thirtieth set (s297-s306; written fresh on 2026-11-24, blind to the engine; never tune on
    #      these, never inspect their timelines or per-scene results).  Backchannels from set 30 of the takes,
    #      used by no other scene.
    dict(name="washing_machine_walked", split="holdout", bc_takes=30, noise=True, quiet=None, script=[
        say(A, "The washing machine's walked across the floor, it's blocking the door."),
        bc(S, "Blimey.", at=0.5),
        say(S, "Is it still going?", gap="quick"),
        say(A, "It's just stopped, the back door only opens a crack.", gap=-0.16),
        say(S, "Just drag it back then, it can't weigh much with no water in it.", gap="quick"),
        burst(A, "Drag it?", then="It weighs a ton even empty, we'll walk it back a corner at a time."),
        over(S, "Then we'll push it together, and level the feet after.", overlap=2.0),
    ]),
    dict(name="shopping_left_on_bus", split="holdout", bc_takes=30, noise=False, quiet=SAM, script=[
        say(A, "The shopping's still on the bus, I got off without the bag."),
        cut(S, "The shopping? But that's our dinner for tonight.", after=0.8),
        say(A, "I put it on the seat beside me,", gap="patient"),
        say(A, "then forgot it when I stood up.", gap="short", bc=(S, "Oh, crumbs."), bc_at=0.95),
        say(S, "What number bus?", gap="quick"),
        say(A, "The number nine, it'll be at the depot by now, I'll phone them.", gap="quick"),
        over(S, "The nine? That ends at the depot, ring them now."),
    ]),
    dict(name="tree_too_tall", split="holdout", bc_takes=30, noise=False, quiet=None, script=[
        say(A, "The Christmas tree's too tall, it's bent against the ceiling."),
        say(S, "How far over?", gap="quick"),
        say(A, "A good foot,", gap="quick"),
        say(A, "the star won't fit.", gap="short", bc=(S, "Oh dear."), bc_at=1.0),
        say(S, "Could we saw a bit off the bottom of the trunk?", gap="patient"),
        cut(A, "The saw's at my dad's, but the bread knife might get through it.", before=0.65),
        over(S, "I'll pop round to your dad's for the saw, he's only down the road.", overlap=1.6),
        bc(A, "Sure.", at=0.15),
    ]),
    dict(name="packed_lunch_forgotten", split="holdout", bc_takes=30, noise=False, quiet=None, script=[
        say(S, "Maisie's forgotten her packed lunch, and the school coach leaves at nine."),
        bc(A, "Goodness me.", at=0.58),
        say(A, "For the zoo trip?", gap="quick"),
        say(S, "That's today,", gap=0.2),
        say(S, "and they won't stop at shops.", gap="short", bc=(A, "Hmm.")),
        say(A, "I'll drive it to the school now, the coach might not have left yet.", gap="quick"),
        cut(S, "Ring the office instead, they'll buy her something there."),
        cut(A, "The office can't feed her, I'll try the coach first."),
        bc(S, "True.", at=0.4),
    ]),
    dict(name="trolley_into_car", split="holdout", bc_takes=30, noise=True, quiet=None, script=[
        say(S, "A trolley's just hit someone's car, it rolled across the car park."),
        bc(A, "Oh no.", at=0.6),
        say(A, "Our trolley?", gap="quick"),
        say(S, "Afraid so,", gap="quick"),
        say(S, "I let go of it to open the boot, and the wind took it.", gap="pause"),
        bc(A, "Right.", at=0.45),
        say(A, "We'd better leave a note on their windscreen with our number.", gap="quick"),
        cut(S, "It's only a tiny scratch on their bumper, you can hardly see it.", clash=True),
        over(A, "Tiny or not, we're leaving a note, it's only fair."),
    ]),
    dict(name="wet_paint_bench", split="holdout", bc_takes=30, noise=False, quiet=None, script=[
        say(S, "I've sat on a freshly painted bench, my new jeans are striped green."),
        bc(A, "Ooh.", at=0.78),
        say(A, "Has it dried?", gap="quick"),
        say(S, "Tacky,", gap="quick"),
        say(S, "and there's no sign up.", gap=1.25),
        say(A, "White spirit would lift that, there's some in the shed.", gap="quick"),
        cut(S, "Not on denim, it'll bleach it, use soapy water."),
        cut(A, "It won't bleach them, I'll test it on a corner first."),
        bc(S, "Okay.", at=0.3),
    ]),
    dict(name="car_window_stuck_down", split="holdout", bc_takes=30, noise=False, quiet=ALEX, script=[
        say(S, "The car window's stuck down, and it's meant to pour tonight."),
        cut(A, "Not the driver's one again, it's been sticky all month.", after=0.7),
        say(S, "I opened it at the barrier,", gap="patient"),
        say(S, "and now it won't budge.", gap="short", bc=(A, "Uh-oh."), bc_at=0.0),
        say(A, "Is it the fuse?", gap="quick"),
        say(S, "The fuse is fine, I checked, the motor just whirrs and nothing moves.", gap="quick"),
        over(A, "Tape a bin liner over it tonight, and the garage can look tomorrow.", overlap=2.75),
    ]),
    dict(name="cat_flap_intruder", split="holdout", bc_takes=30, noise=False, quiet=None, script=[
        say(A, "Next door's ginger tom keeps coming through the cat flap."),
        say(S, "For Misty's food?", gap="quick"),
        say(A, "Every last biscuit,", gap="quick"),
        say(A, "and sprays by the fridge.", gap="short", bc=(S, "Wow.")),
        say(S, "Microchip flaps fix that, ours would only ever open for Misty.", gap="quick"),
        burst(A, "Microchip?", then="They're sixty pounds, and we'd need a bigger hole in the door."),
        over(S, "Sixty's less than his food costs, I'll order one."),
    ]),
    dict(name="icy_front_path", split="holdout", bc_takes=30, noise=True, quiet=None, script=[
        say(A, "The front path's a sheet of ice, the postman nearly went flying."),
        bc(S, "Yikes.", at=0.55),
        say(S, "Is he hurt?", gap="quick"),
        say(A, "He grabbed the gate,", gap="quick"),
        say(A, "but he wasn't happy.", gap="cont"),
        say(S, "The salt's in the garage, I'll spread some down the path before school.", gap="quick"),
        cut(A, "Ash from the fire will do, the salt ran out in January.", before=2.2),
        burst(S, "Ash?", then="It gets walked in everywhere, I'll pick up salt after work."),
        bc(A, "Fair enough.", at=0.2),
    ]),
    dict(name="head_in_railings", split="holdout", bc_takes=30, noise=False, quiet=None, script=[
        say(S, "Alfie's got his head stuck between the banister railings."),
        bc(A, "Gosh.", at=0.7),
        say(A, "How did he manage that?", gap="quick"),
        say(S, "Chasing the cat,", gap=0.16),
        say(S, "and now he's crying.", gap="short", bc=(A, "Mm-hmm."), bc_at=0.3),
        say(A, "Butter, a bit behind his ears, and he'll slide straight back out.", gap="quick"),
        cut(S, "Butter's too messy, just turn his head sideways and ease him through gently.", before=2.4),
        burst(A, "Too messy?", then="Mess washes off, he needs to be out, pass me the tub."),
    ]),
]
