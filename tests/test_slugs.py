"""Heading ids per site generator (recipelint.sites.slugs).

Expected values come from each generator's own tests and documentation (cited per
table); the rest were checked against the real tools: github-slugger 2.0.0 (node),
kramdown 2.4.0 with kramdown-parser-gfm 1.1.0 (Ruby 3.1), Python-Markdown 3.11 and
Hugo 0.111.3.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recipelint.sites.slugs import (
    PRESETS,
    SlugCounter,
    explicit_heading_id,
    heading_ids,
    slugify,
)

# github-slugger test/fixtures.json (single slugs; Docusaurus uses github-slugger).
DOCUSAURUS = [
    ("bravoCharlieDelta", "bravocharliedelta"),
    ("heading with a - dash", "heading-with-a---dash"),
    ("heading with an _ underscore", "heading-with-an-_-underscore"),
    ("heading with a period.txt", "heading-with-a-periodtxt"),
    (
        "exchange.bind_headers(exchange, routing [, bindCallback])",
        "exchangebind_headersexchange-routing--bindcallback",
    ),
    (" ", "-"),
    (" a", "-a"),
    ("a ", "a-"),
    ("apostrophe’s should be trimmed", "apostrophes-should-be-trimmed"),
    ("I ♥ unicode", "i--unicode"),
    ("en–dash", "endash"),
    ("😄 unicode emoji", "-unicode-emoji"),
    ("😄-😄 unicode emoji", "--unicode-emoji"),
    ("😄_😄 unicode emoji", "_-unicode-emoji"),
    (":smile: - a gemoji", "smile---a-gemoji"),
    ("Привет non-latin 你好", "привет-non-latin-你好"),
    ("aⒺ Ⓣ ① ² Ⅻ b", "aⓔ-ⓣ---ⅻ-b"),  # Other_Symbol / Other_Number / Letter_Number
    # @docusaurus/utils markdownHeadingIdUtils.test.ts (links unwrapped by the caller)
    ("abc [Hello] How are you %Sébastien_-_$)( ## -56756", "abc-hello-how-are-you-sébastien_-_---56756"),
    ("hello facebook crowdin", "hello-facebook-crowdin"),
]

# gohugoio/hugo markup/goldmark/autoid_test.go TestSanitizeAnchorName ("github" type).
HUGO = [
    ("God is good: 神真美好", "god-is-good-神真美好"),
    ("Number 32", "number-32"),
    ("Question?", "question"),
    ("1+2=3", "123"),
    ('Special !"#$%&(parens)=?´* chars', "special-parens-chars"),
    ("Resumé", "resumé"),
    ("One-Hyphen", "one-hyphen"),
    ("Multiple--Hyphens", "multiple--hyphens"),
    ("Trailing hyphen-", "trailing-hyphen-"),
    ("Many   spaces  here", "many---spaces--here"),
    ("Forward/slash", "forwardslash"),
    ("Backward\\slash", "backwardslash"),
    ("Under_score", "under_score"),
    ("Nonbreaking\u00a0Space", "nonbreakingspace"),
    ("Tab\tSpace", "tabspace"),
    ("Trailing Space ", "trailing-space"),
    ("!!!", "heading"),  # idFactory.Generate: text that slugs to nothing
]

# kramdown-parser-gfm test/testcases/header_ids.html (rendered text -> id).
JEKYLL = [
    ("variable_name", "variable_name"),
    ("abc def öúß", "abc-def-öúß"),
    ("192 abc 192", "192-abc-192"),
    (";.;;", ""),  # kramdown then writes no id attribute at all
    ("before \tafter tab", "before--after-tab"),
    ("with code", "with-code"),
    ("With “smart” quotes", "with-smart-quotes"),
    ("1. Prep", "1-prep"),
]

# kramdown doc/converter/html.page "Automatic Generation of Header IDs" table.
KRAMDOWN = [
    ("This is a header", "this-is-a-header"),
    ("12. Another one 1 here", "another-one-1-here"),
    ("Do ^& it now", "do--it-now"),
    ("123456789", "section"),
    ("<i>test</i>", "itesti"),  # raw source: auto_id_stripping is off by default
]

# Python-Markdown tests/test_syntax/extensions/test_toc.py (rendered text -> id).
MKDOCS = [
    ("Header 1", "header-1"),
    ("<test>", "test"),
    ("escaped_character", "escaped_character"),
    ("Théâtre", "theatre"),
    ("Foo & bar", "foo-bar"),
    ("  -- Leading and trailing --  ", "-leading-and-trailing-"),
]

TABLE = [
    *(("docusaurus", t, e) for t, e in DOCUSAURUS),
    *(("hugo", t, e) for t, e in HUGO),
    *(("jekyll", t, e) for t, e in JEKYLL),
    *(("kramdown", t, e) for t, e in KRAMDOWN),
    *(("mkdocs", t, e) for t, e in MKDOCS),
]


@pytest.mark.parametrize(("preset", "text", "expected"), TABLE)
def test_generator_examples(preset, text, expected):
    assert slugify(text, preset) == expected


SEED_HEADINGS = [
    "Estimated Calories & Sources",
    "Step 2: Make Pickled Salad & Sriracha Mayo",
    "Step 6: Finish & Serve",
]
AMPERSAND_KEPT_AS_DOUBLE_DASH = [
    "estimated-calories--sources",
    "step-2-make-pickled-salad--sriracha-mayo",
    "step-6-finish--serve",
]


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        ("docusaurus", AMPERSAND_KEPT_AS_DOUBLE_DASH),
        ("hugo", AMPERSAND_KEPT_AS_DOUBLE_DASH),
        ("jekyll", AMPERSAND_KEPT_AS_DOUBLE_DASH),
        ("kramdown", AMPERSAND_KEPT_AS_DOUBLE_DASH),
        ("mkdocs", ["estimated-calories-sources", "step-2-make-pickled-salad-sriracha-mayo", "step-6-finish-serve"]),
    ],
)
def test_seed_recipe_headings(preset, expected):
    """smashed_pork_gyoza_tacos.md: only MkDocs collapses the gap left by ``&``."""
    assert [slugify(h, preset) for h in SEED_HEADINGS] == expected


NON_ASCII = {
    # text: ids for PRESETS = (docusaurus, hugo, jekyll, kramdown, mkdocs)
    "Crème brûlée": ("crème-brûlée", "crème-brûlée", "crème-brûlée", "crme-brle", "creme-brulee"),
    "Käse-Spätzle": ("käse-spätzle", "käse-spätzle", "käse-spätzle", "kse-sptzle", "kase-spatzle"),
    "e\u0301clair": ("e\u0301clair", "eclair", "e\u0301clair", "eclair", "eclair"),  # decomposed é
    "İstanbul": ("i\u0307stanbul", "istanbul", "i\u0307stanbul", "stanbul", "istanbul"),
    "ΣΊΣΥΦΟΣ": ("σίσυφος", "σίσυφοσ", "σίσυφοσ", "section", ""),  # only JS/Python use final ς
    "寿司 & ラーメン": ("寿司--ラーメン", "寿司--ラーメン", "寿司--ラーメン", "section", ""),
    "🌮 Tacos 👍🏽": ("-tacos-", "-tacos-", "-tacos-", "tacos-", "tacos"),
}


@pytest.mark.parametrize(
    ("preset", "text", "expected"),
    [(preset, text, slug) for text, row in NON_ASCII.items() for preset, slug in zip(PRESETS, row)],
)
def test_non_ascii(preset, text, expected):
    assert slugify(text, preset) == expected


@pytest.mark.parametrize(
    ("preset", "texts", "expected"),
    [
        # github-slugger test/fixtures.json, in order
        (
            "docusaurus",
            ["echo", "echo", "echo 1", "echo-1", "echo"],
            ["echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2"],
        ),
        ("docusaurus", ["foxtrot-1", "foxtrot", "foxtrot"], ["foxtrot-1", "foxtrot", "foxtrot-2"]),
        ("docusaurus", [" a ", "-a-"], ["-a-", "-a--1"]),
        (
            "docusaurus",
            ["__proto__", "__proto__", "hasOwnProperty"],
            ["__proto__", "__proto__-1", "hasownproperty"],
        ),
        # goldmark autoid.go idFactory.Generate: first free -N
        ("hugo", ["Foo", "Foo", "Foo 1", "Foo"], ["foo", "foo-1", "foo-1-1", "foo-2"]),
        ("hugo", ["!!!", "?"], ["heading", "heading-1"]),
        # kramdown-parser-gfm header_ids.html: counts per base slug, even empty ones
        (
            "jekyll",
            ["variable_name", ";.;;", "variable_name", "variable_name", ";;"],
            ["variable_name", "", "variable_name-1", "variable_name-2", "-1"],
        ),
        ("kramdown", ["Hallo", "Hallo", "123", "456"], ["hallo", "hallo-1", "section", "section-1"]),
        # Python-Markdown toc.unique: _N suffix, bumps an existing _N, "" -> _1
        ("mkdocs", ["Header", "Header", "Header"], ["header", "header_1", "header_2"]),
        ("mkdocs", ["Foo_1", "Foo_1", "寿司", "寿司"], ["foo_1", "foo_2", "_1", "_2"]),
    ],
)
def test_duplicates(preset, texts, expected):
    counter = SlugCounter(preset)
    assert [counter.slug(t) for t in texts] == expected


@pytest.mark.parametrize("preset", ["jekyll", "kramdown"])
def test_kramdown_can_repeat_an_id(preset):
    """kramdown counts only base slugs, so "Foo 1" repeats the suffixed "foo-1".

    Checked against kramdown 2.4 / kramdown-parser-gfm 1.1: both emit id="foo-1" twice.
    """
    assert heading_ids(["Foo", "Foo", "Foo 1"], preset) == ["foo", "foo-1", "foo-1"]


@pytest.mark.parametrize(
    ("preset", "text", "expected"),
    [
        # @docusaurus/utils markdownHeadingIdUtils.test.ts (parseMarkdownHeadingId, classic)
        ("docusaurus", "Some heading {#custom-_id}", ("Some heading", "custom-_id")),
        ("docusaurus", "{#custom-_id} Some heading", ("{#custom-_id} Some heading", None)),
        ("docusaurus", "Some heading {#id1} {#id2}", ("Some heading {#id1}", "id2")),
        ("docusaurus", "a {#}", ("a {#}", None)),
        ("docusaurus", "a {#你好}", ("a", "你好")),
        ("docusaurus", "a {#2022.1.1}", ("a", "2022.1.1")),
        ("docusaurus", "a {#a#b}", ("a", "a#b")),
        ("docusaurus", "a {# a {#bcd}", ("a {# a", "bcd")),
        ("docusaurus", "a {#bcd}}", ("a {#bcd}}", None)),
        ("docusaurus", "a {#b{cd}", ("a", "b{cd")),
        ("docusaurus", "a {#b{#b}", ("a {#b", "b")),
        ("docusaurus", "Some heading {/* #my-id */}", ("Some heading {/* #my-id */}", None)),
        # kramdown parser/kramdown/header.rb HEADER_ID
        ("jekyll", "Step 2: Prep {#prep}", ("Step 2: Prep", "prep")),
        ("jekyll", "Prep{#prep}", ("Prep{#prep}", None)),
        ("kramdown", "Prep {#1prep}", ("Prep {#1prep}", None)),
        ("kramdown", "Prep {#ok:id-1_2}  ", ("Prep", "ok:id-1_2")),
        # goldmark parser/attribute.go, checked with Hugo
        ("hugo", "Prep {#prep .big data-x=1}", ("Prep", "prep")),
        ("hugo", "Prep{#a.b}", ("Prep", "a.b")),
        ("hugo", 'Prep {id="my id"}', ("Prep", "my id")),
        ("hugo", "Prep {#a}x", ("Prep {#a}x", None)),
        ("hugo", "Prep {.only-class}", ("Prep", None)),
        # Python-Markdown attr_list, checked with Python-Markdown 3.11
        ("mkdocs", "Prep {: #prep .big }", ("Prep", "prep")),
        ("mkdocs", "Prep {#prep}", ("Prep", "prep")),
        ("mkdocs", "Prep{#prep}", ("Prep{#prep}", None)),
        ("mkdocs", "Prep {#a} {#b}", ("Prep {#a} {#b}", None)),
    ],
)
def test_explicit_heading_id(preset, text, expected):
    assert explicit_heading_id(text, preset) == expected


def test_explicit_heading_id_defaults_to_docusaurus():
    assert explicit_heading_id("Notes {#notes-x}") == ("Notes", "notes-x")


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        # Docusaurus/kramdown never tell their counters about explicit ids.
        ("docusaurus", ["intro", "intro", "overview", "overview-1", "overview-1"]),
        ("jekyll", ["intro", "intro", "overview", "overview-1", "overview-1"]),
        # Hugo records explicit ids as it meets them.
        ("hugo", ["intro", "intro-1", "overview", "overview-1", "overview-2"]),
        # MkDocs collects every explicit id before slugging any heading.
        ("mkdocs", ["intro", "intro_1", "overview", "overview_1", "overview_2"]),
    ],
)
def test_heading_ids_with_explicit_ids(preset, expected):
    sep = "_" if preset == "mkdocs" else "-"
    headings = ["Overview {#intro}", "Intro", "Overview", f"Overview {{#overview{sep}1}}", "Overview"]
    assert heading_ids(headings, preset) == expected


def test_heading_ids_without_explicit_syntax():
    """MkDocs without attr_list keeps ``{#id}`` as text."""
    assert heading_ids(["Prep {#prep}"], "mkdocs", explicit_ids=False) == ["prep-prep"]


def test_unknown_preset():
    with pytest.raises(ValueError, match="unknown slug preset"):
        slugify("x", "gatsby")


@given(st.text(max_size=40), st.sampled_from(PRESETS))
def test_slug_has_no_whitespace_or_uppercase(text, preset):
    slug = slugify(text, preset)
    assert not any(ch.isspace() for ch in slug)
    assert slug == slug.lower()


@given(
    st.lists(st.text(alphabet="aB1 -_.&é寿😄", max_size=6), max_size=12),
    st.sampled_from(["docusaurus", "hugo", "mkdocs"]),
)
def test_counter_never_repeats(texts, preset):
    """Docusaurus, Hugo and MkDocs guarantee unique ids ("" means no id at all)."""
    counter = SlugCounter(preset)
    ids = [slug for slug in (counter.slug(t) for t in texts) if slug]
    assert len(ids) == len(set(ids))
