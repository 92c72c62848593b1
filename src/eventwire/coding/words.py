"""Word lists and trigger-class groups used by more than one of the coder's modules."""

from __future__ import annotations

from ..records import PRECISIONS

VIOLENT = ("territory", "clash", "attack", "remote", "fire_weapon")
STATEMENT = ("threaten", "accuse", "request", "sanction", "consult", "aid", "release")
CLAUSE_DEPS = ("advcl", "ccomp", "relcl", "parataxis", "acl")
DEATH_VERBS = {"kill", "die", "slay", "behead", "execute", "massacre", "murder", "perish", "slaughter", "shoot", "gun"}
DEATH_WORDS = {"dead", "killed", "death", "deaths", "fatality", "fatalities", "toll", "body", "bodies", "corpse", "life", "lives", "casualties_no"}
QUOTES = "\"“”«»"
PLACE_RANK = {p: i for i, p in enumerate(PRECISIONS)}
# What is handed over or given up that is not territory: "handed over their firearms" is
# a surrender or disarmament, not a transfer of territory.
NOT_TERRITORY = {"weapon", "firearm", "gun", "rifle", "arm", "arms", "ammunition", "explosive", "grenade",
                 "suspect", "body", "bodies", "prisoner", "hostage", "document", "evidence", "power", "list", "report"}
# Nouns a figure counts through "of": "a family of five", "a crew of three".
GROUP_NOUNS = {"family", "crew", "team", "household", "group", "couple"}
