"""Tests for recipelint.recipe.matching: normalised names and one-to-one assignment."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recipelint.recipe.matching import THRESHOLD, assign, identity_key, match_key, score


@pytest.mark.parametrize(
    ("table", "listed"),
    [
        ("Ground Pork (cooked)", "30 oz Organic Ground Pork"),
        ("Flour Tortillas (medium, 40 g)", "18 Medium Flour Tortillas"),
        ("Green Onion", "Scallions"),
        ("Scallions", "6 Scallions (whites and greens separated)"),
        ("Coriander leaves", "Cilantro"),
        ("Mayo", "Mayonnaise"),
        ("Fresh Ginger", "3 Thumbs Fresh Ginger"),
        ("Mini Cucumbers", "Cucumbers"),
        ("Cheese", "Cheddar Cheese"),
        ("Brown Sugar", "Sugar"),
        ("Mayonaise", "Mayonnaise"),
    ],
)
def test_names_that_match(table, listed):
    assert score(table, listed) >= THRESHOLD


@pytest.mark.parametrize(
    ("table", "listed"),
    [
        ("Sesame Oil", "Sesame Seeds"),
        ("sesame oil", "sesame seeds"),
        ("Olive Oil", "Sesame Oil"),
        ("Bell Pepper", "Black Pepper"),
        ("Sour Cream", "Heavy Cream"),
        ("White Wine Vinegar", "Rice Vinegar"),
        ("Chicken Breast", "Chicken Thighs"),
        ("Red Onion", "White Onion"),
        ("Salt", "Sugar"),
    ],
)
def test_names_that_do_not_match(table, listed):
    assert score(table, listed) < THRESHOLD


def test_match_key():
    assert match_key("Ground Pork (cooked)") == "ground pork"
    assert match_key("18 Medium Flour Tortillas") == "flour tortilla"
    assert match_key("chopped green onions") == "scallion"
    assert match_key("Organic") == "organic"


def test_identity_key_keeps_states_apart():
    assert identity_key("diced tomatoes") != identity_key("peeled tomatoes")
    assert identity_key("canned tomatoes") != identity_key("tomatoes")
    assert identity_key("Large Eggs") == identity_key("eggs")


def test_aliases_pair_names_the_matcher_cannot_know():
    assert score("Falukorv", "Swedish sausage") < THRESHOLD
    assert score("Falukorv", "Swedish sausage", {"falukorv": "swedish sausage"}) == 100
    assert score("Falukorv", "Chorizo", {"falukorv": "swedish sausage"}) == 0


def test_seed_assignment_is_one_to_one_and_right():
    table = ["Ground Pork (cooked)", "Flour Tortillas (medium, 40 g)", "Mayonnaise", "Sour Cream",
             "Sesame Oil", "Soy Sauce", "Sriracha", "Sesame Seeds", "White Wine Vinegar", "Shallots",
             "Scallions", "Fresh Ginger", "Garlic", "Mini Cucumbers", "Carrots"]
    listed = ["Shallots", "Scallions", "Fresh Ginger", "Garlic", "Mini Cucumbers", "Carrots", "Sesame Oil",
              "Soy Sauce", "Mayonnaise", "Sriracha", "Sesame Seeds", "White Wine Vinegar", "Salt & Pepper",
              "Sour Cream", "Organic Ground Pork", "Medium Flour Tortillas"]
    pairs = {table[p.left]: listed[p.right] for p in assign(table, listed)}
    assert len(pairs) == len(table)
    assert pairs["Ground Pork (cooked)"] == "Organic Ground Pork"
    assert pairs["Flour Tortillas (medium, 40 g)"] == "Medium Flour Tortillas"
    assert pairs["Sesame Oil"] == "Sesame Oil" and pairs["Sesame Seeds"] == "Sesame Seeds"
    assert "Salt & Pepper" not in pairs.values()


def test_best_score_wins_the_shared_candidate():
    pairs = assign(["Oil", "Olive Oil"], ["Olive Oil"])
    assert [(p.left, p.right) for p in pairs] == [(1, 0)]


names = st.lists(st.text(alphabet="abcdefg oil", min_size=1, max_size=12), max_size=6)


@given(names, names)
def test_assignment_is_one_to_one(left, right):
    pairs = assign(left, right)
    assert len({p.left for p in pairs}) == len(pairs) == len({p.right for p in pairs})
    assert all(p.score >= THRESHOLD for p in pairs)


def test_qualifiers_hold_every_unit_word() -> None:
    from recipelint.recipe.matching import QUALIFIERS, match_key
    from recipelint.recipe.names import UNIT_WORDS

    assert UNIT_WORDS <= QUALIFIERS
    assert match_key("tbsp Olive Oil") == match_key("tablespoons olive oil") == "olive oil"
    assert match_key("Quart Buttermilk") == "buttermilk"  # a unit the old hand-written list missed
