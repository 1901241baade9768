"""PolicyLens (政策报告透视): parse Chinese policy work reports into structure, entities and keywords."""

from policylens.errors import ReadError
from policylens.model import SCHEMA_VERSION, Caption, FocusArea, Meeting, Report, Section, Task
from policylens.parse import parse_text
from policylens.readers import read_bytes, read_file

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Caption",
    "FocusArea",
    "Meeting",
    "ReadError",
    "Report",
    "Section",
    "Task",
    "__version__",
    "parse_text",
    "read_bytes",
    "read_file",
]
