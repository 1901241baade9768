"""A task's lead verb and its intensity (全力推进 → 推进, strong), from the editable lexicon ``verbs.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache

from policylens.io.normalize import without_glosses
from policylens.nlp.segment import dictionary_word_at, tokenizer, word_tags
from policylens.resources import data_path, data_stamp
from policylens.textutil import Memo, word_list_pattern


@dataclass(frozen=True)
class VerbLexicon:
    verbs: tuple[str, ...]
    strong_verbs: frozenset[str]
    soft_verbs: frozenset[str]
    strong_modifiers: tuple[str, ...]
    soft_modifiers: tuple[str, ...]
    verb_set: frozenset[str] = frozenset()
    modifier_set: frozenset[str] = frozenset()

    def verb_at(self, text: str, position: int) -> str | None:
        """The longest lexicon verb starting at ``position``."""
        match = self._verb_pattern.match(text, position)
        return match.group() if match else None

    def modifier_at(self, text: str, position: int) -> str | None:
        match = self._modifier_pattern.match(text, position)
        return match.group() if match else None

    def readings_at(self, text: str, position: int) -> tuple[str | None, str | None, str, str | None]:
        """The modifier and the verb of the lexicon that start at ``position`` (the longest of each), and the
        dictionary's longest word there with its tag (``dictionary_word_at``). They depend on the few characters
        from ``position`` alone, so each such window is read once per process rather than once per task (tasks
        open with the same few words: 加快推进, 深入实施…)."""
        readings, width = self._readings
        return readings[text[position:position + width]]

    @cached_property
    def _readings(self) -> tuple[Memo, int]:
        """The windows' readings, and the windows' width: the longest verb or modifier, and at least the four
        characters of the longest word ``dictionary_word_at`` reads."""
        return Memo(self._read_window), max(4, *map(len, self.verb_set), *map(len, self.modifier_set))

    def _read_window(self, window: str) -> tuple[str | None, str | None, str, str | None]:
        return self.modifier_at(window, 0), self.verb_at(window, 0), *dictionary_word_at(window, 0, word_tags())

    @cached_property
    def _verb_pattern(self) -> re.Pattern[str]:  # a trie: its match at a position is the longest word there
        return word_list_pattern(self.verb_set)

    @cached_property
    def _modifier_pattern(self) -> re.Pattern[str]:
        return word_list_pattern(self.modifier_set)



def verb_lexicon() -> VerbLexicon:
    return _verb_lexicon(data_stamp("verbs.toml"))


@lru_cache(maxsize=4)
def _verb_lexicon(key: tuple[str, float]) -> VerbLexicon:
    data = tomllib.loads(data_path("verbs.toml").read_text(encoding="utf-8"))
    verbs = data.get("verbs", {})
    modifiers = data.get("modifiers", {})
    every = {*verbs.get("strong", ()), *verbs.get("neutral", ()), *verbs.get("soft", ())}
    return VerbLexicon(
        verbs=tuple(sorted(every, key=len, reverse=True)),
        strong_verbs=frozenset(verbs.get("strong", ())),
        soft_verbs=frozenset(verbs.get("soft", ())),
        strong_modifiers=tuple(sorted(modifiers.get("strong", ()), key=len, reverse=True)),
        soft_modifiers=tuple(sorted(modifiers.get("soft", ()), key=len, reverse=True)),
        verb_set=frozenset(every),
        modifier_set=frozenset((*modifiers.get("strong", ()), *modifiers.get("soft", ()))),
    )


def lead_verb(text: str, *, lexicon: VerbLexicon | None = None) -> tuple[str | None, str | None]:
    """The task's lead verb and its intensity: 全力推进土地整备 → (推进, strong); 探索打造… → (打造, soft)."""
    lexicon = lexicon or verb_lexicon()
    position = 0
    intensity = None
    last_modifier = None
    text = text.lstrip("“”（）()")
    tags = word_tags()
    while position < len(text):
        modifier, verb, head, tag = lexicon.readings_at(text, position)
        if len(head) == 4 and head not in lexicon.verb_set and tags.get(head[2:]) == "v" and (
                tags.get(head[:2]) in _ADVERB_TAGS or head[:2] in lexicon.modifier_set):
            if head[:2] in lexicon.modifier_set:
                intensity = _with_modifier(intensity, head[:2], lexicon)
            head, tag = head[2:], "v"  # 充分发挥, 积极参与 are one dictionary word: the verb is 发挥, 参与
            position += 2
            modifier, verb, _, _ = lexicon.readings_at(text, position)
        verbal = tag == "v" or (tag == "a" and verb is not None)  # 稳定 (an adjective) used as a verb: 着力稳定市场
        then = lexicon.readings_at(text, position + len(head))[1] if verbal else None  # only a verb's reading needs it
        if verbal and len(head) > max(len(verb or ""), len(modifier or "")) and not (then and len(then) >= 2):
            return head, intensity or "neutral"  # 着力稳定 → 稳定 (not 稳); 突出|抓好: 突出 modifies 抓好
        verb_first = verb and (modifier is None or len(verb) >= len(modifier))
        if verb_first and not _modifier_then_verb(text, position, lexicon):
            return verb, intensity or _verb_intensity(verb, lexicon)
        if modifier is None:
            if (tag in _ADVERB_TAGS or (verbal and then)) and not verb:
                position += len(head)  # 充分, 更好, 突出(抓好): a modifier the lexicon does not list
                continue
            break
        intensity = _with_modifier(intensity, modifier, lexicon)
        last_modifier = modifier
        position += len(modifier)
    # a verbal modifier with no verb right after it is the verb itself: it governs the clause that follows
    # (确保|重点污染物…下降, 确保|长江干流水质|保持Ⅱ类: not 保持)
    if last_modifier is not None and len(last_modifier) >= 2 and tags.get(last_modifier) == "v":
        return last_modifier, intensity
    # no verb opens the clause (将X贯穿…, 民众街道要啃下…): the first lexicon verb near its start
    for start in range(position, min(len(text), _NEAR_START)):
        verb = lexicon.readings_at(text, start)[1]
        if verb and len(verb) >= 2:
            own = _verb_intensity(verb, lexicon)
            return verb, intensity if intensity and own == "neutral" else own
    # else a verb the general dictionary knows at the clause head, after at most two adverbs
    # (坚定|拥护…); a verb further in belongs to the object (清理消费领域不合理限制措施: not 限制)
    for index, word in enumerate(tokenizer().cut(without_glosses(text[position:_NEAR_START]))):
        tag = tags.get(word)
        if tag == "v" and len(word) >= 2 and word not in lexicon.modifier_set:
            return word, intensity or "neutral"
        if index >= 2 or tag not in _ADVERB_TAGS or word in ("将", "把"):
            break  # 将|创新势能…转化为: what follows 将 is the object, its verb comes later
    return None, intensity


_NEAR_START = 12  # a lead verb found further in is a verb of the object, not of the task


_ADVERB_TAGS = frozenset(("d", "ad"))


def _with_modifier(intensity: str | None, modifier: str, lexicon: VerbLexicon) -> str | None:
    """The intensity a modifier gives, unless an earlier modifier gave one already."""
    if intensity is None or intensity == "neutral":
        return "strong" if modifier in lexicon.strong_modifiers else "soft"
    return intensity


def _verb_intensity(verb: str, lexicon: VerbLexicon) -> str:
    return "strong" if verb in lexicon.strong_verbs else "soft" if verb in lexicon.soft_verbs else "neutral"


def _modifier_then_verb(text: str, position: int, lexicon: VerbLexicon) -> bool:
    """加快推进: 加快 is both a verb and a modifier; here it modifies the verb that follows."""
    modifier = lexicon.readings_at(text, position)[0]
    if modifier is None:
        return False
    following = lexicon.readings_at(text, position + len(modifier))[1]
    return following is not None and len(following) >= 2
