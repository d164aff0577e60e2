"""The one strict reader of content files, and the honesty of their dates and sources.

Every content file (cause pages, ways in, guides, notices) rests on ``[[facts]]`` that cite
``[[sources]]``. A fact is no surer than its strongest source and no newer than its newest
source; an unconfirmed fact cites none and says why for staff.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.core.content import ContentError, Sureness, TomlTable, load_content
from app.core.content.store import active_content
from app.core.content.toml import key_lines, read_sourcing

SOURCING = """\
reviewed = 2026-12-01

[[sources]]
id = "office"
title = "An office page"
url = "https://example.gov.vn/page"
sure = "official"
date = 2025-03-12

[[sources]]
id = "paper"
title = "A newspaper"
url = "https://example.vn/news"
sure = "press"
date = 2026-02-02

[[facts]]
id = "both"
says = { vi = "Điều hai nguồn cùng nói.", en = "What both say." }
sure = "official"
confirmed = 2026-02-02
sources = ["office", "paper"]

[[facts]]
id = "nobody"
says = { vi = "Điều chưa ai xác nhận.", en = "What nobody confirmed." }
sure = "unconfirmed"
note = { vi = "Chưa thấy nguồn.", en = "No source seen." }
"""


def sourcing_of(tmp_path: Path, text: str):
    file = tmp_path / "page.toml"
    file.write_text(text, encoding="utf-8")
    return read_sourcing(TomlTable.load(file), today=dt.date(2026, 12, 2))


def test_facts_carry_their_sureness_and_the_date_of_their_newest_source(tmp_path):
    sourcing = sourcing_of(tmp_path, SOURCING)
    both, nobody = sourcing.facts
    assert (both.sure, both.confirmed, [s.id for s in both.sources]) == (Sureness.OFFICIAL, dt.date(2026, 2, 2),
                                                                         ["office", "paper"])
    assert (nobody.sure, nobody.confirmed, nobody.sources) == (Sureness.UNCONFIRMED, None, ())
    assert nobody.note["en"] == "No source seen."


@pytest.mark.parametrize(
    ("old", "new", "field", "problem"),
    [
        ("confirmed = 2026-02-02", "confirmed = 2026-03-01", "facts[1].confirmed", "should be 2026-02-02"),
        ("confirmed = 2026-02-02", "confirmed = 2025-03-12", "facts[1].confirmed", "should be 2026-02-02"),
        ('sources = ["office", "paper"]', 'sources = ["paper"]', "facts[1].sure", "surer than its strongest source"),
        ('sources = ["office", "paper"]', "sources = []", "facts[1].sources", "missing"),
        ('sources = ["office", "paper"]', 'sources = ["office", "blog"]', "facts[1].sources[2]", "not the id"),
        ('note = { vi = "Chưa thấy nguồn.", en = "No source seen." }', 'sources = ["paper"]',
         "facts[2].sources", "an unconfirmed fact cites no source"),
        ('note = { vi = "Chưa thấy nguồn.", en = "No source seen." }', "", "facts[2].note", "missing"),
        ("date = 2026-02-02", "date = 2026-12-05", "sources[2].date", "after the file was reviewed"),
        ("reviewed = 2026-12-01", "reviewed = 2027-01-01", "reviewed", "after today"),
        ('sure = "press"', 'sure = "unconfirmed"', "sources[2].sure", "should be one of official, vendor, press"),
        ('url = "https://example.vn/news"', 'url = "http://3.136.160.1/news"', "sources[2].url", "https://"),
        ('url = "https://example.vn/news"', 'url = "https://3.136.160.1/news"', "sources[2].url", "raw IP address"),
        ('url = "https://example.vn/news"', 'link = "https://example.vn/news"', "sources[2].link", "not a known key"),
    ],
    ids=["newer than its sources", "older than its newest source", "surer than its sources", "no source",
         "a source that is not there", "unconfirmed but cited", "unconfirmed without a note", "a source after review",
         "reviewed in the future", "a source that confirms nothing", "raw IP over http", "raw IP", "link for url"],
)
def test_a_dishonest_date_or_source_is_refused(tmp_path, old, new, field, problem):
    text = SOURCING.replace(old, new, 1)
    assert text != SOURCING
    with pytest.raises(ContentError) as raised:
        sourcing_of(tmp_path, text)
    assert raised.value.field == field and problem in raised.value.problem, str(raised.value)
    assert raised.value.line is not None, f"no line for staff: {raised.value}"


def test_a_source_no_fact_cites_is_refused(tmp_path):
    text = SOURCING.replace('sources = ["office", "paper"]', 'sources = ["office"]').replace(
        "confirmed = 2026-02-02", "confirmed = 2025-03-12")
    with pytest.raises(ContentError, match=r"sources\[2\]: 'paper' is cited by no fact"):
        sourcing_of(tmp_path, text)


def test_the_error_names_the_line_of_the_key_in_nested_tables_and_lists():
    text = '''a = 1
[[way]]
id = "x"
[way.vi]
how = [
  "one",
  "two",
]
[[way]]
id = "y"
facts = { vi = "x", en = "y" }
'''
    lines = key_lines(text)
    assert lines["way[1].vi.how[2]"] == 7
    assert lines["way[2].id"] == 10
    assert lines["way[2].facts.en"] == 11


def test_the_collecting_mode_reports_every_problem_and_goes_on(tmp_path):
    # The shape settings can use: one bad value does not hide the next, and the good ones are read.
    file = tmp_path / "settings.toml"
    file.write_text('idle_timeout_s = "soon"\nkiosk = true\nfont_scal = 125\nretention_days = 99999\n',
                    encoding="utf-8")
    t = TomlTable.load(file, collect=True)
    t.only((), ("idle_timeout_s", "kiosk", "font_scale", "retention_days"))
    assert t.integer("idle_timeout_s", 120, low=30, high=3600) == 120
    assert t.boolean("kiosk", False) is True
    assert t.integer("retention_days", 30, low=1, high=3650) == 30
    shown = [(p.field, p.line) for p in t.problems]
    assert shown == [("font_scal", 3), ("idle_timeout_s", 1), ("retention_days", 4)], shown


def test_a_file_that_is_not_toml_names_its_line(tmp_path):
    file = tmp_path / "page.toml"
    file.write_text('id = "waiting"\nreviewed = 2026-12-01\ntitle = "no closing quote\n', encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        TomlTable.load(file)
    assert raised.value.field == "(file)" and raised.value.line == 3, str(raised.value)


# -- the shipped content: no fact newer or surer than its sources, none with an empty source ------


def every_fact():
    content = load_content()
    for page in content.causes.values():
        yield page.file.name, page.sourcing
    yield content.ways.file.name, content.ways.sourcing
    for guide in content.guides:
        yield guide.file.name, guide.sourcing
    yield content.notices.file.name, content.notices.sourcing


@pytest.mark.parametrize(("name", "sourcing"), list(every_fact()), ids=[n for n, _ in every_fact()])
def test_no_shipped_fact_is_newer_or_surer_than_its_sources(name, sourcing):
    assert sourcing.facts, f"{name} rests on no fact"
    for fact in sourcing.facts:
        where = f"{name}: fact {fact.id!r}"
        assert fact.says["vi"].strip() and fact.says["en"].strip(), f"{where} says nothing"
        if fact.sure is Sureness.UNCONFIRMED:
            assert not fact.sources and fact.confirmed is None and fact.note, f"{where} pretends to a source"
            continue
        assert fact.sources, f"{where} has no source"
        for source in fact.sources:
            assert source.title.strip() and source.url.startswith("https://"), f"{where}: an empty source {source}"
        assert fact.sure.rank <= max(s.sure.rank for s in fact.sources), f"{where} is surer than its sources"
        dated = [s.date for s in fact.sources if s.date]
        assert fact.confirmed == (max(dated) if dated else None), (
            f"{where}: confirmed {fact.confirmed}, sources {dated}")
        assert fact.confirmed is None or fact.confirmed <= sourcing.reviewed, f"{where} is newer than the review"


def test_the_spun_article_is_cited_only_as_secondary_and_only_for_the_causes():
    for name, sourcing in every_fact():
        for source in sourcing.sources:
            if "anvatduongpho.com" in source.url:
                assert source.sure is Sureness.SECONDARY, f"{name} calls the spun article {source.sure.value}"
                assert name in {"wrong_contact.toml", "already_used.toml", "waiting.toml", "blocked.toml",
                                "spam_folder.toml"}, f"{name} cites the spun article"


@pytest.fixture(autouse=True)
def built_in_content():
    yield
    from app.core.content import use_content

    use_content(None)  # whatever a test did, the next one starts from the program's own content
    assert active_content().origin.folder is None
