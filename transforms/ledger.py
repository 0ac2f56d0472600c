"""The ledger in one line: commitments with their parties' names and their documents, for pandas and DuckDB alike.

    from transforms.ledger import load_ledger
    ledger = load_ledger("output")            # pandas, one row per commitment

    import duckdb
    con = duckdb.connect()
    duckdb_views(con, "output")               # views documents, entities, ..., ledger, ledger_parties
    con.execute("select actors, kind, action_text from ledger").df()

Both read the same SQL (`ledger_views_sql`), so pandas and DuckDB users see the same ledger. Views:

- one view per table (`documents`, `entities`, `mentions`, `commitments`, `commitment_parties`, `quotes`, `runs`,
  `quarantine_inputs`), reading the Parquet datasets with `published_month` as a string;
- `ledger_parties`: one row per (commitment, entity, role), with the entity's name, type and country;
- `ledger`: one row per commitment: every commitments column, the party names per role joined with "; "
  (`actors`, `beneficiaries`, `targets`, and their ids `actor_ids`, ...), and the document's `published_date`,
  `document_title`, `document_url`, `source_path`. `documents.text[start_char:end_char] == evidence_text`.
"""
from __future__ import annotations

from pathlib import Path

from transforms.schemas import TABLES

LEDGER_TABLES = ("documents", "entities", "mentions", "commitments", "commitment_parties", "quotes", "runs",
                 "quarantine/inputs")
ROLES = {"actor": ("actors", "actor_ids"), "beneficiary": ("beneficiaries", "beneficiary_ids"),
         "target": ("targets", "target_ids")}  # role -> ledger columns of its names and ids


def _view_name(table: str) -> str:
    return table.replace("/", "_")


def _reader(output: Path, table: str) -> str:
    path = output / table
    glob = (path / "**" / "*.parquet").as_posix().replace("'", "''")
    if TABLES[table].partitioned:
        return f"read_parquet('{glob}', hive_partitioning = true, hive_types = {{'published_month': VARCHAR}})"
    return f"read_parquet('{glob}')"


def ledger_views_sql(output: str | Path = "output") -> str:
    """DuckDB statements creating the views over the datasets in `output` (see the module docstring)."""
    output = Path(output)
    lines = [f"create or replace view {_view_name(t)} as select * from {_reader(output, t)};" for t in LEDGER_TABLES]
    lines.append("""create or replace view ledger_parties as
select p.commitment_id, p.role, p.entity_id, coalesce(e.name, p.entity_id) as entity_name, e.entity_type,
       coalesce(e.iso3, e.country_iso3) as country_iso3, p.document_id
from commitment_parties p left join entities e using (entity_id);""")
    roles = ",\n".join(
        f"    string_agg(entity_name, '; ' order by entity_name) filter (where role = '{role}') as {names},\n"
        f"    string_agg(entity_id, '; ' order by entity_name) filter (where role = '{role}') as {ids}"
        for role, (names, ids) in ROLES.items())
    lines.append(f"""create or replace view ledger as
with parties as (
  select commitment_id,
{roles}
  from ledger_parties group by commitment_id
)
select c.*, p.* exclude (commitment_id),
  d.published_date, d.title as document_title, d.url as document_url, d.source_path
from commitments c
left join parties p on p.commitment_id = c.commitment_id
left join documents d on d.document_id = c.document_id;""")
    return "\n\n".join(lines) + "\n"


def duckdb_views(con, output: str | Path = "output") -> None:
    """Create the views of `ledger_views_sql(output)` on the DuckDB connection `con`."""
    _check_output(Path(output))
    con.execute(ledger_views_sql(output))


def _check_output(output: Path) -> None:
    if not (output / "documents").exists():
        raise FileNotFoundError(f"{output}: no pledgeflow datasets here (no '{output / 'documents'}'); run "
                                "`make run` or `pledgeflow run ... --output {output}` first")


def load_ledger(output: str | Path = "output"):
    """One row per commitment, parties and document joined (pandas DataFrame; empty, with its columns, when there
    are no commitments yet), ordered by date and document position."""
    import duckdb

    with duckdb.connect() as con:
        duckdb_views(con, output)
        return con.execute("select * from ledger order by published_date nulls last, document_id, start_char, "
                           "commitment_id").df()


def load_tables(output: str | Path = "output") -> dict:
    """Every table of `output` as a pandas DataFrame, keyed by table name (`quarantine/inputs` included)."""
    import pandas as pd

    output = Path(output)
    _check_output(output)
    return {name: pd.read_parquet(output / name) for name in LEDGER_TABLES}


def sentence_of(row, documents) -> str:
    """The evidence text of a ledger/mentions/quotes row, cut from its document: `text[start_char:end_char]`.

    `documents` is the documents DataFrame (or anything with `document_id` and `text` columns)."""
    text = documents.loc[documents["document_id"] == row["document_id"], "text"].iloc[0]
    return text[int(row["start_char"]):int(row["end_char"])]
