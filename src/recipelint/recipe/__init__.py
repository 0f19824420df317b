"""Recipe domain parsing: quantities, units, ingredients, calorie tables."""
