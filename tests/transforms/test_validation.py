"""Validation with real Great Expectations on real Parquet: the suites pass on the pipeline's own output; doctored
tables are caught with the right severity; a table-level failure publishes nothing (previous snapshot
byte-identical, one 'failed' row in `runs`); row-level failures are quarantined; the HTML report names failures."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows import cli
from tests.conftest import SAMPLES
from tests.validation_fixtures import appended, realistic_tables, sample_documents, with_row
from transforms import stages
from transforms.storage import Store
from expectations import suite as table_suite
from transforms.validation import validate_published, validate_tables, write_report


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> dict[str, pa.Table]:
    return realistic_tables(sample_documents(tmp_path_factory.mktemp("docs")))


def failures(outcome) -> dict[str, str]:
    """failed check name -> level ('row' or 'table')."""
    return {r.name: r.level for r in outcome.result.results if not r.success}


def run_pipeline(paths, out: Path, *, doctor=None) -> dict:
    """ingest -> extract -> (doctor the staging) -> validate -> publish, as the flow does."""
    result = stages.run_pipeline(paths, store=Store(out), before_validate=doctor)
    return {"run_id": result.run_id, "validation": result.validation}


def data_bytes(out: Path) -> dict[str, bytes]:
    """Every Parquet file of the current snapshot except the runs log."""
    current = (out / ".store" / "current").resolve()
    return {str(p.relative_to(current)): p.read_bytes() for p in sorted(current.rglob("*.parquet"))
            if p.relative_to(current).parts[0] != "runs"}


@pytest.fixture(scope="module")
def sample_output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = run_pipeline([SAMPLES], out)
    assert result["validation"].ok
    return out


# ---- the pipeline's own output ------------------------------------------------------------------------------

def test_every_suite_passes_on_the_pipelines_own_output(sample_output):
    outcome = validate_published(Store(sample_output))
    assert outcome.result.ok and outcome.result.failed == 0, failures(outcome)
    assert set(outcome.result.tables) >= {"documents", "entities", "mentions", "commitments", "runs"}
    runs = pd.read_parquet(sample_output / "runs")
    assert runs.status.tolist() == ["published"]
    assert runs.expectations_failed.tolist() == [0] and runs.expectations_passed.iloc[0] > 20
    assert runs.rows_quarantined.tolist() == [0]
    assert (sample_output / "validation" / "latest.html").exists()


def test_every_suite_passes_on_realistic_extraction_rows(tables):
    outcome = validate_tables(tables)
    assert outcome.result.ok and failures(outcome) == {}
    assert outcome.quarantine == {}


# ---- doctored tables ----------------------------------------------------------------------------------------

def test_duplicate_key_is_a_table_level_failure(tables):
    doctored = {**tables, "mentions": appended(tables["mentions"], tables["mentions"].slice(3, 1).to_pylist()[0])}
    outcome = validate_tables(doctored)
    assert failures(outcome) == {"mentions.key_unique": "table"}
    assert not outcome.result.ok
    assert tables["mentions"].num_rows == doctored["mentions"].num_rows - 1  # input not mutated


def test_duplicate_compound_key_is_a_table_level_failure(tables):
    parties = tables["commitment_parties"]
    doctored = {**tables, "commitment_parties": appended(parties, parties.to_pylist()[0])}
    assert failures(validate_tables(doctored)) == {"commitment_parties.key_unique": "table"}


def test_unknown_iso3_is_quarantined_row_level(tables):
    entities = appended(tables["entities"], {"entity_id": "country:XYZ", "entity_type": "country",
                                             "name": "Nowhere", "iso3": "XYZ", "source": "seed"},
                        {"entity_id": "person:jane-doe", "entity_type": "person", "name": "Jane Doe",
                         "country_iso3": "ZZZ", "source": "extracted"})
    outcome = validate_tables({**tables, "entities": entities})
    assert failures(outcome) == {"entities.iso3_known": "row", "entities.country_iso3_known": "row"}
    assert outcome.result.ok
    assert outcome.valid["entities"].num_rows == tables["entities"].num_rows
    q = outcome.quarantine["quarantine/entities"].to_pandas()
    assert sorted(q.failed_expectation) == ["entities.country_iso3_known", "entities.iso3_known"]
    assert json.loads(q.set_index("failed_expectation").loc["entities.iso3_known", "raw_values"])["iso3"] == "XYZ"


def test_evidence_span_off_by_one_is_quarantined_row_level(tables):
    c = tables["commitments"]
    row = c.to_pylist()[3]
    commitments = with_row(c, 3, end_char=row["end_char"] + 1)  # evidence_text no longer the document slice
    parties = tables["commitment_parties"].filter(
        pa.compute.not_equal(tables["commitment_parties"]["commitment_id"], row["commitment_id"]))
    outcome = validate_tables({**tables, "commitments": commitments, "commitment_parties": parties})
    assert failures(outcome) == {"commitments.evidence_text_matches_document": "row"}
    assert outcome.valid["commitments"].num_rows == c.num_rows - 1
    q = outcome.quarantine["quarantine/commitments"].to_pylist()
    assert len(q) == 1 and json.loads(q[0]["raw_values"])["commitment_id"] == row["commitment_id"]


def test_span_outside_the_document_is_caught(tables):
    m = tables["mentions"]
    mentions = with_row(m, 0, start_char=10**7, end_char=10**7 + 5)
    assert failures(validate_tables({**tables, "mentions": mentions})) == {
        "mentions.span_inside_document": "row", "mentions.surface_matches_document": "row"}


def test_one_dangling_entity_id_is_quarantined_many_fail_the_run(tables):
    m = tables["mentions"]
    assert m.num_rows >= 25  # one dangling row stays under the 5% threshold
    one = validate_tables({**tables, "mentions": with_row(m, 5, entity_id="country:ZZZ")})
    assert failures(one) == {"mentions.entity_id_exists_in_entities": "row"} and one.result.ok
    assert one.quarantine["quarantine/mentions"].num_rows == 1
    many = m
    for i in range(0, m.num_rows, 4):
        many = with_row(many, i, entity_id="person:nobody")
    outcome = validate_tables({**tables, "mentions": many})
    assert failures(outcome) == {"mentions.entity_id_exists_in_entities": "table"}
    assert "threshold" in outcome.result.table_failures[0].error


def test_children_of_a_quarantined_row_follow_it(tables):
    c = tables["commitments"]
    commitments = with_row(c, 0, kind="promise")  # bad enum -> quarantined -> its 2 parties dangle
    outcome = validate_tables({**tables, "commitments": commitments})
    assert failures(outcome) == {"commitments.kind_known": "row",
                                 "commitment_parties.commitment_id_exists_in_commitments": "table"}


@pytest.mark.parametrize("table,column,value,check", [
    ("commitments", "kind", "promise", "commitments.kind_known"),
    ("commitments", "polarity", "neutral", "commitments.polarity_known"),
    ("entities", "entity_type", "planet", "entities.entity_type_known"),
    ("mentions", "mention_type", "nickname", "mentions.mention_type_known"),
    ("commitment_parties", "role", "witness", "commitment_parties.role_known"),
    ("commitments", "amount_currency", "XBT", "commitments.amount_currency_iso4217"),
    ("commitments", "amount_value", -5.0, "commitments.amount_non_negative"),
    ("mentions", "confidence", 1.5, "mentions.confidence_in_0_1"),
    ("commitments", "event_date", pd.Timestamp("1950-01-01").date(), "commitments.event_date_near_publication"),
])
def test_bad_values_are_row_level(tables, table, column, value, check):
    index = tables[table].num_rows - 1
    doctored = {**tables, table: with_row(tables[table], index, **{column: value})}
    if table == "entities":  # keep the doctored entity unreferenced
        doctored[table] = appended(tables[table], {**tables[table].to_pylist()[0], "entity_id": "country:ZZA",
                                                   "iso3": "FRA", column: value})
    if table == "commitments":  # and the doctored commitment without parties
        cid = tables[table]["commitment_id"][index].as_py()
        cp = tables["commitment_parties"]
        doctored["commitment_parties"] = cp.filter(pa.compute.not_equal(cp["commitment_id"], cid))
    outcome = validate_tables(doctored)
    assert failures(outcome) == {check: "row"}
    assert outcome.result.ok and outcome.result.rows_quarantined == 1


def test_schema_mismatch_is_table_level(tables):
    docs = tables["documents"]
    wrong_type = docs.set_column(docs.schema.get_field_index("n_chars"), "n_chars",
                                 pa.compute.cast(docs["n_chars"], pa.string()))
    outcome = validate_tables({"documents": wrong_type})
    assert failures(outcome) == {"documents.types_match_schema": "table", "documents.n_chars_is_text_length": "row"}
    missing = validate_tables({"documents": docs.drop_columns(["title"])})
    assert failures(missing)["documents.columns_match_schema"] == "table"


def test_html_report_names_the_failed_expectations(tables, tmp_path):
    doctored = {**tables, "mentions": appended(tables["mentions"], tables["mentions"].to_pylist()[0])}
    result = validate_tables(doctored, run_id="r1").result
    page = write_report(result, tmp_path).read_text()
    assert "mentions.key_unique" in page and "FAIL (table)" in page and "ExpectColumnValuesToBeUnique" in page
    assert "<link" not in page and "<script" not in page  # self-contained, readable offline
    assert (tmp_path / "latest.html").read_text() == page
    assert json.loads((tmp_path / "r1" / "results.json").read_text())["ok"] is False


# ---- in the pipeline: quarantine, nothing published on failure ----------------------------------------------

EXTRACTED = ("entities", "mentions", "commitments", "commitment_parties", "quotes")


def stage_tables(store: Store, run_id: str, tables: dict[str, pa.Table], **override: pa.Table) -> None:
    """Replace whatever the extractors staged by the realistic tables (the tests must not depend on them)."""
    for name in EXTRACTED:
        store.replace_staged(run_id, name, override.get(name, tables[name]))


def test_row_level_failures_are_quarantined_and_the_rest_published(tables, tmp_path):
    out = tmp_path / "out"
    m = with_row(tables["mentions"], 2, confidence=7.0)

    result = run_pipeline([SAMPLES], out, doctor=lambda store, run_id: stage_tables(store, run_id, tables,
                                                                                     mentions=m))
    assert result["validation"].rows_quarantined == 1
    assert len(pd.read_parquet(out / "mentions")) == m.num_rows - 1
    q = pd.read_parquet(out / "quarantine" / "mentions")
    assert q.failed_expectation.tolist() == ["mentions.confidence_in_0_1"]
    assert json.loads(q.raw_values.iloc[0])["confidence"] == 7.0
    runs = pd.read_parquet(out / "runs")
    assert runs.status.tolist() == ["published"] and runs.rows_quarantined.tolist() == [1]
    assert runs.expectations_failed.tolist() == [1]
    assert "mentions.confidence_in_0_1" in (out / "validation" / "latest.html").read_text()


def test_table_level_failure_publishes_nothing_and_logs_the_run(tables, tmp_path):
    out = tmp_path / "out"
    first = run_pipeline([SAMPLES], out, doctor=lambda store, run_id: stage_tables(store, run_id, tables))
    assert first["validation"].ok
    before = data_bytes(out)
    before_runs = pd.read_parquet(out / "runs")
    extra = tmp_path / "more.jsonl"
    extra.write_text(json.dumps({"id": "x1", "published_date": "2025-05-05", "text": "Chile pledged aid."}) + "\n")

    def doctor(store, run_id):  # an entity staged twice with different names: a broken key
        entities = tables["entities"]
        stage_tables(store, run_id, {name: tables[name].slice(0, 0) for name in EXTRACTED},
                     entities=appended(entities, {**entities.to_pylist()[0], "name": "Other name"}))

    with pytest.raises(stages.ValidationFailed, match="entities.key_unique"):
        run_pipeline([extra], out, doctor=doctor)
    assert data_bytes(out) == before  # every data table byte-identical, the new document not published
    runs = pd.read_parquet(out / "runs").sort_values("started_at")
    assert len(runs) == len(before_runs) + 1
    assert runs.status.iloc[-1].startswith("failed: validation: entities.key_unique")
    assert runs.expectations_failed.iloc[-1] == 1
    assert not (out / ".staging").exists()
    assert "entities.key_unique" in (out / "validation" / "latest.html").read_text()


# ---- CLI ----------------------------------------------------------------------------------------------------

def test_cli_validate_exit_codes(sample_output, tmp_path, capsys):
    assert cli.main(["validate", "--output", str(sample_output)]) == 0
    assert "passed" in capsys.readouterr().out
    # doctor the published entities in a copy of the output: a duplicated key
    import shutil

    out = tmp_path / "copy"
    shutil.copytree(sample_output, out, symlinks=True)
    part = (out / ".store" / "current").resolve() / "entities" / "part-0.parquet"
    data = pq.read_table(part)
    data = data if data.num_rows else pa.Table.from_pylist(
        [{"entity_id": "country:FRA", "entity_type": "country", "name": "France", "iso3": "FRA",
          "source": "seed"}], schema=data.schema)
    part.unlink()  # a hard link shared with the original: replace, never write through
    pq.write_table(pa.concat_tables([data, data.slice(0, 1)]), part)
    assert cli.main(["validate", "--output", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "FAILED" in printed and "key_unique [table]" in printed
    assert cli.main(["validate", "--output", str(tmp_path / "nothing")]) == 2


# ---- batches: memory bounded by a batch, the same results as one batch ---------------------------------------

def summary_of(outcome) -> dict:
    """Everything a validation reports per expectation, and the rows it quarantines."""
    return {"results": {r.name: (r.success, r.level, r.unexpected_count, r.element_count)
                        for r in outcome.result.results},
            "quarantined": {n: sorted(t["quarantine_id"].to_pylist()) for n, t in outcome.quarantine.items()},
            "valid": {n: t.num_rows for n, t in outcome.valid.items()}}


def doctorings(tables) -> dict[str, dict[str, pa.Table]]:
    m, c = tables["mentions"], tables["commitments"]
    many = m
    for i in range(0, m.num_rows, 4):
        many = with_row(many, i, entity_id="person:nobody")
    return {
        "clean": tables,
        "one dangling": {**tables, "mentions": with_row(m, 5, entity_id="country:ZZZ")},
        "many dangling": {**tables, "mentions": many},
        "bad values": {**tables, "mentions": with_row(with_row(m, 2, confidence=7.0), 40, mention_type="x")},
        "children follow": {**tables, "commitments": with_row(c, 0, kind="promise")},
        "duplicate key": {**tables, "mentions": appended(m, m.to_pylist()[3])},
    }


def test_batched_validation_reports_what_one_batch_reports(tables, monkeypatch):
    from transforms import validation

    sizes: list[tuple[str, int]] = []
    run = validation._Gx.run

    def spy(self, name, checks, frame):
        sizes.append((name, len(frame)))
        return run(self, name, checks, frame)

    for label, doctored in doctorings(tables).items():
        whole = validate_tables(doctored)
        sizes.clear()
        monkeypatch.setattr(validation._Gx, "run", spy)
        batched = validate_tables(doctored, batch_rows=8)
        monkeypatch.setattr(validation._Gx, "run", run)
        assert summary_of(batched) == summary_of(whole), label
        assert max(n for name, n in sizes if not name.endswith(".schema")) <= 8  # GX never sees more than a batch
        assert sum(name == "mentions.table" for name, _ in sizes) >= doctored["mentions"].num_rows // 8
    assert len(batched.result.results) == sum(len(table_suite(n).checks) for n in tables)  # one per expectation


def test_a_duplicate_key_in_two_batches_fails_the_table(tables):
    m = tables["mentions"]
    first, last = m.to_pylist()[0], m.to_pylist()[-1]
    assert first["published_month"] != last["published_month"]
    copy = {**first, "document_id": last["document_id"], "published_month": last["published_month"]}
    outcome = validate_tables({**tables, "mentions": appended(m, copy)}, batch_rows=5)
    result = {r.name: r for r in outcome.result.results}["mentions.key_unique"]
    assert not result.success and result.level == "table" and result.unexpected_count == 2
    assert first["mention_id"] in result.examples
    assert not outcome.result.ok


def test_a_child_outside_its_documents_month_is_caught_in_batches(tables):
    m = tables["mentions"]
    months = sorted(set(m["published_month"].to_pylist()))
    row = m.to_pylist()[0]
    other = next(x for x in months if x != row["published_month"])
    outcome = validate_tables({**tables, "mentions": with_row(m, 0, published_month=other)}, batch_rows=3)
    assert failures(outcome) == {"mentions.published_month_matches_document": "row"}  # its document still found
    assert outcome.quarantine["quarantine/mentions"].num_rows == 1


def test_staged_quarantine_rewrites_only_the_files_it_touches(tables, tmp_path):
    import pyarrow.compute as pc

    from transforms.validation import validate_staged

    store = Store(tmp_path / "out")
    run_id = "r-batches"
    m = with_row(tables["mentions"], 2, confidence=7.0)
    bad_month = m["published_month"][2].as_py()
    for name in ("documents", *EXTRACTED):
        if name != "mentions":
            store.replace_staged(run_id, name, tables[name])
    months = sorted(set(m["published_month"].to_pylist()))
    assert len(months) > 1
    for i, month in enumerate(months):  # one staged batch (file) per month
        store.stage(run_id, "mentions", m.filter(pc.equal(m["published_month"], month)), batch=i)
    folder = store.staging(run_id) / "mentions"
    for p in folder.rglob("*.parquet"):
        os.utime(p, ns=(0, 0))  # a file rewritten by the validation gets a new mtime
    outcome = validate_staged(store, run_id, batch_rows=4)
    assert outcome.result.ok and outcome.result.rows_quarantined == 1
    assert failures(outcome) == {"mentions.confidence_in_0_1": "row"}
    changed = {p.name for p in folder.rglob("*.parquet") if p.stat().st_mtime_ns}
    assert changed == {f"batch-{months.index(bad_month):06d}.parquet"}  # the other batches' files are untouched
    staged = store.read_staged(run_id, "mentions")
    assert staged.num_rows == m.num_rows - 1 and 7.0 not in staged["confidence"].to_pylist()
    q = store.read_staged(run_id, "quarantine/mentions").to_pylist()
    assert [r["failed_expectation"] for r in q] == ["mentions.confidence_in_0_1"]
    assert json.loads(q[0]["raw_values"])["mention_id"] == m["mention_id"][2].as_py()


def test_published_data_is_revalidated_in_batches(sample_output):
    outcome = validate_published(Store(sample_output), batch_rows=40)
    assert outcome.result.ok and outcome.result.failed == 0, failures(outcome)


def test_every_table_is_validated_in_batches_of_at_most_its_own_budget(tables, monkeypatch):
    """The per-table budgets bound what GX sees (small enough that a real run fills them, so memory stays flat as
    the input grows); the results are those of one batch."""
    from transforms import validation

    whole = validate_tables(tables)
    budgets = {"documents": 2, "mentions": 9, "commitments": 1, "commitment_parties": 2, "quotes": 3}
    monkeypatch.setattr(validation, "BATCH_ROWS_BY_TABLE", budgets)
    monkeypatch.setattr(validation, "BATCH_ROWS", 4)
    sizes: list[tuple[str, int]] = []
    run = validation._Gx.run

    def spy(self, name, checks, frame):
        sizes.append((name, len(frame)))
        return run(self, name, checks, frame)

    monkeypatch.setattr(validation._Gx, "run", spy)
    batched = validate_tables(tables)
    assert summary_of(batched) == summary_of(whole)
    for name, n in sizes:
        table = name.split(".")[0]
        if not name.endswith(".schema"):
            assert n <= budgets.get(table, 4), name
    assert sum(name == "commitments.table" for name, _ in sizes) == tables["commitments"].num_rows


def test_validation_frees_each_batch_and_leaves_the_garbage_collector_as_it_was(tables, monkeypatch):
    """After each batch the cyclic garbage GX leaves (which holds the batch's frames) is collected, cheaply: the
    heap alive before the validation is frozen meanwhile, and unfrozen at the end (also when it fails)."""
    import gc

    from transforms import validation

    collected: list[int] = []
    frozen: list[int] = []
    real = validation.collect_garbage

    def spy():
        frozen.append(gc.get_freeze_count())
        real()
        collected.append(1)

    monkeypatch.setattr(validation, "collect_garbage", spy)
    assert gc.get_freeze_count() == 0
    validate_tables(tables, batch_rows=8)
    assert gc.get_freeze_count() == 0
    assert len(collected) >= tables["mentions"].num_rows // 8 and min(frozen) > 0

    def boom(self, name, checks, frame):
        raise RuntimeError("GX failed")

    monkeypatch.setattr(validation._Gx, "run", boom)
    with pytest.raises(RuntimeError):
        validate_tables(tables)
    assert gc.get_freeze_count() == 0


def test_suites_sharing_one_batch_definition_see_only_their_own_rows(tables):
    """Every suite of a validation runs on the one whole-dataframe batch definition: a suite's result follows the
    frame it is given, never a frame (or metrics) of an earlier run, of the same suite or of another."""
    from transforms import validation

    check = next(c for c in table_suite("mentions").checks if c.name == "document_id_not_null")
    clean = tables["mentions"].to_pandas()
    doctored = clean.assign(document_id=[None] * 3 + clean["document_id"].tolist()[3:])
    gx = validation._Gx()
    seen = [(suite, gx.run(suite, [check], frame)[check.name]) for suite, frame in
            [("a", clean), ("a", doctored), ("b", doctored), ("b", clean), ("a", clean)]]
    assert [(suite, r["success"], r["result"]["unexpected_count"]) for suite, r in seen] == [
        ("a", True, 0), ("a", False, 3), ("b", False, 3), ("b", True, 0), ("a", True, 0)]
