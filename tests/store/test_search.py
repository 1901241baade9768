"""Full-text search: any substring of the text, in either script and width, located to its line."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("query", "found"), [
    ("深中一体化", True), ("一体化", True), ("新质生产力", True), ("新质", True), ("雄安", True),
    ("高效办成一件事", True), ("深中壹體化", False), ("完全没有的词组合", False), ("  ", False),
])
def test_search_finds_what_is_in_the_text(three, query, found):
    hits = three.search(query, limit=200)
    assert bool(hits) is found
    for hit in hits:
        text = three.load(hit["report_id"]).analysis
        assert query.strip() in text[hit["line_start"]:].split("\n", 1)[0]


def test_traditional_and_full_width_queries_find_simplified_text(three):
    assert three.search("新質生產力") and three.search("深中一体化")
    assert len(three.search("２０２６年")) == len(three.search("2026年"))


def test_every_line_holding_a_word_is_found(three):
    hits = three.search("新质", limit=1000)
    expected = 0
    for row in three.reports():
        for line in three.load(row["id"]).analysis.split("\n"):
            expected += "新质" in line
    assert len(hits) == expected


def test_search_syntax_in_a_query_is_taken_literally(three):
    assert three.search('"OR" NEAR(a b) *') == []
