"""The :class:`Candidate`: one trigger in one sentence, filled step by step until it
becomes an event (or is dropped)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..mentions.actors import ActorMention
from ..records import Actor, Toponym
from .lexicon import TriggerClass


@dataclass
class Candidate:
    sent: Span
    trigger: Token
    cls: TriggerClass
    nominal: bool
    reality: str | None = None
    agent: ActorMention | None = None
    target: ActorMention | None = None
    agent_actor: Actor | None = None
    target_actor: Actor | None = None
    plover: str = ""
    mode: str | None = None
    acled_type: str | None = None
    acled_sub: str | None = None
    places: list[Toponym] = field(default_factory=list)
    place_from: str = "clause"
    date: str | None = None
    precision: str | None = None
    date_explicit: bool = False
    fatalities: int | None = None
    size: int | None = None
    place_sizes: dict[int, int] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    quote: str | None = None
    anaphoric: bool = False
    #: the earlier event a definite subject takes up again ("The grenade exploded ...")
    referent: "Candidate | None" = None
    group_tokens: list[Token] = field(default_factory=list)
    group: list["Candidate"] = field(default_factory=list)
    continuation: Span | None = None
    dropped: bool = False
    quoted_accusation: bool = False
    intervention: bool = False  # a protest told by its dispersal ("police dispersed the crowd")
    under_fire: bool = False  # the subject was attacked ("soldiers came under fire from gunmen")
    prior_sides: bool = False  # a definite fight between the sides the sentence before brought together
    shared_sentence: bool = False  # another violent event is told in the same sentence
    learned: bool = False  # typed by the classifier alone (coding.learned's lead event)
    charged_in: Span | None = None  # the sentence saying what a person taken is held for (an arrest)
    scene: Span | None = None  # the sentence before that set the place and day ("In X, men went from house to house on Sunday")
    denier: Token | None = None  # who the next sentence says denied the quoted charge ("The police denied this")
    charged: "ActorMention | None" = None  # who a quotation charges: with failing the people, or with the blame (ACCUSE of it)
    blames: bool = False  # a quotation laying the blame for the violence on someone, named or not (ACCUSE)
    condemns: bool = False  # a quotation calling the violence told a crime (ACCUSE of whoever did it)
    disparaged: bool = False  # a state's quote charging protesters with violence or hire (ACCUSE of them)
