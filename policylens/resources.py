"""Packaged data files (dictionaries, taxonomies, the seed report) and the user's editable copies."""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path

SEED_NAME = "seed.txt"


def user_data_dir() -> Path:
    """Where user copies of editable files (and later the library) live: ``POLICYLENS_DATA_DIR`` or a per-user dir."""
    configured = os.environ.get("POLICYLENS_DATA_DIR")
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "policylens"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one, never half of one."""
    import contextlib
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
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


EDITABLE_FILES = ("stopwords.txt", "boilerplate.txt", "policy_dict.txt", "industries.txt", "themes.toml", "verbs.toml",
                  "instruments.toml", "idf_policy.txt", "surnames.txt")


def data_fingerprint() -> str:
    """Changes whenever the parser's code, a data file it reads (packaged default or user copy) or the version does."""
    import hashlib

    from policylens import __version__

    digest = hashlib.sha1(__version__.encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        stat = source.stat()
        digest.update(f"{source.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    for name in EDITABLE_FILES:
        path = data_path(name)
        try:
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"{path}:missing".encode())
    return digest.hexdigest()[:16]


def seed_text() -> str:
    return packaged_path(SEED_NAME).read_text(encoding="utf-8")
