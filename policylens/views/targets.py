"""Tables of targets for the 指标 page: a report's targets beside last year's results; values as a reader says them."""

from __future__ import annotations

import io

import pandas as pd

from policylens.model import Report, Target

INDICATOR_LABELS = {
    "gdp_growth": "地区生产总值增速", "cpi": "居民消费价格涨幅", "unemployment_rate": "城镇调查失业率",
    "new_urban_jobs": "城镇新增就业", "fiscal_revenue_growth": "一般公共预算收入增速",
    "industrial_value_added_growth": "规上工业增加值增速", "fixed_asset_investment_growth": "固定资产投资增速",
    "retail_sales_growth": "社会消费品零售总额增速", "trade_growth": "进出口增速", "grain_output": "粮食产量",
    "rd_intensity": "研发投入强度", "income_growth": "居民收入增长", "other": "其他",
}
KIND_LABELS = {"target": "今年目标", "result": "上年实绩", "outlook": "五年目标"}
TABLE_COLUMNS = ["indicator", "name", "label", "target", "qualifier", "result", "low", "high", "result_value", "unit",
                 "text", "start"]


def format_value(low: float | None, high: float | None, unit: str | None, qualifier: str | None) -> str:
    """5%左右, 4.5–5%, 不少于28万人, 同步: a figure as a briefing writes it (missing values, None or NaN, as the
    qualifier alone, or "未明确提出" when there is none)."""
    qualifier = qualifier if isinstance(qualifier, str) else ""
    unit = unit if isinstance(unit, str) else ""
    if low is None or low != low:  # NaN from a table
        return qualifier or "未明确提出"
    if high is None or high != high:
        high = low
    figure = _number(low) if high == low else f"{_number(low)}–{_number(high)}"
    before = qualifier if qualifier in ("不少于", "不低于", "不超过", "超过", "高于") else ""
    after = qualifier if qualifier and not before else ""
    return f"{before}{figure}{unit}{after}"


def _number(value: float) -> str:
    return f"{value:g}"


def report_target_table(report: Report) -> pd.DataFrame:
    """This year's targets, one row each, with last year's result for the same indicator where the text gives it.

    Columns: ``indicator``, ``name`` (the indicator in words), ``label`` (the report's own words), ``target``
    (formatted), ``qualifier``, ``result`` (formatted, or empty), ``low``/``high``/``result_value`` (numbers for
    charts), ``unit``, ``text`` and ``start`` (where the target is said).
    """
    results = {t.indicator: t for t in report.targets if t.kind == "result" and t.indicator != "other"}
    rows = []
    for target in (t for t in report.targets if t.kind == "target"):
        result = results.get(target.indicator) if target.indicator != "other" else None
        rows.append({
            "indicator": target.indicator, "name": _name(target), "label": target.label,
            "target": format_value(target.low, target.high, target.unit, target.qualifier),
            "qualifier": target.qualifier,
            "result": format_value(result.low, result.high, result.unit, result.qualifier) if result else "",
            "low": target.low, "high": target.high,
            "result_value": result.low if result is not None and result.unit == target.unit else None,
            "unit": target.unit or "", "text": target.text, "start": target.start,
        })
    return pd.DataFrame(rows, columns=TABLE_COLUMNS)


def outlook_table(report: Report) -> pd.DataFrame:
    """The five-year goals, formatted."""
    rows = [{"name": _name(t), "label": t.label, "value": format_value(t.low, t.high, t.unit, t.qualifier),
             "text": t.text, "start": t.start} for t in report.targets if t.kind == "outlook"]
    return pd.DataFrame(rows, columns=["name", "label", "value", "text", "start"])


def _name(target: Target) -> str:
    return target.label if target.indicator == "other" else INDICATOR_LABELS.get(target.indicator, target.indicator)


def excel_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """An Excel workbook of the given tables, one sheet each."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer) as writer:
        for sheet, frame in sheets.items():
            frame.to_excel(writer, sheet_name=sheet[:31], index=False)
    return buffer.getvalue()
