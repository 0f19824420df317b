"""Ingredient lines: what a recipe lists, with amounts, names and positions.

Three places hold ingredient lists:

- the body's Ingredients section, flat or grouped in subsections
  (``### Produce``), one ``- 3 tbsp Sesame Oil`` list item per ingredient;
- the Jekyll (chowdown) front-matter list ``ingredients:``, whose items get
  their positions from the YAML node tree;
- both, rarely; then both are read.

Each line is split into an amount (``3 tbsp``, ``18 (720 g)``, ``to taste``),
a name (``Sesame Oil``), a preparation note (``thinly sliced``, after a comma
or in brackets) and an ``optional`` flag. The based-cooking style that writes
the name first (``Greek yogurt, 2 cups``) is read too. Inline Markdown (links,
emphasis, code) is removed from the text while columns still point into the
file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from recipelint.diagnostic import Span
from recipelint.recipe.amounts import Amount, parse_amount
from recipelint.recipe.units import match_unit

if TYPE_CHECKING:
    from recipelint.page.document import Document

__all__ = ["Ingredient", "ingredient_lines", "parse_ingredient_text", "clean_markup"]


@dataclass(frozen=True)
class Ingredient:
    """One ingredient line. Columns are 1-based, ends exclusive, on ``line``."""

    text: str
    """The line's text without list marker and markup."""
    name: str
    """The ingredient's name as written ("Organic Ground Pork"); may be ""."""
    amount: Amount | None
    """Offsets in ``amount`` refer to ``text``."""
    preparation: str
    optional: bool
    group: str | None
    """The title of the subsection ("Produce"), or None in a flat list."""
    line: int
    column: int
    end_column: int
    """The span of the whole item text."""
    name_column: int
    name_end_column: int
    amount_column: int | None
    amount_end_column: int | None
    origin: str
    """``body`` or ``front-matter``."""
    group_index: int = 0
    """Lines with the same group_index belong to the same list or subsection."""
    depth: int = 1
    """1 for a top-level list item, 2 for an item of a nested list, and so on."""

    @property
    def amount_text(self) -> str:
        if self.amount is None:
            return ""
        return self.text[self.amount.start:self.amount.end]

    @property
    def span(self) -> Span:
        """The whole item text."""
        return Span(self.line, self.column, self.line, self.end_column)

    @property
    def name_span(self) -> Span:
        return Span(self.line, self.name_column, self.line, self.name_end_column)

    @property
    def amount_span(self) -> Span | None:
        """The amount as written, or None when the line states none."""
        if self.amount_column is None or self.amount_end_column is None:
            return None
        return Span(self.line, self.amount_column, self.line, self.amount_end_column)

    def amount_part_span(self, start: int, end: int) -> Span:
        """``text[start:end]``, a part of the amount (a number, a unit word), in the file.
        Only for a line with an amount column."""
        column = self.amount_column - self.amount.start
        return Span(self.line, column + start, self.line, column + end)


@dataclass(frozen=True)
class ParsedText:
    """An ingredient line's text taken apart; offsets refer to the text."""

    name: str
    name_start: int
    name_end: int
    amount: Amount | None
    preparation: str
    optional: bool


_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)|!?\[([^\]]*)\]\[[^\]]*\]")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_EMPHASIS = re.compile(r"\*\*|__|\*|`|~~|(?<!\w)_|_(?!\w)")  # "_x_" too, not "sour_cream"
_MARKUP_CHARACTERS = re.compile(r"[\[*_`~&]")
"""Every construct clean_markup drops starts with one of these."""
_CHECKBOX = re.compile(r"\[[ xX]\][ \t]+")
_OF = re.compile(r"[ \t]*(?:of|x|×)[ \t]+", re.IGNORECASE)
_OPTIONAL = re.compile(r"\boptional\b|\bif desired\b|\bif you like\b", re.IGNORECASE)
"""Whether a line says it is optional ("(optional)", ", optional:" hold the same word)."""
_TRAILING_VAGUE = re.compile(
    r"[ \t,]*(?:\(|-|–|—)?[ \t]*(?:to taste|as needed|for serving|for garnish|to serve|"
    r"for the pan|for greasing|for frying|for dusting|optional)\)?[ \t.]*$",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\(([^()]*)\)")
_DASH_NOTE = re.compile(r"[ \t]+[-–—][ \t]+")
_LEADING = re.compile(r"[\s\-–—:.,]*(?:(?:of|x|×|sized)\s+)?", re.IGNORECASE)
_TRAILING_AMOUNT = re.compile(r"[ \t]+(?=[0-9½¼¾⅓⅔][^a-zA-Z]*[a-zA-Z]+\.?[ \t*_]*$)")


def clean_markup(text: str) -> tuple[str, list[int]]:
    """Drop inline Markdown from ``text``; also return each kept character's offset.

    ``[pecans](url)`` keeps "pecans" (a target may hold balanced brackets:
    ``[Flour](https://x/Flour_(x))``), ``**x**``, ``_x_``, ``~~x~~`` and `` `x` ``
    keep "x". The offsets let callers point at the original columns. The one
    stripper of inline markup for ingredient lines, steps and calorie cells.
    """
    if not _MARKUP_CHARACTERS.search(text):
        return text, list(range(len(text)))  # plain text (most lines): nothing to drop
    kept: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _LINK.finditer(text):
        _keep_plain(text, pos, match.start(), kept, offsets)
        label = match.group(1) if match.group(1) is not None else match.group(2)
        label_start = match.start() + match.group(0).index("[") + 1
        _keep_plain(text, label_start, label_start + len(label), kept, offsets)
        pos = match.end()
    _keep_plain(text, pos, len(text), kept, offsets)
    return "".join(kept), offsets


def _keep_plain(text: str, start: int, end: int, kept: list[str], offsets: list[int]) -> None:
    pos = start
    for match in _EMPHASIS.finditer(text, start, end):
        _keep_decoded(text, pos, match.start(), kept, offsets)
        pos = match.end()
    _keep_decoded(text, pos, end, kept, offsets)


def _keep_decoded(text: str, start: int, end: int, kept: list[str], offsets: list[int]) -> None:
    """Keep ``text[start:end]`` with HTML entities decoded (``&frac12;`` is ½, as the page
    renders it); a decoded character points at its entity's ``&``."""
    pos = start
    if "&" in text[start:end]:
        import html  # only for text with an entity; not at start-up

        for match in _ENTITY.finditer(text, start, end):
            decoded = html.unescape(match.group(0))
            if decoded == match.group(0):
                continue
            kept.extend(text[pos:match.start()])
            offsets.extend(range(pos, match.start()))
            kept.extend(decoded)
            offsets.extend([match.start()] * len(decoded))
            pos = match.end()
    kept.extend(text[pos:end])
    offsets.extend(range(pos, end))


def parse_ingredient_text(text: str) -> ParsedText:
    """Split one ingredient line (markup already removed) into its parts."""
    checkbox = _CHECKBOX.match(text)
    start = checkbox.end() if checkbox else 0
    amount = parse_amount(text[start:], count_noun=False) if text[start:] else None
    if amount is not None:
        amount = _shift(amount, start)
        name_start = amount.end
        of = _OF.match(text, name_start)
        if of:
            name_start = of.end()
        return _name_part(text, name_start, len(text), amount)
    # "pinch salt", "dash hot sauce": a unit without a number.
    bare_unit = match_unit(text, start)
    if bare_unit is not None and bare_unit[0].dimension == "count" and bare_unit[0].name != "each":
        unit, unit_end = bare_unit
        unit_start = len(text) - len(text[start:].lstrip()) if start == 0 else start
        amount = Amount(None, unit, text[unit_start:unit_end], unit_start, unit_end)
        of = _OF.match(text, unit_end)
        return _name_part(text, of.end() if of else unit_end, len(text), amount)
    # "Greek yogurt, 2 cups": the amount after the last comma.
    comma = text.rfind(",")
    if comma > start:
        tail_start = comma + 1
        tail = parse_amount(text[tail_start:], count_noun=True)
        if tail is not None and not text[tail_start + tail.end:].strip(" \t.;"):
            return _name_part(text, start, comma, _shift(tail, tail_start))
    # "Water 3 dl": the amount at the end, with a unit.
    trailing = _TRAILING_AMOUNT.search(text, start)
    if trailing is not None:
        tail = parse_amount(text[trailing.end():], count_noun=False)
        if tail is not None and tail.unit is not None and not text[trailing.end() + tail.end:].strip(" \t*_."):
            return _name_part(text, start, trailing.start(), _shift(tail, trailing.end()))
    return _name_part(text, start, len(text), None)


def _shift(amount: Amount, offset: int) -> Amount:
    if not offset:
        return amount
    return replace(
        amount,
        start=amount.start + offset,
        end=amount.end + offset,
        alternates=tuple(_shift(a, offset) for a in amount.alternates),
    )


def _name_part(text: str, start: int, end: int, amount: Amount | None) -> ParsedText:
    """Find the name in ``text[start:end]``; the rest is preparation.

    Brackets are notes wherever they stand ("1 (or 2) clove(s) of garlic"),
    so the name is looked for with them blanked out; it ends at the first
    comma, semicolon, colon or " - " note.
    """
    segment = text[start:end]
    optional = bool(_OPTIONAL.search(segment))
    masked = _PAREN.sub(lambda m: " " * len(m.group()), segment)
    lead_match = _LEADING.match(masked)
    first = lead_match.end() if lead_match else 0
    cut = len(segment)
    for pattern in (",", ";", ":"):
        index = masked.find(pattern, first)
        if 0 <= index < cut:
            cut = index
    for bracket in _PAREN.finditer(segment, first):
        glued = bracket.start() > 0 and not segment[bracket.start() - 1].isspace()
        if masked[first:bracket.start()].strip() and not glued:
            cut = min(cut, bracket.start())
            break
    dash = _DASH_NOTE.search(masked, first)
    if dash and dash.start() < cut:
        cut = dash.start()
    vague = _TRAILING_VAGUE.search(masked[:cut])
    name_end = vague.start() if vague and vague.start() >= first else cut
    if amount is None and vague and vague.start() >= first:
        phrase = vague.group().strip(" \t,()-–—.")
        phrase_start = start + vague.start() + vague.group().index(phrase)
        amount = Amount(None, None, phrase, phrase_start, phrase_start + len(phrase))
    name = segment[first:name_end].rstrip(" \t.!*")
    lead = len(name) - len(name.lstrip())
    name = name.strip()
    preparation = masked[cut:].strip(" \t,;:()-–—")
    notes = _PAREN.findall(segment)
    if notes:
        preparation = "; ".join([n.strip() for n in notes] + ([preparation] if preparation else []))
    if amount is not None and amount.number is None and "optional" in amount.unit_text.lower():
        optional = True
    preparation = "; ".join(part for part in (p.strip(" .") for p in preparation.split(";")) if part)
    name_start = start + first + lead
    return ParsedText(name, name_start, name_start + len(name), amount, preparation, optional)


def ingredient_lines(document: Document) -> list[Ingredient]:
    """Every ingredient line of the document, body and front matter, in file order."""
    return document.memo("ingredient-lines", _collect)


def _collect(document: Document) -> list[Ingredient]:
    return _front_matter_lines(document) + _body_lines(document)


def _body_lines(document: Document) -> list[Ingredient]:
    from recipelint.recipe.outline import outline, section_of_kind

    section = section_of_kind(document, "ingredients")
    if section is None:
        return []
    sections = outline(document)
    headings = {s.heading_index: s for s in sections}
    tokens = document.tokens
    found: list[Ingredient] = []
    group: str | None = None
    group_index = 0
    depth = 0
    index = section.body_start
    while index < section.body_end:
        token = tokens[index]
        if token.type == "heading_open" and index in headings:
            group = headings[index].title
            group_index += 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0:
                group_index += 1
        elif token.type == "inline" and depth == 0 and token.content.rstrip().endswith(":"):
            # "For the dough:" before a list names its group.
            group = clean_markup(token.content.strip().rstrip(":"))[0].strip() or group
            group_index += 1
        elif token.type == "list_item_open" and token.map:
            inline = _first_inline(tokens, index)
            if inline is not None:
                item = _body_item(document, token.map[0] + 1, inline.content, group, group_index, depth)
                if item is not None:
                    found.append(item)
        index += 1
    return found


def _first_inline(tokens, index: int):
    """The inline token of a list item's first paragraph, if it starts the item."""
    if index + 2 < len(tokens) and tokens[index + 1].type == "paragraph_open" and tokens[index + 2].type == "inline":
        return tokens[index + 2]
    return None


def _body_item(document: Document, line: int, content: str, group: str | None,
               group_index: int, depth: int) -> Ingredient | None:
    first = content.split("\n", 1)[0]
    if not first.strip():
        return None
    column = document.find_column(line, first)
    if column is None:
        return None
    item = _item(first, line, column, group, group_index, "body")
    return replace(item, depth=depth) if item is not None and depth != 1 else item


def _item(raw: str, line: int, column: int, group: str | None, group_index: int,
          origin: str) -> Ingredient | None:
    """Build an Ingredient from raw text found at (line, column)."""
    text, offsets = clean_markup(raw)
    if not text.strip():
        return None
    parsed = parse_ingredient_text(text)

    def col(offset: int) -> int:
        if not offsets:
            return column
        if offset >= len(offsets):
            return column + offsets[-1] + 1
        return column + offsets[offset]

    def end_col(offset: int) -> int:
        return col(offset - 1) + 1 if offset > 0 else col(0)

    amount = parsed.amount
    return Ingredient(
        text=text,
        name=parsed.name,
        amount=amount,
        preparation=parsed.preparation,
        optional=parsed.optional,
        group=group,
        line=line,
        column=column,
        end_column=column + len(raw),
        name_column=col(parsed.name_start),
        name_end_column=end_col(parsed.name_end) if parsed.name else col(parsed.name_start),
        amount_column=col(amount.start) if amount else None,
        amount_end_column=end_col(amount.end) if amount else None,
        origin=origin,
        group_index=group_index,
    )


def _front_matter_lines(document: Document) -> list[Ingredient]:
    """Items of a front-matter ``ingredients:`` list (Jekyll/chowdown)."""
    found = []
    for _key, line, column, text in front_matter_list(document, "ingredients"):
        item = _item(text, line, column, None, -1, "front-matter")
        if item is not None:
            found.append(item)
    return found


def front_matter_list(document: Document, key: str) -> list[tuple[str, int, int, str]]:
    """Scalar items of a top-level front-matter list, with their positions.

    Returns (key, line, column, text) per item; ``column`` is where ``text``
    starts in the file. Items that span several lines are given by their
    first line only; nested lists and mappings are skipped.
    """
    yaml_doc = document.front_matter_yaml
    if yaml_doc is None:
        return []
    from yaml.nodes import ScalarNode, SequenceNode

    node, _ = yaml_doc.node_at((key,))
    if not isinstance(node, SequenceNode):
        return []
    items = []
    for child in node.value:
        if not isinstance(child, ScalarNode) or not isinstance(child.value, str):
            continue
        position = yaml_doc.position(child)
        line = position.line
        value = child.value.split("\n", 1)[0]
        line_text = document.line_text(line)
        column = position.column + (1 if child.style in ('"', "'") else 0)
        if line_text[column - 1:column - 1 + len(value)] != value:
            found = line_text.find(value)
            if found < 0:
                continue
            column = found + 1
        items.append((key, line, column, value))
    return items
