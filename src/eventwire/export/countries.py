"""Country codes and ACLED regions: ISO alpha-2 -> alpha-3, numeric, ACLED name and region.

The region table is data (``data/acled_regions.csv``); ISO codes come from pycountry.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry


#: Codes pycountry does not have, as ACLED writes them.
_EXTRA = {"XK": ("XKX", 0)}


@dataclass(frozen=True, slots=True)
class CountryInfo:
    iso2: str
    iso3: str
    numeric: int
    name: str
    region: str


@lru_cache(maxsize=1)
def _regions() -> dict[str, tuple[str, str]]:
    text = resources.files("eventwire.export").joinpath("data/acled_regions.csv").read_text("utf-8")
    return {row["iso2"]: (row["region"], row["country"]) for row in csv.DictReader(text.splitlines())}


@lru_cache(maxsize=512)
def country_info(iso2: str | None) -> CountryInfo | None:
    """ACLED's view of a country, or ``None`` for an unknown or missing code."""
    if not iso2:
        return None
    code = iso2.upper()
    region, name = _regions().get(code, ("", ""))
    if code in _EXTRA:
        iso3, numeric = _EXTRA[code]
    else:
        country = pycountry.countries.get(alpha_2=code)
        if country is None:
            return None
        iso3, numeric = country.alpha_3, int(country.numeric)
        name = name or getattr(country, "common_name", None) or country.name
    return CountryInfo(code, iso3, numeric, name, region)
