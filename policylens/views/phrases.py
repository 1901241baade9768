"""The phrase tracker's tables: phrases typed with their aliases, and when and how widely each was taken up."""

from __future__ import annotations

import re

import pandas as pd


def parse_phrases(typed: str, *, extra: list[str] | None = None) -> dict[str, list[str]]:
    """``人工智能+ / 人工智能＋`` per line → {"人工智能+": ["人工智能＋"]}: the first form names the phrase, the
    others are its aliases; ``extra`` words are added as phrases of their own."""
    phrases: dict[str, list[str]] = {}
    for line in (typed or "").splitlines():
        forms = [f.strip() for f in re.split(r"[/／|｜]", line) if f.strip()]
        if forms and forms[0] not in phrases:
            phrases[forms[0]] = forms[1:]
    for word in extra or []:
        phrases.setdefault(word, [])
    return phrases


def phrase_summary(found: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """Per phrase: how many reports mention it, how often, and the first and latest report dates it appears in."""
    dates = dict(zip(reports["id"], reports["date"], strict=True))
    rows = []
    for phrase, group in found.groupby("phrase", sort=False):
        mentioned = group[group["mentions"] > 0]
        days = sorted(d for d in (dates.get(r) for r in mentioned["report_id"]) if isinstance(d, str) and d)
        rows.append({"phrase": phrase, "reports": len(mentioned), "mentions": int(mentioned["mentions"].sum()),
                     "first": days[0] if days else "", "latest": days[-1] if days else ""})
    return pd.DataFrame(rows, columns=["phrase", "reports", "mentions", "first", "latest"])
