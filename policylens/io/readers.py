"""Turn a file (text in any common Chinese encoding, .docx, .pdf, .html) into report text."""

from __future__ import annotations

import errno
import io
import logging
import os
import re
import zipfile
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from policylens.io.errors import (
    BinaryFileError,
    CorruptFileError,
    EmptyFileError,
    FileTooLargeError,
    ImageOnlyPdfError,
    NotAReportError,
    PasswordProtectedError,
    ReadError,
    TextTooLongError,
    UndecodableError,
    UnsupportedFormatError,
)
from policylens.io.normalize import reflow_hard_wraps, to_simplified

# pypdf logs what it repairs (a missing EOF marker) as warnings: with no handler they would reach stderr, and the
# CLI promises one line per bad file
logging.getLogger("pypdf").addHandler(logging.NullHandler())

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# One report's text at most: ten times the longest provincial report (广东, 96,000 characters), so one file's parse
# stays within about a minute and a few hundred MB (BENCHMARKS.md, "Limits"); a file past it is refused, not cut.
DEFAULT_MAX_CHARS = 1_000_000
# A .docx's document.xml may inflate far beyond its file (a zip bomb): never read more of it than this.
MAX_DOCX_XML_BYTES = 100 * 1024 * 1024
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
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_HANZI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_file(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
              max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Read a report file and return its text (newlines normalised to ``\\n``).

    Raises a :class:`~policylens.errors.ReadError` subclass with a user-facing message when the
    file cannot be read.
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(name, os_reason(exc, "无法打开")) from exc
    if path.is_dir():
        raise UnsupportedFormatError(name, "这是一个文件夹")
    if size > max_bytes:
        raise FileTooLargeError(name, _size_reason(size, max_bytes))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(name, os_reason(exc, "无法读取")) from exc
    return read_bytes(data, name=name, max_bytes=max_bytes, max_chars=max_chars)


def read_bytes(data: bytes, *, name: str = "report", max_bytes: int = DEFAULT_MAX_BYTES,
               max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Decode the bytes of a report file; the format is taken from the bytes, the name only breaks ties."""
    if len(data) > max_bytes:
        raise FileTooLargeError(name, _size_reason(len(data), max_bytes))
    if not data.strip():
        raise EmptyFileError(name, "0 字节" if not data else "只有空白字符")
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF"):
        text = _pdf_text(data, name)
    elif data.startswith(b"PK\x03\x04"):
        text = _docx_text(data, name, max_chars=max_chars)
    elif any(data.startswith(magic) for magic in _BINARY_MAGIC):
        raise BinaryFileError(name, "文件头是二进制格式的标志")
    else:
        text = decode_text(data, name=name)
        if suffix in (".html", ".htm") or _looks_like_html(text):
            text = html_to_text(text)
    text = reflow_hard_wraps(_normalise_newlines(text))  # a PDF's text layer breaks every line at the page's width
    if not _INVISIBLE.sub("", text).strip():
        raise EmptyFileError(name, "提取后没有可见的文字")
    if len(text) > max_chars:
        raise TextTooLongError(name, f"{len(text) / 10000:.0f} 万字，上限 {max_chars / 10000:.0f} 万字")
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
                raise UndecodableError(name, f"字节顺序标记之后不是有效的 {encoding}") from exc
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
        raise BinaryFileError(name, "含有空字节，又不是 UTF-16 文本")
    return best


def _decode_chinese_legacy(data: bytes, name: str) -> str:
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            candidates.append((encoding, data.decode(encoding)))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise UndecodableError(name, "不是有效的 UTF-8、UTF-16、GB18030 或 Big5")
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
    good = sum(1 for c in text if c.isprintable() or c.isspace() or _INVISIBLE.match(c))
    return good / len(text)


def _reject_binary_text(text: str, name: str) -> None:
    sample = text[:20000]
    if sample and _textiness(sample) < 0.95:
        raise BinaryFileError(name, "控制字符太多，不像文本文件")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text[:20000])


def _docx_text(data: bytes, name: str, *, max_chars: int) -> str:
    """The paragraphs of word/document.xml, read as a stream: refused when the zip directory says it inflates past
    ``MAX_DOCX_XML_BYTES`` (zipfile never inflates past the size the directory states, so a lying directory gives
    a CRC error, not a bomb) or when its text passes ``max_chars``; memory stays that of one paragraph."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                info = archive.getinfo("word/document.xml")
            except KeyError:
                raise UnsupportedFormatError(name, "是 ZIP 压缩包，但不是 .docx 文档") from None
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise FileTooLargeError(name, f"解压后 {_megabytes(info.file_size)}，上限 "
                                              f"{_megabytes(MAX_DOCX_XML_BYTES)}")
            with archive.open(info) as stream:
                return _docx_paragraphs(stream, name, max_chars=max_chars)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ElementTree.ParseError, EOFError, NotImplementedError,
            zlib.error) as exc:
        raise CorruptFileError(name, ".docx 结构损坏") from exc


def _docx_paragraphs(stream: IO[bytes], name: str, *, max_chars: int) -> str:
    paragraphs: list[str] = []
    parts: list[str] = []
    total = 0
    for event, node in ElementTree.iterparse(stream, events=("start", "end")):
        if event == "start":
            if node.tag == f"{_W}p":
                parts = []
            continue
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
            total += len(node.text)
            if total > max_chars:
                raise TextTooLongError(name, f"超过 {max_chars / 10000:.0f} 万字")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif node.tag == f"{_W}p":
            paragraphs.append("".join(parts))
            node.clear()
    return "\n".join(paragraphs)


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB"


def _size_reason(size: int, limit: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB，上限 {_megabytes(limit)}"


def os_reason(exc: OSError, fallback: str) -> str:
    """Why the operating system would not open a file, in Chinese; ``fallback`` for the rarer reasons."""
    if exc.errno == errno.ENAMETOOLONG:
        return "文件名太长，超过 255 字节"
    if exc.errno == errno.ENOENT:
        return "文件不存在"
    if exc.errno == errno.EACCES:
        return "没有读取权限"
    return fallback


def _pdf_text(data: bytes, name: str) -> str:
    # imported here, not at the top: pypdf takes ~115 ms to import, which every CLI call reading a .txt would pay
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        # an owner password only restricts printing or copying: any viewer opens the file, and so do we
        if reader.is_encrypted and not reader.decrypt(""):
            raise PasswordProtectedError(name, "需要打开密码")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except FileNotDecryptedError as exc:
        raise PasswordProtectedError(name, "需要打开密码") from exc
    except DependencyError as exc:  # the AES decryption library is missing from this installation
        raise CorruptFileError(name, "加密方式需要 cryptography 库，请安装：pip install cryptography") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError, RecursionError) as exc:
        raise CorruptFileError(name, f"PDF 结构损坏：{exc.__class__.__name__}") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise ImageOnlyPdfError(name, f"共 {len(pages)} 页，没有文字层")
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
