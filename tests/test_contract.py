"""The contract is the one source of truth: every derived artefact agrees with it."""

import datetime as dt

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.contract import (
    ContractError,
    _parse,
    arrow_schema,
    coerce,
    data_dictionary_md,
    empty_frame,
    load_contract,
    pandera_schema,
    read_table,
    write_table,
)

ISSUE_COLUMNS = {
    "documents": "doc_id file sha256 lang title publisher url publication_date publication_date_source n_chars",
    "events": "event_id event_type format secrecy certainty date_start date_end date_precision date_edtf location_city location_country parties topics outcome summary n_mentions n_documents confidence verified",
    "participants": "event_id actor_id name name_original kind country role side mention_id",
    "mediators": "event_id actor_id name name_original kind country mediation_role mention_id",
    "actors": "actor_id kind name_en names_ar names_fa country wikidata_id",
}


@pytest.mark.parametrize("table", sorted(ISSUE_COLUMNS))
def test_published_columns_are_the_contract_v1_names(table):
    assert load_contract().table(table).column_names == ISSUE_COLUMNS[table].split()


def test_mentions_columns_start_with_contract_v1():
    cols = load_contract().table("mentions").column_names
    v1 = "mention_id event_id doc_id char_start char_end quote date_text date_calendar rule confidence".split()
    assert cols[: len(v1)] == v1


def event_row(**kw):
    row = dict(
        event_id="ev_0123456789ab", event_type="talks", format="indirect", secrecy="secret", certainty="reported",
        date_start=pd.Timestamp("2024-01-10"), date_end=pd.Timestamp("2024-01-10"), date_precision="day",
        date_edtf="2024-01-10", location_city="Muscat", location_country="OMN", parties=["IRN", "USA"],
        topics=["red_sea_shipping"], outcome="unknown", summary="Iran and the United States held talks.",
        n_mentions=1, n_documents=1, confidence=0.8, verified=False,
    )
    row.update(kw)
    return row


def test_valid_events_pass_pandera():
    df = coerce(pd.DataFrame([event_row()]), "events")
    pandera_schema("events").validate(df, lazy=True)


@pytest.mark.parametrize(
    "bad",
    [
        {"event_type": "lunch"},
        {"location_country": "XXX"},
        {"parties": ["IRN", "ZZZ"]},
        {"topics": ["weather"]},
        {"confidence": 1.5},
        {"event_id": "not-an-id"},
        {"date_start": pd.Timestamp("1850-01-01")},
    ],
)
def test_each_rule_of_the_contract_fails_on_a_bad_value(bad):
    import pandera.errors as pe

    df = coerce(pd.DataFrame([event_row(**bad)]), "events")
    with pytest.raises(pe.SchemaErrors):
        pandera_schema("events").validate(df, lazy=True)


def test_strict_columns_reject_an_unknown_column():
    import pandera.errors as pe

    df = coerce(pd.DataFrame([event_row()]), "events").assign(extra=1)
    with pytest.raises(pe.SchemaErrors):
        pandera_schema("events").validate(df, lazy=True)


def test_parquet_round_trip_keeps_types_descriptions_and_is_deterministic(tmp_path):
    df = coerce(pd.DataFrame([event_row(), event_row(event_id="ev_000000000000", date_end=pd.NaT, parties=["IRN"])]), "events")
    a, b = tmp_path / "a.parquet", tmp_path / "b.parquet"
    write_table(df, a, "events")
    write_table(df.iloc[::-1], b, "events")  # order of input rows does not matter
    assert a.read_bytes() == b.read_bytes()
    schema = pq.read_schema(a)
    assert schema.field("date_start").metadata[b"description"].startswith(b"First day")
    assert str(schema.field("parties").type).startswith("list<") and "string" in str(schema.field("parties").type)
    assert str(schema.field("date_start").type) == "date32[day]"
    back = read_table(a, "events")
    assert list(back["event_id"]) == ["ev_000000000000", "ev_0123456789ab"]  # sorted by primary key
    assert back["date_start"].dtype == "datetime64[us]"
    assert back.loc[0, "parties"] == ["IRN"]
    pandera_schema("events").validate(back, lazy=True)


def test_every_table_has_an_arrow_schema_and_an_empty_frame_that_validates():
    for name in load_contract().tables:
        assert arrow_schema(name).names == load_contract().table(name).column_names
        pandera_schema(name).validate(empty_frame(name))


def test_data_dictionary_is_generated_and_committed(root):
    committed = (root / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert committed == data_dictionary_md(), "run `backchannel docs`"
    for col in load_contract().fields:
        assert f"`{col}`" in committed or not any(col in t.column_names for t in load_contract().tables.values())


def test_contract_errors_are_named():
    raw = {"contract_version": 1, "vocabularies": {}, "fields": {"a": {"type": "blob", "description": "x"}}, "tables": {}}
    with pytest.raises(ContractError, match="unknown type"):
        _parse(raw, "c.yaml")
    raw = {"contract_version": 1, "vocabularies": {}, "fields": {}, "tables": {"t": {"layer": "published", "description": "d", "primary_key": ["a"], "columns": {"a": {}}}}}
    with pytest.raises(ContractError, match="not in fields"):
        _parse(raw, "c.yaml")


@pytest.mark.parametrize("rows", [[event_row()], [event_row(location_city=None)], [event_row(), event_row(location_city=None, summary=None)], []])
def test_coerce_equals_its_reference_and_is_idempotent(rows):
    """coerce's string columns are their definition (str, missing values kept missing), with and without
    missing values; coercing again changes nothing, so to_arrow(coerce(df), coerced=True) is to_arrow(df)."""
    from pipeline.contract import to_arrow

    df = pd.DataFrame(rows, columns=load_contract().table("events").column_names)
    got = coerce(df, "events")
    for c in load_contract().table("events").columns:
        if c.type == "string" and not c.is_list and len(df):  # the definition of a string column
            pd.testing.assert_series_equal(got[c.name], df[c.name].astype("str").where(df[c.name].notna(), None).reset_index(drop=True))
    pd.testing.assert_frame_equal(coerce(got, "events"), got)
    assert to_arrow(got, "events", coerced=True).equals(to_arrow(df, "events"))


@pytest.mark.parametrize("values", [["a", None, "ب"], [], [None], ["x"] * 3])
def test_to_arrow_string_columns_without_the_loop(values):
    """A column of Arrow-backed strings goes to Arrow as the per-value list would (nulls where missing)."""
    import pyarrow as pa

    from pipeline.contract import to_arrow

    rows = [event_row(summary=v) for v in values]
    df = coerce(pd.DataFrame(rows, columns=load_contract().table("events").column_names), "events")
    got = to_arrow(df, "events", coerced=True).column("summary").combine_chunks()
    want = pa.array([None if v is None else str(v) for v in values], type=pa.string())
    assert got.equals(want) and got.type == pa.string()
