"""merge stage: one event per real-world event, with every report that tells it.

* :mod:`.match`: when are two reports the same event (pure rules);
* :mod:`.combine`: the merged record of a group of reports (pure);
* :mod:`.group`: in-memory incremental merging;
* :mod:`.store`: the ``merged_events``/``merged_members`` tables, incremental
  and reversible merging inside the SQLite store;
* :mod:`.control`: who controls which place, from territorial events.
"""

from .combine import MergedEvent, combine
from .group import Merger, group_events
from .match import MatchRules, same_event

__all__ = ["MatchRules", "MergedEvent", "Merger", "combine", "group_events", "same_event"]
