"""Reading report files: encodings from the bytes, .docx, .pdf, .html, and clear errors."""

from __future__ import annotations

import tracemalloc

import pytest
from conftest import CORPUS_FILES, FIXTURES, GENRE_FILES
from helpers import docx_bomb, docx_with_paragraphs, encrypted_pdf, pdf_with_text, pdf_without_text

from policylens import parse_text
from policylens.io import errors, readers
from policylens.io.normalize import reflow_hard_wraps, wrap_width
from policylens.io.readers import read_bytes, read_file

SAMPLE = "8月16日,火炬开发区召开2023年上半年工作总结暨下半年工作部署大会。\n要聚焦全面深化改革，挖掘高质量发展潜力。"
TRADITIONAL = "火炬開發區召開2023年上半年工作總結暨下半年工作部署大會。\n要聚焦全面深化改革，挖掘高質量發展潛力。"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SAMPLE.encode("utf-8"), SAMPLE),
        (SAMPLE.encode("utf-8-sig"), SAMPLE),
        (SAMPLE.encode("utf-16"), SAMPLE),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), SAMPLE),
        (SAMPLE.encode("utf-16-le"), SAMPLE),
        (SAMPLE.encode("gb18030"), SAMPLE),
        (SAMPLE.encode("gbk"), SAMPLE),
        (TRADITIONAL.encode("big5"), TRADITIONAL),
        (SAMPLE.replace("\n", "\r\n").encode("utf-8"), SAMPLE),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-be-bom", "utf-16-le-no-bom", "gb18030", "gbk", "big5", "crlf"],
)
def test_text_encodings_are_detected_from_the_bytes(data, expected, tmp_path):
    path = tmp_path / "report.md"  # the extension says nothing about the encoding
    path.write_bytes(data)
    assert read_file(path) == expected


@pytest.mark.parametrize("text", ["政府工作报告", "火炬开发区召开大会", "要聚焦全面深化改革"])
def test_short_gbk_text_is_not_mistaken_for_big5(text):
    assert read_bytes(text.encode("gbk"), name="short.txt") == text


def test_docx_paragraphs_become_lines():
    data = docx_with_paragraphs(["政府工作报告", "要聚焦全面深化改革，挖掘高质量发展潜力。"])
    assert read_bytes(data, name="report.docx") == "政府工作报告\n要聚焦全面深化改革，挖掘高质量发展潜力。"


def test_pdf_text_layer_is_read():
    text = read_bytes(pdf_with_text(["要聚焦全面深化改革，挖掘高质量发展潜力。", "推进财政金融改革。"]), name="r.pdf")
    assert "要聚焦全面深化改革，挖掘高质量发展潜力。" in text
    assert "推进财政金融改革。" in text


def test_html_markup_is_stripped():
    html = (
        "<!DOCTYPE html><html><head><title>t</title><style>p{color:red}</style></head><body>"
        "<div class='nav'>首页 &gt; 新闻</div><p>要聚焦全面深化改革，<b>挖掘</b>高质量发展潜力。</p>"
        "<script>var a = '<p>不是正文</p>';</script><p>推进财政&amp;金融改革。</p></body></html>"
    )
    text = read_bytes(html.encode("utf-8"), name="page.html")
    assert "要聚焦全面深化改革，挖掘高质量发展潜力。" in text.splitlines()
    assert "推进财政&金融改革。" in text.splitlines()
    assert "<" not in text and "不是正文" not in text and "color" not in text


@pytest.mark.parametrize(
    ("data", "name", "error"),
    [
        (b"", "empty.txt", errors.EmptyFileError),
        (b" \n\t\r\n  ", "blank.txt", errors.EmptyFileError),
        ("\u3000\u3000\n".encode(), "ideographic-spaces.txt", errors.EmptyFileError),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "picture.txt", errors.BinaryFileError),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "program.txt", errors.BinaryFileError),
        (bytes(range(256)) * 4, "random.bin", errors.BinaryFileError),
        ("正常文字".encode()[:-1] + b"\xff\xff\xfe", "broken.txt", errors.UndecodableError),
        (pdf_without_text(), "scan.pdf", errors.ImageOnlyPdfError),
        (b"%PDF-1.4\nthis is not really a pdf", "broken.pdf", errors.CorruptFileError),
        (b"PK\x03\x04not a zip at all", "broken.docx", errors.CorruptFileError),
        (pdf_with_text(["要聚焦全面深化改革。"])[:300], "truncated.pdf", errors.CorruptFileError),
        (encrypted_pdf(["要聚焦全面深化改革。"], user_password="secret"), "locked.pdf", errors.PasswordProtectedError),
        ("\u200b\u200d\ufeff".encode() * 2000, "zero-width.txt", errors.EmptyFileError),
    ],
)
def test_unreadable_input_raises_a_typed_error_with_a_chinese_message_and_reason(data, name, error):
    with pytest.raises(error) as caught:
        read_bytes(data, name=name)
    assert name in caught.value.message
    assert caught.value.reason and any("\u4e00" <= c <= "\u9fff" for c in caught.value.reason)


def test_a_truncated_pdf_writes_nothing_to_stderr(capfd):
    with pytest.raises(errors.CorruptFileError):
        read_bytes(pdf_with_text(["要聚焦全面深化改革。"])[:-40], name="cut.pdf")
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_with_only_an_owner_password_opens_as_any_viewer_opens_it(algorithm):
    text = read_bytes(encrypted_pdf(["要聚焦全面深化改革，挖掘高质量发展潜力。"], user_password="", algorithm=algorithm),
                      name="restricted.pdf")
    assert "要聚焦全面深化改革" in text


def test_a_docx_bomb_is_refused_from_the_zip_directory_without_inflating_it():
    bomb = docx_bomb(readers.MAX_DOCX_XML_BYTES + (8 << 20))
    assert len(bomb) < 2 * 1024 * 1024  # a few hundredfold inflation
    tracemalloc.start()
    with pytest.raises(errors.FileTooLargeError) as caught:
        read_bytes(bomb, name="bomb.docx")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "解压后" in caught.value.reason
    assert peak < 16 * 1024 * 1024  # nothing inflated: the XML alone would be over 100 MB


def test_docx_text_past_the_character_limit_is_refused_while_reading():
    with pytest.raises(errors.TextTooLongError) as caught:
        read_bytes(docx_with_paragraphs(["政策文字" * 100] * 30), name="long.docx", max_chars=5_000)
    assert "万字" in caught.value.reason


@pytest.mark.parametrize(("text", "refused"), [("政" * 5_000, False), ("政" * 5_001, True)])
def test_text_past_the_character_limit_is_refused_not_cut(text, refused):
    if refused:
        with pytest.raises(errors.TextTooLongError):
            read_bytes(text.encode(), name="long.txt", max_chars=5_000)
    else:
        assert read_bytes(text.encode(), name="long.txt", max_chars=5_000) == text


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes("政策".encode() * 1000)
    with pytest.raises(errors.FileTooLargeError):
        read_file(path, max_bytes=1000)
    assert read_file(path, max_bytes=10_000).startswith("政策")


def test_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(errors.ReadError):
        read_file(tmp_path / "nope.txt")


def _hard_wrapped(text: str, width: int, indent: str) -> str:
    lines = []
    for line in text.splitlines():
        line = indent + line if line.strip() else line
        lines += [line[i:i + width] for i in range(0, max(len(line), 1), width)]
    return "\n".join(lines)


def test_texts_as_written_are_never_reflowed():
    for path in [FIXTURES / "seed.txt", *CORPUS_FILES, *GENRE_FILES]:
        text = path.read_text(encoding="utf-8")
        assert wrap_width(text) is None and reflow_hard_wraps(text) == text, path.name


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
@pytest.mark.parametrize("width", [30, 38, 45, 60])
def test_a_hard_wrapped_report_is_reflowed_when_read_and_parses_whole(width, indent, seed_report):
    """As a PDF's text layer gives it: every line broken at the page width. Before the reflow the seed's items were
    found in 0–3 of 10 of these layouts."""
    wrapped = _hard_wrapped((FIXTURES / "seed.txt").read_text(encoding="utf-8"), width, indent)
    assert wrap_width(wrapped) == width
    report = parse_text(read_bytes(wrapped.encode(), name="wrapped.txt"))
    assert [a.title for a in report.focus_areas] == [a.title for a in seed_report.focus_areas]
    assert [a.title for a in report.requirements] == [a.title for a in seed_report.requirements]
    assert report.meeting.speaker == seed_report.meeting.speaker


def test_a_page_wrap_counts_half_width_characters_as_half_a_column():
    """A PDF page breaks lines by width: a line holding digits, Latin and spaces carries more characters."""
    han = "某区坚持以新发展理念为引领推动高质量发展在区委坚强领导下全区经济运行总体平稳"
    lines = [han[i % 10:i % 10 + 28] for i in range(8)] + ["总投资 86 亿元的某某、某某等 12 个重大产业项目开工建设,总投",
                                                         "资 34 亿元的某某、某某等 18 个续建项目投产达效。"]
    text = "\n".join(lines)
    assert wrap_width(text) is not None  # by characters the digits line runs 6 over: no wrap was found
    assert "\n" not in reflow_hard_wraps(text)


@pytest.mark.parametrize(
    ("wrapped", "reflowed"),
    [
        ("一" * 20 + "\n" + "二" * 20 + "\n" + "三" * 5 + "。\n（一）" + "四" * 17 + "\n" + "五" * 20 + "\n" * 1
         + "六" * 20 + "\n" + "七" * 20 + "\n" + "八" * 3,
         "一" * 20 + "二" * 20 + "三" * 5 + "。\n（一）" + "四" * 17 + "五" * 20 + "六" * 20 + "七" * 20 + "八" * 3),
        ("E" * 19 + "\nOD项目" + "建" * 15 + "\n" + "x" * 20 + "\n" * 3 + "y" * 20 + "\n" + "z" * 20 + "\n" + "w" * 20,
         "E" * 19 + "OD项目" + "建" * 15 + "x" * 20 + "\n\n\n" + "y" * 20 + "z" * 20 + "w" * 20),
    ],
)
def test_reflow_joins_full_lines_and_keeps_items_and_blank_lines(wrapped, reflowed):
    assert reflow_hard_wraps(wrapped) == reflowed
