"""Keywords: counts and TF-IDF against a policy IDF table, weighted by termhood; recounted per area or theme."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from functools import cache, lru_cache, partial
from importlib import resources
from itertools import compress
from operator import itemgetter

from policylens.model import Entity, FocusArea, Keyword, Report
from policylens.nlp.entities.aliases import REGIONAL_CHAPTER_ENDS
from policylens.nlp.gazetteer import place_names, short_place_name
from policylens.nlp.segment import Tokens
from policylens.nlp.stopwords import boilerplate, stopwords
from policylens.resources import data_path, official_titles
from policylens.structure.speaker import title_alternation
from policylens.textutil import Memo

_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_CODE = re.compile(r"[A-Za-z]{1,4}\d{3,}[A-Za-z\d-]*")  # XM00203 of an index number: a code, no word
# nouns, verbal nouns, abbreviations and unknown words carry topics; verbs, adverbs and idioms are filler
KEYWORD_TAGS = frozenset(("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "an", "j", "eng", "x"))
TERM_TYPES = ("policy", "industry", "project")


@cache
def idf_table() -> tuple[dict[str, float], float]:
    """IDF by word, and the IDF of an unseen word.

    The policy table (built from work reports by ``scripts/build_idf.py``) comes first; jieba's general
    table, rescaled to the policy table's range by the ratio of their medians over shared words, fills in
    the words the policy corpus never saw. Without the policy table, jieba's table alone.
    """
    general: dict[str, float] = {}
    try:
        source = resources.files("jieba") / "analyse" / "idf.txt"
        for line in source.read_text(encoding="utf-8").splitlines():
            word, _, value = line.partition(" ")
            if value:
                general[word] = float(value)
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        pass
    policy: dict[str, float] = {}
    policy_path = data_path("idf_policy.txt")
    if policy_path.is_file():
        for line in policy_path.read_text(encoding="utf-8").splitlines():
            word, _, value = line.partition("\t")
            if value and not line.startswith("#"):
                policy[word] = float(value)
    if not policy:
        return general, _median(general.values(), 10.0)
    shared = [w for w in policy if w in general]
    scale = _median((policy[w] for w in shared), 1.0) / _median((general[w] for w in shared), 1.0) if shared else 1.0
    table = {w: v * scale for w, v in general.items()}
    table.update(policy)
    return table, max(policy.values())


def _median(values, default: float) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else default


def entity_spans(entities: list[Entity]) -> list[tuple[int, int, str]]:
    """Each stretch of text named by a non-person entity once (nested mentions dropped): start, end, name."""
    return outermost_spans([(m.start, m.end, e.name) for e in entities if e.type != "person" for m in e.mentions])


def person_spans(entities: list[Entity]) -> list[tuple[int, int]]:
    """Where people are named: no keyword is read inside a name (陶|关锋)."""
    return [(m.start, m.end) for e in entities if e.type == "person" for m in e.mentions]


def keyword_units(tokens: Tokens, spans: list[tuple[int, int, str]], *,
                  hidden: list[tuple[int, int]] = ()) -> list[tuple[str, int, int]]:
    """Words for counting: tokens, with each entity mention (``spans``: start, end, name) counted as one word;
    the tokens inside a ``hidden`` span (a person's name: 陶|关锋) count for nothing.

    Stopwords, single characters and words of non-topical parts of speech are left out here.
    """
    spans = sorted(spans)
    texts, starts, ends, tags = tokens.texts, tokens.starts, tokens.ends, tokens.tags
    covered = bytearray(len(tokens))  # tokens inside an entity mention: the mention is the unit
    for span_start, span_end, _ in [*spans, *((a, b, "") for a, b in hidden)]:
        index = max(bisect_right(starts, span_start) - 1, 0)
        while index < len(starts) and starts[index] < span_end:
            if ends[index] > span_start:
                covered[index] = 1
            index += 1
    countable = _countable_words(stopwords())
    units = [(name, start, end) for start, end, name in spans]
    units += [(texts[i], starts[i], ends[i]) for i in compress(range(len(texts)), map(countable.__getitem__, texts))
              if not covered[i] and tags[i] in KEYWORD_TAGS]
    units.sort(key=itemgetter(1))
    return units


def _is_countable(text: str, *, skip: frozenset[str]) -> bool:
    """Whether a word may count as a keyword at all: two characters or more, not a stopword, a word and not a code."""
    return (len(text) >= 2 and text not in skip and _WORDLIKE.search(text) is not None
            and not (text.isascii() and _CODE.fullmatch(text)))


@lru_cache(maxsize=4)
def _countable_words(skip: frozenset[str]) -> Memo:
    """``_is_countable`` decided once per word and process (reports share most of their words)."""
    return Memo(partial(_is_countable, skip=skip))


_NAMED_KINDS = frozenset(("policy", "project"))


@lru_cache(maxsize=1 << 17)
def word_idf(word: str) -> float:
    """A word's IDF, remembered: the table holds 350,000 words and a report looks up thousands of them, mostly
    the same ones as the last report; a small table of those is found faster than the big one."""
    table, default_idf = idf_table()
    return table.get(word, default_idf)


def termhood(word: str, *, kind: str | None = None) -> float:
    """Weight for policy terms over generic nouns: longer compounds (新质生产力, 粤港澳大湾区) and named
    programmes, industries and projects (百千万工程) count for more than a bare two-character noun (消费),
    which counts for less than its frequency alone would say."""
    return _termhood(word, kind)


@lru_cache(maxsize=65536)
def _termhood(word: str, kind: str | None) -> float:  # positional: the cache's key is cheaper to make
    if kind is not None:  # a name is a term already: its length says less than a phrase's
        weight = 1.0 + 0.15 * min(max(len(word) - 2, 0), 4)
    else:
        weight = 1.0 + 0.3 * min(max(len(word) - 2, 0), 4)
    if kind is not None:
        weight *= TYPE_WEIGHTS.get(kind, 1.0)
    elif len(word) <= 2:
        weight *= BROAD_NOUN_WEIGHT
    return round(weight, 3)


# a named policy or programme says most about a report, a sector or a body a little less, a place less again
TYPE_WEIGHTS = {"policy": 1.6, "project": 1.5, "industry": 1.3, "organization": 1.3, "place": 1.2, "person": 1.0}
BROAD_NOUN_WEIGHT = 0.6  # 消费, 科技, 城市: a domain, not a finding
# A named policy or programme is as telling whether every report uses it (新质生产力) or none had before (a new
# programme, unseen by the IDF table): named terms are ranked by count and termhood alone, at this IDF.
NAMED_TERM_IDF = 5.5
SINGLE_MENTION = 0.6  # a name said once is mentioned, not what the report is about


def score_keywords(units: list[tuple[str, int, int]], *, kinds: dict[str, str] | None = None,
                   context: dict[str, str] | None = None, limit: int = 300) -> list[Keyword]:
    """Keywords sorted by ``score`` = (1 + ln count) × IDF × ``termhood``: frequency counts, but sublinearly, so
    that a broad noun said 30 times does not bury a programme said 5 times. ``tfidf`` stays plain TF-IDF.

    ``context`` marks words that are context rather than findings (the report's own region): they are ranked
    like the rest but flagged, as boilerplate is, so that views hide them by default.
    """
    kinds = kinds or {}
    context = context or {}
    offsets: dict[str, list[int]] = defaultdict(list)
    for word, start, _ in units:
        offsets[word].append(start)
    total = len(units) or 1
    noise = boilerplate()
    log = math.log
    words = list(offsets)
    counts = list(map(len, offsets.values()))
    idfs = list(map(word_idf, words))
    word_kinds = list(map(kinds.get, words))
    weights = list(map(_termhood, words, word_kinds))
    scored = [(-round((1 + log(count) if count > 1 else SINGLE_MENTION)
                      * (NAMED_TERM_IDF if kind in _NAMED_KINDS else idf) * weight, 6), -count, word, idf, weight)
              for word, count, idf, kind, weight in zip(words, counts, idfs, word_kinds, weights, strict=True)]
    scored.sort()
    rows = []
    for negative_score, negative_count, word, idf, weight in scored[:limit]:
        tfidf = -negative_count / total * idf
        why = context.get(word) or ("boilerplate" if word in noise else None)
        rows.append(Keyword(word=word, count=-negative_count, tfidf=round(tfidf, 6), idf=round(idf, 4), weight=weight,
                            score=-negative_score, boilerplate=why is not None, offsets=offsets[word], context=why))
    return rows


def report_keywords(report: Report, tokens: Tokens) -> list[Keyword]:
    """The keyword table of a report whose entities are known (entity names count as one word each; the
    report's own region and government are flagged as context)."""
    kinds = {e.name: e.type for e in report.entities}
    units = keyword_units(tokens, entity_spans(report.entities), hidden=person_spans(report.entities))
    own = own_region_names(report.entities, named_in=home_text(report))
    government = own_government(own)
    words = {word for word, _, _ in units}
    context = {word: "own region" for word in words if word in own or government.fullmatch(word) or (
        word.endswith(REGIONAL_CHAPTER_ENDS) and any(name in word for name in own))}  # 中国式现代化四川新篇章
    post, last_characters = _post()
    context |= {word: "post" for word in words
                if word[-1] in last_characters and word not in context and post.fullmatch(word)}
    return score_keywords(units, kinds=kinds, context=context)


@cache
def _post() -> tuple[re.Pattern[str], frozenset[str]]:
    """市委书记, 市委常委, 副县长: a post, said of the people who hold it, is context, not a finding (the pattern, and
    the last characters of the posts, which most words do not end in)."""
    # 公安局长, 教育局局长: a department's two characters may stand before its head's post
    prefix = r"(?:[省市县区州镇乡]委?|党[委组]|政府|[\u4e00-\u9fff]{2}局?)?常?务?副?"
    return re.compile(prefix + title_alternation()), frozenset(title[-1] for title in official_titles())


def home_text(report: Report) -> str:
    """Where a report names its own region: its title and organizer (中共成都市成华区委, 火炬开发区)."""
    return " ".join(filter(None, (report.meeting.title, report.meeting.organizer)))


def own_region_names(entities: list[Entity], *, named_in: str = "") -> set[str]:
    """The report's own region, as it names it, and its other forms (广东, 广东省, 全省 aside).

    The most-mentioned place that is an administrative division, a development zone (火炬开发区, 高新区) or a
    place named in the report's title or organizer (``named_in``); a district's report mentions its province
    less often than itself."""
    regions = [e for e in entities if e.type == "place" and (_is_division(e.name) or _is_zone(e.name) or (
        len(e.name) >= 2 and e.name in named_in))]
    if not regions:
        return set()
    home = max(regions, key=lambda e: (e.count + (e.name in named_in), -e.mentions[0].start))
    zone = _ZONE.fullmatch(home.name)
    # a zone's short form drops the whole zone word (火炬开发区 → 火炬), not just its last character
    short = home.name[:zone.start("zone")] if zone else short_place_name(home.name) or home.name
    names = {home.name, short, *home.aliases}
    names |= {e.name for e in regions if (short_place_name(e.name) or e.name) == short}
    return names


def own_government(names: set[str]) -> re.Pattern[str]:
    """河北省人民政府, 中共湖北省委, 省政府, 县委: the report's own government, by the short form of its region,
    or named by its level alone."""
    shorts = sorted({short_place_name(n) or n for n in names}, key=len, reverse=True)
    region = f"(?:{'|'.join(map(re.escape, shorts))})?" if shorts else ""
    return re.compile(rf"(?:中共)?{region}[省市区县州旗]?{_GOVERNMENT_BODY}")


_GOVERNMENT_BODY = "(?:委员会|党工委|管委会|委|人民政府|政府|人大常委会|人大|政协)"
_ZONE = re.compile(r"[\u4e00-\u9fff]{2,8}(?P<zone>开发区|高新区|新区|经开区|保税区)$")


def _is_zone(name: str) -> bool:
    return _ZONE.fullmatch(name) is not None


def _is_division(name: str) -> bool:
    return name in place_names() or (short_place_name(name) or "") in place_names()


def keywords_in_spans(keywords: list[Keyword], spans: list[tuple[int, int]], *,
                      hide_boilerplate: bool = False) -> list[Keyword]:
    """Keywords recounted inside ``spans`` (a focus area's or a theme's tasks), TF-IDF recomputed."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    rows = []
    for row in keywords:
        if hide_boilerplate and row.boilerplate:
            continue
        inside = []
        for offset in row.offsets:
            index = bisect_right(starts, offset) - 1
            if index >= 0 and offset < spans[index][1]:
                inside.append(offset)
        if inside:
            rows.append(replace(row, count=len(inside), offsets=inside))
    total = sum(r.count for r in rows) or 1
    for row in rows:
        row.tfidf = round(row.count / total * row.idf, 6)
        row.score = round(row.tfidf * row.weight, 6)
    rows.sort(key=lambda r: (-r.score, -r.count, r.word))
    return rows


def idf_from_documents(documents: list[list[str]]) -> dict[str, float]:
    """Smoothed IDF over tokenised documents: log((1 + N) / (1 + df)) + 1."""
    frequency: dict[str, int] = defaultdict(int)
    for words in documents:
        for word in set(words):
            frequency[word] += 1
    n = len(documents)
    return {w: math.log((1 + n) / (1 + df)) + 1 for w, df in frequency.items()}


def area_keywords(report: Report, area: FocusArea, *, hide_boilerplate: bool = True) -> list[Keyword]:
    """Keywords of one focus area or requirement (its heading and tasks)."""
    return keywords_in_spans(report.keywords, [(area.start, area.end)], hide_boilerplate=hide_boilerplate)


def theme_keywords(report: Report, theme: str, *, hide_boilerplate: bool = True) -> list[Keyword]:
    """Keywords of the tasks that carry ``theme``."""
    spans = [(t.start, t.end) for t in report.tasks if theme in t.themes]
    return keywords_in_spans(report.keywords, spans, hide_boilerplate=hide_boilerplate)


def outermost_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop spans nested in a longer one, so each stretch of text is counted once."""
    out: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if out and span[0] < out[-1][1]:
            continue
        out.append(span)
    return out
