"""Store stage: the SQLite event store.

Public API::

    store = Store.open(path)            # None -> settings.default_db_path()
    with store.batch():                 # commit every store.batch_size articles
        store.add_article_result(result)
    store.has_article(article_id)
    store.events(since=, until=, country=, type=, actor=, near=Near(lat, lon, km), limit=)
    store.iter_events()
    store.delete_article(article_id)

See ``docs/stages/store.md``.
"""

from .countries import country_code
from .ingest import IngestSummary, ingest
from .migrations import MIGRATIONS, migrate
from .sqlite import DEFAULT_BATCH_SIZE, Near, Store, haversine_km

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "MIGRATIONS",
    "IngestSummary",
    "Near",
    "Store",
    "haversine_km",
    "country_code",
    "ingest",
    "migrate",
]
