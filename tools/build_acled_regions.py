"""Write src/eventwire/export/data/acled_regions.csv: ISO alpha-2 -> ACLED region and country name.

The region lists follow the regions ACLED publishes its data under (Western,
Middle, Eastern, Southern and Northern Africa, Middle East, South Asia,
Southeast Asia, East Asia, Caucasus and Central Asia, Europe, North America,
Central America, Caribbean, South America, Oceania, Antarctica). Country names
are pycountry's common name unless ACLED spells it differently (NAMES below).

Run: python tools/build_acled_regions.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

REGIONS = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW IO",
    "Southern Africa": "BW SZ LS NA ZA",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "BH IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK MO JP KP KR MN TW",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Europe": (
        "AL AD AT BY BE BA BG HR CY CZ DK EE FI FR DE GR HU IS IE IT XK LV LI LT LU MT MD MC ME NL "
        "MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA FO GI GG IM JE AX SJ"
    ),
    "North America": "US CA GL PM BM",
    "Central America": "MX BZ CR SV GT HN NI PA",
    "Caribbean": "AG BS BB CU DM DO GD HT JM KN LC VC TT PR AI AW BQ CW KY GP MQ MS BL MF SX TC VG VI",
    "South America": "AR BO BR CL CO EC GY PY PE SR UY VE FK GF GS",
    "Oceania": "AU NZ FJ PG SB VU NC PF WS TO KI MH FM NR PW TV CK NU TK WF AS GU MP PN NF CC CX HM UM",
    "Antarctica": "AQ TF BV",
}

NAMES = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CI": "Ivory Coast",
    "SZ": "eSwatini",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "TR": "Turkey",
    "TL": "East Timor",
    "US": "United States",
    "GB": "United Kingdom",
    "VA": "Vatican City",
    "FM": "Micronesia",
    "PS": "Palestine",
    "XK": "Kosovo",
    "MK": "North Macedonia",
    "VN": "Vietnam",
    "LA": "Laos",
    "KR": "South Korea",
    "KP": "North Korea",
    "RU": "Russia",
    "BN": "Brunei",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "IR": "Iran",
    "SY": "Syria",
    "TW": "Taiwan",
    "FK": "Falkland Islands",
    "BQ": "Caribbean Netherlands",
    "SH": "Saint Helena, Ascension and Tristan da Cunha",
}

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/export/data/acled_regions.csv"


def main() -> None:
    region_of = {code: region for region, codes in REGIONS.items() for code in codes.split()}
    rows = []
    for code, region in sorted(region_of.items()):
        country = pycountry.countries.get(alpha_2=code)
        name = NAMES.get(code) or (getattr(country, "common_name", None) or country.name if country else code)
        rows.append((code, region, name))
    missing = sorted(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in region_of)
    if missing:
        raise SystemExit(f"countries without a region: {missing}")
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["iso2", "region", "country"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
