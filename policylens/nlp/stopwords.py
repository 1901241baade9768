"""Word lists that keep filler out of keywords and names: stopwords, and the boilerplate every report carries.

The packaged lists (or the user's edited copies, see ``resources.data_path``) are read here and nowhere else. A
word a user adds later is an ``add_stopword`` correction (``policylens.corrections``), applied as the pipeline's
last stage to every report.
"""

from __future__ import annotations

from functools import cache

from policylens.resources import data_words


@cache
def stopwords() -> frozenset[str]:
    """Function words and fillers never counted as keywords nor taken as names."""
    return frozenset(data_words("stopwords.txt"))


@cache
def boilerplate() -> frozenset[str]:
    """Formulaic words every work report carries (发展, 建设, 高质量发展): flagged in keywords, hidden by default."""
    return frozenset(data_words("boilerplate.txt"))


@cache
def generic_words() -> frozenset[str]:
    """Words too generic to be a name: the boilerplate and the stopwords."""
    return boilerplate() | stopwords()
