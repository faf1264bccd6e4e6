"""The directory's rules: what an entry may hold, how it is found, when it is stale."""

from __future__ import annotations

from datetime import date

from peerhelper.domain.directory import (
    DirectoryEntryData,
    is_stale,
    matches,
    search,
    validate,
)

TOPICS = {"kela", "tax", "email"}


def _entry(**changes: object) -> DirectoryEntryData:
    base = DirectoryEntryData(
        name="Kallion kirjasto",
        kind="library",
        topics=["email"],
        languages=["fi", "ar"],
        address="Viides linja 11, 00530 Helsinki",
        phone="09 3108 5022",
        hours="ma–to klo 9–20",
        notes="Digituki tiistaisin, ajanvaraus tiskiltä.",
        checked=date(2026, 1, 10),
    )
    return base.copy(**changes)


def test_a_complete_entry_is_valid_and_its_phone_is_not_personal_data() -> None:
    assert validate(_entry(), TOPICS) == []


def test_each_rule_names_its_field() -> None:
    bad = _entry(
        name=" ",
        kind="shop",
        topics=["astrology"],
        languages=["Arabic"],
        paid="maybe",
        web="not a web address",
        checked=date(1999, 1, 1),
        notes="Soita Maijalle 040 123 4567",
    )
    found = {(p.field, p.code) for p in validate(bad, TOPICS)}
    assert found == {
        ("name", "required"),
        ("kind", "unknown_code"),
        ("topics", "unknown_code"),
        ("languages", "bad_language"),
        ("paid", "unknown_code"),
        ("web", "bad_web"),
        ("checked", "out_of_range"),
        ("notes", "personal_data"),
    }


def test_an_identity_code_in_the_notes_is_refused_by_kind_only() -> None:
    [problem] = validate(_entry(notes="Asiakas 131052-308T"), TOPICS)
    assert problem.field == "notes" and "131052" not in str(problem)


def test_search_finds_words_in_any_field_ignoring_case_and_accents() -> None:
    entry = _entry()
    assert matches(entry, "KALLION")
    assert matches(entry, "viides 00530")  # the address
    assert matches(entry, "tiistaisin")  # the notes
    assert matches(entry, "kallion aikuiskoulutus") is False
    assert matches(entry, "vaeaestoe") is False
    assert matches(_entry(name="Väestötietovirasto"), "vaestotieto")
    # Topic and language names given by the caller count as words of the entry.
    assert matches(entry, "sähköposti", names={"email": "Sähköposti"})


def test_filters_by_topic_and_language_and_base_language() -> None:
    entry = _entry()
    assert matches(entry, topic="email") and not matches(entry, topic="tax")
    assert matches(entry, language="ar") and matches(entry, language="ar-SY")
    assert matches(entry, language="fi-selko") and not matches(entry, language="so")


def test_search_sorts_by_name() -> None:
    entries = [_entry(name="Öljy", uuid="b"), _entry(name="apu", uuid="a"), _entry(name="Bussi")]
    assert [e.name for e in search(entries)] == ["apu", "Bussi", "Öljy"]


def test_an_entry_checked_over_a_year_ago_or_never_is_stale() -> None:
    today = date(2027, 3, 1)
    assert not is_stale(_entry(checked=date(2026, 3, 1)), today)
    assert is_stale(_entry(checked=date(2026, 2, 28)), today)
    assert is_stale(_entry(checked=None), today)
