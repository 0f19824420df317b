"""Heading anchor ids, computed the way each static-site generator computes them.

A link such as ``other.md#step-2-prep`` only works if ``step-2-prep`` is the id the
generator gives a heading of ``other.md``.  The generators disagree (``&`` leaves
``--`` in some, ``-`` in others; duplicates become ``foo-1`` or ``foo_1``; accents are
kept, dropped or folded), so each preset below ports one generator's own code
rather than a "typical" slugifier:

``docusaurus``
    github-slugger 2.0 (``Flet/github-slugger`` ``index.js`` and its generated
    ``regex.js``), which Docusaurus wraps in ``@docusaurus/utils`` ``slugger.ts``.
``hugo``
    Hugo's Goldmark ``autoHeadingIDType = "github"`` (the default):
    ``gohugoio/hugo`` ``markup/goldmark/autoid.go``.  Current Hugo slugs the heading's
    plain text; releases before about 0.144 slugged the raw Markdown of the heading
    line (``Salt &amp; Pepper`` -> ``salt-amp-pepper``), so pass the source for those.
``jekyll``
    Jekyll's default Markdown set-up, kramdown with ``input: GFM``: the ids come
    from ``kramdown-parser-gfm``'s ``generate_gfm_header_id``, *not* from kramdown's
    own ``basic_generate_id``.
``kramdown``
    kramdown's own ``generate_id`` / ``basic_generate_id``
    (``gettalong/kramdown`` ``lib/kramdown/converter/base.rb``), used by a Jekyll
    site that sets ``kramdown: {input: kramdown}``.
``mkdocs``
    Python-Markdown's ``toc`` extension, default ``slugify`` and ``unique``,
    separator ``-`` (``markdown/extensions/toc.py``), which MkDocs enables.

Input text
    Every function takes the heading's *rendered plain text*: inline markup already
    stripped (``**Step 2**: *Prep*`` -> ``Step 2: Prep``), entities decoded, code
    spans reduced to their content -- that is what github-slugger, Hugo's
    ``TextPlain``, kramdown-parser-gfm's ``update_raw_text`` and Python-Markdown's
    ``get_name`` see.  One exception: the ``kramdown`` preset (``auto_id_stripping``
    off, its default) slugs the heading's raw Markdown source, so pass the source
    for it; for headings without markup the two are the same.

An empty string from :func:`slugify` or :meth:`SlugCounter.slug` means the
generator gives the heading no usable anchor.

Not covered: non-default settings (Docusaurus ``anchorsMaintainCase``, Hugo
``github-ascii``/``blackfriday``, kramdown ``auto_id_prefix`` or transliteration,
MkDocs ``slugify_unicode`` or ``pymdownx.slugs``).  Unicode tables are Python's;
github-slugger and Ruby 3.1 are on Unicode 13, so letters assigned later can differ.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "PRESETS",
    "SlugCounter",
    "explicit_heading_id",
    "heading_ids",
    "slugify",
]

PRESETS = ("docusaurus", "hugo", "jekyll", "kramdown", "mkdocs")


def _check(preset: str) -> str:
    if preset not in PRESETS:
        raise ValueError(f"unknown slug preset {preset!r}; expected one of {', '.join(PRESETS)}")
    return preset


# --- Unicode helpers ------------------------------------------------------------

# Symbols that are nonetheless Alphabetic (Other_Alphabetic): circled, squared and
# negative circled/squared Latin letters.  github-slugger subtracts Alphabetic from
# its removal set and Onigmo's \p{Word} includes it, so both keep these.
_ALPHABETIC_SYMBOLS = ((0x24B6, 0x24E9), (0x1F130, 0x1F149), (0x1F150, 0x1F169), (0x1F170, 0x1F189))


def _alphabetic_symbol(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ALPHABETIC_SYMBOLS)


def _github_slugger_keeps(ch: str) -> bool:
    """True unless github-slugger's regex.js deletes ``ch``.

    regex.js is generated (script/generate-regex.mjs) from the categories Other_Number,
    all Punctuation but Connector, Symbol, Control, Private_Use, Format, Unassigned and
    Separator, minus Alphabetic code points, ``' '`` and ``'-'``.  What survives:
    letters, marks, Nd, Nl, Pc (``_``), space and hyphen.  (It pins Unicode 13; this
    uses Python's tables, so only code points assigned after 13.0 can differ.)
    """
    if ch in " -":
        return True
    cat = unicodedata.category(ch)
    return cat[0] in "LM" or cat in ("Nd", "Nl", "Pc", "Cs") or _alphabetic_symbol(ch)


def _ruby_word(ch: str) -> bool:
    """Onigmo's (Ruby's) ``\\p{Word}``: Alphabetic, Mark, Nd and Pc.

    Python's ``\\w`` is not the same set (it takes No such as ``²`` and drops marks).
    """
    cat = unicodedata.category(ch)
    return cat[0] in "LM" or cat in ("Nd", "Nl", "Pc") or _alphabetic_symbol(ch)


def _go_is_space(ch: str) -> bool:
    """Go's ``unicode.IsSpace`` (what ``bytes.TrimSpace`` trims)."""
    return ch in "\t\n\v\f\r \x85\xa0" or unicodedata.category(ch) in ("Zs", "Zl", "Zp")


def _go_to_lower(ch: str) -> str:
    """Go's ``unicode.ToLower``: the simple, one-rune mapping.

    Python's ``str.lower`` uses the full mapping, which differs only for U+0130
    (``İ`` -> ``i̇``, two code points; Go gives ``i``).
    """
    lowered = ch.lower()
    return lowered if len(lowered) == 1 else "i"


def _ruby_downcase(text: str) -> str:
    """Ruby's ``String#downcase``: full mapping, but no context-sensitive final sigma."""
    return "".join(ch.lower() for ch in text)


# --- One slug per generator -----------------------------------------------------


def _docusaurus(text: str) -> str:
    # slug(value): value.toLowerCase().replace(regex, '').replace(/ /g, '-')
    # No trim and no collapsing: "a  &  b" -> "a----b".
    lowered = text.lower()  # like JS toLowerCase, Python applies Final_Sigma
    return "".join(ch for ch in lowered if _github_slugger_keeps(ch)).replace(" ", "-")


def _hugo(text: str) -> str:
    # sanitizeAnchorNameWithHook, idType "github": TrimSpace, then per rune:
    # '-' or ' ' -> '-', letter/digit/'_' -> lower-cased, anything else dropped.
    out = []
    start, end = 0, len(text)
    while start < end and _go_is_space(text[start]):
        start += 1
    while end > start and _go_is_space(text[end - 1]):
        end -= 1
    for ch in text[start:end]:
        if ch in "- ":
            out.append("-")
        elif ch == "_" or unicodedata.category(ch)[0] == "L" or unicodedata.category(ch) == "Nd":
            out.append(_go_to_lower(ch))
    return "".join(out)


def _jekyll(text: str) -> str:
    # generate_gfm_header_id: downcase, gsub(/[^\p{Word}\- \t]/, ''), tr(" \t", '-')
    lowered = _ruby_downcase(text)
    kept = "".join(ch for ch in lowered if ch in "- \t" or _ruby_word(ch))
    return kept.replace(" ", "-").replace("\t", "-")


def _kramdown(text: str) -> str:
    # basic_generate_id: drop everything before the first ASCII letter, keep only
    # [a-zA-Z0-9 -], spaces -> '-', downcase; generate_id: "" -> "section".
    gen_id = re.sub(r"^[^a-zA-Z]+", "", text, flags=re.MULTILINE)
    gen_id = re.sub(r"[^a-zA-Z0-9 \-]", "", gen_id)
    return gen_id.replace(" ", "-").lower() or "section"


def _mkdocs(text: str, separator: str = "-") -> str:
    # markdown.extensions.toc.slugify(value, separator), unicode=False.
    value = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(rf"[{separator}\s]+", separator, value)


_SLUGIFIERS = {
    "docusaurus": _docusaurus,
    "hugo": _hugo,
    "jekyll": _jekyll,
    "kramdown": _kramdown,
    "mkdocs": _mkdocs,
}


def slugify(text: str, preset: str) -> str:
    """The id ``preset``'s generator gives a heading whose plain text is ``text``.

    This is the id of the *first* heading with that text; later duplicates get a
    suffix, see :class:`SlugCounter`.  Hugo, which gives a heading with no text no id
    at all, falls back to ``heading`` for text that slugs to nothing.
    """
    slug = _SLUGIFIERS[_check(preset)](text)
    if preset == "hugo" and text and not slug:
        return "heading"
    return slug


# --- De-duplication -------------------------------------------------------------

_MKDOCS_COUNT = re.compile(r"^(.*)_([0-9]+)$")


class SlugCounter:
    """Hands out one document's heading ids in order, de-duplicated per generator.

    * docusaurus (github-slugger): ``foo``, ``foo-1``, ``foo-2``; a suffixed id that is
      itself taken keeps counting (``echo``, ``echo-1``, ``echo 1`` -> ``echo-1-1``).
    * hugo: ``foo``, ``foo-1``, ... the first ``-N`` not yet used, explicit ids included.
    * jekyll / kramdown: ``foo``, ``foo-1``, ... counted per base slug only, so a
      heading whose own slug is ``foo-1`` can repeat an earlier suffixed one -- the
      generators really emit duplicate ids then, and so does this.
    * mkdocs: ``foo``, ``foo_1``, ``foo_2``; an empty slug becomes ``_1``.

    Use :meth:`reserve` for an explicit ``{#id}``; :func:`heading_ids` does both in the
    order each generator does.
    """

    def __init__(self, preset: str) -> None:
        self.preset = _check(preset)
        self._used: dict[str, int] = {}

    def slug(self, text: str) -> str:
        """The id of the next heading, whose plain text is ``text``."""
        base = slugify(text, self.preset)
        used = self._used
        if self.preset == "docusaurus":
            result = base
            while result in used:
                used[base] += 1
                result = f"{base}-{used[base]}"
            used[result] = 0
            return result
        if self.preset == "hugo":
            if not text:  # Hugo only generates an id for a heading with text
                return ""
            result, n = base, 0
            while result in used:
                n += 1
                result = f"{base}-{n}"
            used[result] = 0
            return result
        if self.preset == "jekyll":  # @id_counter = Hash.new(-1)
            used[base] = used.get(base, -1) + 1
            return f"{base}-{used[base]}" if used[base] > 0 else base
        if self.preset == "kramdown":  # @used_ids
            if base in used:
                used[base] += 1
                return f"{base}-{used[base]}"
            used[base] = 0
            return base
        # mkdocs: toc.unique(id, used_ids)
        result = base
        while result in used or not result:
            m = _MKDOCS_COUNT.match(result)
            result = f"{m.group(1)}_{int(m.group(2)) + 1}" if m else f"{result}_1"
        used[result] = 0
        return result

    def reserve(self, heading_id: str) -> None:
        """Record an explicit id where the generator lets it block auto ids.

        Hugo (``pc.IDs().Put``) and MkDocs (``used_ids``) do; Docusaurus and kramdown
        never tell their counters about explicit ids, so this is a no-op for them.
        """
        if self.preset in ("hugo", "mkdocs"):
            self._used.setdefault(heading_id, 0)


# --- Explicit ids ----------------------------------------------------------------

# JS '.' (any but a line terminator) and the Docusaurus classic-syntax regex from
# @docusaurus/utils markdownHeadingIdUtils.ts: /\s*\{#(?<id>(?:.(?!\{#|\}))*.)\}$/
_JS_DOT = r"[^\n\r\u2028\u2029]"
_DOCUSAURUS_ID = re.compile(rf"\s*\{{#((?:{_JS_DOT}(?!\{{#|\}}))*{_JS_DOT})\}}\Z")
# kramdown parser/kramdown/header.rb HEADER_ID (Ruby \w is ASCII).
_KRAMDOWN_ID = re.compile(r"[\t ]\{#([A-Za-z][A-Za-z0-9_:-]*)\}\Z")
# Goldmark heading attributes (parser/attribute.go): `{#id .class key=value}` ending
# the line.  An id runs to a space or an ASCII punctuation mark other than _ - : .
# (Possessive quantifiers keep the regex linear on near-misses.)
_GM_NAME = r"[^\s!-,/;-@\[-^`{-~]*+"
_GM_VALUE = r'(?:"(?:[^"\\]|\\.)*+"|[^\s,{}"]++)'
_GM_ATTR = rf"(?:[#.]{_GM_NAME}|[A-Za-z_:][A-Za-z0-9_:.-]*+\s*+=\s*+{_GM_VALUE})"
_HUGO_ATTRS = re.compile(rf"\{{\s*+((?:{_GM_ATTR}\s*+(?:,\s*+)?)*+)\}}\s*\Z")
_HUGO_ID = re.compile(rf'(?:^|[\s,])(?:#({_GM_NAME})|id\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,{{}}"]+)))')
# Python-Markdown attr_list (needs attr_list enabled): AttrListTreeprocessor.HEADER_RE
# and the module's re.Scanner; attributes are dropped if text other than tokens is left.
_MKDOCS_ATTRS = re.compile(r"[ ]+\{:?[ ]*([^}\n ][^\n]*)\}[ ]*$")
_MKDOCS_SCANNER = re.Scanner(  # type: ignore[attr-defined]  # undocumented, as upstream
    [
        (r'[^ =}]+=".*?"', lambda _, token: _key_value(token, '"')),
        (r"[^ =}]+='.*?'", lambda _, token: _key_value(token, "'")),
        (r"[^ =}]+=[^ =}]+", lambda _, token: _key_value(token, "")),
        (r"[^ =}]+", lambda _, token: ("id", token[1:]) if token.startswith("#") else (token, None)),
        (r" ", None),
    ]
)


def _key_value(token: str, quote: str) -> tuple[str, str]:
    key, value = token.split("=", 1)
    return key, value.strip(quote) if quote else value


def explicit_heading_id(text: str, preset: str = "docusaurus") -> tuple[str, str | None]:
    """Split a trailing explicit id off a heading: ``("Heading", "custom-id")``.

    Returns ``(text, None)`` when there is none.  Each generator has its own syntax:
    Docusaurus ``{#any-text}``; kramdown/Jekyll ``{#id}`` after a space, the id starting
    with a letter; Hugo Goldmark's attribute list ``{#id .class key=val}``; MkDocs
    attr_list ``{: #id .class}`` (only if the site enables ``attr_list``).

    Docusaurus looks for the id in the rendered plain text (so MDX's escaped ``\\{#id}``
    counts); the others read the heading's Markdown source, where ``\\{`` is a literal
    brace -- pass the source for them if the heading has escapes or markup.  Not seen
    here: a kramdown IAL on the next line, Docusaurus's ``{/* #id */}`` MDX comments.
    """
    _check(preset)
    if preset == "docusaurus":
        m = _DOCUSAURUS_ID.search(text)
        if not m:
            return text, None
        # JS heading.replace(match, '') drops the first occurrence of the match.
        return text.replace(m.group(0), "", 1), m.group(1).strip()
    if preset in ("jekyll", "kramdown"):
        stripped = text.rstrip()
        m = _KRAMDOWN_ID.search(stripped)
        return (stripped[: m.start()].rstrip(), m.group(1)) if m else (text, None)
    if preset == "hugo":
        m = _HUGO_ATTRS.search(text)
        if not m or (m.start() and text[m.start() - 1] == "\\"):
            return text, None
        ids = [next(g for g in found.groups() if g is not None) for found in _HUGO_ID.finditer(m.group(1))]
        return text[: m.start()].rstrip(), (ids[-1] if ids else None)
    m = _MKDOCS_ATTRS.search(text)
    if not m:
        return text, None
    attrs, remainder = _MKDOCS_SCANNER.scan(m.group(1))
    if "}" in remainder:  # assign_attrs(strict=True) refuses the whole list
        return text, None
    ids = [value for name, value in attrs if name == "id" and value is not None]
    return text[: m.start()].rstrip("#").rstrip(), (ids[-1] if ids else None)


def heading_ids(headings: Iterable[str], preset: str, *, explicit_ids: bool = True) -> list[str]:
    """The ids of one document's headings, in order, as ``preset`` renders them.

    ``headings`` are the headings' texts, possibly ending in an explicit id (see
    :func:`explicit_heading_id` for which text to pass); use ``explicit_ids=False``
    where the site has that syntax off (e.g. MkDocs without ``attr_list``).  MkDocs
    collects every explicit id before slugging any heading; Hugo records them as it
    goes; Docusaurus and kramdown ignore them when de-duplicating.
    """
    counter = SlugCounter(preset)
    split = [explicit_heading_id(h, preset) if explicit_ids else (h, None) for h in headings]
    if preset == "mkdocs":
        for _, given in split:
            if given is not None:
                counter.reserve(given)
    ids = []
    for text, given in split:
        if given is None:
            ids.append(counter.slug(text))
        else:
            if preset != "mkdocs":
                counter.reserve(given)
            ids.append(given)
    return ids
