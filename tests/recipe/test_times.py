"""Durations: every written form recipes use, ranges, approximations, and properties."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recipelint.recipe.times import (
    Duration,
    format_minutes,
    parse_duration,
    read_duration,
)


def minutes(text: str) -> tuple[Fraction, Fraction, bool, bool] | None:
    duration = parse_duration(text)
    if duration is None:
        return None
    return duration.low, duration.high, duration.approximate, duration.open_ended


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("30 min", 30, 30),
        ("90 min", 90, 90),
        ("90 min.", 90, 90),
        ("15min", 15, 15),
        ("10 Minutes", 10, 10),
        ("25 mins", 25, 25),
        ("50 m", 50, 50),
        ("0m", 0, 0),
        ("2 hours", 120, 120),
        ("1 hr.", 60, 60),
        ("13 h", 780, 780),
        ("1 hr 15 min", 75, 75),
        ("1 hr 15 mins", 75, 75),
        ("1 hour 10 minutes", 70, 70),
        ("1 hour and 15 minutes", 75, 75),
        ("1 hr, 15 min", 75, 75),
        ("2h 30min", 150, 150),
        ("8 hr 30 min", 510, 510),
        ("1h15", 75, 75),
        ("1 1/2 hours", 90, 90),
        ("1-1/2 hours", 90, 90),
        ("1½ hrs", 90, 90),
        ("½ hour", 30, 30),
        ("1.5 hours", 90, 90),
        ("half an hour", 30, 30),
        ("an hour and a half", 90, 90),
        ("1 and a half hours", 90, 90),
        ("a day", 1440, 1440),
        ("45 seconds", Fraction(3, 4), Fraction(3, 4)),
        ("PT30M", 30, 30),
        ("PT1H15M", 75, 75),
        ("pt1h", 60, 60),
        ("P1DT2H", 1560, 1560),
        ("PT90S", Fraction(3, 2), Fraction(3, 2)),
        ("1:15", 75, 75),
        ("0:45", 45, 45),
        ("20–30 min", 20, 30),
        ("10-15 min", 10, 15),
        ("50 - 60 min", 50, 60),
        ("35 to 40 min", 35, 40),
        ("20~30 min", 20, 30),
        ("45 ~ 60 min", 45, 60),
        ("1-2 hours", 60, 120),
        ("2.5 - 3.25 hr", 150, 195),
        ("1 hr - 1 hr 30 min", 60, 90),
        ("45 min – 1 hr", 45, 60),
        ("30 min (plus one hour rising)", 30, 30),
        ("10-20 minutes (Noodles take most of the time)", 10, 20),
    ],
)
def test_exact_values(text: str, low: Fraction, high: Fraction) -> None:
    duration = parse_duration(text)
    assert duration is not None, text
    assert (duration.low, duration.high) == (Fraction(low), Fraction(high))
    assert not duration.approximate and not duration.open_ended


@pytest.mark.parametrize("text", ["~30 minutes", "≈ 3 hours", "about 20 minutes", "approx. 1 hr", "around 40 min", "~1.5 hrs"])
def test_approximations_are_flagged(text: str) -> None:
    duration = parse_duration(text)
    assert duration is not None and duration.approximate


@pytest.mark.parametrize(("text", "low"), [("at least 4 hours", 240), ("1 hour+", 60), ("2 hours or more", 120)])
def test_open_ended(text: str, low: int) -> None:
    duration = parse_duration(text)
    assert duration is not None and duration.open_ended and duration.low == low
    assert duration.generous()[1] is None


@pytest.mark.parametrize(
    "text", ["", "   ", "20", "Simmer all day", "overnight", "Prep", "soon", "1/0 hours", "P", "PT", "a while"]
)
def test_unreadable(text: str) -> None:
    assert parse_duration(text) is None


@pytest.mark.parametrize(
    ("text", "low", "end"),
    [
        ("~5 minutes + ingredients prep time", 5, 12),
        ("5 min/day", 5, 5),
        ("1 Hour+ in fridge", 60, 7),
        ("1h 10min or 2h 10min, (depending)", 70, 20),
    ],
)
def test_leading_duration_with_prose_after(text: str, low: int, end: int) -> None:
    assert parse_duration(text) is None
    found = read_duration(text)
    assert found is not None
    assert found[0].low == low and found[1] == end


def test_generous_widens_only_approximate_values() -> None:
    exact = parse_duration("40 min")
    approx = parse_duration("~40 min")
    assert exact.generous() == (40, 40)
    assert approx.generous() == (30, 50)


def test_describe() -> None:
    assert parse_duration("1 hr 15 min").describe() == "75 min"
    assert parse_duration("20–30 min").describe() == "20–30 min"
    assert parse_duration("~30 minutes").describe() == "~30 min"
    assert parse_duration("at least 4 hours").describe() == "240 min+"
    assert format_minutes(Fraction(3, 2)) == "1.5 min"


# -- properties -------------------------------------------------------------------------

_UNITS = {"min": 1, "minutes": 1, "hr": 60, "hours": 60, "h": 60}


@given(st.integers(0, 10_000), st.sampled_from(sorted(_UNITS)))
def test_number_and_unit_round_trip(number: int, unit: str) -> None:
    duration = parse_duration(f"{number} {unit}")
    assert duration == Duration(Fraction(number * _UNITS[unit]), Fraction(number * _UNITS[unit]))


@given(st.integers(0, 99), st.integers(0, 59))
def test_compound_forms_agree(hours: int, mins: int) -> None:
    expected = Fraction(hours * 60 + mins)
    for text in (f"{hours} hr {mins} min", f"{hours}h{mins}", f"PT{hours}H{mins}M", f"{hours}:{mins:02d}"):
        duration = parse_duration(text)
        assert duration is not None, text
        assert duration.low == duration.high == expected, text


@given(st.integers(0, 1000), st.integers(0, 1000), st.sampled_from(["-", "–", " to ", " - "]))
def test_ranges_are_ordered(a: int, b: int, separator: str) -> None:
    duration = parse_duration(f"{a}{separator}{b} min")
    assert duration is not None
    assert duration.low == min(a, b) and duration.high == max(a, b)
    low, high = duration.generous()
    assert low <= duration.low <= duration.high <= high


@given(st.text(max_size=60))
def test_never_raises_and_stays_consistent(text: str) -> None:
    found = read_duration(text)
    full = parse_duration(text)
    if full is not None:
        assert found is not None and found[0] == full
    if found is not None:
        duration, end = found
        assert 0 < end <= len(text)
        assert 0 <= duration.low <= duration.high


# -- numbers are read as quantity.py reads them -------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "why"),
    [
        ("11/2 hours", 90, "'11/2' is probably 1 1/2 written without a space"),
        ("1 hr 13/4 min", Fraction(247, 4), "'13/4' is probably 1 3/4 written without a space"),
        ("1,5 hours", 90, "'1,5' uses a decimal comma; write 1.5"),
        ("1,500 seconds", 25, None),
        ("⅚ hour", 50, None),
        ("15/2 hours", 450, None),
    ],
)
def test_numbers_read_as_quantities_are(text: str, low: Fraction, why: str | None) -> None:
    duration = parse_duration(text)
    assert duration is not None, text
    assert duration.low == duration.high == low
    assert duration.suspicious == why


def test_suspicious_number_in_a_range_is_carried() -> None:
    duration = parse_duration("1 - 11/2 hours")
    assert (duration.low, duration.high) == (60, 90)
    assert duration.suspicious is not None and "'11/2'" in duration.suspicious
