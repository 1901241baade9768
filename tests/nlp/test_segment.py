"""Segmentation: the product's own tokenizer, protected spans, no global state, determinism."""

from __future__ import annotations

import jieba
import pytest

from policylens.io.normalize import analysis_text
from policylens.nlp.segment import Segmenter, lcut, tokenizer, tokens


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("大力实施“百千万工程”，探索“一村一策”", ["百千万工程", "一村一策"]),
        ("深化抓党建促乡村振兴引领基层治理“1+3+5”机制", ["1+3+5"]),
        ("围绕省委十三届三次全会“1310”具体部署", ["1310"]),
        ("落实1+6工作举措和2+3+N体系", ["1+6"]),
        ("深化“放管服”改革", ["放管服"]),
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
