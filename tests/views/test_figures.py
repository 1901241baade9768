"""Chart helpers: round count steps, wrapped labels, network labels that avoid each other, clickable heatmap cells."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from policylens.model import Edge
from policylens.views.figures import (
    LABEL_FONT,
    SUBTITLE_OPEN,
    _box,
    _overlaps,
    _wrap_source,
    count_step,
    drawing_ranges,
    fitted_drawing,
    heatmap,
    inert_markup,
    label_positions,
    network,
    spread_markers,
    treemap,
    wrap_label,
)
from policylens.views.network import Node


class _View:
    filtered = False
    source_line = "来源：测试"

    def chart_title(self, name):
        return name, "测试报告"


@pytest.mark.parametrize(("largest", "step"), [(1, 1), (5, 1), (7, 2), (19, 5), (23, 5), (69, 20), (140, 50),
                                               (1000, 200)])
def test_count_axes_step_by_whole_round_numbers(largest, step):
    assert count_step(largest) == step
    assert largest / step <= 6


@pytest.mark.parametrize(("text", "width", "expected"), [
    ("全面深化改革", 13, "全面深化改革"),
    ("坚持以科技创新引领现代化产业体系建设", 13, "坚持以科技创新引领现代化产<br>业体系建设"),
    ("一" * 40, 13, "一" * 13 + "<br>" + "一" * 12 + "…"),
    # a closing quote stays with the word it closes instead of opening the second line alone
    ("2. 向三个村支部书记解释什么是“软弱涣散村”", 22, "2. 向三个村支部书记解释什么是“软弱涣散村”"),
    ("向三个村支部书记解释什么是“软弱涣散村”的含义和要求", 20, "向三个村支部书记解释什么是“软弱涣散村”<br>的含义和要求"),
])
def test_long_labels_wrap_on_two_lines_before_they_are_cut(text, width, expected):
    assert wrap_label(text, width) == expected


def _label_box(name: str, side: str, position: tuple[float, float], radius: float):
    half_w = len(name) * LABEL_FONT / 2
    half_h = LABEL_FONT * 0.65
    dx, dy = {"top center": (0, 1), "bottom center": (0, -1), "middle right": (1, 0), "middle left": (-1, 0),
              "top right": (1, 1), "top left": (-1, 1), "bottom right": (1, -1), "bottom left": (-1, -1)}[side]
    reach = radius * (0.7 if dx and dy else 1)  # a corner label clears the disc nearer its centre
    return _box(position[0] + dx * (reach + half_w + 2), position[1] + dy * (reach + half_h + 2), half_w, half_h)


@pytest.mark.parametrize("spacing", [0.02, 0.05, 0.1, 0.3])
def test_network_labels_never_overlap_each_other(spacing):
    nodes = [Node(f"实体名称{i}", "organization", 10 - i % 5) for i in range(20)]
    positions = {n.name: ((i % 5) * spacing, (i // 5) * spacing) for i, n in enumerate(nodes)}
    positions["anchor"] = (1.0, 1.0)  # fixes the scale: 1000 px across
    sizes = {n.name: 12.0 for n in nodes}
    placed = label_positions(nodes, positions, sizes, candidates={n.name for n in nodes}, width=1000, height=1000)
    boxes = [_label_box(name, side, (positions[name][0] * 1000, positions[name][1] * 1000), 6)
             for name, side in placed.items()]
    assert all(not _overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    if spacing >= 0.3:
        assert len(placed) == len(nodes), "room for every label"


def test_the_biggest_node_is_labelled_first_and_labels_face_outwards():
    nodes = [Node("中心", "place", 9), Node("东边", "place", 1), Node("西边", "place", 1)]
    positions = {"中心": (0.5, 0.5), "东边": (1.0, 0.5), "西边": (0.0, 0.5)}
    placed = label_positions(nodes, positions, {n.name: 12.0 for n in nodes}, candidates={"中心", "东边", "西边"})
    assert placed["东边"] == "middle right" and placed["西边"] == "middle left"
    assert "中心" in placed


@pytest.mark.parametrize("size", [12.0, 30.0, 46.0])
def test_markers_are_pushed_apart_until_their_discs_do_not_touch(size):
    positions = {"甲": (0.0, 0.0), "乙": (0.0, 0.0), "丙": (0.01, 0.0), "远处": (1.0, 0.5)}
    sizes = dict.fromkeys(positions, size)
    spread = spread_markers(positions, sizes, width=1000, height=500, gap=10)
    xs, ys = [p[0] for p in spread.values()], [p[1] for p in spread.values()]
    scale = min(1000 / (max(xs) - min(xs)), 500 / (max(ys) - min(ys)))
    names = sorted(spread)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            gap = ((spread[a][0] - spread[b][0]) ** 2 + (spread[a][1] - spread[b][1]) ** 2) ** 0.5 * scale - size
            assert gap >= 9.0, (a, b, gap)


def test_markers_already_apart_stay_where_they_are():
    positions = {"甲": (0.0, 0.0), "乙": (1.0, 0.0), "丙": (0.5, 0.5)}
    assert spread_markers(positions, dict.fromkeys(positions, 12.0)) == positions


def test_the_axis_ranges_hold_a_label_that_faces_outwards():
    positions = {"西": (0.0, 0.0), "东": (1.0, 0.0)}
    sizes = dict.fromkeys(positions, 12.0)
    x_range, _ = drawing_ranges(positions, sizes, {"东": "middle right"}, width=1000, height=500)
    label_reach = (6 + 2 + LABEL_FONT) / 1000  # the marker's radius, the offset and one character of 东, in data units
    assert x_range[1] >= 1.0 + label_reach
    assert x_range[0] < 0.0  # the western marker's own disc


@pytest.mark.parametrize("count", [6, 20, 45])
def test_the_fitted_drawing_holds_markers_and_labels_in_the_plot_area(count):
    nodes = [Node("很长的实体名称" + chr(0x4E00 + i), "organization", 1 + i % 7) for i in range(count)]
    layout = {n.name: ((i * 37) % 11 / 10, (i * 53) % 7 / 6) for i, n in enumerate(nodes)}
    sizes = dict.fromkeys(layout, 30.0)
    positions, placed, (x_range, y_range) = fitted_drawing(nodes, layout, sizes, width=760, height=560)
    assert placed, "some labels fit"
    # drawn as plotly draws it (the ranges fitted to 760 x 560 pixels), each label lies inside the plot area and
    # clear of the other labels
    scale = min(760 / (x_range[1] - x_range[0]), 560 / (y_range[1] - y_range[0]))
    boxes = [_label_box(name, side, ((positions[name][0] - x_range[0]) * scale,
                                     (positions[name][1] - y_range[0]) * scale), 15.0)
             for name, side in placed.items()]
    for box in boxes:
        assert box[0] >= -2 and box[1] >= -2 and box[2] <= 762 and box[3] <= 562, box
    shrunk = [(b[0] + 2, b[1] + 2, b[2] - 2, b[3] - 2) for b in boxes]
    assert all(not _overlaps(a, b) for i, a in enumerate(shrunk) for b in shrunk[i + 1:])


@pytest.mark.parametrize("named_first", [False, True])
def test_a_node_the_caption_names_keeps_its_label_even_when_boxed_in(named_first):
    ring = [Node(f"邻{chr(0x4E00 + i)}", "place", 5) for i in range(8)]
    nodes = [Node("江门", "place", 1), *ring]
    positions = {"江门": (0.5, 0.5)}
    positions |= {n.name: (0.5 + 0.03 * dx, 0.5 + 0.03 * dy) for n, (dx, dy) in
                  zip(ring, [(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)], strict=True)}
    positions |= {"西南角": (0.0, 0.0), "东北角": (1.0, 1.0)}  # fix the scale: 1000 px across
    sizes = {name: 40.0 for name in positions}
    placed = label_positions(nodes, positions, sizes, candidates={"江门"}, width=1000, height=1000,
                             first={"江门"} if named_first else set())
    assert ("江门" in placed) is named_first


def test_heatmap_cells_carry_their_row_and_full_column_for_a_click():
    matrix = pd.DataFrame({"1. 一个很长很长很长很长的重点领域标题": [2, 0], "2. 短": [0, 1]}, index=["甲", "乙"])
    fig = heatmap(matrix, _View())
    cells = fig.data[1]
    assert list(cells.y) == ["甲", "乙"]
    assert [c[0] for c in cells.customdata] == list(matrix.columns)
    assert [c[1] for c in cells.customdata] == [2, 1], "only cells with mentions answer a click"


def _tasks(count: int) -> pd.DataFrame:
    return pd.DataFrame({"area": [f"领域{i % 3}" for i in range(count)], "task": [f"任务{i}" for i in range(count)],
                         "themes": [["产业经济"] if i % 2 else ["民生保障"] for i in range(count)]})


@pytest.mark.parametrize(("count", "leaves"), [(20, True), (150, True), (151, False), (600, False)])
def test_the_treemap_lists_tasks_only_for_a_report_of_readable_size(count, leaves):
    fig = treemap(_tasks(count), _View())
    nodes = len(fig.data[0].ids)
    assert (nodes > count) is leaves
    assert fig.data[0].values[0] == count, "the root still counts every task"


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("<a href='http://evil.example/'>点击此处重新登录</a>", "&lt;a href='http://evil.example/'>点击此处重新登录&lt;/a>"),
        ("<span style='font-size:80px'>大</span>", "&lt;span style='font-size:80px'>大</span>"),
        ("PM2.5<35", "PM2.5&lt;35"),
        ("两行<br>标签", "两行<br>标签"),
        ("<b>粗体</b>", "<b>粗体</b>"),
        (f"{SUBTITLE_OPEN}广东 · 全部主题</span>", f"{SUBTITLE_OPEN}广东 · 全部主题</span>"),  # our subtitle
        ("<span style='color:red'>假</span>", "&lt;span style='color:red'>假</span>"),
    ],
)
def test_report_markup_in_a_figure_becomes_text_and_our_own_tags_stay(label, shown):
    fig = go.Figure(go.Bar(x=[label], y=[1], text=[label], hovertemplate="%{x}<extra></extra>"),
                    layout={"title": {"text": label}})
    safe = inert_markup(fig)
    assert safe.data[0].x == (shown,) and safe.data[0].text == (shown,)
    assert safe.layout.title.text == shown
    assert safe.data[0].hovertemplate == "%{x}<extra></extra>"
    assert (safe is fig) == (label == shown), "a figure with nothing to escape is not built again"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2026年广东省政府工作报告 · 全部主题", "2026年广东省政府工作报告 · 全部主题"),
        ("火炬开发区2023年上半年工作总结暨下半年工作部署大会 · 全部主题",
         "火炬开发区2023年上半年工作总结暨下半年工作部署大会<br>全部主题"),
        ("来源：火炬开发区2023年上半年工作总结暨下半年工作部署大会（2023-08-16） · PolicyLens 政策报告透视",
         "来源：火炬开发区2023年上半年工作总结暨下半年工作部署大会<br>（2023-08-16） · PolicyLens 政策报告透视"),
        ("一" * 70, "一" * 32 + "<br>" + "一" * 32 + "<br>" + "一" * 6),
    ],
)
def test_titles_and_source_lines_break_where_they_can_to_fit_a_half_width_chart(line, expected):
    assert _wrap_source(line, width=32) == expected


@pytest.mark.parametrize("linked", [False, True])
def test_a_network_without_any_pair_says_so_instead_of_drawing_lone_dots(linked):
    nodes = [Node("十件民生实事", "policy", 3), Node("民众街道", "place", 2)]
    edges = [Edge("十件民生实事", "民众街道", 2, 1.0, 0.5, "sentence")] if linked else []
    fig = network(nodes, edges, _View())
    messages = [a.text for a in fig.layout.annotations if "共现" in a.text]
    assert bool(messages) != linked
    if not linked:
        assert "十件民生实事、民众街道" in messages[0] and not fig.data
