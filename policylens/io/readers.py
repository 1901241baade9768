"""Turn a file (text in any common Chinese encoding, .docx, .pdf, .html) into report text."""

from __future__ import annotations

import io
import os
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from policylens.io.errors import (
    BinaryFileError,
    CorruptFileError,
    EmptyFileError,
    FileTooLargeError,
    ImageOnlyPdfError,
    NotAReportError,
    ReadError,
    UndecodableError,
    UnsupportedFormatError,
)
from policylens.io.normalize import to_simplified

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MIN_HANZI = 100  # fewer Chinese characters than this is not a report (a README, a table of numbers, a stray file)
SUPPORTED_SUFFIXES = (".txt", ".md", ".text", ".docx", ".pdf", ".html", ".htm")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x7fELF",
    b"MZ",
    b"\x1f\x8b",
    b"BZh",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",  # OLE2: legacy .doc / .xls
    b"SQLite format 3",
)
_HANZI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_file(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a report file and return its text (newlines normalised to ``\\n``).

    Raises a :class:`~policylens.errors.ReadError` subclass with a user-facing message when the
    file cannot be read.
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(name, exc.strerror or "cannot open") from exc
    if path.is_dir():
        raise UnsupportedFormatError(name, "is a folder")
    if size > max_bytes:
        raise FileTooLargeError(name, f"{size / 1024 / 1024:.1f} MB > {max_bytes / 1024 / 1024:.0f} MB")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(name, exc.strerror or "cannot read") from exc
    return read_bytes(data, name=name, max_bytes=max_bytes)


def read_bytes(data: bytes, *, name: str = "report", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode the bytes of a report file; the format is taken from the bytes, the name only breaks ties."""
    if len(data) > max_bytes:
        raise FileTooLargeError(name, f"{len(data) / 1024 / 1024:.1f} MB > {max_bytes / 1024 / 1024:.0f} MB")
    if not data.strip():
        raise EmptyFileError(name, "0 characters" if not data else "whitespace only")
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF"):
        text = _pdf_text(data, name)
    elif data.startswith(b"PK\x03\x04"):
        text = _docx_text(data, name)
    elif any(data.startswith(magic) for magic in _BINARY_MAGIC):
        raise BinaryFileError(name, "file signature of a binary format")
    else:
        text = decode_text(data, name=name)
        if suffix in (".html", ".htm") or _looks_like_html(text):
            text = html_to_text(text)
    text = _normalise_newlines(text)
    if not text.strip():
        raise EmptyFileError(name, "no text after extraction")
    return text


def check_is_report(text: str, *, name: str = "report") -> str:
    """``text`` when it holds at least ``MIN_HANZI`` Chinese characters, else :class:`NotAReportError`."""
    count = len(_HANZI.findall(text))
    if count < MIN_HANZI:
        raise NotAReportError(name, f"只有 {count} 个汉字，少于 {MIN_HANZI} 个")
    return text


def decode_text(data: bytes, *, name: str = "report") -> str:
    """Decode plain-text bytes: BOM, UTF-8, UTF-16 without BOM, GB18030/GBK or Big5."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise UndecodableError(name, f"invalid {encoding} after its byte-order mark") from exc
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_chinese_legacy(data, name)
    _reject_binary_text(text, name)
    return text


def _decode_utf16_without_bom(data: bytes, name: str) -> str:
    best, best_score = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _textiness(text)
        if score > best_score:
            best, best_score = text, score
    if best is None or best_score < 0.9:
        raise BinaryFileError(name, "contains NUL bytes and is not UTF-16 text")
    return best


def _decode_chinese_legacy(data: bytes, name: str) -> str:
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            candidates.append((encoding, data.decode(encoding)))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise UndecodableError(name, "not valid UTF-8, UTF-16, GB18030 or Big5")
    if len(candidates) == 1:
        return candidates[0][1]
    return max(candidates, key=lambda item: _common_hanzi_share(item[1]))[1]


def _common_hanzi_share(text: str) -> float:
    """Share of Han characters that are among the 3,755 most common (GB2312 level 1), after simplification.

    Big5 bytes read as GB18030 (or the reverse) give rare characters, so the right decoding scores higher.
    """
    hanzi = [c for c in to_simplified(text, force=True) if "\u4e00" <= c <= "\u9fff"]
    if not hanzi:
        return 0.0
    common = 0
    for char in hanzi:
        try:
            encoded = char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if 0xB0 <= encoded[0] <= 0xD7:
            common += 1
    return common / len(hanzi)


def _textiness(text: str) -> float:
    if not text:
        return 0.0
    good = sum(1 for c in text if c.isprintable() or c.isspace())
    return good / len(text)


def _reject_binary_text(text: str, name: str) -> None:
    sample = text[:20000]
    if sample and _textiness(sample) < 0.95:
        raise BinaryFileError(name, "too many control characters for a text file")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text[:20000])


def _docx_text(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise UnsupportedFormatError(name, "a ZIP archive that is not a .docx document")
            xml = archive.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, EOFError) as exc:
        raise CorruptFileError(name, "broken .docx") from exc
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs)


def _pdf_text(data: bytes, name: str) -> str:
    # imported here, not at the top: pypdf takes ~115 ms to import, which every CLI call reading a .txt would pay
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorruptFileError(name, "the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise CorruptFileError(name, f"broken PDF: {exc.__class__.__name__}") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise ImageOnlyPdfError(name, f"{len(pages)} page(s), no text layer")
    return text


class _HTMLText(HTMLParser):
    _skip = frozenset({"script", "style", "noscript", "template", "svg", "head"})
    _block = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table",
         "ul", "ol", "header", "footer", "title", "blockquote", "pre", "td", "th", "dd", "dt"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._skip:
            self._skipping += 1
        elif tag in self._block:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._skip:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._block:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block element a line."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = (re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
