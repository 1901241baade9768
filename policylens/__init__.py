"""PolicyLens (政策报告透视): parse Chinese policy work reports into structure, entities and keywords."""

__version__ = "0.2.0"

from policylens.io.errors import ReadError
from policylens.io.readers import read_bytes, read_file
from policylens.model import (
    SCHEMA_VERSION,
    Caption,
    Edge,
    Entity,
    FocusArea,
    Keyword,
    Meeting,
    Mention,
    Report,
    Section,
    Task,
)
from policylens.pipeline import parse_text

__all__ = [
    "SCHEMA_VERSION",
    "Caption",
    "Edge",
    "Entity",
    "FocusArea",
    "Keyword",
    "Meeting",
    "Mention",
    "ReadError",
    "Report",
    "Section",
    "Task",
    "__version__",
    "parse_text",
    "read_bytes",
    "read_file",
]
