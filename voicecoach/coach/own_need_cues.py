"""A listener giving their own need or load as the reason for what the partner complains of: a defence that also
turns to themselves (defending and self-focus). "It's the only thing that gets me to sleep after a double.", "It's
how I stay close to them.", "Kids, Nadia. You try getting three of them sorted before seven.", "I'm doing it for
all of us." (not "It's the only thing that matters to me" about the partner, nor advice: "You try asking him.")"""

from __future__ import annotations

from voicecoach.coach.lexicon import either

NEED_AS_THE_REASON = either(
    # the act as what keeps the listener going
    r"\b(it'?s|its|that'?s|thats|it was|that was) (the only|the one|the first) (thing|time|way|bit|chance|place|hour"
    r"|night|day|evening) (that'?s |that has |that |when |where )?(\w+ )?(gets|got|keeps|kept|helps|helped|lets"
    r"|gives|gave|given|calms|relaxes|switches) me\b",
    r"\b(it'?s|its|that'?s|thats) how i (keep|stay|cope|unwind|relax|switch off|wind down|get through|keep sane"
    r"|stay sane|keep going|deal with)\b",
    # the listener's load set against the complaint, with its size
    r"(^|[.!?] )you try (\w+ing)\b(?=.*\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|every"
    r"|all day|all night|on your own|alone)\b)",
)
