"""Chinese and Arabic numerals."""

from __future__ import annotations

import pytest

from policylens.structure.numerals import to_int


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("27", 27), ("二十七", 27), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("两", 2),
     ("二〇二六", 2026), ("二零二五", 2025), ("三", 3), (" 5 ", 5), ("", None), ("五x", None), ("abc", None)],
)
def test_to_int(numeral, value):
    assert to_int(numeral) == value
