"""Words the user adds (extra stopwords), kept in the user data directory across restarts."""

from __future__ import annotations

from policylens.resources import user_data_dir, write_atomically

USER_STOPWORDS = "stopwords.user.txt"


def user_stopwords() -> frozenset[str]:
    path = user_data_dir() / USER_STOPWORDS
    if not path.is_file():
        return frozenset()
    return frozenset(w for line in path.read_text(encoding="utf-8").splitlines() for w in line.split() if w)


def save_user_stopwords(words: set[str] | frozenset[str]) -> None:
    """Replace the user's stopword list, atomically (a crash never leaves half a file)."""
    text = "\n".join(sorted(words)) + ("\n" if words else "")
    write_atomically(user_data_dir() / USER_STOPWORDS, text.encode("utf-8"))


def add_user_stopwords(text: str) -> frozenset[str]:
    """Add the words in ``text`` (separated by spaces, commas or 、) and return the whole list."""
    import re

    new = {w for w in re.split(r"[\s,，、;；]+", text) if w}
    words = user_stopwords() | new
    save_user_stopwords(words)
    return frozenset(words)
