"""Text helpers: accents garbled by an export's encoding."""

from __future__ import annotations

import pytest

from verdir.engine.text import looks_garbled, repair_encoding


@pytest.mark.parametrize(("garbled", "repaired"), [
    ("RÃ‰NOVATION Ã‰NERGÃ‰TIQUE GYMNASE", "RÉNOVATION ÉNERGÉTIQUE GYMNASE"),
    ("PATRIMOINE VOIRIE (chaussÃ©es,trottoirs,", "PATRIMOINE VOIRIE (chaussées,trottoirs,"),
    ("Ã€ l'Ã©cole : Å“uvres dâ€™art", "À l'école : œuvres d’art"),
])
def test_garbled_accents_are_repaired(garbled, repaired):
    assert looks_garbled(garbled)
    assert repair_encoding(garbled) == repaired


@pytest.mark.parametrize("text", [
    "CHÂTEAU D'EAU", "Théâtre à Noël", "Œuvre d’art – façade « été »", "PÂTISSERIE Â LA CARTE",
    "ISOL THERM GS PASTEUR", "",
])
def test_well_encoded_text_is_left_as_it_is(text):
    assert not looks_garbled(text)
    assert repair_encoding(text) == text
