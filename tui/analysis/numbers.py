"""Numerals in digits and words, and the regular expressions that find them.

Kept apart from the figure rules so that the value of "2, 000", "3.5bn", "twenty-five"
or "half a million" is decided in one place.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
MULTIPLIERS = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "dozen": 12,
    "lakh": 100_000,
    "crore": 10_000_000,
}
SCALE_ABBREVIATIONS = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1_000_000,
}
VAGUE = ("dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions")
FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25}
FRACTIONS.update({"quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1})
FRACTIONS.update({"sixth": 1 / 6, "sixths": 1 / 6, "eighth": 0.125, "eighths": 0.125})

_WORD = "|".join(sorted([*UNITS, *MULTIPLIERS], key=len, reverse=True))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))

# Digits with thousands separators; "2, 000" (a cleanup artifact) is read as 2000 when the
# groups after the first are exactly three digits.
DIGITS = (
    r"(?:\d{1,3}(?:,[ \u00a0]?\d{3})+(?![\d])|\d+)(?:\.\d+|\s?[½¼¾]|[\s-][13]/[24](?![\d/]))?|\.\d+"
)
_A = r"(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
# "and" joins number words only after a scale word ("two hundred and five"): in "between
# two and three" it links two numbers
_AND = "(?:" + "|".join(f"(?<={w})" for w in MULTIPLIERS) + r")\s+and\s+"
# after a word below twenty only a scale word goes on ("one hundred", "twenty-one thousand"):
# "two four-storey buildings" is two numbers, not six
_AFTER_SMALL = "".join(f"(?<!{w})" for w in list(UNITS)[:20])
_SCALE = "|".join(MULTIPLIERS)
WORDS = (
    rf"{_A}(?:{_WORD})"
    rf"(?:(?:{_AND}|{_AFTER_SMALL}[\s-]+|[\s-]+(?=(?:{_SCALE})\b))(?:{_WORD}))*"
)
ORDINAL_WORDS = rf"(?:(?:{_TENS})-)?(?:{_ORD})"
# "five and a half years", "2 and a half hours": a half more than the numeral before it
AND_A_HALF = r"(?:\s+|-)and(?:\s+|-)(?:a(?:\s+|-))?half\b"  # ("two and half years")
_NUMBER = (
    rf"(?:(?:(?P<digits>{DIGITS})|(?P<words>\b{WORDS}\b))(?P<half>{AND_A_HALF})?"
    rf"|(?P<vague>(?:tens\s+of\s+|hundreds\s+of\s+)?(?:{'|'.join(VAGUE)})\b))"
)
NUMBER_RE = re.compile(r"(?<![\w.])" + _NUMBER, re.IGNORECASE)
# The same number where letters may stand right before it: "$A8,800", "$US200"
NUMBER_AT_RE = re.compile(_NUMBER, re.IGNORECASE)
ORDINAL_RE = re.compile(
    rf"(?<![\w.,-])(?:(?P<digit>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:st|nd|rd|th)|(?P<word>{ORDINAL_WORDS}))\b",
    re.IGNORECASE,
)


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def parse_digits(text: str) -> float:
    """Value of a digit numeral: thousands separators (with or without a space) dropped."""
    if half := re.search(AND_A_HALF + "$", text, re.IGNORECASE):
        return parse_digits(text[: half.start()]) + 0.5
    if mixed := re.fullmatch(r"(\d+)[\s-]([13])/([24])", text):  # "3 1/2 hours", "5-1/2"
        return int(mixed[1]) + int(mixed[2]) / int(mixed[3])
    plain = re.sub(r"[,\s\u00a0]", "", text)
    if plain[-1] in _VULGAR:
        return float(plain[:-1] or 0) + _VULGAR[plain[-1]]
    return float(plain)


def parse_words(text: str) -> float | None:
    """Value of a run of number words ("two hundred and five", "a dozen", "twenty-five")."""
    if half := re.search(AND_A_HALF + "$", text, re.IGNORECASE):
        whole = parse_words(text[: half.start()])
        return None if whole is None else whole + 0.5
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = max(current, 1)
            continue
        if word in UNITS:
            current += UNITS[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif word in MULTIPLIERS:
            current = max(current, 1) * MULTIPLIERS[word]
            if MULTIPLIERS[word] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_ordinal(match: re.Match[str]) -> int:
    """Value of an ordinal match ("21st", "twenty-first", "third")."""
    if match.group("digit"):
        return int(match.group("digit").replace(",", ""))
    tens, _, last = match.group("word").lower().rpartition("-")
    return (UNITS.get(tens, 0) if tens else 0) + ORDINALS[last]
