"""Suite of `entities`: one row per entity, global across documents."""
from __future__ import annotations

from expectations.base import Check, Reference, Suite, in_set, iso3_checks, schema_checks
from transforms.schemas import ENTITY_TYPES, Table

ID_REGEX = r"^(?:country:[A-Z]{3}|person:\S+|org:\S+|location:\S+)$"


def suite(table: Table, reference: Reference) -> Suite:
    return Suite(table, (
        *schema_checks(table),
        in_set("entity_type_known", "entity_type", ENTITY_TYPES, "entity_type is a declared type"),
        Check("entity_id_format", "ExpectColumnValuesToMatchRegex", {"column": "entity_id", "regex": ID_REGEX},
              "row", "'country:ISO3', 'person:slug', 'org:slug' or 'location:slug'"),
        Check("country_has_iso3", "ExpectColumnValuesToNotBeNull",
              {"column": "iso3", "row_condition": 'entity_type == "country"', "condition_parser": "pandas"},
              "row", "a country entity carries its ISO3 code"),
        *iso3_checks(("iso3", "country_iso3"), reference),
        in_set("source_known", "source", ("seed", "extracted"), "'seed' or 'extracted'"),
        Check("wikidata_id_format", "ExpectColumnValuesToMatchRegex",
              {"column": "wikidata_id", "regex": r"^Q[1-9]\d*$"}, "row", "a Wikidata QID ('Q' + digits)"),
    ))
