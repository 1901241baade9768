"""Parser quality against the reference annotations: the seed, 10 provincial reports, 23 texts of other genres."""

from __future__ import annotations

import pytest
from conftest import CORPUS_FILES, GENRE_FILES, parsed

from policylens import parse_text
from policylens.evaluate import ENTITY_TARGETS, GENRE_TARGETS, close_match, prf, score_provincial, score_seed


@pytest.fixture(scope="module")
def seed_scores(seed_report, seed_gold):
    return score_seed(seed_report, seed_gold)


@pytest.mark.parametrize("group", ["focus_areas", "requirements"])
def test_seed_items_have_the_reference_titles_and_goals(seed_report, seed_gold, group):
    parsed = [(a.title, a.goal) for a in getattr(seed_report, group)]
    assert parsed == [(g["title"], g["goal"]) for g in seed_gold[group]]


@pytest.mark.parametrize("group", ["focus_areas", "requirements"])
def test_seed_task_f1(seed_scores, group):
    assert seed_scores[f"{group}.tasks"].f1 >= 0.95, seed_scores[f"{group}.tasks"]


@pytest.mark.parametrize("group", ["focus_areas", "requirements"])
def test_seed_tasks_sit_under_the_right_item(seed_scores, group):
    assert seed_scores[f"{group}.placed"] >= 0.95


def test_no_caption_or_general_guidance_is_a_task(seed_scores):
    assert seed_scores["forbidden_taken"] == []


def test_seed_captions(seed_report, seed_gold):
    assert [c.text for c in seed_report.captions] == seed_gold["image_captions"]


@pytest.mark.parametrize("field", ["date", "speaker", "speaker_titles", "title", "organizer", "format"])
def test_seed_meeting_metadata(seed_report, seed_gold, field):
    assert getattr(seed_report.meeting, field) == seed_gold["meeting"][field]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_provincial_plan_focus_areas(corpus_reports, provincial_gold, path):
    result = score_provincial(corpus_reports[path.name], provincial_gold[path.name])
    assert result["focus_areas"].f1 >= 0.9, [a.title for a in corpus_reports[path.name].focus_areas]


def test_provincial_focus_area_mean_f1_and_metadata(corpus_reports, provincial_gold):
    results = [score_provincial(corpus_reports[name], gold) for name, gold in provincial_gold.items()]
    assert sum(r["focus_areas"].f1 for r in results) / len(results) >= 0.95
    assert sum(r["speaker"] for r in results) >= 9
    assert sum(r["date"] for r in results) >= 9


def test_provincial_plan_section_is_named(corpus_reports, provincial_gold):
    for name, gold in provincial_gold.items():
        plans = [s.title for s in corpus_reports[name].sections if s.kind == "plan"]
        assert plans == [gold["plan_section"]], name


@pytest.mark.parametrize(
    ("predicted", "expected", "f1"),
    [
        (["推进财政金融改革", "精准招商"], ["推进财政金融改革", "精准招商"], 1.0),
        (["推进财政金融改革。"], ["推进财政金融改革"], 1.0),
        (["推进财政金融改革"], ["推进财政金融改革", "精准招商"], 2 / 3),
        ([], ["精准招商"], 0.0),
        (["完全无关的一句话"], ["精准招商"], 0.0),
    ],
)
def test_scoring_arithmetic(predicted, expected, f1):
    assert prf(predicted, expected).f1 == pytest.approx(f1)


def test_close_match_ignores_punctuation_but_not_words():
    assert close_match("深化“放管服”改革", "深化放管服改革")
    assert not close_match("深化改革", "深化放管服改革")


@pytest.fixture(scope="module")
def genre_scores():
    from conftest import FIXTURES

    from policylens.evaluate import genre_table

    return genre_table(FIXTURES, parse=parsed)[1]


@pytest.mark.parametrize(("measure", "target"), list(GENRE_TARGETS.items()))
def test_genre_texts_meet_the_targets(genre_scores, measure, target):
    assert genre_scores[measure] >= target


@pytest.fixture(scope="module")
def paragraph_entity_scores():
    from conftest import FIXTURES

    from policylens.evaluate import paragraph_entity_table

    return paragraph_entity_table(FIXTURES, parse=parsed)[1]


@pytest.mark.parametrize(("measure", "target"), list(ENTITY_TARGETS.items()))
def test_paragraph_entities_meet_the_targets(paragraph_entity_scores, measure, target):
    assert paragraph_entity_scores[measure] >= target


def test_no_reference_not_entity_is_extracted(paragraph_entity_scores):
    assert paragraph_entity_scores["not_entities"] == 0


@pytest.mark.parametrize(
    ("gold", "measure", "target"),
    [("entities-holdout.json", "precision", 0.80), ("entities-holdout.json", "recall", 0.75),
     ("entities-holdout.json", "type_accuracy", 0.90), ("entities-holdout-3.json", "precision", 0.90),
     ("entities-holdout-3.json", "recall", 0.85), ("entities-holdout-3.json", "type_accuracy", 0.90),
     ("entities-holdout-3.json", "not_entities", 0), ("entities-holdout-4.json", "precision", 0.75),
     ("entities-holdout-4.json", "recall", 0.60), ("entities-holdout-4.json", "type_accuracy", 0.90),
     ("entities-holdout-5.json", "precision", 0.90), ("entities-holdout-5.json", "recall", 0.80),
     ("entities-holdout-5.json", "not_entities", 0), ("entities-holdout-6.json", "precision", 0.85),
     ("entities-holdout-6.json", "recall", 0.80), ("entities-holdout-6.json", "not_entities", 0),
     ("entities-holdout-7.json", "precision", 0.90), ("entities-holdout-7.json", "recall", 0.85),
     ("entities-holdout-7.json", "type_accuracy", 0.90), ("entities-holdout-8.json", "precision", 0.85),
     ("entities-holdout-8.json", "recall", 0.90), ("entities-holdout-9.json", "precision", 0.90),
     ("entities-holdout-9.json", "recall", 0.80), ("entities-holdout-9.json", "not_entities", 0),
     ("entities-holdout-10.json", "precision", 0.80), ("entities-holdout-10.json", "recall", 0.75),
     ("entities-holdout-11.json", "precision", 0.85), ("entities-holdout-11.json", "recall", 0.85)],
)
def test_hold_out_paragraph_entities(gold, measure, target):
    """Paragraphs of reports outside the development gold, annotated by hand before the product ran on them
    (rounds 1-2: four reports; round 3: the other three; round 4: one more paragraph of each of the ten; rounds
    5-8: nine to eleven more paragraphs each, the sixth session; rounds 9-11: twelve, eight and nine, the seventh; first looks in
    QUALITY.md; floors under today's figures; round 11's misses were never read into a rule)."""
    from conftest import FIXTURES

    from policylens.evaluate import paragraph_entity_table

    scores = paragraph_entity_table(FIXTURES, gold=FIXTURES / "annotations" / gold, parse=parsed)[1]
    if measure == "not_entities":
        assert scores[measure] == target
    else:
        assert scores[measure] >= target


def test_no_page_cruft_becomes_a_task_or_an_item(genre_scores):
    assert [r["cruft"] for results in genre_scores["by_genre"].values() for r in results if r["cruft"]] == []


@pytest.mark.parametrize("path", GENRE_FILES, ids=[p.stem for p in GENRE_FILES])
def test_a_title_is_never_a_page_line(path):
    import re

    title = parse_text(path.read_text(encoding="utf-8")).meeting.title
    if title is None:
        return
    for pattern in (r">>|»|您的位置|当前位置", r"^\d{4}[-/年]\d{1,2}[-/月]\d{1,2}", r"发布时间|来源[:：]|本篇文章\d+字",
                    r"记者\s*[\u4e00-\u9fff]{2,3}$", r"^[\u4e00-\u9fff]{1,3}\s[\u4e00-\u9fff]{1,3}$", r"^\[|^【"):
        assert not re.search(pattern, title), (title, pattern)


@pytest.mark.parametrize(
    ("part", "themes", "instruments"),
    [("dev", 0.80, 0.75), ("held-out", 0.75, 0.60), ("blind", 0.70, 0.55), ("blind-2", 0.75, 0.60),
     ("blind-3", 0.75, 0.65), ("blind-4", 0.70, 0.60), ("blind-5", 0.80, 0.55), ("blind-6", 0.75, 0.50), ("blind-7", 0.50, 0.55), ("blind-3-second", 0.80, 0.65),
     ("blind-4-second", 0.75, 0.60)],
)
def test_task_themes_and_instruments(part, themes, instruments):
    """The hand-labelled task samples (QUALITY.md): floors under today's figures. The blind parts' first looks are
    recorded there; their misses were read afterwards, so these are regression checks, not the honest estimate."""
    from conftest import FIXTURES

    from policylens.evaluate import score_task_annotations

    scores = score_task_annotations(FIXTURES, part=part, parse=parsed)
    assert scores["tasks"] >= 36
    assert scores["themes"] >= themes
    assert scores["instruments"] >= instruments


@pytest.mark.parametrize("sample", ["3", "4"])
def test_two_codings_of_one_task_sample_mostly_agree(sample):
    """The second coding of a blind sample against the first (QUALITY.md): how much of the product's distance from
    0.85 the labels themselves account for."""
    from conftest import FIXTURES

    from policylens.evaluate import task_label_agreement

    folder = FIXTURES / "annotations"
    agreement = task_label_agreement(folder / f"tasks-holdout-{sample}.tsv", folder / f"tasks-holdout-{sample}-second.tsv")
    assert agreement["tasks"] >= 58
    assert 0.8 <= agreement["themes"] < 1 and 0.8 <= agreement["instruments"] < 1
    assert agreement["themes_exact"] <= agreement["themes"]


@pytest.fixture(scope="module")
def target_scores():
    from conftest import FIXTURES

    from policylens.evaluate import score_targets

    return score_targets(FIXTURES, parse=parsed)


@pytest.mark.parametrize(("measure", "target"), [("gdp_target_exact", 1.0), ("numeric_targets", 0.9),
                                                 ("gdp_result", 1.0), ("records", 0.9)])
def test_targets_against_the_reference(target_scores, measure, target):
    assert target_scores[measure] >= target, target_scores["misses"]


def test_no_result_outlook_or_trap_reported_as_this_years_target(target_scores):
    assert target_scores["wrong"] == 0, target_scores["wrong_records"]
