"""Chinese numerals: 二十七 -> 27, 二〇二六 -> 2026."""

from __future__ import annotations

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def to_int(numeral: str) -> int | None:
    """Value of an Arabic or Chinese numeral; ``None`` when it is neither."""
    numeral = numeral.strip()
    if not numeral:
        return None
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    if all(c in _DIGITS for c in numeral) and len(numeral) > 1:
        value = 0
        for char in numeral:  # digit by digit, as in years: 二〇二六
            value = value * 10 + _DIGITS[char]
        return value
    total, current = 0, 0
    for char in numeral:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char in _UNITS:
            total += (current or 1) * _UNITS[char]
            current = 0
        else:
            return None
    return total + current
