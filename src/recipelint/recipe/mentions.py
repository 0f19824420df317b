"""Ingredient mentions in a recipe's steps, and the steps compared with the list.

The steps are the Instructions section of the body (its paragraphs, list items
and step headings) and, on Jekyll sites, the front-matter ``directions:``
list. Each step line is cut into words, lower-cased and made singular
("Cucumbers" -> "cucumber"), so that names can be looked up as word
sequences; a sequence never runs across a comma or a full stop.

Two vocabularies find ingredient words: the recipe's own ingredient names and
the reference foods (``nutrition.all_foods()`` names and synonyms). A few food
words that are usually something else in a step ("roll the dough", "date",
"port", "mince the garlic") are left out of the reference vocabulary, and a
single food word used as a verb at the start of a clause ("butter the pan",
"oil the grill", "flour your hands") is not a mention. Equipment such as a
"muffin tin" or "cake pan" is not a mention either.

:func:`analyse_usage` then decides which step words name foods the list does
not have (ING010) and which listed lines no step uses (ING011); the tables
below hold the small amount of kitchen knowledge it needs (general words such
as "pasta" or "meat", parts such as "zest", serving-suggestion phrases).
Every table errs on the side of silence: a warning must be worth reading.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from recipelint.diagnostic import Span
from recipelint.recipe.compound_names import name_parts
from recipelint.recipe.front_matter_values import front_matter_title
from recipelint.recipe.ingredients import clean_markup, front_matter_list
from recipelint.recipe.names import UNIT_WORDS, WORD, stem, words_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from recipelint.page.document import Document
    from recipelint.recipe.ingredients import Ingredient

__all__ = ["StepLine", "Word", "Mention", "Usage", "step_lines",
           "food_vocabulary", "food_alias_words", "find_sequences", "analyse_usage"]



_NOT_FOOD_WORDS = frozenset({
    "white", "red", "green", "yellow", "brown", "black", "powder", "seed", "leaf", "fat",
    "juice", "zest", "peel", "skin", "shell", "meat", "sauce", "paste", "dough",
})
"""Words of :data:`NOT_MENTIONS` that do not show, alone, that a listed name is a food
(colours, parts: "black" in "black thermometer")."""

NOT_MENTIONS = _NOT_FOOD_WORDS | frozenset({
    "roll", "mince", "toast", "date", "port", "swiss", "cottage", "shells", "wing",
    "spirit", "rocket", "pam", "nan", "oj", "orange", "olive", "relish", "pickle", "sprout",
    "tea", "preserve", "clove", "sake", "franks", "frank", "wiener", "cream", "stock",
    "jam", "jelly", "ice", "flank", "steak", "chard", "melon", "bun", "lager", "gin",
    "chile", "chili", "chilli", "curry", "pepper", "salt", "water", "rib", "yolk",
    "drumstick", "iceberg", "turkey", "ale", "stout", "oyster",
    "philadelphia", "burgundy", "champagne", "madeira", "marsala", "bread", "broth",
})
"""Single stemmed words never taken as a mention on their own.

Either they are usually something else in a step ("roll", "date", "stock",
"cream the butter"), or they are too generic to name a missing ingredient
("sauce", "juice", "meat"), or they are pantry staples handled by the rules.
"""

EQUIPMENT_WORDS = frozenset({
    "pan", "tin", "dish", "sheet", "tray", "liner", "cutter", "mold", "mould", "stone",
    "maker", "plate", "rack", "pot", "bowl", "paper", "wrap", "towel", "press", "cooker",
    "grinder", "squeezer", "peeler", "board", "knife", "spoon", "scoop", "skillet", "mill",
    "bag", "cup", "jar", "glass", "wok", "oven", "grater", "thermometer", "foil", "pin",
    "masher", "shears", "processor", "blender", "steamer", "basket", "lid", "mixer",
    "ricer", "slicer", "crusher", "kettle", "tongs", "whisk", "brush", "cloth",
    "shredder", "mug", "cookie",
})
"""A food word followed by one of these names equipment ("muffin tin", "cake pan")."""

DETERMINERS = frozenset({"the", "a", "an", "your", "each", "it", "them", "all", "both", "some", "this", "that"})


class Word(NamedTuple):
    """One word of a step line: its stem and its span in the file. (A NamedTuple: a
    step line makes one per word, at a third of a frozen dataclass's cost.)"""

    stem: str
    text: str
    column: int
    end_column: int
    offset: int = 0
    """Where the word starts in the step line's (markup-free) text."""
    joined: bool = True
    """Only spaces or a hyphen separate it from the previous word (no comma, no full stop)."""


@dataclass(frozen=True)
class StepLine:
    """One line of step text, markup removed, with a way back to file columns."""

    line: int
    text: str
    words: tuple[Word, ...]
    heading: bool
    origin: str




def step_lines(document: Document) -> list[StepLine]:
    """Every line of step text, body Instructions and front-matter ``directions:``."""
    return document.memo("step-lines", _collect)


def _collect(document: Document) -> list[StepLine]:
    found = []
    for _key, line, column, text in front_matter_list(document, "directions"):
        found.append(_step_line(line, column, text, False, "front-matter"))
    found.extend(_body_steps(document))
    return found


_NOTE_PARAGRAPH = re.compile(
    r"^\W*(?:notes?|tips?|variations?|substitutions?|serving suggestions?|to serve|storage|leftovers|optional)\b\W*[:\-–—]",
    re.IGNORECASE,
)


_NOTE_HEADING = re.compile(
    r"\b(?:thoughts?|tips?|notes?|variations?|substitutions?|swaps?|storage|make[- ]ahead|serving suggestions?|faq)\b",
    re.IGNORECASE,
)


def _body_steps(document: Document) -> list[StepLine]:
    from recipelint.recipe.outline import section_of_kind

    section = section_of_kind(document, "instructions")
    if section is None:
        return []
    tokens = document.tokens
    found = []
    heading = False
    in_notes = False  # inside a "### Notes" / "### Variations" subsection of the steps
    for index in range(section.body_start, section.body_end):
        token = tokens[index]
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        if token.type != "inline" or not token.map:
            continue
        if heading:
            from recipelint.recipe.outline import section_kind

            in_notes = section_kind(token.content) == "notes" or bool(_NOTE_HEADING.search(token.content))
        if in_notes or (not heading and _NOTE_PARAGRAPH.match(token.content)):
            continue  # a note, tip or variation: what it names is not used by the recipe
        start = token.map[0] + 1
        for offset, content in enumerate(token.content.split("\n")):
            line = start + offset
            content = content.strip()
            if not content:
                continue
            column = document.find_column(line, content)
            if column is None:
                continue
            found.append(_step_line(line, column, content, heading, "body"))
    return found


_WORDS_AND_GAPS = re.compile(f"({WORD.pattern})")
"""Splits a text into [gap, word, gap, word, …, gap]: the words WORD.finditer finds and
the text between them, with no match object to ask for each word's span."""


def _step_line(line: int, column: int, raw: str, heading: bool, origin: str) -> StepLine:
    text, offsets = clean_markup(raw)
    parts = _WORDS_AND_GAPS.split(text.replace("-", " "))  # a hyphen is a gap like a space
    words = []
    start = 0
    gap = parts[0]
    for index in range(1, len(parts), 2):
        word = parts[index]
        start += len(gap)
        end = start + len(word)
        joined = not gap.strip(" \t-")
        words.append(Word(stem(word), word, column + offsets[start], column + offsets[end - 1] + 1, start, joined))
        gap = parts[index + 1]
        start = end
    return StepLine(line, text, tuple(words), heading, origin)


@functools.cache
def food_vocabulary() -> dict[tuple[str, ...], str]:
    """Reference food names and synonyms as stem sequences -> the food's name."""
    from recipelint.recipe.nutrition import all_foods

    vocabulary: dict[tuple[str, ...], str] = {}
    for food in all_foods():
        for alias in (food.name, *food.synonyms):
            if any(map(str.isdigit, alias)):
                continue  # "70% chocolate" would otherwise claim the bare word "chocolate"
            key = words_of(alias)
            if not key or (len(key) == 1 and key[0] in NOT_MENTIONS):
                continue
            vocabulary.setdefault(key, food.name)
    return vocabulary


@functools.cache
def food_alias_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each reference food's name -> the stems of its name and of every synonym."""
    from recipelint.recipe.nutrition import all_foods

    return {food.name: tuple(words_of(alias) for alias in (food.name, *food.synonyms)) for food in all_foods()}


def key_reach(keys: dict[tuple[str, ...], object]) -> dict[str, int]:
    """Each word that starts a key -> the length of the longest key it starts."""
    reach: dict[str, int] = {}
    for key in keys:
        if key and len(key) > reach.get(key[0], 0):
            reach[key[0]] = len(key)
    return reach


@functools.cache
def _vocabulary_reach() -> dict[str, int]:
    return key_reach(food_vocabulary())


def find_sequences(words: tuple[Word, ...], keys: dict[tuple[str, ...], object],
                   longest: int = 5, reach: dict[str, int] | None = None) -> list[tuple[int, int, object]]:
    """Non-overlapping longest matches of ``keys`` in ``words``: (start, end, value).

    ``reach`` is ``key_reach(keys)``, for a caller that searches many lines with the
    same keys: only the lengths of keys that start with a word are tried at that word.
    """
    if reach is None:
        reach = key_reach(keys)
    found = []
    index = 0
    stems = [w.stem for w in words]
    count = len(stems)
    while index < count:
        longest_here = reach.get(stems[index])
        if longest_here is None:  # most words start no key
            index += 1
            continue
        for size in range(min(longest, longest_here, count - index), 0, -1):
            key = tuple(stems[index:index + size])
            if key in keys and all(w.joined for w in words[index + 1:index + size]):
                found.append((index, index + size, keys[key]))
                index += size
                break
        else:
            index += 1
    return found


def is_equipment(words: tuple[Word, ...], end: int) -> bool:
    """True when the word after a match names equipment ("muffin tin")."""
    return end < len(words) and words[end].stem in EQUIPMENT_WORDS


def is_verb(words: tuple[Word, ...], start: int, end: int) -> bool:
    """A single food word used as an imperative verb: "Butter the pan", "oil a grill"."""
    if end - start != 1 or end >= len(words) or words[end].stem not in DETERMINERS:
        return False
    if start == 0:
        return True
    previous = words[start - 1]
    return previous.stem in ("and", "then", "to", "lightly", "generously", "well")


# -- the steps against the list ------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """Food words of a step that no ingredient line accounts for."""

    line: int
    column: int
    end_column: int
    text: str
    key: tuple[str, ...]

    @property
    def span(self) -> Span:
        return Span(self.line, self.column, self.line, self.end_column)


@dataclass(frozen=True)
class Usage:
    """The result of comparing the steps with the ingredient list."""

    unlisted: list[Mention]
    unused: list[Ingredient]


PART_WORDS = frozenset({
    "juice", "zest", "peel", "rind", "wedge", "wheel", "slice", "leaf", "sprig", "stem",
    "stalk", "floret", "white", "green", "half", "yolk", "clove", "bulb", "skin", "flesh",
})
"""Words that name a part of a listed ingredient: "lemon zest" of "1 lemon"."""

DESCRIPTORS = frozenset({
    "melted", "softened", "chopped", "diced", "minced", "sliced", "grated", "shredded",
    "crushed", "ground", "fresh", "dried", "cooked", "toasted", "beaten", "whisked",
    "cold", "warm", "hot", "room", "temperature", "remaining", "reserved", "cubed",
    "peeled", "drained", "rinsed", "frozen", "thawed", "whole", "large", "small", "medium",
    "boiled", "steamed", "mashed", "roasted", "fried", "raw", "soft", "hard", "extra",
})
"""Words a step adds to a listed name without naming another food ("melted butter")."""

HYPERNYMS: dict[str, frozenset[str]] = {
    "pasta": frozenset({"spaghetti", "penne", "macaroni", "fusilli", "linguine", "fettuccine",
                        "fettucine", "rigatoni", "farfalle", "lasagna", "lasagne", "orzo",
                        "tagliatelle", "pappardelle", "rotini", "ziti", "vermicelli", "bucatini",
                        "noodle", "gnocchi", "ravioli", "tortellini", "shell", "spaghettini",
                        "capellini", "orecchiette", "mostaccioli", "tortiglioni", "paccheri"}),
    "noodle": frozenset({"pasta", "spaghetti", "udon", "soba", "ramen", "vermicelli", "linguine",
                         "fettuccine", "egg", "rice", "lasagna", "macaroni"}),
    "cheese": frozenset({"parmesan", "parmigiano", "pecorino", "cheddar", "mozzarella", "feta",
                         "ricotta", "gruyere", "emmental", "emmentaler", "gouda", "brie",
                         "provolone", "romano", "fontina", "halloumi", "paneer", "mascarpone",
                         "comte", "edam", "cotija", "manchego", "asiago", "stilton", "camembert",
                         "raclette", "havarti", "jarlsberg", "gorgonzola", "grana", "queso"}),
    "broth": frozenset({"stock", "bouillon", "broth"}),
    "stock": frozenset({"stock", "bouillon", "broth"}),
    "bouillon": frozenset({"stock", "bouillon", "broth"}),
    "nut": frozenset({"walnut", "pecan", "almond", "cashew", "hazelnut", "peanut", "pistachio",
                      "macadamia", "pinenut"}),
    "fish": frozenset({"salmon", "cod", "tuna", "tilapia", "haddock", "trout", "anglerfish",
                       "monkfish", "sardine", "mackerel", "halibut", "bass", "snapper", "pollock"}),
    "potato": frozenset({"potato", "spud"}),
    "chocolate": frozenset({"chocolate", "cocoa"}),
    "sugar": frozenset({"sugar", "honey", "syrup", "jaggery", "sweetener"}),
    "rice": frozenset({"rice", "risotto", "arborio", "basmati", "jasmine"}),
    "wine": frozenset({"wine", "marsala", "sherry", "madeira", "port", "vermouth", "prosecco",
                       "champagne", "riesling", "chardonnay", "merlot"}),
    "oil": frozenset({"oil", "lard", "ghee", "fat", "butter", "shortening", "dripping"}),
    "butter": frozenset({"butter", "ghee", "margarine"}),
    "margarine": frozenset({"butter", "margarine"}),
    "flour": frozenset({"flour", "cornstarch", "cornflour"}),
    "sausage": frozenset({"sausage", "falukorv", "chorizo", "kielbasa", "bratwurst", "chipolata",
                          "salami", "pepperoni", "frankfurter", "wiener", "andouille", "merguez",
                          "longaniza", "linguica", "korv", "hotdog"}),
    "lettuce": frozenset({"lettuce", "romaine", "iceberg", "butterhead", "cos", "gem", "mesclun"}),
}
"""A generic step word and the list words that account for it ("pasta" for "spaghetti")."""

COLLECTIVE_WORDS = frozenset({
    "ingredient", "seasoning", "spice", "everything", "topping", "condiment", "filling", "above",
})
"""Step words that use ingredients without naming them ("mix all the ingredients");
when a step says one, no listed ingredient is reported as unused."""

USAGE_HYPERNYMS: dict[str, frozenset[str]] = {
    **HYPERNYMS,
    "meat": frozenset({"beef", "pork", "lamb", "veal", "chicken", "turkey", "mince", "chuck",
                       "steak", "brisket", "sirloin", "shoulder", "loin", "roast", "sausage",
                       "venison", "mutton", "goat", "duck", "kidney", "liver", "rib", "shank",
                       "chop", "porkchop", "falukorv", "bacon", "ham"}),
    "beef": frozenset({"steak", "chuck", "flank", "sirloin", "brisket", "mince", "ribeye",
                       "roast", "rump", "skirt", "tenderloin", "fillet"}),
    "pork": frozenset({"chop", "porkchop", "belly", "shoulder", "loin", "tenderloin", "bacon",
                       "ham", "sausage", "mince"}),
    "lamb": frozenset({"shoulder", "shank", "leg", "chop", "mince", "rack"}),
    "chicken": frozenset({"breast", "thigh", "drumstick", "wing", "leg"}),
    "fat": frozenset({"lard", "butter", "oil", "ghee", "shortening", "margarine", "tallow", "suet"}),
    "fruit": frozenset({"orange", "lemon", "lime", "apple", "pear", "banana", "berry", "peach",
                        "mango", "grapefruit", "clementine", "mandarin", "plum", "apricot",
                        "cherry", "pineapple", "grape", "kiwi"}),
    "vegetable": frozenset({"carrot", "pea", "bean", "sprout", "broccoli", "cabbage", "pepper",
                            "onion", "celery", "zucchini", "courgette", "spinach", "kale",
                            "cauliflower", "eggplant", "aubergine", "squash", "corn", "potato",
                            "leek", "mushroom", "tomato", "cucumber", "chard", "escarole"}),
    "greens": frozenset({"spinach", "kale", "chard", "escarole", "lettuce", "arugula", "collard"}),
    "herb": frozenset({"parsley", "basil", "thyme", "oregano", "rosemary", "sage", "dill",
                       "cilantro", "coriander", "mint", "chive", "tarragon", "marjoram", "bay",
                       "bayleaf"}),
    "citrus": frozenset({"orange", "lemon", "lime", "grapefruit", "clementine", "mandarin"}),
}
USAGE_HYPERNYMS["veggie"] = USAGE_HYPERNYMS["vegetable"]
USAGE_HYPERNYMS["green"] = USAGE_HYPERNYMS["greens"]
"""A general step word and the list words it can stand for ("brown the meat")."""

SEASONING_TRIGGERS = frozenset({"season", "seasoned", "herb", "spice", "spiced", "seasoning"})
SPICE_WORDS = frozenset({
    "cumin", "paprika", "oregano", "thyme", "basil", "marjoram", "cinnamon", "nutmeg",
    "coriander", "turmeric", "cayenne", "parsley", "bayleaf", "bay", "rosemary", "sage",
    "dill", "masala", "curry", "chili", "chile", "chilli", "clove", "cardamom", "allspice",
    "ginger", "garlic", "onion", "powder", "pepper", "peppercorn", "fennel", "anise",
    "mustard", "caraway", "tarragon", "chive", "mint", "saffron", "sumac", "za", "atar",
    "herb", "spice", "seasoning", "flake", "mace", "fenugreek",
})
"""Words of listed names a plain "season" or "add the herbs" step may stand for."""

_OPTIONAL_SENTENCE = re.compile(
    r"\b(?:optional(?:ly)?|if (?:you )?(?:want|like|wish|desired?|prefer|available|needed|using)|"
    r"instead(?: of)?|serve[sd]?|serving|enjoy|eat (?:it |them )?(?:on|with)|goes well|"
    r"works?(?: \w+)? (?:well|great)|for example|such as|substitute|alternatively|otherwise|"
    r"you (?:can|could|may|might)|can also|could also|or use|pairs? well|variation|addition|"
    r"leftover|garnish|recommend\w*|suggest\w*|prefer\w*|favou?rite|choice|whatever|"
    r"anything else|things like|the size|size of|in case|if you|^\s*if\b)",
    re.IGNORECASE,
)
_EXAMPLES = re.compile(r"\b(?:e\.\s?g\.|etc\b|i\.e\.)", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?;]+[.!?;]?")
_PARENTHESES = re.compile(r"\([^()]*\)")
_FOLLOWING_NOT_FOOD = frozenset({"grain", "size", "sized", "shape", "shaped", "consistency",
                                  "color", "colour", "texture", "style", "like", "ball", "water"})
PRODUCT_HEADS = frozenset({"sauce", "paste", "dough", "batter", "mixture", "mix", "oil", "crust",
                           "spread", "dressing", "glaze", "marinade", "syrup", "puree", "soup",
                           "bread", "cream", "butter", "sugar", "stock", "broth"})
"""Head words of things a recipe may make itself ("the paprika oil", "make the pie crust")."""
_MADE_THINGS = frozenset({"sauce", "dough", "batter", "mixture", "mix", "crust", "dressing", "glaze",
                          "marinade", "puree", "soup", "spread"})
_INTRODUCING = frozenset({"a", "an", "some", "of", "more", "little", "bit", "splash", "drizzle",
                          "dash", "few", "extra", "fresh", "new", "other", "another"})
"""Stems of the one-word unit names and abbreviations ("cup", "tbsp", "clove")."""
_BY_PRODUCT = re.compile(r"\brender\w*", re.IGNORECASE)
_BACK_REFERENCE = frozenset({"the", "our", "your", "this", "that"})
_MAKING = frozenset({"make", "making", "create", "creating", "form", "into", "prepare", "preparing", "made",
                     "yield", "yields", "produce"})
GENERIC_TAILS = frozenset({"meat", "piece", "fillet", "chunk", "cube", "strip", "bit", "grease", "fat",
                           "dripping", "water", "liquid", "juice"})
"""Words after a listed food that name what comes of it ("bacon fat", "chicken pieces")."""
_PURPOSE = re.compile(
    r"\b(?:for (?:greasing|frying|the pan|serving|dusting|brushing|garnish|deep[- ]frying|"
    r"topping|decorat\w*|sprinkling|coating)|to serve|to garnish|garnish|frying|deep fry)\b",
    re.IGNORECASE,
)
_NOT_CONTENT = frozenset({
    "fresh", "organic", "small", "medium", "large", "mini", "of", "and", "or", "the", "a",
    "to", "for", "with", "in", "whole", "chopped", "diced", "minced", "sliced", "grated",
    "optional", "taste", "extra", "good", "quality", "dried", "ground", "frozen", "cooked",
    "red", "green", "white", "black", "yellow", "brown", "hot", "cold", "warm", "sweet",
    "plain", "light", "dark", "heavy", "baby", "raw", "big", "little", "cup", "can", "jar",
    "piece", "slice", "more", "other", "any", "your", "favorite", "favourite", "some",
    "powder", "seed", "sauce", "juice", "leaf", "water", "salt",
})
"""Words of a listed name too common to show, alone, that a step uses it."""


_LABEL = re.compile(r"\s*(?:for (?:the )?\w+|.*:)\s*$", re.IGNORECASE)
"""A list item that is really a heading: "For the bechamel", "Sauce:"."""

def _optional_offsets(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that mention things as options, serving ideas or asides."""
    spans = [m.span() for m in _PARENTHESES.finditer(text)]
    examples = _EXAMPLES.search(text)
    if examples:
        spans.append((0, len(text)))
    for sentence in _SENTENCE.finditer(text):
        if _OPTIONAL_SENTENCE.search(sentence.group()):
            spans.append(sentence.span())
    return spans


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _title_words(document: Document) -> set[str]:
    """Words of the recipe's title (front matter ``title``, level-1 headings)."""
    from recipelint.recipe.outline import outline

    titles = [s.title for s in outline(document) if s.level == 1]
    title = front_matter_title(document)
    if title:
        titles.append(title)
    return {word for title in titles for word in words_of(title)}


def _contains(words: tuple[str, ...], key: tuple[str, ...]) -> bool:
    size = len(key)
    if size == 1:
        return key[0] in words  # most step keys are one word: no slicing
    return any(words[i:i + size] == key for i in range(len(words) - size + 1))


def _covers(name: tuple[str, ...], texts: list[tuple[str, ...]], all_words: set[str], key: tuple[str, ...]) -> bool:
    """Whether a listed line (its name, texts and all their words) accounts for the step
    words ``key``."""
    # A text can contain the key only if the line's words hold each of its words: for
    # a one-word key that is the whole answer, for longer keys it spares most searches.
    if len(key) == 1:
        if key[0] in all_words:
            return True
    elif all(w in all_words for w in key) and any(_contains(text, key) for text in texts):
        return True
    while len(key) > 1 and key[-1] in PART_WORDS:
        key = key[:-1]
        if any(_contains(text, key) for text in texts):
            return True
    if name and key[-1] == name[-1] and all(w in all_words or w in DESCRIPTORS for w in key[:-1]):
        return True
    core = [w for w in key if w not in DESCRIPTORS and w not in GENERIC_TAILS]
    if core and len(key) > 1 and all(w in all_words for w in core):
        return True  # "beaten egg yolks" of "2 Egg Yolks Beaten", "bacon fat" of "bacon"
    generic = HYPERNYMS.get(key[-1])
    return bool(generic) and bool(generic & all_words) and all(
        w in all_words or w in DESCRIPTORS for w in key[:-1])


def analyse_usage(document: Document, lines: list[Ingredient],
                  is_staple: Callable[[str], bool]) -> Usage | None:
    """Compare the steps with the ingredient list (see the module docstring).

    Returns None when the recipe has no list or no steps to compare.
    """
    from recipelint.recipe.matching import THRESHOLD, match_key, score
    from recipelint.recipe.nutrition import lookup

    steps = step_lines(document)
    origins = {line.origin for line in lines}
    steps = [step for step in steps if step.origin in origins]
    if not any(line.name for line in lines) or not any(not step.heading for step in steps):
        return None
    if not _reads_as_english(" ".join(step.text for step in steps)):
        return None  # the food vocabulary is English: on other languages it only guesses
    vocabulary = food_vocabulary()
    alias_words = food_alias_words()

    names = [words_of(line.name) for line in lines]
    named = [n for n, line in zip(names, lines) if line.name]
    if sum(1 for n in named if _names_a_food(n, vocabulary)) * 3 < len(named):
        return None  # a list in a language (or shorthand) the food vocabulary cannot read
    texts: list[list[tuple[str, ...]]] = []
    foods: list[set[str]] = []
    for line in lines:
        line_words = words_of(line.text)
        found = {value for _s, _e, value in find_sequences(_as_words(line_words), vocabulary, reach=_vocabulary_reach())}
        for part in (line.name, *name_parts(line.name)):
            food = lookup(part) if part.strip() else None
            if food is not None:
                found.add(food.name)
        foods.append(found)
        line_texts = [line_words]
        for food_name in found:
            line_texts.extend(alias_words[food_name])
        texts.append(line_texts)
    text_words = [{word for text in line_texts for word in text} for line_texts in texts]

    keys: dict[tuple[str, ...], object] = dict(vocabulary)
    reach = dict(_vocabulary_reach())  # kept equal to key_reach(keys)
    for index, words in enumerate(names):
        if not words:
            continue
        for variant in (words, tuple(match_key(lines[index].name).split())):
            if variant:
                keys[variant] = ("listed", index)
                reach[variant[0]] = max(reach.get(variant[0], 0), len(variant))

    found_mentions = []
    full_mentions: set[int] = set()
    for step in steps:
        for start, end, value in find_sequences(step.words, keys, reach=reach):
            found_mentions.append((step, start, end, value))
            if isinstance(value, tuple) and end - start > 1:
                full_mentions.add(value[1])

    title = _title_words(document)
    group_words = [set(words_of(group)) for group in {line.group for line in lines if line.group}]

    def key_in_groups(key: tuple[str, ...]) -> bool:
        """The mention names a group of the list ("For the vinaigrette"): made here."""
        return any(set(key) <= words for words in group_words)

    other_lists: list[set[str]] | None = None  # read on first need: few mentions get that far

    def listed_elsewhere(key: tuple[str, ...]) -> bool:
        """A bullet list of the page outside the Ingredients section names it (a
        "#### Pistachio Filling" list inside the method): the list is split, not missing."""
        nonlocal other_lists
        if other_lists is None:
            other_lists = _bullet_items_outside_steps(document)
        return any(set(key) <= words for words in other_lists)

    used: set[int] = set()
    unlisted: list[Mention] = []
    seen: set[tuple[str, ...]] = set()
    seen_heads: set[str] = set()
    produced: set[tuple[str, ...]] = set()
    optional_spans: dict[int, list[tuple[int, int]]] = {}

    def optional(step: StepLine) -> list[tuple[int, int]]:
        """``_optional_offsets`` of a step, worked out for the few steps a check reaches."""
        if id(step) not in optional_spans:
            optional_spans[id(step)] = _optional_offsets(step.text)
        return optional_spans[id(step)]

    covered: dict[tuple[tuple[str, ...], str], list[int]] = {}

    def covering_lines(key: tuple[str, ...], mention_text: str) -> list[int]:
        """The listed lines that account for the step words (the same food word comes
        back in step after step: worked out once)."""
        if (key, mention_text) not in covered:
            covered[key, mention_text] = [
                i for i in range(len(lines))
                if _covers(names[i], texts[i], text_words[i], key)
                or (lines[i].name and score(mention_text, lines[i].name) >= THRESHOLD)]
        return covered[key, mention_text]

    for step, start, end, value in found_mentions:
        if isinstance(value, tuple):
            used.add(value[1])
            continue
        words = step.words[start:end]
        key = tuple(word.stem for word in words)
        if is_equipment(step.words, end) or is_verb(step.words, start, end):
            continue
        if end < len(step.words) and step.words[end].stem in _FOLLOWING_NOT_FOOD:
            continue
        same_food = [i for i, line_foods in enumerate(foods) if value in line_foods]
        if same_food:
            used.update(same_food)
            continue
        if is_staple(" ".join(word.text for word in words)):
            continue
        prepared = tuple(w for w in key if not w.endswith("ed"))
        if len(prepared) < len(key) and prepared and any(n[-len(prepared):] == prepared for n in names if n):
            used.update(i for i, n in enumerate(names) if n and n[-len(prepared):] == prepared)
            continue  # "whipped cream" when cream is listed: the recipe prepares it
        mention_text = " ".join(word.text for word in words)
        covering = covering_lines(key, mention_text)
        if covering:
            # "a drizzle of oil" after "Half the sesame oil": a second, unlisted oil.
            generic_only = len(key) == 1 and all(
                names[i][-1:] == key and len(names[i]) > 1 and i in full_mentions for i in covering)
            if not generic_only or not _introduced(step.words, start):
                used.update(covering)
                continue
        if step.heading or _inside(words[0].offset, optional(step)) or any(
                w in title and w not in PRODUCT_HEADS for w in key) or HYPERNYMS.get(key[-1], set()) & title:
            continue
        if key_in_groups(key) or listed_elsewhere(key) or _made_here(step.words, start, end, key) or _BY_PRODUCT.search(step.text) or key in produced:
            produced.add(key)  # "Lard will render out of the pork" … "half the lard"
            continue
        if _figurative(step.words, start):
            continue  # "roll into sausages", "thick like peanut butter": a shape or a likeness
        if _alternative(step.words, start, end):
            continue
        if key in seen or key[-1] in seen_heads:
            continue  # one warning per missing food: "olive oil" … "the oil" … "frying oil"
        seen.add(key)
        seen_heads.add(key[-1])
        unlisted.append(Mention(step.line, words[0].column, words[-1].end_column,
                                " ".join(word.text for word in words), key))

    step_words = {word.stem for step in steps for word in step.words}
    step_words |= {w[:-2] for w in step_words if w.endswith("ed")}
    step_words |= {w[:-3] for w in step_words if w.endswith("ing")}
    collective = bool(step_words & COLLECTIVE_WORDS) or any(w.startswith("everyth") for w in step_words)
    if not collective and len(used) * 2 < len(lines):
        # Steps that name few of the listed items and mix without an object ("Mix
        # thoroughly in a large bowl") use the whole list; with most items named, "mix
        # until combined" means the ones just named.
        collective = any(_combines_without_object(step.text) for step in steps)
    if not collective:
        # Whatever else the steps name: "Mix together in a food processor", "Bake
        # according to the bread machine's instructions".
        collective = any(_MAY_BE_STRONG_ALL.search(step.text) and _STRONG_ALL.search(step.text) for step in steps)
    seasoned = bool(step_words & SEASONING_TRIGGERS)
    unused = []
    for index, line in enumerate(lines):
        if collective or index in used or line.optional or line.depth > 1 or not line.name:
            continue
        if is_staple(line.name) or _PURPOSE.search(line.text) or not _names_a_food(names[index], vocabulary):
            continue
        content = [w for w in names[index] if w not in _NOT_CONTENT]
        if any(w in step_words for w in content) or (names[index] and names[index][-1] in step_words):
            continue
        line_words = set(words_of(line.text))
        if any(line_words & USAGE_HYPERNYMS[w] for w in step_words if w in USAGE_HYPERNYMS):
            continue
        if _LABEL.match(line.text):
            continue
        if seasoned and set(names[index]) & SPICE_WORDS:
            continue
        unused.append(line)
    return Usage(unlisted, unused)


_COMBINING_VERBS = ("mix", "combine", "blend", "whisk", "stir", "beat", "process", "pulse", "shake", "toss", "fold",
                    "slice", "dice", "chop", "cut", "prep", "prepare")
_CONTAINERS = r"(?:large\s+|small\s+|medium\s+|mixing\s+|big\s+)?(?:bowl|pot|pan|saucepan|skillet|blender|food\s+processor|processor|mixer|jar|shaker|dish)"
_IMPLICIT_ALL = re.compile(
    r"(?:^|[.;!?]\s+|\bthen\s+|\band\s+)(?:(?:" + "|".join(_COMBINING_VERBS) + r")\w*\s+and\s+)?(?:" + "|".join(_COMBINING_VERBS) + r")\w*"
    r"\s+(?:it\s+|them\s+)?(?:all\s+)?(?:together|well|thoroughly|everything|until\b|into\b|as\s+you\b|over\s+ice\b|in\s+(?:(?:a|the|your)\s+)?" + _CONTAINERS + r")"
    r"|\b(?:all|everything)\s+(?:together|in\s+(?:(?:a|the|one)\s+)?" + _CONTAINERS + r")",
    re.IGNORECASE,
)


_STRONG_ALL = re.compile(
    r"\b(?:" + "|".join(_COMBINING_VERBS) + r")\w*\s+(?:it\s+|them\s+)?(?:all\s+)?together\b(?!\s*:)"
    r"|\b(?:" + "|".join(_COMBINING_VERBS) + r")\w*\s+(?:all\s+)?in\s+(?:(?:a|the|your)\s+)?(?:food\s+processor|blender)\b"
    r"|\baccording\s+to\s+(?:the\s+|your\s+)?[\w' ]{0,30}?(?:instructions|directions|manual)\b",
    re.IGNORECASE,
)
_MAY_BE_STRONG_ALL = re.compile(r"together|processor|blender|according", re.IGNORECASE)
"""A word each alternative of _STRONG_ALL needs: a quarter of its cost, and most steps have none."""


def _combines_without_object(text: str) -> bool:
    """A step that mixes the whole list without naming it: "Mix thoroughly in a large
    bowl", "Blend until smooth", "Combine in a food processor", "stir it all together"."""
    return bool(_IMPLICIT_ALL.search(text.strip()))


_ENGLISH = frozenset({"the", "and", "with", "of", "to", "in", "until", "into", "for", "a", "it", "is", "on", "add"})
_OTHER_LANGUAGES = frozenset({
    "le", "la", "les", "et", "de", "des", "du", "avec", "dans", "pour", "une", "un", "au",  # French
    "el", "los", "las", "y", "con", "para", "del", "en",  # Spanish
    "il", "di", "e", "per", "con", "della", "il",  # Italian
    "der", "die", "das", "und", "mit", "den", "zu", "auf",  # German
})


def _reads_as_english(text: str) -> bool:
    """Whether step text is English: its common function words outnumber those of
    French, Spanish, Italian and German."""
    words = text.lower().split()
    english = sum(1 for w in words if w in _ENGLISH)
    other = sum(1 for w in words if w in _OTHER_LANGUAGES)
    return english >= other


def _bullet_items_outside_steps(document: Document) -> list[set[str]]:
    """The words of the bullet-list items with an amount that stand outside the
    Ingredients and Instructions sections (a "#### Pistachio Filling" list of its own)."""
    from recipelint.recipe.outline import section_of_kind

    skipped = [range(s.body_start, s.body_end) for kind in ("instructions", "ingredients")
               if (s := section_of_kind(document, kind)) is not None]
    tokens = document.tokens
    items = []
    for index, token in enumerate(tokens[:-2]):
        if token.type != "list_item_open" or token.markup not in ("-", "*", "+") or any(index in r for r in skipped):
            continue
        inline = tokens[index + 2]
        if inline.type == "inline" and any(ch.isdigit() for ch in inline.content):
            items.append(set(words_of(inline.content)))
    return items


_LIKENESS = frozenset({"into", "like", "resembling", "resemble", "resembles", "shaped", "form", "forming"})


def _figurative(words: tuple[Word, ...], start: int) -> bool:
    """The food word names a shape or a likeness: a word such as "into" or "like" comes
    just before it, with at most an article or a size between."""
    back = [w.stem for w in words[max(0, start - 3):start]]
    while back and back[-1] in DETERMINERS | {"long", "thin", "thick", "small", "large", "little", "big"}:
        back.pop()
    return bool(back) and back[-1] in _LIKENESS


def _introduced(words: tuple[Word, ...], start: int) -> bool:
    """Whether the word before a mention brings in something new ("a drizzle of oil")."""
    if start == 0:
        return False
    previous = words[start - 1].stem
    return previous in _INTRODUCING or previous in UNIT_WORDS


def _made_here(words: tuple[Word, ...], start: int, end: int, key: tuple[str, ...]) -> bool:
    """"the paprika oil", "make the pie crust": something the recipe makes itself."""
    before = [w.stem for w in words[max(0, start - 3):start]]
    back = bool(before) and before[-1] in _BACK_REFERENCE
    if back and end < len(words) and words[end].stem in _MADE_THINGS:
        return True  # "our cream cheese spread"
    if key[-1] not in PRODUCT_HEADS:
        return False
    if any(w in _MAKING for w in before):
        return True
    # "the paprika oil", "the sauce"; but "the butter" is still plain butter.
    return back and (len(key) > 1 or key[-1] in _MADE_THINGS)


def _alternative(words: tuple[Word, ...], start: int, end: int) -> bool:
    """"butter or margarine": a food offered as an alternative to another."""
    before = start > 0 and words[start - 1].stem in ("or", "nor")
    after = end < len(words) and words[end].stem == "or"
    return before or after


def _as_words(stems: tuple[str, ...]) -> tuple[Word, ...]:
    return tuple(Word(s, s, 0, 0) for s in stems)


def _names_a_food(words: tuple[str, ...], vocabulary: dict[tuple[str, ...], str]) -> bool:
    """Whether a listed name contains a known food word (not "thermometer")."""
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            key = words[start:start + size]
            if key in vocabulary or (size == 1 and key[0] in NOT_MENTIONS and key[0] not in _NOT_FOOD_WORDS):
                return True
    return False
