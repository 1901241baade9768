"""Packaged data files (dictionaries, word lists, taxonomies, the seed report) and the user's editable copies."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path

SEED_NAME = "seed.txt"
EDITABLE_FILES = ("stopwords.txt", "boilerplate.txt", "policy_dict.txt", "industries.txt", "organizations.txt",
                  "concepts.txt", "entity_heads.toml", "themes.toml", "verbs.toml", "instruments.toml",
                  "item_cues.toml", "idf_policy.txt", "surnames.txt", "titles.txt")


def user_data_dir() -> Path:
    """Where user copies of editable files and the library live: ``POLICYLENS_DATA_DIR`` or a per-user dir."""
    configured = os.environ.get("POLICYLENS_DATA_DIR")
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "policylens"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one, never half of one.

    The data reaches the disk (fsync) before the rename, so a crash leaves the old file or the whole new one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def packaged_path(name: str) -> Path:
    return Path(str(resources.files("policylens.data") / name))


def data_path(name: str) -> Path:
    """The user's copy of ``name`` when there is one, else the packaged default."""
    user = user_data_dir() / name
    return user if user.is_file() else packaged_path(name)


def read_data_text(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


def data_words(name: str) -> list[str]:
    """Whitespace-separated entries of a word-list file, ``#`` comments skipped."""
    words: list[str] = []
    for line in read_data_text(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.extend(line.split())
    return words


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character, compound) surnames."""
    words = data_words("surnames.txt")
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)


@cache
def common_surnames(count: int = 60) -> frozenset[str]:
    """The ``count`` most common single-character surnames (``surnames.txt`` lists them by frequency first)."""
    return frozenset([w for w in data_words("surnames.txt") if len(w) == 1][:count])


@cache
def official_titles() -> tuple[str, ...]:
    """Official titles (市长, 副书记…), longest first, for the speaker reader and the person finder alike."""
    return tuple(sorted(dict.fromkeys(data_words("titles.txt")), key=len, reverse=True))


def data_fingerprint() -> str:
    """Changes whenever the parser's code, a data file it reads (packaged default or user copy) or the version does."""
    from policylens import __version__  # the package's own __init__ imports this module: read at call time

    digest = hashlib.sha1(__version__.encode())
    package = Path(__file__).parent
    for source in sorted(package.rglob("*.py")):
        stat = source.stat()
        digest.update(f"{source.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    for name in EDITABLE_FILES:
        path = data_path(name)
        try:
            digest.update(f"{path}:".encode() + hashlib.sha1(path.read_bytes()).digest())
        except OSError:
            digest.update(f"{path}:missing".encode())
    return digest.hexdigest()[:16]


def seed_text() -> str:
    return packaged_path(SEED_NAME).read_text(encoding="utf-8")


def data_stamp(name: str) -> tuple[str, float]:
    """Which copy of a data file is in use and when it last changed: a cache key that follows the user's edits."""
    path = data_path(name)
    try:
        return str(path), path.stat().st_mtime
    except OSError:
        return str(path), 0.0
