"""Typed errors for input that cannot be read, each with a message a user understands."""

from __future__ import annotations


class ReadError(Exception):
    """A file that cannot be turned into report text.

    ``message`` is Chinese, for the dashboard and the CLI alike; ``reason`` says which check failed, also in
    Chinese (a limit names its number).
    """

    code = "unreadable"
    template = "无法读取文件 {name}"

    def __init__(self, name: str, reason: str = "") -> None:
        self.name = name
        self.reason = reason
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = self.template.format(name=self.name)
        return f"{text}（{self.reason}）" if self.reason else text


class EmptyFileError(ReadError):
    code = "empty"
    template = "文件 {name} 是空的，或只有空白字符，没有可分析的文字"


class FileTooLargeError(ReadError):
    code = "too_large"
    template = "文件 {name} 太大，超过了允许的上限"


class TextTooLongError(FileTooLargeError):
    code = "too_long"
    template = "文件 {name} 的文字太长，超过了一份报告允许的字数"


class PasswordProtectedError(ReadError):
    code = "password"
    template = "PDF 文件 {name} 设有打开密码，请用密码打开后另存为无密码的 PDF 再上传"


class BinaryFileError(ReadError):
    code = "binary"
    template = "文件 {name} 看起来是二进制文件，不是文本、Word、PDF 或网页"


class UndecodableError(ReadError):
    code = "undecodable"
    template = "无法识别文件 {name} 的文字编码（支持 UTF-8、UTF-16、GB18030/GBK、Big5）"


class ImageOnlyPdfError(ReadError):
    code = "image_only_pdf"
    template = "PDF 文件 {name} 没有文字层（可能是扫描件），请先做文字识别（OCR）"


class CorruptFileError(ReadError):
    code = "corrupt"
    template = "文件 {name} 已损坏或格式不正确，无法打开"


class UnsupportedFormatError(ReadError):
    code = "unsupported"
    template = "不支持文件 {name} 的格式（支持 .txt .md .docx .pdf .html）"


class NotAReportError(ReadError):
    code = "not_a_report"
    template = "文件 {name} 看起来不是一份报告：汉字太少"
