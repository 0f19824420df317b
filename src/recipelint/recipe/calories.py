"""The calorie table of a recipe: its rows, its Total and its Per-serving figure.

API (stable; other rule families build on it)::

    @dataclass(frozen=True)
    class Span: line: int; column: int; end_line: int; end_column: int  # 1-based, end exclusive

    @dataclass(frozen=True)
    class CalorieRow:
        name: str              # ingredient cell, markup stripped ("Ground Pork (cooked)")
        name_span: Span        # the cell's text without surrounding ** / _ / spaces
        quantity_text: str     # quantity cell as written ("18 tortillas (720 g)"), "" if no column
        quantity_span: Span | None
        kcal: Number | None    # parsed calories cell (None when blank, a placeholder or unreadable)
        kcal_text: str         # the calories cell as written, spaces trimmed ("**~1,400 kcal**")
        kcal_span: Span        # the cell's text without surrounding markup (an empty cell: its position)
        line: int
        amount: Amount | None  # quantity_text read by parse_amount (None: no cell, or unreadable)

    @dataclass(frozen=True)
    class StatedFigure:        # a Total or Per-serving figure
        number: Number         # offsets relative to the line; approximate also when the
                               # label says so ("Total (approx): 6,968 kcal")
        span: Span             # the figure as written: "~1,162 kcal" (approximation mark and unit included)
        origin: str            # "line" (a line after the table) or "row" (a last row of the table)
        servings: Number | None = None       # "(6 servings)" in the label
        servings_span: Span | None = None    # span of "6 servings"

    @dataclass(frozen=True)
    class CalorieTable:
        rows: list[CalorieRow]         # ingredient rows only (Total / Per-serving rows excluded)
        total: StatedFigure | None
        per_serving: StatedFigure | None
        header_line: int
        section: Section | None        # the section holding the table
        kcal_column: int               # 0-based index of the calories column
        end_line: int                  # last line of the table itself

    def calorie_table(document) -> CalorieTable | None    # memoised with document.memo
    def loose_figures(document) -> tuple[StatedFigure | None, StatedFigure | None]
        # Total / Per-serving lines in the calories section of a document WITHOUT a
        # calorie table (for "a per-serving figure with no table").

A calorie table is the first table whose header has an ingredient column (a header
cell naming an ingredient, item or food) and a calories column (calories, kcal,
energy), in any column order; a table in the calories section wins over one
elsewhere. Cells are found by splitting the raw line on unescaped pipes, so every
span is exact. Total and Per-serving figures are either the last rows of the table
(``| **Total** | | **~1,400 kcal** | |``) or bold lines right after it
(``**Total (approx): 6,968 kcal**``, ``**Per serving (6 servings): ~1,162 kcal**``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from recipelint.diagnostic import Span
from recipelint.recipe.amounts import parse_amount
from recipelint.recipe.ingredients import clean_markup
from recipelint.recipe.quantity import Number, find_leading_quantity, parse_kcal

if TYPE_CHECKING:
    from recipelint.page.document import Document
    from recipelint.recipe.amounts import Amount
    from recipelint.recipe.outline import Section

__all__ = ["CalorieRow", "CalorieTable", "Span", "StatedFigure", "calorie_table", "loose_figures",
           "split_cells"]

_INGREDIENT_HEADER = re.compile(r"\b(ingredients?|items?|foods?)\b", re.IGNORECASE)
_KCAL_HEADER = re.compile(r"\b(calories|calorie|kcals?|cals?|energy)\b", re.IGNORECASE)
# "Calories per 100 g", "kcal/100g", "% DV", "Energy (kJ)": not the calories of the row's amount.
_NOT_AMOUNT_HEADER = re.compile(r"\bper\b|/|\b100\s*g\b|%|\bkj\b|\bkilojoules?\b", re.IGNORECASE)
_QUANTITY_HEADER = re.compile(r"\b(quantity|quantities|amounts?|qty|weight|portion|serving size)\b",
                              re.IGNORECASE)
_TOTAL_LABEL = re.compile(r"(?:grand\s+)?total\b(?!\s+(?:time|fat|carb))", re.IGNORECASE)
_PER_SERVING_LABEL = re.compile(r"(?:calories\s+)?per[\s\-]+(?:serving|portion|person)\b", re.IGNORECASE)
_ROW_LABEL_REST = re.compile(
    r"(?:\s*(?:\([^()]*\)|:|calories|kcal|energy|approx\.?|approximate|estimated|\(?est\.\)?))*\s*",
    re.IGNORECASE,
)
_LINE_LABEL_REST = re.compile(
    r"(?:[*_]*\s*(?:\([^()]*\)|calories|kcal|energy|approx\.?|approximate|estimated))*[*_]*",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"[ \t]*(?::|=|≈)?[*_ \t]*")
_SUBTOTAL_LABEL = re.compile(r"sub[\s\-]?total\b", re.IGNORECASE)
_APPROX_LABEL = re.compile(r"\b(approx\.?|approximately|approximate|estimated|est\.|about|roughly|circa)\b|[~≈]",
                           re.IGNORECASE)
_SERVINGS_IN_LABEL = re.compile(
    r"(?:serves|serving|for)\s+(?P<a>[0-9][0-9\s\-–—]*(?:to\s+[0-9]+)?)\b"
    r"|(?P<b>[0-9]+(?:\s*(?:[\-–—]|to)\s*[0-9]+)?)\s+(?:servings?|portions?|people|persons?)\b",
    re.IGNORECASE,
)
_KCAL_UNIT = re.compile(r"[^\S\r\n]*(?:kilocalories?|calories?|kcals?|cals?)\b\.?", re.IGNORECASE)
_LEADING_MARKUP = re.compile(r"^(?P<prefix>[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+][ \t]+)?)")
_EDGE_MARKUP = "*_ \t"


@dataclass(frozen=True)
class CalorieRow:
    """One ingredient row of the calorie table."""

    name: str
    name_span: Span
    quantity_text: str
    quantity_span: Span | None
    kcal: Number | None
    kcal_text: str
    kcal_span: Span
    line: int
    amount: Amount | None = None
    """The Quantity cell read with :func:`~recipelint.recipe.amounts.parse_amount`
    (None without a cell or when it cannot be read), read once for every rule."""


@dataclass(frozen=True)
class StatedFigure:
    """A Total or Per-serving figure, with the servings its label states."""

    number: Number
    span: Span
    origin: str
    servings: Number | None = None
    servings_span: Span | None = None


@dataclass(frozen=True)
class CalorieTable:
    """The calorie table of a recipe."""

    rows: list[CalorieRow]
    total: StatedFigure | None
    per_serving: StatedFigure | None
    header_line: int
    section: Section | None
    kcal_column: int = 0
    end_line: int = 0


def calorie_table(document: Document) -> CalorieTable | None:
    """The document's calorie table, or None (parsed once per document)."""
    return document.memo("calorie-table", _find_table)


def loose_figures(document: Document) -> tuple[StatedFigure | None, StatedFigure | None]:
    """(Total, Per-serving) lines of the calories section when there is no calorie table."""
    return document.memo("calorie-loose-figures", _loose_figures)


# -- cells ----------------------------------------------------------------------


def split_cells(line: str) -> list[tuple[int, int]]:
    """0-based [start, end) offsets of each cell's content (spaces trimmed) in a table line.

    Pipes escaped with a backslash do not split; a leading blockquote marker and the
    outer pipes are not cells.
    """
    prefix = re.match(r"[ \t]*(?:>[ \t]?)*", line)
    pos = prefix.end() if prefix else 0
    pipes = [i for i in range(pos, len(line)) if line[i] == "|" and not _escaped(line, i)]
    bounds = [pos - 1, *pipes, len(line)]
    cells: list[tuple[int, int]] = []
    for index in range(len(bounds) - 1):
        start, end = bounds[index] + 1, bounds[index + 1]
        raw = line[start:end]
        if index == 0 and pipes and not raw.strip():
            continue  # before the leading pipe
        if index == len(bounds) - 2 and pipes and not raw.strip() and bounds[index] == pipes[-1]:
            continue  # after the trailing pipe
        stripped_start = start + len(raw) - len(raw.lstrip())
        stripped_end = start + len(raw.rstrip())
        if stripped_end < stripped_start:
            stripped_start = stripped_end = start
        cells.append((stripped_start, stripped_end))
    return cells


def _escaped(line: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and line[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _unmarked(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved inwards past ``**``, ``_`` and spaces."""
    while start < end and text[start] in _EDGE_MARKUP:
        start += 1
    while end > start and text[end - 1] in _EDGE_MARKUP:
        end -= 1
    return start, end


def _plain(text: str) -> str:
    """Cell text with inline markup removed (:func:`~recipelint.recipe.ingredients.clean_markup`)
    and escaped pipes unescaped."""
    return clean_markup(text)[0].replace("\\|", "|").strip()


# -- the table ------------------------------------------------------------------


@dataclass
class _RawTable:
    header_line: int
    body_lines: list[int]
    end_line: int
    header_cells: list[str]


def _tables(document: Document) -> list[_RawTable]:
    tokens = document.tokens
    tables: list[_RawTable] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type != "table_open" or not token.map:
            index += 1
            continue
        header_line = token.map[0] + 1
        header_cells: list[str] = []
        body_lines: list[int] = []
        in_head = False
        close = index + 1
        while close < len(tokens) and tokens[close].type != "table_close":
            current = tokens[close]
            if current.type == "thead_open":
                in_head = True
            elif current.type == "thead_close":
                in_head = False
            elif current.type == "inline" and in_head:
                header_cells.append(current.content)
            elif current.type == "tr_open" and not in_head and current.map:
                body_lines.append(current.map[0] + 1)
            close += 1
        tables.append(_RawTable(header_line, body_lines, token.map[1], header_cells))
        index = close + 1
    return tables


def _columns(header: list[str]) -> tuple[int, int, int | None] | None:
    """(ingredient, calories, quantity) column indexes, or None if not a calorie table."""
    kcal = next((i for i, cell in enumerate(header)
                 if _KCAL_HEADER.search(_plain(cell)) and not _NOT_AMOUNT_HEADER.search(_plain(cell))), None)
    ingredient = next((i for i, cell in enumerate(header)
                       if i != kcal and _INGREDIENT_HEADER.search(_plain(cell))), None)
    if kcal is None or ingredient is None:
        return None
    quantity = next((i for i, cell in enumerate(header)
                     if i not in (kcal, ingredient) and _QUANTITY_HEADER.search(_plain(cell))), None)
    return ingredient, kcal, quantity


def _find_table(document: Document) -> CalorieTable | None:
    candidates = []
    for raw in _tables(document):
        columns = _columns(raw.header_cells)
        if columns is not None:
            candidates.append((raw, columns))
    if not candidates:
        return None
    from recipelint.recipe.outline import outline

    sections = outline(document)

    def section_at(line: int) -> Section | None:
        found = None
        for section in sections:
            if section.line <= line:
                found = section
        return found

    def in_calories(raw: _RawTable) -> bool:
        section = section_at(raw.header_line)
        while section is not None:
            if section.kind == "calories":
                return True
            section = sections[section.parent] if section.parent is not None else None
        return False

    raw, columns = next(((r, c) for r, c in candidates if in_calories(r)), candidates[0])
    return _build(document, raw, columns, section_at(raw.header_line))


def _build(document: Document, raw: _RawTable, columns: tuple[int, int, int | None],
           section: Section | None) -> CalorieTable:
    ingredient_col, kcal_col, quantity_col = columns
    rows: list[CalorieRow] = []
    total: StatedFigure | None = None
    per_serving: StatedFigure | None = None
    for line_no in raw.body_lines:
        text = document.line_text(line_no)
        cells = split_cells(text)
        row = _row(text, line_no, cells, ingredient_col, kcal_col, quantity_col)
        label = row.name
        if _SUBTOTAL_LABEL.match(label) and _ROW_LABEL_REST.fullmatch(label, _SUBTOTAL_LABEL.match(label).end()):
            continue
        kind = _row_label_kind(label)
        if kind is not None:
            figure = _row_figure(text, line_no, row, cells, ingredient_col)
            if figure is None:
                continue
            if kind == "per-serving":
                per_serving = per_serving or figure
            else:
                total = total or figure
            continue
        rows.append(row)
    end_line = raw.end_line
    line_total, line_per_serving = _figures_after(document, end_line + 1, section)
    return CalorieTable(
        rows=rows,
        total=total or line_total,
        per_serving=per_serving or line_per_serving,
        header_line=raw.header_line,
        section=section,
        kcal_column=kcal_col,
        end_line=end_line,
    )


def _row_label_kind(label: str) -> str | None:
    """"total" / "per-serving" for a row labelled only so ("Total", "Per Serving (4 servings)").

    A row named "Total Cereal" is an ingredient: after the label only a parenthetical,
    a colon and words such as "calories" or "approx" may follow.
    """
    for kind, pattern in (("per-serving", _PER_SERVING_LABEL), ("total", _TOTAL_LABEL)):
        match = pattern.match(label)
        if match and _ROW_LABEL_REST.fullmatch(label, match.end()):
            return kind
    return None


def _cell(text: str, cells: list[tuple[int, int]], index: int | None) -> tuple[int, int] | None:
    if index is None:
        return None
    if index < len(cells):
        return cells[index]
    end = len(text.rstrip())
    return end, end


def _row(text: str, line_no: int, cells: list[tuple[int, int]], ingredient_col: int, kcal_col: int,
         quantity_col: int | None) -> CalorieRow:
    name_start, name_end = _cell(text, cells, ingredient_col)
    name_start, name_end = _unmarked(text, name_start, name_end)
    kcal_start, kcal_end = _cell(text, cells, kcal_col)
    kcal_text = text[kcal_start:kcal_end]
    number = parse_kcal(kcal_text)
    if number is not None:
        number = replace(number, start=number.start + kcal_start, end=number.end + kcal_start)
    inner_start, inner_end = _unmarked(text, kcal_start, kcal_end)
    quantity = _cell(text, cells, quantity_col)
    quantity_text = text[quantity[0]:quantity[1]] if quantity else ""
    return CalorieRow(
        name=_plain(text[name_start:name_end]),
        name_span=Span(line_no, name_start + 1, line_no, name_end + 1),
        quantity_text=quantity_text,
        quantity_span=Span(line_no, quantity[0] + 1, line_no, quantity[1] + 1) if quantity else None,
        kcal=number,
        kcal_text=kcal_text,
        kcal_span=Span(line_no, inner_start + 1, line_no, inner_end + 1),
        line=line_no,
        amount=parse_amount(quantity_text) if quantity else None,
    )


def _row_figure(text: str, line_no: int, row: CalorieRow, cells: list[tuple[int, int]],
                ingredient_col: int) -> StatedFigure | None:
    """A Total / Per-serving row; the figure is in the calories cell.

    When that cell is empty, another cell (not the label) holding an explicit
    "N kcal" is accepted: ``| **Per Serving** | ~350 kcal | | |``.
    """
    number = row.kcal
    if number is None and not row.kcal_text.strip("*_ "):
        for index, (start, end) in enumerate(cells):
            if index == ingredient_col:
                continue
            cell = text[start:end]
            candidate = parse_kcal(cell)
            if candidate is not None and _KCAL_UNIT.search(cell):
                number = replace(candidate, start=candidate.start + start, end=candidate.end + start)
                break
    if number is None:
        return None
    label_start, label_end = row.name_span.column - 1, row.name_span.end_column - 1
    if _APPROX_LABEL.search(text, label_start, label_end):
        number = replace(number, approximate=True)
    servings, servings_span = _servings_in(text, line_no, label_start, label_end)
    return StatedFigure(
        number=number,
        span=_figure_span(text, line_no, number),
        origin="row",
        servings=servings,
        servings_span=servings_span,
    )


def _figure_span(text: str, line_no: int, number: Number) -> Span:
    end = number.end
    unit = _KCAL_UNIT.match(text, end)
    if unit:
        end = unit.end()
    return Span(line_no, number.start + 1, line_no, end + 1)


def _servings_in(text: str, line_no: int, start: int, end: int) -> tuple[Number | None, Span | None]:
    match = _SERVINGS_IN_LABEL.search(text, start, end)
    if match is None:
        return None, None
    group = "a" if match.group("a") else "b"
    value = match.group(group).rstrip(" -–—")
    number = find_leading_quantity(value)
    if number is None or number.end != len(value):
        return None, None
    begin = match.start(group)
    number = replace(number, start=number.start + begin, end=number.end + begin)
    span_end = match.end() if group == "b" else number.end
    return number, Span(line_no, number.start + 1, line_no, span_end + 1)


# -- Total / Per-serving lines ----------------------------------------------------------


def _figure_line(text: str, line_no: int) -> tuple[str, StatedFigure] | None:
    """("total" | "per-serving", figure) for a line such as ``**Total (approx): 6,968 kcal**``."""
    prefix = _LEADING_MARKUP.match(text)
    pos = prefix.end() if prefix else 0
    while pos < len(text) and text[pos] in "*_":
        pos += 1
    kind = None
    match = _PER_SERVING_LABEL.match(text, pos)
    if match:
        kind = "per-serving"
    else:
        match = _TOTAL_LABEL.match(text, pos)
        if match and not _SUBTOTAL_LABEL.match(text, pos):
            kind = "total"
    if kind is None:
        return None
    # The label may only hold a parenthetical and words such as "calories", "(approx)";
    # then a colon, "=" / "≈", or (with a kcal unit after the number) nothing.
    label_rest = _LINE_LABEL_REST.match(text, match.end())
    colon = label_rest.end()
    separator = _SEPARATOR.match(text, colon)
    has_separator = bool(separator.group().strip(" \t*_"))
    value_start = separator.end()
    number = find_leading_quantity(text[value_start:])
    if number is None:
        return None
    number = replace(number, start=number.start + value_start, end=number.end + value_start)
    rest = _KCAL_UNIT.match(text, number.end)
    after = rest.end() if rest else number.end
    tail = text[after:].strip(" \t*_")
    if not rest and (tail or not has_separator):
        return None  # "Total: 3 hours", "Total 3"
    if tail and not re.fullmatch(r"(?:\([^)]*\)|per serving|total|approx\.?|estimated)?\s*[.]?", tail,
                                 re.IGNORECASE):
        return None
    if _APPROX_LABEL.search(text, pos, value_start):
        number = replace(number, approximate=True)
    servings, servings_span = _servings_in(text, line_no, pos, colon)
    figure = StatedFigure(
        number=number,
        span=_figure_span(text, line_no, number),
        origin="line",
        servings=servings,
        servings_span=servings_span,
    )
    return kind, figure


def _figures_after(document: Document, first_line: int, section: Section | None
                   ) -> tuple[StatedFigure | None, StatedFigure | None]:
    """Total / Per-serving lines from ``first_line`` to the end of the section.

    The scan stops before the next table, whose figures are its own ("Dough" and
    "Filling" tables, each with a Total).
    """
    last = section.end_line if section is not None else min(len(document.lines), first_line + 10)
    for token in document.tokens:
        if token.type == "table_open" and token.map and first_line <= token.map[0] + 1 <= last:
            last = token.map[0]
            break
    return _scan_figures(document, first_line, last)


def _scan_figures(document: Document, first: int, last: int
                  ) -> tuple[StatedFigure | None, StatedFigure | None]:
    total = per_serving = None
    code = document.code_lines
    for line_no in range(first, last + 1):
        text = document.line_text(line_no)
        if line_no in code or text.lstrip().startswith(("#", "|")):
            if text.lstrip().startswith("#"):
                break
            continue
        found = _figure_line(text, line_no)
        if found is None:
            continue
        kind, figure = found
        if kind == "total" and total is None:
            total = figure
        elif kind == "per-serving" and per_serving is None:
            per_serving = figure
    return total, per_serving


def _loose_figures(document: Document) -> tuple[StatedFigure | None, StatedFigure | None]:
    if calorie_table(document) is not None:
        return None, None
    from recipelint.recipe.outline import section_of_kind

    section = section_of_kind(document, "calories")
    if section is None:
        return None, None
    return _scan_figures(document, section.line + 1, section.end_line)
