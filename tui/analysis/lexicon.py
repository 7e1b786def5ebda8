"""Word lists the figure rules share: function words, qualifiers, units and currencies."""

from __future__ import annotations

import re


def words_of(text: str) -> list[str]:
    """The whitespace-separated words of a word list written as one string."""
    return text.split()


FUNCTION_WORDS = frozenset(
    words_of("""a an the and or but nor if because though although whether while when where why how
    what who whom whose which that this these those it its they them their theirs he him his
    she her hers we us our you your i me my one ones other another such than as at by for
    from in into of on onto to with within without about after before between during
    through against among across per via up down out off over under again too very so just
    only even all both each either neither not no yet since until till also still already
    now then there here ago later earlier away back more most less least many much few
    several some any every be is are was were been being am have has had having do does did
    done will would shall should can could may might must get gets got go goes went gone
    come came make made say said says tell told take took see saw seen remain remains
    become became seem seems include includes including like unlike whereas amid despite
    towards toward upon onto per cent percent nearly almost around roughly approximately""")
)

# Nouns a number labels rather than counts: "type 2 diabetes", "phase 3 trials", "gate 12"
LABEL_NOUNS = frozenset(
    words_of("""type phase stage category grade tier level room gate platform article chapter
    page route lane version versions model number no. section clause paragraph flight seat row exit
    junction terminal pier zone""")
)

# People named by a common noun, who may take an age in apposition: "the striker, 31, said"
PERSON_NOUNS = frozenset(
    words_of("""man woman boy girl child teenager student father mother son daughter husband wife
    brother sister grandmother grandfather player striker midfielder defender goalkeeper forward
    captain coach manager driver rider pilot singer actor actress rapper artist author writer
    teacher nurse doctor officer soldier victim suspect defendant survivor resident worker
    farmer owner founder chief executive boss star veteran winger batsman bowler champion""")
)

MONTHS = words_of(
    "January February March April May June July August September October November December"
)
MONTH_ABBREVIATIONS = words_of("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
WEEKDAYS = words_of("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
MONTH_RE = "(?:" + "|".join(MONTHS + [m + r"\.?" for m in MONTH_ABBREVIATIONS]) + ")"

# Phrases right before a number that bound or round it, longest first.
_QUALIFIER_PHRASES = """at least|at most|more than|less than|fewer than|no more than
    |no fewer than|no less than|not more than|nearly|almost|about|around|roughly
    |approximately|approx.|some|over|under|up to|as many as|as much as|as few as|as little as
    |upwards of|close to|just over|as high as|as low as|just under|well over|well under
    |in excess of|a little over|a little under|more or less|exactly|precisely|above|below
    |greater than|higher than|lower than|an estimated|estimated|almost exactly|around about
    |just about|a maximum of|a minimum of|a total of|only|just|barely|a mere|a record|near
    |something like|just after|just before|better than|within|maximum|at or above|at or below
    |as long as|as young as|as old as|as far as|as deep as"""
LEADING_QUALIFIERS = sorted(
    # each line's newline and indent are not part of a phrase ("under", not "under    ")
    (" ".join(phrase.split()) for phrase in _QUALIFIER_PHRASES.split("|")),
    key=len,
    reverse=True,
)
# Words in that list that are hedges or emphasis rather than bounds (kept out of qualifier).
# ("an estimated 5,000" is a qualifier and a hedge both: annotators of news mark it as the
# figure's qualifier, 20 times of 24 in the fixtures, and the claim is still hedged)
NOT_QUALIFIERS = frozenset({"a total of", "only", "just", "a mere"})
NOT_QUALIFIERS |= {"barely", "a record"}
TRAILING_QUALIFIERS = ("or more", "or so", "or higher", "or fewer", "or less", "or above")
TRAILING_QUALIFIERS += ("or over", "and above", "and over", "and up", "plus", "-plus")
# "a 2015 or older MacBook", "children age 12 and older"
TRAILING_QUALIFIERS += ("or older", "or younger", "or later", "or earlier", "and older")

LEADING_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=[\s(\"“]))("
    + "|".join(re.escape(q) for q in LEADING_QUALIFIERS)
    + r")\s+(?:an?\s+)?$",  # "roughly a 20% chance"
    re.IGNORECASE,
)
TRAILING_QUALIFIER_RE = re.compile(
    r"^(?:\s+of\s+[a-z]+)?\s*(" + "|".join(re.escape(q) for q in TRAILING_QUALIFIERS) + r")\b",
    re.IGNORECASE,
)

CURRENCY_SYMBOLS = {
    "US$": "usd",
    "A$": "aud",
    "C$": "cad",
    "NZ$": "nzd",
    "HK$": "hkd",
    "S$": "sgd",
    "R$": "brl",
    "$US": "usd",  # Australian and New Zealand style: "$US200 million", "$A8,800"
    "$A": "aud",
    "$AUD": "aud",
    "$NZ": "nzd",
    "$": "usd",
    "€": "eur",
    "£": "gbp",
    "¥": "jpy",
    "₹": "inr",
    "₩": "krw",
    "₽": "rub",
    "USD": "usd",
    "EUR": "eur",
    "GBP": "gbp",
    "JPY": "jpy",
    "CHF": "chf",
    "Rs": "inr",
    "Rs.": "inr",
}
CURRENCY_WORDS = {
    "dollar": "usd",
    "euro": "eur",
    "pound": "gbp",
    "pounds sterling": "gbp",
    "sterling": "gbp",
    "yen": "jpy",
    "yuan": "cny",
    "renminbi": "cny",
    "rupee": "inr",
    "franc": "chf",
    "rouble": "rub",
    "ruble": "rub",
    "peso": "peso",
    "bolivar": "ves",
    "real": "brl",
    "reais": "brl",
    "won": "krw",
    "dinar": "dinar",
    "riyal": "sar",
    "dirham": "aed",
    "shekel": "ils",
    "lira": "try",
    "naira": "ngn",
    "rupiah": "idr",
    "ringgit": "myr",
    "baht": "thb",
    "rand": "zar",
    "krona": "sek",
    "us dollar": "usd",
    "australian dollar": "aud",
    "canadian dollar": "cad",
    "hong kong dollar": "hkd",
    "singapore dollar": "sgd",
    "new zealand dollar": "nzd",
    "swiss franc": "chf",
    "japanese yen": "jpy",
    "chinese yuan": "cny",
    "indian rupee": "inr",
    "brazilian real": "brl",
    "turkish lira": "try",
    "russian rouble": "rub",
    "mexican peso": "mxn",
    "south african rand": "zar",
    "swedish krona": "sek",
    "norwegian krone": "nok",
    "danish krone": "dkk",
    "kronor": "sek",
    "krone": "krone",
    "kroner": "krone",
    "shilling": "shilling",
    "zloty": "pln",
    "forint": "huf",
    "usd": "usd",
    "eur": "eur",
    "gbp": "gbp",
}
# The currency words that follow a people's adjective ("Swiss francs", "Danish kroner"),
# not "won", which is as often the verb ("the Korean won the match").
CURRENCY_AFTER_PEOPLE = sorted(
    w for w in CURRENCY_WORDS if " " not in w and w not in ("won", "sterling", "usd", "eur", "gbp")
)


def currency_alternation(words: list[str]) -> str:
    """Currency words and their plurals for a pattern: "dollars?", but "yuan", "reais"."""
    return "|".join(w + "s?" if w[-1] not in "sn" else w for w in sorted(words))


CURRENCY_PREFIX_RE = re.compile(
    r"(?:"
    + "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
    + r")\s?$"
)
CURRENCY_WORD_RE = re.compile(
    r"^\s+(?:of\s+)?(" + currency_alternation(list(CURRENCY_WORDS)) + r")\b(?!['’]t\b)",
    re.IGNORECASE,  # (not "2004 won't")
)

TIME_UNITS = words_of("second minute hour day week fortnight month year decade century millennium")
TIME_UNIT_RE = re.compile(
    r"^(?P<sep>-|\s+)(?P<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?"
    r"|decades?|century|centuries|millenni(?:um|a))\b(?!-old)",
    re.IGNORECASE,
)

# Measurement units: the pattern and the unit name reported.
MEASURE_UNITS = {
    r"km|kilomet(?:re|er)s?": "km",
    r"miles?|mi": "mile",
    r"m|met(?:re|er)s?": "m",
    r"cm|centimet(?:re|er)s?": "cm",
    r"mm|millimet(?:re|er)s?": "mm",
    r"ft|feet|foot": "foot",
    r"inch(?:es)?": "inch",
    r"yards?": "yard",
    r"kg|kilos?|kilograms?|kilogrammes?": "kg",
    r"g|grams?|grammes?": "g",
    r"mg|milligrams?": "mg",
    r"lbs?|pounds?": "lb",
    r"ounces?|oz": "ounce",
    r"tonnes?|tons?|t": "tonne",
    r"litres?|liters?|l": "litre",
    r"ml|millilitres?|milliliters?": "ml",
    r"gallons?": "gallon",
    r"barrels?|bbl": "barrel",
    r"bpd|barrels per day": "barrel per day",
    r"acres?": "acre",
    r"hectares?|ha": "hectare",
    r"sq(?:uare)?\.? (?:km|kilomet(?:re|er)s?)|km2|km²": "square km",
    r"sq(?:uare)?\.? (?:miles?|mi)": "square mile",
    r"sq(?:uare)?\.? (?:met(?:re|er)s?|m)|m2|m²": "square m",
    r"sq(?:uare)?\.? (?:feet|ft)": "square foot",
    r"cubic met(?:re|er)s?": "cubic m",
    r"°\s?[CF]|(?<=\d)[CF]|degrees?(?: (?:Celsius|Fahrenheit|centigrade|C|F))?": "degree",
    r"mph|miles per hour": "mph",
    r"km/h|kph|kilomet(?:re|er)s per hour": "km/h",
    r"knots?": "knot",
    # ("87W", "100Wh" written onto the number; not "3170 W. County Road")
    r"[kMGT]W|(?<![\s-])W(?!\.\s?[A-Z])|kilowatts?|megawatts?|gigawatts?|watts?": "watt",
    r"[kMGT]?Wh|kilowatt[- ]hours?|megawatt[- ]hours?|terawatt[- ]hours?": "watt hour",
    r"mAh": "milliamp hour",
    r"MP|megapixels?": "megapixel",
    r"Nm|newton[- ]met(?:re|er)s?": "newton metre",
    r"[kMGT]B|bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?": "byte",
    r"[kMG]bps": "bit per second",
    r"[kKmMgG][hH][zZ]|hertz|kilohertz|megahertz|gigahertz": "hertz",
    r"calories|kcal|cal": "calorie",
    r"volts?|V": "volt",
    r"decibels?|dB": "decibel",
    r"light[- ]years?": "light year",
}
MEASURE_RE = re.compile(
    r"^(?P<sep>-|\s?)(?P<unit>"
    + "|".join(f"(?:{p})" for p in sorted(MEASURE_UNITS, key=len, reverse=True))
    + r")(?![\w])"
)
_MEASURE_COMPILED = [(re.compile(f"(?:{p})$", re.IGNORECASE), n) for p, n in MEASURE_UNITS.items()]


def measure_unit_name(text: str) -> str:
    """The reported unit name for a matched measurement unit."""
    for pattern, name in _MEASURE_COMPILED:
        if pattern.match(text):
            return name
    return text.lower()


IRREGULAR_PLURALS = {
    # plurals in -ses of nouns in -s ("buses", not "buse"; but "houses", "cases" are regular)
    **{f"{w}es": w for w in words_of("bus virus bonus campus census status gas christmas")},
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "cattle": "cattle",
    "data": "data",
    "crew": "crew",
    "troops": "troop",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "series": "series",
    "species": "species",
    "news": "news",
    "aircraft": "aircraft",
    "sheep": "sheep",
    "fish": "fish",
    "deer": "deer",
    "bus": "bus",
    # peoples whose name ends in -i, plural in -is like "crisis" and "tennis", which are none
    **{
        f"{people}s": people
        for people in words_of("""iraqi israeli pakistani saudi yemeni somali nepali kuwaiti
        qatari omani emirati bangladeshi azerbaijani kazakhstani afghani bahraini kashmiri
        punjabi bengali""")
    },
}
ADJECTIVE_WORDS = frozenset(
    words_of("""new old young other additional extra major minor top senior junior former total full
    same last next first small large big huge tiny great key main local foreign domestic
    political human civil civilian military armed innocent unarmed dead wounded injured
    missing fellow private public rival separate different unique individual registered
    eligible active potential real known unknown suspected alleged""")
)
ADJECTIVE_SUFFIXES = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ish")
# nouns in -ing that are no participle: "one thing", "one evening"
NOUNS_IN_ING = frozenset(words_of("thing king ring wing spring string sibling evening morning"))


def singular(word: str) -> str:
    """The singular of a counted noun, lowercase ("prisoners" -> "prisoner")."""
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if "-" in word:
        head, _, tail = word.rpartition("-")
        return f"{head}-{singular(tail)}"
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"  # gunmen, fishermen
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def looks_plural(word: str) -> bool:
    """Whether a lowercase noun reads as plural."""
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return True
    tail = word.rpartition("-")[2]
    if tail.endswith("men") and len(tail) > 4:
        return True
    return len(tail) > 2 and tail.endswith("s") and not tail.endswith(("ss", "us", "is", "'s"))


def looks_adjective(word: str) -> bool:
    """Whether a lowercase word before a noun is probably its modifier."""
    word = word.lower()
    return (
        word in ADJECTIVE_WORDS
        or (word.endswith(("ed", "ing")) and word not in NOUNS_IN_ING)
        or (word.endswith(ADJECTIVE_SUFFIXES) and not looks_plural(word))
    )


# words that make a number part of a name: "the 3rd Battalion", "the 101st Airborne
# Division", "the 9th U.S. Circuit", "the Fifth Amendment"
NUMBERED_NAME_HEADS = (
    r"(?:Battalion|Regiment|Division|Brigade|Fleet|Infantry|Cavalry|Squadron|Corps|Airborne"
    r"|Armou?red|Marines?|Commando|Army|Amendment|Circuit|District|Precinct|Ward)"
)
