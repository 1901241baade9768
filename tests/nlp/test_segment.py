"""Segmentation: the product's own tokenizer, protected spans, no global state, determinism."""

from __future__ import annotations

import random
import re

import jieba
import pytest

from policylens.io.normalize import analysis_text
from policylens.nlp.segment import (
    RecentTags,
    Segmenter,
    Token,
    Tokens,
    lcut,
    protected_matches,
    tokenizer,
    tokens,
)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("大力实施“百千万工程”，探索“一村一策”", ["百千万工程", "一村一策"]),
        ("深化抓党建促乡村振兴引领基层治理“1+3+5”机制", ["1+3+5"]),
        ("围绕省委十三届三次全会“1310”具体部署", ["1310"]),
        ("落实1+6工作举措和2+3+N体系", ["1+6"]),
        ("深化“放管服”改革", ["放管服"]),
        ("发展空天信息和卫星互联网等产业", ["卫星互联网"]),  # the industry lexicon's words stay whole
    ],
)
def test_quoted_terms_and_number_slogans_are_single_tokens(text, whole):
    words = lcut(text)
    for term in whole:
        assert term in words


def test_offsets_slice_back():
    text = "加快推进“深中互动专区”建设，推动1+3+5机制落地。"
    for token in tokens(text):
        assert text[token.start:token.end] == token.text


@pytest.mark.parametrize(
    "text",
    ["加快推进“深中互动专区”建设，\n推动1+3+5机制落地。", "  前有空格\u3000中有全角空格\n\n后有换行  ", "“一村一策”", "",
     "第一行\r\n第二行 ABC 12\t三\u3000 \n", "\n\n\n", "a b"],
)
def test_parallel_lists_and_tokens_agree(text):
    found = tokens(text)
    assert len(found) == len(found.texts) == len(found.starts) == len(found.ends) == len(found.tags)
    assert list(found) == [found[i] for i in range(len(found))] == found[:]
    assert all(isinstance(token, Token) for token in found)
    assert not any(word.isspace() for word in found.texts)  # whitespace is never a token
    assert found.starts == sorted(found.starts) and all(s < e for s, e in zip(found.starts, found.ends, strict=True))
    assert found == list(found) and found == tokens(text)
    assert all(text[token.start:token.end] == token.text for token in found if not token.protected)
    assert "".join(found.texts) == "".join(text.replace("“", "").replace("”", "").split())  # nothing else dropped


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 4, ["加快", "推进"]), (1, 4, ["推进"]), (0, 3, ["加快"]), (2, 2, []), (4, 11, ["深中互动专区"])],
)
def test_span_is_the_tokens_wholly_inside(start, end, expected):
    found = tokens("加快推进“深中互动专区”建设")
    assert [token.text for token in found.span(start, end)] == expected


@pytest.mark.parametrize(("offset", "expected"), [(0, 0), (2, 1), (1, None), (5, 2), (99, None)])
def test_index_at_finds_the_token_starting_there(offset, expected):
    assert tokens("加快推进“深中互动专区”建设").index_at(offset) == expected


_QUOTED_OR_SLOGAN = re.compile(r"“(?P<quoted>[^“”\n，。；！？：]{1,16})”|(?<![\d.+])(?P<slogan>\d+(?:\+\d+)+)(?![\d.+])")


def _as_one_pattern_reads(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [match.span() for match in _QUOTED_OR_SLOGAN.finditer(text, start, end)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("落实1+6工作举措和2+3+N体系", [(2, 5)]),
        ("“1+6”与1+3+5", [(0, 5), (6, 11)]),  # a slogan in quotes is the quote's
        ("12.5+3与3+4+与+5与٣+٤", [(15, 18)]),  # not a decimal, a trailing plus, a bare plus; other scripts' digits
        ("“未闭合1+2", [(4, 7)]),
        ("", []),
    ],
)
def test_protected_matches(text, spans):
    assert [match.span() for match in protected_matches(text)] == spans == _as_one_pattern_reads(text, 0, len(text))


def test_protected_matches_read_as_one_pattern_would():
    generator = random.Random(7)
    for _ in range(3000):
        text = "".join(generator.choice("12+“”.，一a٣\n") for _ in range(generator.randint(0, 24)))
        start = generator.randint(0, len(text))
        end = generator.randint(start, len(text))
        assert [m.span() for m in protected_matches(text, start, end)] == _as_one_pattern_reads(text, start, end)


@pytest.mark.parametrize(("word", "tag"), [("推进", "v"), ("北京", "ns"), ("百千万工程", "x"), ("推进", "v")])
def test_recent_tags_answer_as_the_dictionary_does(word, tag):
    recent = RecentTags({"推进": "v", "北京": "ns"})
    assert recent[word] == tag and recent[word] == tag


def test_recent_tags_stay_bounded(monkeypatch):
    monkeypatch.setattr("policylens.nlp.segment._RECENT_WORDS", 2)
    recent = RecentTags({"推进": "v", "北京": "ns", "发展": "vn"})
    assert [recent[word] for word in ("推进", "北京", "发展", "推进")] == ["v", "ns", "vn", "v"]
    assert len(recent) <= 2


def test_tokens_built_from_tokens_round_trip():
    made = Tokens()
    for token in (Token("推进", 0, 2, "v"), Token("百千万工程", 3, 8, "nz", True)):
        made.append(token)
    assert made[1] == Token("百千万工程", 3, 8, "nz", True) and made[-1].protected and not made[0].protected


def test_global_jieba_dictionary_is_left_as_jieba_ships_it():
    jieba.initialize()
    before = dict(jieba.dt.FREQ)
    lcut("大力实施“某某新名词工程”，推进高质量发展，建设启动区")
    assert tokenizer()._engine is not jieba.dt
    assert before == jieba.dt.FREQ


def test_results_do_not_depend_on_what_was_segmented_before():
    a = "探索“一村一策”，打造城市消费新空间"
    b = "推进“一村”建设，落实“一策”机制，实施“某某工程”"
    first = lcut(a)
    lcut(b)
    assert lcut(a) == first
    assert "某某工程" not in lcut("实施某某工程建设")


def test_tokenizer_is_initialised_once_per_process():
    assert tokenizer() is tokenizer()


def test_jieba_backend_caches_in_a_directory_the_application_owns(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYLENS_CACHE_DIR", str(tmp_path / "cache"))
    segmenter = Segmenter("jieba")
    assert segmenter._engine.tmp_dir == str(tmp_path / "cache")
    assert list((tmp_path / "cache").glob("jieba*.cache"))


@pytest.fixture(scope="module")
def both_backends():
    return Segmenter("rjieba"), Segmenter("jieba")


def test_rjieba_and_jieba_backends_cut_alike(both_backends, seed_text, corpus_reports):
    fast, slow = both_backends
    texts = [seed_text, *(r.text for r in list(corpus_reports.values())[:3])]
    for text in texts:
        text = analysis_text(text)
        assert fast.cut(text) == slow.cut(text)
