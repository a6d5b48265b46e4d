"""The protocol file: every pack loads, and a broken file is refused with one clear line."""

import pytest

from voicecoach.errors import ConfigError
from voicecoach.practice.protocol import PHASES, default_protocol_path, load_protocol


@pytest.mark.parametrize("pack", ["couples", "work", "leadership"])
@pytest.mark.parametrize("solo", [False, True])
def test_every_pack_loads_with_every_prompt_and_sensible_silences(pack, solo):
    protocol = load_protocol(pack=pack, solo=solo)
    assert protocol.max_rounds == 4
    assert all(0.8 <= protocol.end_of_turn[phase] <= 3.0 for phase in PHASES)
    assert protocol.end_of_turn["share"] > protocol.end_of_turn["reflect"]  # the speaker may pause to think
    text = protocol.wording("step2", speaker="Alex", listener="Sam")
    assert ("Sam" in text) != solo


def test_packs_change_the_wording_not_the_steps():
    couples, work = load_protocol(pack="couples"), load_protocol(pack="work")
    assert couples.wording("step1", speaker="A", listener="B") != work.wording("step1", speaker="A", listener="B")
    assert couples.wording("step3", speaker="A", listener="B") == work.wording("step3", speaker="A", listener="B")


def test_wordings_are_taken_in_turn():
    protocol = load_protocol()
    said = [protocol.wording("step2", speaker="A", listener="B") for _ in range(3)]
    assert said[0] != said[1] and said[0] == said[2]


@pytest.mark.parametrize("change, message", [
    (("share = 2.5", "share = 9.0"), "out of range"),
    (("reflect = 1.5", "reflex = 1.5"), "unknown: reflex"),
    (('nudge_too_fast = [', 'nudge_too_fast = ["{nobody}", '), "bad placeholder"),
    (("max_rounds = 4", "max_rounds = 'four'"), "whole number"),
    (("[packs.couples", "[packs.kin"), "needs a [packs.couples]"),
])
def test_a_broken_protocol_file_gets_one_clear_line(tmp_path, change, message):
    text = default_protocol_path().read_text().replace(*change)
    path = tmp_path / "protocol.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")):
        load_protocol(path)


def test_an_unknown_pack_names_the_known_ones():
    with pytest.raises(ConfigError, match="couples, leadership, work"):
        load_protocol(pack="family")
