"""Tests for recipelint.recipe.mentions: ingredient words in the steps."""

from pathlib import Path

from recipelint.page.document import Document
from recipelint.recipe.ingredients import ingredient_lines
from recipelint.recipe.mentions import (
    analyse_usage,
    find_sequences,
    key_reach,
    step_lines,
)
from recipelint.recipe.names import stem, words_of

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "seed-site" / "docs" / "recipes" / "mexican" / "smashed_pork_gyoza_tacos.md"


def _usage(text: str, staples=("salt", "pepper", "water")):
    document = Document("r.md", text)
    return analyse_usage(document, ingredient_lines(document), lambda name: name.lower() in staples)


def test_stems():
    assert words_of("Green Onions") == ("green", "onion")
    assert words_of("Tomatoes, berries & leaves") == ("tomato", "berry", "leaf")
    assert stem("glass") == "glass" and stem("Shallots") == "shallot"


def test_step_lines_keep_file_columns():
    text = "## Ingredients\n\n- 1 cup rice\n\n## Instructions\n\n1. Rinse the **rice** well.\n   Then boil it.\n"
    document = Document("r.md", text)
    steps = step_lines(document)
    assert [(s.line, s.text) for s in steps] == [(7, "Rinse the rice well."), (8, "Then boil it.")]
    rice = steps[0].words[2]
    assert rice.stem == "rice" and document.line_text(7)[rice.column - 1:rice.end_column - 1] == "rice"


def test_sequences_do_not_cross_punctuation():
    text = "## Ingredients\n\n- 1 whole chicken\n\n## Steps\n\n1. Place chicken, breast side down.\n"
    words = step_lines(Document("r.md", text))[0].words
    keys = {("chicken", "breast"): "chicken breast", ("chicken",): "chicken"}
    assert [value for _s, _e, value in find_sequences(words, keys)] == ["chicken"]


def test_sequences_take_the_longest_key_a_word_starts():
    text = "## Ingredients\n\n- 1 cup rice\n\n## Steps\n\n1. Toast the sesame seeds and the sesame oil with rice.\n"
    words = step_lines(Document("r.md", text))[0].words
    keys = {("sesame", "seed"): "seeds", ("sesame",): "sesame", ("sesame", "oil", "with", "rice"): "long",
            ("oil",): "oil", ("rice",): "rice"}
    assert key_reach(keys) == {"sesame": 4, "oil": 1, "rice": 1}
    expected = [(2, 4, "seeds"), (6, 10, "long")]
    assert find_sequences(words, keys) == expected
    assert find_sequences(words, keys, reach=key_reach(keys)) == expected
    assert find_sequences(words, keys, longest=2) == [(2, 4, "seeds"), (6, 7, "sesame"), (7, 8, "oil"), (9, 10, "rice")]


def test_seed_usage(shared_dir):
    document = Document(str(SEED), SEED.read_text(encoding="utf-8"))
    usage = analyse_usage(document, ingredient_lines(document), lambda name: "salt" in name.lower())
    assert [(m.line, m.column, m.end_column, m.text) for m in usage.unlisted] == [
        (96, 12, 17, "sugar"),
        (121, 22, 25, "oil"),
    ]
    assert [(line.line, line.name) for line in usage.unused] == [(69, "Sour Cream")]


def test_the_oil_refers_to_the_listed_oil():
    text = ("## Ingredients\n\n- 2 tbsp olive oil\n- 1 onion\n\n## Instructions\n\n"
            "1. Heat the oil and fry the onion.\n")
    usage = _usage(text)
    assert usage.unlisted == [] and usage.unused == []


def test_unlisted_and_unused():
    text = ("## Ingredients\n\n- 2 cups rice\n- 1 cup peas\n\n## Instructions\n\n"
            "1. Fry the rice with 1 tsp cumin and salt.\n2. Serve with yogurt.\n")
    usage = _usage(text)
    assert [m.text for m in usage.unlisted] == ["cumin"]  # yogurt is a serving idea
    assert [line.name for line in usage.unused] == ["peas"]


def test_equipment_verbs_parts_and_collectives_are_not_mentions():
    text = ("## Ingredients\n\n- 2 cups flour\n- 1 lemon\n- 1 tsp cumin\n\n## Instructions\n\n"
            "1. Butter the muffin tin and line with paper towel.\n"
            "2. Add the lemon zest and lemon juice to the flour.\n"
            "3. Season well.\n")
    usage = _usage(text)
    assert usage.unlisted == []
    assert usage.unused == []  # cumin: "Season" stands for the spices


def test_front_matter_directions():
    text = ("---\ntitle: Banana Bread\ningredients:\n- 4 bananas\n- 1/2 cup sugar\n- 2 eggs\n"
            "directions:\n- Beat the eggs, then cream with the butter and sugar\n- Mix in bananas\n---\n")
    usage = _usage(text)
    assert [(m.line, m.column, m.text) for m in usage.unlisted] == [(8, 38, "butter")]
    assert usage.unused == []


def test_nothing_to_compare():
    assert _usage("## Ingredients\n\n- 1 egg\n") is None
    assert _usage("## Instructions\n\n1. Boil an egg.\n") is None


def test_general_words_typos_and_by_products_are_covered():
    text = ("## Ingredients\n\n- 400 g spaghetti\n- 50 g pecorino\n- 400 g pork belly\n- Mayonaise\n\n"
            "## Instructions\n\n1. Boil the pasta.\n2. Stir in the cheese and the mayonnaise.\n"
            "3. Lard will render out of the pork belly.\n4. Remove half the lard.\n")
    usage = _usage(text)
    assert usage.unlisted == [] and usage.unused == []


def test_one_warning_per_missing_food_and_options_are_quiet():
    text = ("## Ingredients\n\n- 2 chicken breasts\n\n## Instructions\n\n"
            "1. Cover a pan with olive oil.\n2. Fry the chicken in the oil, adding more frying oil.\n"
            "3. If you like, add butter. Optionally top with parmesan.\n")
    usage = _usage(text)
    assert [(m.line, m.text) for m in usage.unlisted] == [(7, "olive oil")]
