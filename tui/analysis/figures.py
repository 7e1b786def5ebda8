"""Figures by rule: every quantity stated with a numeral in digits, words or ordinals.

Pure regular expressions over the text, so figures arrive in milliseconds, before any model
loads. Stages claim spans in order of how specific they are (dates, times, ages, scores,
then numbers with their units, fractions and ordinals); a later stage never overlaps an
earlier one. Numbers that belong to names or codes (COVID-19, F-35, S&P 500, Section 230)
and "one" used as a pronoun are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.analysis import lexicon as lx
from tui.analysis.gazetteer import FEASTS, NATIONALITIES
from tui.analysis.lexicon import words_of
from tui.analysis.numbers import (
    FRACTIONS,
    MULTIPLIERS,
    NUMBER_AT_RE,
    NUMBER_RE,
    ORDINAL_RE,
    SCALE_ABBREVIATIONS,
    UNITS,
    WORDS,
    parse_digits,
    parse_ordinal,
    parse_words,
)
from tui.analysis.sentences import is_sentence_start, sentence_at
from tui.model import Figure


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    kind: str
    value: float | None = None
    unit: str | None = None


_M = lx.MONTH_RE
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_PATTERNS = [
    # "Oct. 5–7", "18-24 November", "March 21 and 22": a run of days, a range
    re.compile(rf"\b{_M}\s+(?P<days>\d{{1,2}}\s?[-–]\s?\d{{1,2}})\b(?![-–/]?\d)"),
    re.compile(  # (not "March 21 and 22 people", nor "June 1 to 30, 2016")
        rf"\b{_M}\s+(?P<days>\d{{1,2}}\s(?:and|to)\s\d{{1,2}})\b(?![-–/.,]?\d|,? \d)"
        r"(?! (?:people|percent|(?!was\b|is\b|has\b|as\b|its\b|this\b)[a-z]+s)\b)"
    ),
    re.compile(rf"\b(?P<days>\d{{1,2}}\s?[-–]\s?\d{{1,2}})\s+(?:of\s+)?{_M}(?![\w])"),
    re.compile(rf"\b{_M}\s+{_DAY}\b(?:,?\s+(?P<year>\d{{4}})\b)?"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_M}(?![\w])(?:,?\s+(?P<year>\d{{4}})\b)?"),
    re.compile(rf"\b{_M}\s+(?:of\s+)?(?P<year>\d{{4}})\b"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"),
    re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\s?[-–/]\s?(?:\d{4}|\d{1,2})\b(?![-–/]?\d)(?!\s*%)"),
    # "in ’91": a year cut to two digits after an apostrophe
    re.compile(r"(?:(?<=\s)|^)['’](?P<short>\d{2})\b(?![s\d’'])"),
    re.compile(r"\b(?:mid|pre|post|early|late)-(?P<year>1[5-9]\d\d|20\d\d)\b"),
    # "the first half of 2025", "the third quarter of 2024": a part of a year
    re.compile(
        r"\b(?:first|second|third|fourth|final|last)\s+(?:half|quarter)\s+of\s+"
        r"(?:(?:the\s+)?(?:financial|fiscal)\s+year\s+)?(?P<year>1[5-9]\d\d|20\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<![\w$£€])(?P<decade>(?:1[5-9]|20)\d0)s\b|(?<![\w])['’](?P<short_decade>\d0)s\b"
    ),
    # "the mid 70s", "the early 80s" (but "in his early 70s" is an age)
    re.compile(r"\b(?:early|mid|late)[ -](?P<short_decade>[2-9]0)s\b"),
    # "the seventies", "the early Nineties" (but "in her sixties" is an age)
    re.compile(
        r"\b(?:the|early|mid|late)[ -](?P<decade_word>twenties|thirties|forties|fifties"
        r"|sixties|seventies|eighties|nineties)\b",
        re.IGNORECASE,
    ),
    # "the 19th century", "the 21st Century": the century's number
    re.compile(r"\b(?P<century>[12]?\d)(?:st|nd|rd|th)[ -][Cc]entury\b(?! [A-Z])"),  # no Fox
]
_DECADE_WORDS = words_of("twenties thirties forties fifties sixties seventies eighties nineties")
_TIME_PATTERNS = [
    re.compile(
        r"(?<![\w.:])\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"
        r"(?:\s?(?:GMT|UTC|BST|CET|ET|EST|EDT|PT|PST|PDT|local time)\b)?"
    ),
    re.compile(
        r"(?<![\w.:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
        r"(?:\s?(?:GMT|UTC|BST|CET|ET|EST|EDT|PT|PST|PDT|local time)\b)?"
    ),
    re.compile(r"\b(?:\d{1,2}|" + "|".join(list(UNITS)[1:13]) + r")\s+o['’]clock\b", re.I),
    re.compile(r"\b[0-2]\d[0-5]\d\s?(?:GMT|UTC|BST|CET|ET|EST|EDT|hrs|hours GMT)\b"),
]
_AGE_PATTERNS = [
    re.compile(rf"(?P<num>{NUMBER_RE.pattern})[\s-]years?[\s-]old\b", re.IGNORECASE),
    # "aged 16 to 18", "aged between 15 and 24": a range of ages
    re.compile(r"\baged\s+(?:between\s+)?(?P<num>\d{1,3})\s?(?:and|to|-|–)\s?\d{1,3}\b"),
    re.compile(r"\b[Aa]ged\s+(?P<num>\d{1,3})\b"),  # ("Aged 31, Abrini was seized")
    # "Jane Smith, 55, said" or "Jane Smith (55)": an age in apposition to a name
    re.compile(r"\b[A-Z][a-z]+(?:, | \()(?P<num>\d{1,3})(?=, |\))"),
    re.compile(r"\bages\s+(?:of\s+)?(?P<num>\d{1,3})\s?(?:and|to|-|–)\s?\d{1,3}\b"),
]
_RECORD_RE = re.compile(r"(?<![\w.,$£€/-])\d{1,3}-\d{1,3}-\d{1,3}(?![\w%/-]|[.,]\d)")
_SCORE_RE = re.compile(r"(?<![\w.,$£€-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w%/-]|[.,]\d|\s?per)")
_WICKETS_RE = re.compile(
    rf"(?<![\w.,$£€/-])(\d{{1,2}}|{'|'.join(list(UNITS)[:11])}) for (\d{{1,3}})"
    r"(?![\w%]|[.,]\d|,? against\b)",
    re.IGNORECASE,
)
_TEAM = r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}"
_RESULT_RE = re.compile(rf"\b{_TEAM} (?P<a>\d{{1,3}}),? {_TEAM} (?P<b>\d{{1,3}})(?![\w.,]\d)")
_SPORT_CUE = re.compile(
    r"\b(?:win|wins|won|beat|beats|beaten|victory|defeat|defeated|lost|loses|loss|draw|drew|"
    r"tied|score|scored|scoreline|lead|led|match|game|final|semi-final|half-time|halftime|"
    r"overtime|innings|goals?|sets?|trailing|trailed|thrashed|edged|routed|clinched|series)\b",
    re.IGNORECASE,
)
_VOTE_BEFORE = re.compile(r"\b(?:passed|approved|rejected|voted|vote of|votes of)(?: by)? $")
_RANGE_LINK = re.compile(
    r"^\s?(?:-|–|—|to|and|or|through)\s?(?=[\d$€£.]|[a-z]+\b)", re.IGNORECASE
)  # ("2012 through 2015", as American writers put it)
_SCALE_AFTER = re.compile(  # "£38 million", "£38million", "13.8-billion-year"
    r"^(?:(?:\s*|-)(?P<word>hundred|thousand|million|billion|trillion|lakh|crore)s?\b|"
    r"\s?(?P<abbr>bn|mn|mln|tn|trn|m|k|b)\b)",
    re.IGNORECASE,
)
_PERCENT_AFTER = re.compile(
    r"^(?:\s?%|\s+per\s?cent\b|\s*percent\b|\s+percentage\s+points?\b|\s?pc\b|\s?pts?\b)",
    re.IGNORECASE,
)
# "$5 a share" is a rate; "$120 million a year earlier" is a past amount
_PER_AFTER = re.compile(
    r"^\s+(?:per|a|an|each)\s+([a-z]+)\b(?!\s+(?:earlier|ago|before|later|previously|on)\b)"
)
_WORD_AFTER = re.compile(r"^\s+([a-z][a-z'’-]*)")
_OF_AFTER = re.compile(
    r"^\s+of\s+(?:(?:its|their|the|his|her|our|these|those|them|[A-Z][\w&-]*['’]s)\s+)?"
)  # ("six of Viacom's 11 board members")
_HYPHEN_WORD = re.compile(r"^-([a-z]+)\b")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_CAPITAL_WORD_BEFORE = re.compile(r"([A-Z][\w&.'’-]*)[ \t]$")  # on the same line
_ALLOWED_SUFFIXES = frozenset(
    words_of("""st nd rd th s am pm bn mn mln tn trn m k b km kg g mg ml l cm mm ft mph kph kw mw gw
    kwh mwh gwh twh gb tb mb kbps mbps gbps bpd x t ha c f p pc bps sec secs mins hr hrs
    ghz mhz khz million billion trillion w wh mah fps mp""")
)
_PRONOUN_ONE_AFTER = frozenset(
    words_of("""of another who that which day way or and to in at on myself yourself
    himself herself itself ourselves themselves""")
)
_PRONOUN_ONE_BEFORE = frozenset(words_of("no any every each the this that which someone another"))
# "a one-game suspension", "a one-time event": one of a unit, as "a four-game streak" is four
# "a one-page letter", "a one-story house", "a one-game ban": one of a thing (not "a one-off",
# "one-way", "one-sided", "one-to-one", "one-two", "one-shots": words of their own)
_ONE_COUNTED = re.compile(
    r"-(?!(?:off|offs|way|sided|to|two|and|on|shots?|liners?|stop|upmanship|size|trick)\b)"
    r"[a-z]{3,}\b(?!-)"
)
# "including one last month": the one of something named before, and when it was
_WHEN_AFTER_ONE = re.compile(
    r"\s+(?:last|next|this)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)\b"
)
_DETERMINER_WORD_BEFORE = re.compile(
    r"\b(?:the|this|that|every|each|which|a|an)\s+[a-z][a-z-]*\s+$", re.IGNORECASE
)
_MINUS_BEFORE = re.compile(r"(?:(?:^|(?<=[\s(\[\"“]))[-−]|\bminus\s+)$", re.IGNORECASE)
_ORDINAL_SKIP_BEFORE = re.compile(r"\b(?:at|firstly)\s$", re.IGNORECASE)  # "at first"
# "the first three defendants": the cardinal after the ordinal carries the figure
_CARDINAL_NEXT = re.compile(
    rf"^\s+(?:\d[\d,.]*|{'|'.join(list(UNITS)[2:21])}|dozen|hundred)\b(?!-)", re.IGNORECASE
)  # but "a third six-year term" is a rank
_PRONOUN_NEXT = re.compile(r"^\s+(?:he|she|they|we|I|you|it|there)\b")  # "First he had"


_DOLLAR_LETTERS = re.compile(r"\$(?:AUD|A|US|NZ)(?=\d)")  # "$A8,800", "$US200 million"


def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text``, in reading order, with value, unit and qualifier."""
    taken = bytearray(len(text))  # 1 where a figure already lies
    found: list[_Candidate] = []

    def claim(candidate: _Candidate) -> None:
        if candidate.end > candidate.start and not _overlaps(taken, candidate.start, candidate.end):
            taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            found.append(candidate)

    # the most specific readings first: "December 25" is a date before "25" is a count
    stages = (
        _dates,
        _times,
        _ages,
        _scores,
        _standings,
        _multiples,
        _distances_and_sizes,
        _fractions,
        _ratios,
        _one_unit,
        _price_fractions,
        _a_decade,
    )
    for stage in stages:
        for candidate in stage(text):
            claim(candidate)
    lettered = (NUMBER_AT_RE.match(text, m.end()) for m in _DOLLAR_LETTERS.finditer(text))
    for match in (*lettered, *NUMBER_RE.finditer(text)):
        if match is None or _overlaps(taken, match.start(), match.end()):
            continue
        candidate = _number(text, match)
        if candidate:
            claim(candidate)
    for candidate in _ordinals(text):
        claim(candidate)
    found = sorted((c for c in found if not _quoted_title(text, c)), key=lambda c: c.start)
    return [_figure(text, c) for c in _joined(text, found)]


def _quoted_title(text: str, c: _Candidate) -> bool:
    """'CBS's "60 Minutes"': a show's or a book's title in quotes, capitalised, no figure."""
    return (
        text[c.start - 1 : c.start] in ('"', "“")
        and text[c.end : c.end + 1] in ('"', "”")
        and bool(re.search(r" [A-Z][a-z]", text[c.start : c.end]))
    )


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_TIME_ORDER = ("hour", "minute", "second")
_CALENDAR_ORDER = ("year", "month", "week", "day")


def _joined(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """Two figures that state one quantity: "between 150 euros and 300 euros" is a range,
    "14 minutes 32.93 seconds" and "two months and 10 days" one duration."""
    out: list[_Candidate] = []
    for c in found:
        if out and text[out[-1].end : c.start] == " per " and c.kind == "count":
            # "a rate of 7.03 per 1,000 passengers": one rate, not a count of passengers
            out[-1] = _Candidate(out[-1].start, c.end, "measure", out[-1].value, c.unit)
            continue
        if out and _part_of_whole(text, out[-1], c):  # "won 12 of 13": twelve, of thirteen
            out[-1] = _Candidate(out[-1].start, c.end, "count", out[-1].value, c.unit)
            continue
        kind = _joined_kind(text, out[-1], c) if out else None
        if kind:
            out[-1] = _Candidate(out[-1].start, c.end, kind, None, out[-1].unit)
        else:
            out.append(c)
    return out


def _part_of_whole(text: str, last: _Candidate, c: _Candidate) -> bool:
    """ "have won 12 of 13", "lost four of five": one count out of a total, no second count."""
    return (
        text[last.end : c.start] in (" of ", " out of ")
        and last.kind == c.kind == "count"
        and last.unit is None
        and last.value is not None
        and c.value is not None
        and last.value <= c.value
    )


def _joined_kind(text: str, last: _Candidate, c: _Candidate) -> str | None:
    """The kind of ``last`` and ``c`` read as one figure, or None when they are two."""
    gap = text[last.end : c.start]
    if (
        gap == " and "
        and last.kind == c.kind
        and last.unit == c.unit
        and _BETWEEN_BEFORE.search(text, max(0, last.start - 9), last.start)
    ):
        return "range" if c.kind == "count" else c.kind
    if (
        gap in (" ", " and ", ", ")
        and last.kind == c.kind == "duration"
        and last.unit in _TIME_ORDER
        and c.unit in _TIME_ORDER
        and _TIME_ORDER.index(last.unit) < _TIME_ORDER.index(c.unit)
    ):
        return "duration"
    if (
        gap == " and "
        and last.kind == c.kind == "duration"
        and last.unit in _CALENDAR_ORDER
        and c.unit in _CALENDAR_ORDER
        and _CALENDAR_ORDER.index(last.unit) < _CALENDAR_ORDER.index(c.unit)
    ):
        return "duration"  # "five years and eight months": one span of time
    if gap in (" to ", "-", "–", " - ", " – ") and last.kind == c.kind == "time":
        return "range"  # "from 8am to 6pm": one stretch of the day
    if (
        gap == " to "
        and last.kind == c.kind == "date"
        and re.search(r"\bfrom\s$", text[max(0, last.start - 5) : last.start])
    ):
        return "range"  # "from November 2013 to July 2014": one stretch of time
    if (
        gap == " to "
        and last.kind == c.kind
        and last.unit == c.unit
        and _RANGE_OF_BEFORE.search(text, max(0, last.start - 12), last.start)
    ):
        return c.kind  # "a range of 0.25 percent to 0.50 percent": one band
    return None


_RANGE_OF_BEFORE = re.compile(r"\brange of\s$")
_DOCKET = re.compile(r"(?<![\w.,-])\d{2}-(?!(?:19|20)\d\d\b)\d{4,5}\b(?![.,-]\d)")


def _overlaps(taken: bytearray, start: int, end: int) -> bool:
    return 1 in taken[start:end]


def _figure(text: str, c: _Candidate) -> Figure:
    return Figure(
        start=c.start,
        end=c.end,
        text=text[c.start : c.end],
        kind=c.kind,
        # "4.1 million" is 4100000, not 4099999.9999999995
        value=None if c.value is None else float(f"{c.value:.12g}"),
        unit=c.unit,
        qualifier=_qualifier(text, c),
    )


def _qualifier(text: str, c: _Candidate) -> str | None:
    found = qualifier_of(text, c.start, c.end)
    if not found and re.match(r"[\d,.]+-odd\b", text[c.start : c.end]):
        return "odd"  # "80-odd": about 80
    bounded = re.search(
        r"\b(?:in|for|of|after|within)\s+(?:over|under|around)\s+$",
        text[max(0, c.start - 20) : c.start],
    )  # "in under an hour", "for over three years": bounds
    if c.kind == "duration" and found in ("over", "under", "around") and not bounded:
        return None  # "spread over three years" is a period, not a bound
    if c.kind == "date" and found in ("over", "under", "below", "above"):
        return None  # "below 2019 levels", "over Christmas"; but "around 1900", "at least 2027"
    part = (
        c.kind == "date" and not found and _PART_BEFORE.search(text, max(0, c.start - 6), c.start)
    )
    if part:
        return part.group(1).lower()  # "in late 2003", "the early Nineties": part of the time
    if c.kind == "date" and found == "about" and c.value is None:
        return None  # "speculation about 5 May": what is said, not a day's rounding
    return found


_PART_BEFORE = re.compile(r"\b(early|mid|late)[ -]$", re.IGNORECASE)
# "talking about one area", "handed over thousands of documents": a preposition, no bound
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:talk|talks|talked|talking|speak|speaks|spoke|speaking|think|thinks|thinking|thought"
    r"|know|knows|knew|care|cares|cared|worry|worried|ask|asks|asked|asking|hear|heard|read"
    r"|write|writes|wrote|writing|complain\w*|jok\w+|argu\w+) about\s+(?:an?\s+)?$"
    r"|\b(?:hand|hands|handed|handing|turn|turns|turned|turning) over\s+(?:an?\s+)?$",
    re.IGNORECASE,
)


_EXTREME_AFTER = re.compile(r"\s+(?:low|high|record|peak|trough)\b")


def qualifier_of(text: str, start: int, end: int) -> str | None:
    """The bounding or rounding phrase right before (or "or more" right after) a figure."""
    before = lx.LEADING_QUALIFIER_RE.search(text[max(0, start - 24) : start])
    if before and _PREPOSITION_BEFORE.search(text[max(0, start - 30) : start]):
        before = None
    if before and _EXTREME_AFTER.match(text, end) and text[start - 2 : start] == "a ":
        before = None  # "near a 43-year low": "near" is the low's, not the span's
    if before and before.group(1).lower() == "estimated":
        opening = max(0, start - 24) + before.start(1)
        if not re.search(r"\bthe\s+$", text[max(0, opening - 8) : opening], re.IGNORECASE):
            before = None  # "the estimated 11 million", but "the firm estimated 500 jobs"
    if before and before.group(1).lower() not in lx.NOT_QUALIFIERS:
        return before.group(1).lower().rstrip(".")
    after = lx.TRAILING_QUALIFIER_RE.match(text[end : end + 32])  # "200MB of traffic or more"
    if after:
        return after.group(1).lower().lstrip("-")
    return None


# --- dates, times, ages, scores -------------------------------------------------------


_AGE_OWNER = re.compile(r"\b(?:his|her|their|its) $")


def _dates(text: str) -> list[_Candidate]:
    out = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            value: float | None = None
            start, unit = m.start(), None
            if groups.get("days"):
                first, last = map(int, re.split(r"\s?[-–]\s?|\s(?:and|to)\s", groups["days"]))
                if not 0 < first < last <= 31:
                    continue  # "May 2-1 win": a score
            if groups.get("year"):  # "July 2024" and "January 23, 1998": the year
                value = float(groups["year"])
                if re.match(r"(?:early|mid|late)-", m.group(), re.IGNORECASE):
                    start = m.start("year")  # "mid-2019": the year, and "mid" bounds it
            elif groups.get("decade"):
                value = float(groups["decade"])
            elif groups.get("century"):
                value, unit = float(groups["century"]), "century"
            elif (groups.get("short_decade") or groups.get("decade_word")) and _AGE_OWNER.search(
                text, max(0, m.start() - 7), m.start()
            ):
                continue  # "in his early 70s", "in her early sixties" are ages
            elif word := groups.get("decade_word"):
                value = 1920.0 + 10 * _DECADE_WORDS.index(word.lower())
                start = m.start("decade_word")  # "the early Nineties": "early" bounds it
            elif groups.get("short") or groups.get("short_decade"):  # "in ’91", "the ’80s"
                short = int(groups.get("short") or groups["short_decade"])
                value = float(short + (2000 if short < 30 else 1900))
                if m.group()[0].isalpha():  # "the early 80s": the decade, and "early" bounds it
                    start = m.start("short_decade")
            kind = "range" if groups.get("days") else "date"
            out.append(_Candidate(start, m.end(), kind, value, unit))
    return out


def _times(text: str) -> list[_Candidate]:
    return [
        _Candidate(m.start(), m.end(), "time") for p in _TIME_PATTERNS for m in p.finditer(text)
    ]


# "the striker, 31, has": an age in apposition to a person named by a common noun
_APPOSITION_AGE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Za-z-]+\s+)?(?P<noun>[a-z]{3,}), (?P<num>\d{1,2})(?=, [a-z])"
)


def _ages(text: str) -> list[_Candidate]:
    out = [
        _Candidate(m.start("num"), m.end("num"), "age", float(m.group("num")), "year")
        for m in _APPOSITION_AGE.finditer(text)
        if 0 < int(m.group("num")) < 120 and m.group("noun") in lx.PERSON_NOUNS
    ]
    for pattern in _AGE_PATTERNS:
        for m in pattern.finditer(text):
            num = m.group("num")
            value = parse_words(num) if num[0].isalpha() else parse_digits(num)
            pair = _TWO_AGES.fullmatch(m.group())
            # "two men, aged 50 and 26": each his own age, no range (but "aged 21 and 144 days")
            if pair and not lx.TIME_UNIT_RE.match(text[m.end() : m.end() + 16]):
                out.append(_Candidate(m.start(), m.start() + pair.end(1), "age", value, "year"))
                second = m.start() + pair.start(2)
                out.append(_Candidate(second, m.end(), "age", float(pair.group(2)), "year"))
                continue
            if re.search(r"\d\s?(?:and|to|-|–)\s?\d", m.group()):
                value = None  # a range of ages: "ages 18 to 24", "aged 16 to 18"
            start = m.start("num") if m.group()[0].isupper() else m.start()
            if m.group().split(",")[0].split(" (")[0] in lx.MONTHS + lx.WEEKDAYS:
                continue  # "in the year to March, 12, the most" is no age
            if start != m.start() and not 0 < (value or 0) < 120:
                continue
            out.append(_Candidate(start, m.end(), "age", value, "year"))
    for m in _DECADE_AGE.finditer(text):  # "in his mid-20s", "in their 40s", "in her sixties"
        word = m["word"]
        value = float(m["num"]) if m["num"] else 20.0 + 10 * _DECADE_WORDS.index(word.lower())
        start = m.start("mid") if m["mid"] else m.start("decade")
        out.append(_Candidate(start, m.end(), "age", value, "year"))
    return out


_TWO_AGES = re.compile(r"aged\s+(\d{1,3})\s+and\s+(\d{1,3})")  # ("aged between 15 and 24")
_DECADE_AGE = re.compile(
    r"\b(?:in|into) (?:his|her|their|its|my|your|our) (?:(?:early|late) )?(?P<mid>mid-)?"
    r"(?P<decade>(?P<num>[1-9]0)s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|nineties))\b",
    re.IGNORECASE,
)


def _scores(text: str) -> list[_Candidate]:
    out = []
    for m in _RECORD_RE.finditer(text):  # "improved to 14-0-1": wins, losses, overtime losses
        first, second, third = m.group().split("-")
        if len(third) == 2 and int(first) <= 12 and int(second) <= 31:
            continue  # "12-31-19": a date written the American way
        out.append(_Candidate(m.start(), m.end(), "score"))
    for m in _SCORE_RE.finditer(text):
        start, end = sentence_at(text, m.start())
        after = text[m.end() : m.end() + 20]
        if lx.TIME_UNIT_RE.match(after) or _looks_counted(after):
            continue
        vote = _VOTE_BEFORE.search(text, max(0, m.start() - 30), m.start()) or re.match(
            r"\s+(?:vote|margin)\b", after
        )  # "the measure passed by 418-2", "a 5-4 vote": a tally
        if vote or _SPORT_CUE.search(text[start:end]):
            out.append(_Candidate(m.start(), m.end(), "score"))
    for m in _WICKETS_RE.finditer(text):  # cricket: "3 for 77", wickets for runs
        first = m.group(1)
        wickets = int(first) if first.isdigit() else UNITS[first.lower()]
        runs = int(m.group(2))
        after = text[m.end() : m.end() + 20]
        counted = _looks_counted(after) or _names_a_unit(after)  # "3 for 10 dollars"
        if wickets <= 10 and (runs > max(wickets, 9) or wickets == 0 < runs) and not counted:
            out.append(_Candidate(m.start(), m.end(), "score"))
    for m in _RESULT_RE.finditer(text):  # a results line: "Italy 1 Brazil 1"
        if re.search(r"\b(?:a|an|the)\s$", text[max(0, m.start() - 4) : m.start()], re.I):
            continue  # "a Boeing 737 Max 9" is a model, not two teams
        if _looks_counted(text[m.end() : m.end() + 20]):
            continue  # "Boeing 737 Max 9 jets"
        if re.match(r",?\s+and\s+[A-Z]", text[m.end() : m.end() + 12]):
            continue  # "Doom 3, Half Life 2 and Halo 2": a list of titles, no results
        out.append(_Candidate(m.start("a"), m.end("a"), "score", float(m.group("a"))))
        out.append(_Candidate(m.start("b"), m.end("b"), "score", float(m.group("b"))))
    return out


_STANDING_RE = re.compile(
    r"\b(?:world|ranked|seeded|the|a|an|its|their|his|her|at|to|as|on)\s+(?P<span>(?:No\.?|number)\s?"
    rf"(?P<num>\d{{1,3}}|{'|'.join(list(UNITS)[1:21])}))\b(?![.,]\d)",
    re.IGNORECASE,
)
# "world tennis number one", "the Kiwi number 10 batsman": lowercase "number" after any word
# (the words before are checked apart: a pattern that opens with a word scans faster)
# "talks at No 10", "No. 10 said": the prime minister's house and office, no rank
_DOWNING_STREET = re.compile(r"(?:No\.?|Number) ?10")
_BARE_STANDING_RE = re.compile(
    rf"\b(?P<span>number (?P<num>\d{{1,3}}|{'|'.join(list(UNITS)[1:21])}))\b(?![.,]\d|-)"
)
_NOT_STANDING_BEFORE = re.compile(
    r"(?:^|[^A-Za-z] |\b(?:[Cc]all|dial|phone|[Ff]ax|flight|serial|route) )$"
)
# "day three" of a match or a trial: a place in a sequence (not "the day two men died")
_DAY_RANK_RE = re.compile(
    rf"\b(?P<span>[Dd]ay (?P<num>\d{{1,2}}|{'|'.join(list(UNITS)[1:11])}))\b(?![-.,]\d|-)"
)
_SERIES_RE = re.compile(
    rf"\b(?:Game |best-of-)(?P<num>\d|{'|'.join(w.title() for w in list(UNITS)[1:10])}"
    rf"|{'|'.join(list(UNITS)[1:10])})\b(?![-.,]\d)"
)
_SCHOOL_YEAR_RE = re.compile(r"\b(?P<span>Year (?P<num>\d{1,2}))\b(?![-.,/]\d)")  # "Year 10"
_QUARTER_RE = re.compile(
    r"\b(?P<span>Q(?P<num>[1-4]))\b(?![-.,/]\d)"
)  # "in Q3": a year's third quarter
_NOT_DAY_RANK_BEFORE = re.compile(r"\b(?:[Oo]ne|[Aa]|[Tt]he|[Ee]very) $")
_MULTIPLE_RE = re.compile(
    r"\b(?P<word>twice|thrice)\s+(?=as\s+(?:much|many)\b|as\s+[a-z]+\s+as\b|the\s+[a-z]+)"
    r"|\b(?P<once>once)\s+(?=(?:a|an|every|per|each)\s+(?:[a-z]+\s+)?(?:day|week|fortnight|"
    r"month|year|decade|hour|minute|season|term)s?\b)",  # "at least once a month"
    re.IGNORECASE,
)


def _standings(text: str) -> list[_Candidate]:
    """ "the world No. 1", "ranked number three", "day four", "Year 10": a place in a
    ranking or a sequence."""
    out = []
    bare = (
        m
        for m in _BARE_STANDING_RE.finditer(text)
        if not _NOT_STANDING_BEFORE.search(text, max(0, m.start() - 8), m.start())
    )
    days = (
        m
        for m in _DAY_RANK_RE.finditer(text)
        if not _NOT_DAY_RANK_BEFORE.search(text, max(0, m.start() - 8), m.start())
    )
    school = _SCHOOL_YEAR_RE.finditer(text)
    quarters = _QUARTER_RE.finditer(text)
    for m in (*_STANDING_RE.finditer(text), *bare, *days, *school, *quarters):
        num = m.group("num")
        if _DOWNING_STREET.fullmatch(m.group("span")):
            continue
        out.append(_Candidate(m.start("span"), m.end("span"), "rank", _numeral(num)))
    for m in _SERIES_RE.finditer(text):  # "Game Seven" of "the best-of-seven NBA Finals"
        kind = "count" if m.group().startswith("best") else "rank"
        out.append(_Candidate(m.start(), m.end(), kind, _numeral(m.group("num")), "game"))
    return out


def _numeral(num: str) -> float | None:
    """ "7", "seven", "Seven": the number a numeral in digits or words states."""
    return parse_digits(num) if num[0].isdigit() else parse_words(num)


def _multiples(text: str) -> list[_Candidate]:
    """ "twice as much water", "twice the size": a multiple, counted as its factor; "once a
    month": how often, counted as one."""
    out = []
    for m in _MULTIPLE_RE.finditer(text):
        if m.group("once"):
            out.append(_Candidate(m.start("once"), m.end("once"), "count", 1.0))
            continue
        out.append(_Candidate(m.start("word"), m.end("word"), "count", _TIMES[m["word"].lower()]))
    for m in _TIMES_RE.finditer(text):  # "raised rates twice this year": two times
        if not re.search(r"\bthink\s+$", text[max(0, m.start() - 8) : m.start()], re.I):
            out.append(_Candidate(m.start(), m.end(), "count", _TIMES[m.group().lower()], "time"))
    return out


_TIMES = {"twice": 2.0, "thrice": 3.0}
_TIMES_RE = re.compile(r"\b(?:twice|thrice)\b", re.IGNORECASE)


_RELAY_RE = re.compile(r"\b\dx\d{2,3}m\b")  # "4x100m"
_PRINT_SIZE_RE = re.compile(r"\b\d{1,2}x\d{1,2}in\b")  # "a 6x4in print"
_RUN_K_RE = re.compile(
    r"\b(?P<num>\d{1,2})K(?=\s+(?:race|run|final|heat|title|record|event|road race)\b)"
)


# "in native 4K", "streams at 1080p", "a 4K-ready Chromecast": a picture's size, not a
# code or pence; "60fps": a frame rate
_RESOLUTION_RE = re.compile(
    r"(?<![\d,.])\b(?:(?P<k>[2458])[Kk](?:-ready)?|(?P<p>240|360|480|576|720|1080|1440|2160|4320)p)\b"
)
_FRAME_RATE_RE = re.compile(r"(?<![\d,.])\b(?P<num>\d{2,3}) ?(?:fps|FPS)\b")


def _distances_and_sizes(text: str) -> list[_Candidate]:
    """ "the 4x100m relay" and "the women's 5K final": distances run, not codes; "a 6x4in
    print", a size; "4K" and "1080p", a picture's size; "60fps", a frame rate."""
    out = [_Candidate(m.start(), m.end(), "measure", None, "m") for m in _RELAY_RE.finditer(text)]
    out += [
        _Candidate(m.start(), m.end(), "measure", None, "inch")
        for m in _PRINT_SIZE_RE.finditer(text)
    ]
    for m in _RUN_K_RE.finditer(text):
        out.append(_Candidate(m.start(), m.end(), "measure", float(m.group("num")), "km"))
    for m in _RESOLUTION_RE.finditer(text):
        if lx.CURRENCY_PREFIX_RE.search(text[max(0, m.start() - 4) : m.start()]):
            continue  # "$4K" is money, "£720p" a typo for pence
        value = float(m.group("k")) * 1000 if m.group("k") else float(m.group("p"))
        out.append(_Candidate(m.start(), m.end(), "measure", value, "pixel"))
    for m in _FRAME_RATE_RE.finditer(text):
        out.append(_Candidate(m.start(), m.end(), "measure", float(m.group("num")), "fps"))
    return out


def _names_a_unit(after: str) -> bool:
    """A unit right after a number: percent, currency, time, measure or scale word."""
    return bool(
        _PERCENT_AFTER.match(after)
        or lx.CURRENCY_WORD_RE.match(after)
        or lx.TIME_UNIT_RE.match(after)
        or lx.MEASURE_RE.match(after)
        or _SCALE_AFTER.match(after)
    )


def _counted_range(text: str, start: int, end: int) -> bool:
    """ "300-400 people": a rising pair of numbers before a plural noun is a range (a model's
    number falls: "787-9 jets")."""
    low, _, high = text[start:end].replace(",", "").partition("-")  # ("250,000-300,000")
    return (
        not text[max(0, start - 1) : start].isalnum()  # (not "A300-600 planes")
        and low.isdigit()
        and high.isdigit()
        and int(low) < int(high)
        and _looks_counted(text[end : end + 30])
    )


def _looks_counted(after: str) -> bool:
    word = _WORD_AFTER.match(after)
    return bool(
        word and lx.looks_plural(word.group(1)) and word.group(1) not in ("points", "goals")
    )


# --- fractions and ordinals -------------------------------------------------------------

_FRACTION_RE = re.compile(
    r"\b(?:(?P<num>one|two|three|four|five|seven|nine|a)[\s-])?"
    r"(?P<frac>half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b"
    # "half a million", "a half-dozen", "a quarter million"
    r"(?:(?:\s+(?:of\s+)?(?:a|an)\s+|[\s-])(?P<mult>dozen|hundred|thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_HALF_NEXT = re.compile(
    r"^\s+(?:of|a|an|the|its|their|his|her|our|all|that|this|those|these)\b", re.IGNORECASE
)


_CHANGE_BEFORE = re.compile(
    r"\b(?:by|rose|fell|grew|jumped|dropped|gained|lost|shrank|climbed|slid|soared|"
    r"plunged|tumbled|slumped|cut|increased|decreased|declined|up|down)\s$"
)


_PERIOD_BEFORE = re.compile(r"\b(?:preceding|previous|past|last|next|coming|first|final)\s$")


def _fractions(text: str) -> list[_Candidate]:
    out = []
    for m in _FRACTION_RE.finditer(text):
        frac = m.group("frac").lower()
        num = (m.group("num") or "").lower()
        after = text[m.end() : m.end() + 12]
        before = text[max(0, m.start() - 12) : m.start()].lower()
        period = re.match(r"-(year|hour|day|month|century)\b", after)
        if period and frac == "half" and num in ("", "a"):  # "AMP's half-year profit"
            out.append(_Candidate(m.start(), m.end() + period.end(), "duration", 0.5, period[1]))
            continue
        point = re.match(r"-(?:percentage-)?point\b", after)
        if point and frac in ("half", "quarter") and num in ("", "a"):
            value = FRACTIONS[frac]  # "a quarter-point cut": a share of one percentage point
            out.append(
                _Candidate(m.start(), m.end() + point.end(), "percent", value, "percentage point")
            )
            continue
        if (
            frac == "quarters"
            and num in UNITS
            and (
                (_PERIOD_BEFORE.search(before) and not after.lstrip().startswith("of"))
                or num not in ("one", "three")  # "two quarters of declining profits": no share
            )
        ):  # "the preceding three quarters": three quarters of a year, not 75%
            out.append(_Candidate(m.start(), m.end(), "duration", float(UNITS[num]), "quarter"))
            continue
        if after.startswith("-") or (
            not num
            and re.search(r"(?:first|second|third|fourth|final|last|the|this|that|each)\s$", before)
        ):  # "the third quarter" of a year, but "found that a quarter of users" is a share
            continue
        titled = m.group()[0].isupper() and not is_sentence_start(text, m.start())
        if titled and re.match(r"\s+[A-Z][a-z]", after):
            continue  # "something like Half Life 2": a name
        if frac.endswith("s") and num in ("", "a") and not m.group("mult"):
            continue  # "two successive quarters": the count is the number before
        if (num == "a" and re.search(r"\band[\s-]$", before)) or (
            num == "" and _NUMBER_AND.search(before)
        ):
            continue  # "five and a half years", "three and half million": the number's own
        # half of one unit: "half an hour", "half a kilometre" (and "half a percent"), or
        # "a half mile", "a half hour"
        unit_at, kinds = None, ("duration", "measure")
        if frac == "half" and num == "" and (article := re.match(r"\s+an?(?=\s)", after)):
            unit_at, kinds = m.end() + article.end(), (*kinds, "percent")
        elif frac == "half" and num == "a":
            unit_at = m.end()
        tail = _unit_after(text, unit_at, 0.5, None) if unit_at is not None else None
        if tail and tail.kind in kinds:
            out.append(_Candidate(m.start(), tail.end, tail.kind, 0.5, tail.unit))
            continue
        if frac.startswith("half"):
            if not (
                m.group("mult") or _HALF_NEXT.match(after) or qualifier_of(text, m.start(), m.end())
            ):
                continue
            numerator = 1.0
        elif num in ("", "a") and not (
            m.group("mult")
            or re.match(r"^\s+(?:of|more|less|fewer|higher|lower|larger|smaller)\b", after)
            or (num == "a" and _CHANGE_BEFORE.search(before))  # "revenue rose a third"
            or (num == "a" and qualifier_of(text, m.start(), m.end()))  # "as much as a fifth"
        ):
            continue
        else:
            numerator = 1.0 if num in ("", "a", "one") else float(UNITS[num])
        value = numerator * FRACTIONS[frac]
        if m.group("mult"):
            value *= MULTIPLIERS[m.group("mult").lower()]
            out.append(_extend_count(text, m.start(), m.end(), value))
        else:
            out.append(_Candidate(m.start(), m.end(), "percent", round(value, 6)))
    return out


_RATIO_RE = re.compile(
    rf"(?<![\w.])(?P<a>\d{{1,2}}|{'|'.join(list(UNITS)[1:11])})[ -](?:in|out of)[ -](?:every )?"
    rf"(?P<b>\d{{1,3}}|{'|'.join(list(UNITS)[2:21])})\b(?![.,]\d)"
    r"(?:\s(?P<scale>thousand|million|billion)\b)?",  # "one in 292 million", the odds
    re.IGNORECASE,
)


def _ratios(text: str) -> list[_Candidate]:
    """ "one in four posts": a share, as a fraction."""
    out = []
    for m in _RATIO_RE.finditer(text):
        a, b = (float(x) if x.isdigit() else UNITS[x.lower()] for x in (m.group("a"), m.group("b")))
        b *= MULTIPLIERS[m.group("scale").lower()] if m.group("scale") else 1
        time_unit = lx.TIME_UNIT_RE.match(text[m.end() : m.end() + 12])
        if not b or a >= b or (time_unit and time_unit.group("sep") != "-"):  # "1-in-100-year"
            continue
        noun = _counted_noun(text, m.end(), None)
        end = noun[0] if noun else m.end()
        out.append(
            _Candidate(m.start(), end, "percent", float(f"{a / b:.6g}"), noun[1] if noun else None)
        )
    return out


_PRICE_FRACTION = re.compile(r"(?<![\w/.-])(?P<n>\d{1,2})/(?P<d>32|64)(?![\w/])")


def _price_fractions(text: str) -> list[_Candidate]:
    """ "Treasury notes lost 11/32 in price": a bond's price moves in 32nds of a point."""
    return [
        _Candidate(m.start(), m.end(), "measure", int(m["n"]) / int(m["d"]), "point")
        for m in _PRICE_FRACTION.finditer(text)
        if int(m["n"]) < int(m["d"])
    ]


_ONE_UNIT_RE = re.compile(
    r"\b[Oo]ne\s+(?P<unit>minute|hour|day|week|fortnight|month|year|decade|century)\b(?![-’'])"
)
_ONE_UNIT_NOT_AFTER = re.compile(
    r"^\s+(?:earlier|later|before|after|or\s+(?:two|so)|and\s+a\s+half|from\b|of\b)"
)
_SPAN_BEFORE_ONE = re.compile(
    r"\b(?:after|for|in|within|over|than|about|nearly|almost|just|only|least|under)\s+$", re.I
)


def _one_unit(text: str) -> list[_Candidate]:
    """ "after one day", "for one week": a duration of one unit, which the count rules leave
    for the pronoun "one"; not "one day" meaning some day, nor "one year later". ("a week"
    has no numeral, so it is no figure.)"""
    out = []
    for m in _ONE_UNIT_RE.finditer(text):
        before = text[max(0, m.start() - 24) : m.start()]
        if _ONE_UNIT_NOT_AFTER.match(text[m.end() : m.end() + 20]):
            continue
        if _SPAN_BEFORE_ONE.search(before):
            out.append(_Candidate(m.start(), m.end(), "duration", 1.0, m.group("unit")))
    return out


def _a_decade(text: str) -> list[_Candidate]:
    """ "for nearly a decade", "more than a century old": one decade or century, which
    annotators take for a duration (47 of 70 in the fixtures), unlike "a year" or "a week"
    (so often a rate: "$5 a year")."""
    return [
        _Candidate(m.start(), m.end(), "duration", 1.0, m.group(1))
        for m in re.finditer(r"(?<!\bof )\b[Aa] (decade|century)\b(?![- ]long\b)", text)
    ]


# "400 Google employees", "2,000 Al Qaeda members": up to three names before the counted noun
# (and a firm's market code: "40,000 Verizon Communications Inc (VZ.N) workers")
_NAMED_PLURAL_AFTER = re.compile(
    r"(?:\s+[A-Z][\w&'’.-]*){1,3}(?:\s+\([\w.]{1,12}\))?\s+(?P<noun>[a-z]+s)\b"
)


def _named_plural(text: str, position: int) -> re.Match[str] | None:
    """The names and plural noun after a number, when the noun is a counted one."""
    named = _NAMED_PLURAL_AFTER.match(text, position)
    if named and lx.looks_plural(named["noun"]) and named["noun"] not in lx.FUNCTION_WORDS:
        return named
    return None


# "120 Gurkhas", "100 Hard Rock Cafes": names ending in a plural, counted like a noun
_CAPITAL_PLURAL_AFTER = re.compile(
    r"(?:\s+[A-Z][\w&'’.-]*){0,2}\s+(?P<noun>(?:[A-Z][a-z]+|[A-Z]{2,})s)\b(?![-'’])(?:\s+(?P<next>[a-z]+))?"
)
# the plural that ends a firm's or an event's own name: "Cathay Airways", "the Games"
_NAME_PLURALS = frozenset(
    words_of("""Holdings Industries Systems Communications Networks Airlines Airways Motors
    Partners Technologies Solutions Services Games Studios Records Sports News Series Olympics
    Awards Times Laboratories Labs Pictures Brothers Sisters Associates Resources Enterprises""")
)
_SINGULAR_NAMES_IN_AS = frozenset(
    words_of("Hamas Texas Kansas Arkansas Christmas Caracas Vegas Honduras Dallas Douglas Thomas")
)


def _capital_plural(text: str, position: int) -> re.Match[str] | None:
    """The capitalised names after a number when they end in a plural they count."""
    if re.search(r"(?<![\d,.])(?:1[5-9]|20)\d\d$", text[max(0, position - 5) : position]):
        return None  # "In 2005 Brits spent": a year, then its sentence's subject
    named = _CAPITAL_PLURAL_AFTER.match(text, position)
    noun = named["noun"] if named else ""
    if (
        named
        and lx.looks_plural(noun.lower())
        and not noun.endswith(("is", "us", "ss"))  # "Paris", "Congress"
        and noun not in _SINGULAR_NAMES_IN_AS
        and noun not in _NAME_PLURALS
        # "two United States fighter jets" count jets
        and (named["next"] is None or named["next"] in lx.FUNCTION_WORDS)
    ):
        return named
    return None


# "the 3rd Battalion", "the 101st Airborne Division": a military unit's name
_UNIT_NAME_AFTER = re.compile(rf"^\s+{lx.NUMBERED_NAME_HEADS}\b")
_NAME_AFTER = re.compile(r"\s+[A-Z][\w.&'’-]*\s+(?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*")
# "the 7th Amsterdam Light Festival": an event's edition is a rank
_EVENT_END = re.compile(r"\b(?:Festival|Awards?|Summit|Conference|Congress|Games|Biennale)$")
_STREET_AFTER = re.compile(
    r"\s+(?:Avenue|Ave|Street|St|Road|Rd)\b"
    r"|\s+and\s+(?:[A-Z]|\d+(?:st|nd|rd|th))\w*\s+[Ss]treets\b"  # "17th and E streets"
)


_PUT_FIRST = re.compile(
    r"\bput(?:s|ting)?\s+(?:[\w'’]+\s+){0,2}(?!(?:the|a|an|its|their|his|her|our)\s)[\w'’]+\s+$",
    re.IGNORECASE,
)  # "put parents first", but "put the first woman on the Moon" ranks her
_EVERY_SECOND = re.compile(r"\b(?:every|each|a)\s+second(?=\s*[.,;:)]|\s+(?:to|of|for)\b)")


_FIRST_TIME_NOUN = re.compile(r"[- ]time ([a-z]+)\b")


def _first_time_noun(text: str, start: int, end: int) -> bool:
    """ "first time buyers" with its hyphen lost, not "the first time researchers have"."""
    noun = _FIRST_TIME_NOUN.match(text, end)
    return bool(
        noun
        and lx.looks_plural(noun.group(1))
        and noun.group(1) not in lx.FUNCTION_WORDS
        and not re.search(r"\bthe\s$", text[max(0, start - 5) : start], re.IGNORECASE)
    )


def _ordinals(text: str) -> list[_Candidate]:
    out = []
    for m in ORDINAL_RE.finditer(text):
        word = m.group()
        after = text[m.end() : m.end() + 12]
        skip_before = _ORDINAL_SKIP_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
        if (skip_before and word.lower() == "first") or _CARDINAL_NEXT.match(after):
            continue
        if word.lower() == "first" and _PUT_FIRST.search(text, max(0, m.start() - 40), m.start()):
            continue  # "put parents first": before all else, no rank
        if word.lower() == "second" and _EVERY_SECOND.search(text, m.start() - 6, m.end() + 8):
            continue  # "pulses every second to carry data": a unit of time
        if word.lower() == "first" and _first_time_noun(text, m.start(), m.end()):
            continue  # "help first time buyers": a kind of buyer, no rank
        # ("first-ever" is a rank: the first of all)
        skip_suffixes = ("-hand", "-rate", "-class", "-party", "-person", "-time", "-degree")
        skip_suffixes += ("-of-a",)  # "per tenth-of-a-liter": a fraction of a unit
        idiom = re.match(r"\s+(?:of all|and foremost)\b", text[m.end() : m.end() + 16])
        if after.startswith(skip_suffixes) or idiom or _is_idiom(text, m.start(), m.end()):
            continue
        # "Second World War", "First Lady"; a sentence-initial "First," is a discourse marker
        capitalised = word[0].isupper() and not m.group("digit")
        listed = re.match(r"\s+[a-z]", after) and re.search(r":\s$", text[: m.start()][-2:])
        if capitalised and (
            not (is_sentence_start(text, m.start()) or listed)  # "(Group A): Seventh appearance"
            or after.startswith(",")
            or _PRONOUN_NEXT.match(after)
            or re.match(r"\s+[A-Z][a-z]", after)  # "Twentieth Century Fox is ..."
        ):
            continue
        if m.group("digit") and _STREET_AFTER.match(text, m.end()):
            continue  # "Fort Worth's 6th Avenue": an address
        named = _NAME_AFTER.match(text, m.end())
        edition = named and _EVENT_END.search(named.group().rstrip("."))
        if m.group("digit") and ((named and not edition) or _UNIT_NAME_AFTER.match(after)):
            continue  # part of a name: "20th Century Studios", "the 9th U.S. Circuit"
        if re.match(r"\s+(?:minister|lady|secretary)\b", after, re.IGNORECASE) and not m.group(
            "digit"
        ):
            continue  # "Scotland's first minister": a title, no rank
        per = re.search(r"\bper\s+$", text[max(0, m.start() - 5) : m.start()])
        if word.lower() == "second" and (per or _rate_of(text, m.start())):
            continue  # "75 megabits per second", "30 frames a second": a unit of time
        the_second = re.search(r"\bthe\s+$", text[max(0, m.start() - 6) : m.start()])
        named_next = the_second and re.match(r"^\s+[A-Z][a-z]", after)  # "the second Test"
        people = _nationality_after(text, m.end())  # "a second Iranian official"
        if word.lower() == "second" and not (
            re.match(r"^(?:\s+|-)[a-z]", after)
            or named_next
            or people
            or _second_of_a_name(text, m.start(), after)
        ):
            continue
        out.append(_Candidate(m.start(), m.end(), "rank", float(parse_ordinal(m))))
    return out


def _second_of_a_name(text: str, start: int, after: str) -> bool:
    """ "a second UN resolution", "her second Hopman Cup title", "finished second", "rejected
    the second.": the rank of something named or told of, not "wait a second"."""
    before = text[max(0, start - 12) : start]
    owned = re.search(r"\b(?:a|the|their|her|his|its|our|my|your|this)\s+$", before, re.I)
    if owned and re.match(r"\s+[A-Z]", after):
        return True
    if re.search(r"\b(?:was|finished|finish|came|placed|ended|is)\s+$", before):
        return bool(re.match(r"[.,;]", after))
    return bool(re.search(r"\bthe\s+$", before) and re.match(r"[.,;]", after))


_A_BEFORE = re.compile(r"\b([a-z]+) a $")


def _rate_of(text: str, position: int) -> bool:
    """ "30 frames a second": a count per unit of time (but "as a second year" is a rank)."""
    word = _A_BEFORE.search(text, max(0, position - 20), position)
    return bool(word and lx.looks_plural(word.group(1)) and word.group(1) not in lx.FUNCTION_WORDS)


# --- numbers with units -------------------------------------------------------------------


_PHONE = re.compile(
    r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|ring|phone|text|on|number|tel\.?|line)\s+"
    r"(?:\+?\d[\d ()-]{1,16}\d|\d{3})\b(?!\s+[a-z]+s\b)"  # not "called 300 witnesses"
    r"|(?<![\d.,])(?:\+\d{1,3}[ -]?)?\(?0\d{2,4}\)?[ -]\d{3,4}[ -]?\d{3,4}(?![\d.,])"
    r"|(?<![\w+])\+\d{1,3} (?:\(0\))?\d[\d ()-]{5,18}\d"  # "+49 (0)40 890 85-433"
    r"|\b(?:911|999)(?= (?:calls?|operators?|dispatchers?)\b)",  # "receiving 911 calls"
    re.IGNORECASE,
)


def _in_phone_number(text: str, start: int, end: int) -> bool:
    phones = _PHONE.finditer(text, max(0, start - 24), min(len(text), end + 24))
    return any(phone.start() <= start and end <= phone.end() for phone in phones)


_PLURAL_TIME_AFTER = re.compile(r"\s(?:seconds|minutes|hours|days|weeks|months|years|decades)\b")
_IDIOM = re.compile(  # "a thing or two", "a one-two", "go one better"
    r"\bone-two\b|(?<=\bthing or )two\b|(?:(?<=\bgo )|(?<=\bwent )|(?<=\bgoing ))one(?= better\b)"
    r"|(?<=\b[Aa]t )one(?= point\b)|(?<=\ball but )one\b"
    # compounds that lost their hyphen: "first hand accounts", "a one stop shop"
    r"|\bfirst(?= hand\b)|\bone(?= stop shop| stop['’]| trick pony)|(?<=\bin )one(?= piece\b)"
    r"|\b(?:first|third)(?= person (?:accounts?|shooters?|perspective|narratives?|view(?:ed)?)\b)"
    r"|(?<=\bthe )second(?= (?:you|I|he|she|we|they|it)\b)"  # "the second you appear"
    r"|(?<!\bthe )\bthird(?= part(?:y|ies)\b)|\bzero(?= tolerance\b)|\btwo(?= bit\b)"
    r"|(?<=\bto )one(?= side\b)|(?<=\bin )one(?= go\b)"  # "put it to one side", "in one go"
    r"|\b[Ss]econd(?= thoughts?\b| nature\b|[ -]guess)"  # "had second thoughts"
    r"|\beleventh(?= hour\b)"  # "at the eleventh hour": at the last moment
    r"|(?<=\bfor )six\b(?=\W*$|[.,;:!?\"”])|(?<=\bsome )one\b"  # "knocked for six", "some one"
    # "in the first place" (to begin with), "first names" (given names), "sixth form" (a school's
    # last two years)
    r"|(?<=\bin the )first(?= place\b)|\bfirst(?= names?\b)|\bsixth(?=[ -]form)"
    r"|\bzero(?= in(?:g)? on\b)"  # "trying to zero in on the cause": a verb
    r"|\bfirst(?=-come\b|-served?\b)"  # "first-come, first-served": an order of service
    # "one country, two systems": Hong Kong's constitutional formula, a name
    r"|\bone(?= country, two systems\b)|(?<=\bone country, )two(?= systems\b)"
    r"|\b(?:nine|eleven|ten)(?=-dash(?:ed)?[- ]line\b)"  # China's sea claim, a name
    r"|\b7(?=-Eleven\b)",  # the shops' name
    re.IGNORECASE,
)


def _is_idiom(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` opens an idiom (read from the number itself, so that
    "two first hand accounts" keeps its "two")."""
    return _IDIOM.match(text, start, end + 24) is not None


# what joins two figures with their own units: "% to 20%", " to £1,690"
_PAIR_LINK = re.compile(r"%?\s?(?:to|-|–)\s?[$€£]?")
_LAW_OF_BEFORE = re.compile(r"\b(?:Act|Law|Code|Treaty|Convention|War|Battle|Panic) of\s$")


_MACHINE_AFTER = re.compile(
    r"\s(?:jet|jetliner|airliner|plane|jumbo|freighter|helicopter|bomber|rifle|pistol|"
    r"locomotive|sedan|coupe|phone|handset|smartphone|camcorder)\b(?!s)"
)


_DISTANCE_AFTER = re.compile(
    r"\s?(?:km|kilometres?|kilometers?|miles?)\b"
)  # not "Economy 7 meters"
_COMPASS_PEOPLE = re.compile(r" (?:North|South|East|West) [A-Z][a-z]+(?:ese|ans|s)\b")
# "section 6B (4)", "Article 5(1)": a subsection's number in brackets after a code
_SUBSECTION = re.compile(r"\d[A-Za-z]? ?\($")
# "binge eating (2).", "weight loss (10, 11).": numbered references to a list of studies
_CITATION = re.compile(r"[a-z%] \((?:\d{1,3}, ?)*\d{1,3}\)(?=[.;:]|\n|$)")
_CITATION_OPEN = re.compile(r"[a-z%] \((?:\d{1,3}, ?)*$")


# a count right before a model's number: "400 737 Max jets", "five 787 Dreamliner sales"
_COUNT_BEFORE = re.compile(rf"(?:\d|\b(?:{'|'.join(list(UNITS)[2:21])}))\s$", re.IGNORECASE)
_HEADING_REST = re.compile(r" [A-Z][^\n.!?:;,]{2,80}\n")  # the rest of a heading's line
_ADDRESS_AFTER = re.compile(
    r" (?:[NSEW]\.? )?(?:[A-Z][a-z]+ ){1,2}"
    r"(?:Street|Road|Avenue|Lane|Square|Terrace|Place|Drive|Boulevard|St|Rd|Ave|Blvd)\b"
)  # "10 Downing Street", "3170 W. County Road 600S"


def _cited(text: str, start: int) -> bool:
    opening = _CITATION_OPEN.search(text, max(0, start - 24), start)
    return bool(opening and _CITATION.match(text, opening.start()))


_JETLINER = re.compile(
    r"(?:-?\s?(?:Max|MAX)\b|[xX]\b|-\d|-scale\b|-?\s(?:jets?|planes?|aircraft|(?:jet)?airliners?"
    r"|jetliners?|Dreamliners?|freighters?|widebod(?:y|ies)|program(?:me)?s?|fleets?)\b"
    r"|-\s+and\s+7[0-8]7)"
)


_NUMBER_AND = re.compile(rf"(?:\b{WORDS}|\d)[\s-]and[\s-]$", re.IGNORECASE)  # "three and "
_NUMBER_RUN = re.compile(r"(?<![\d,.])\d{1,2}(?: \d{1,2}){3,}(?![\d,.])")


def _in_number_run(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` is one of four or more bare numbers in a row."""
    if not (
        re.match(r" \d", text[end : end + 2]) or re.search(r"\d $", text[max(0, start - 2) : start])
    ):
        return False  # (no number beside it: no line to read, as for nearly every figure)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    runs = _NUMBER_RUN.finditer(text, line_start, line_end)
    return any(hit.start() <= start < hit.end() for hit in runs)


def _is_code(text: str, start: int, end: int, digits: bool) -> bool:
    """Numbers that are part of names or codes: COVID-19, F-35, G7, S&P 500, 787-9, Section 230."""
    before = text[max(0, start - 2) : start]
    if _is_label(text, start, end):
        return True
    if digits and text[end : end + 1] == ")" and _SUBSECTION.search(text, max(0, start - 4), start):
        return True
    if _LAW_OF_BEFORE.search(text[max(0, start - 12) : start]):
        return True  # "the Investment Company Act of 1940", "the War of 1812": in the name
    if digits and _in_phone_number(text, start, end):
        return True  # "call 0800 555 111", "dial 101": a number to ring, no quantity
    if re.match(r"-(?:way|plus)\b", text[end : end + 6]) or _is_idiom(text, start, end):
        return True  # "two-way trade", "two-plus-two talks", "a one-two punch"
    if digits and (re.match(r"[+=]\d", text[end : end + 2]) or re.search(r"\d[+=]$", before)):
        return True  # "a blackboard reading 2+2=5": a sum, no quantity
    if digits and re.fullmatch(r"0\d{2,}", text[start:end]):
        return True  # "056", "0800": a code or a number to dial, no quantity
    if digits and _in_number_run(text, start, end):
        return True  # "The winning numbers were 08 27 34 04 19": a draw, no quantities
    priced = lx.CURRENCY_PREFIX_RE.search(text[max(0, start - 4) : start])  # "$A8,800"
    if (before[-1:].isalpha() and not priced) or before[-1:] in ("#", "/", "_", "^", "."):
        return True
    after = text[end : end + 8]
    if digits and (
        re.match(r"\^|\.\d|[A-Za-z]+\d", after) or (re.match(r"K\b", after) and not priced)
    ):
        return True  # 10^5, version 1.8.3, 0x08, a 4K display (but "$449K" is money)
    if digits and before[-1:] == "[" and after[:1] == "]":
        return True  # a citation mark: "per shift [1]"
    if digits and re.match(r"\.[A-Z]{1,2}\b", after):
        return True  # a market code: "Honda Motor Co (7267.T)", "Samsung (005930.KS)"
    docket = _DOCKET.search(text, max(0, start - 3), end + 6) if digits else None
    if docket and docket.start() <= start and end <= docket.end():
        return True  # a court's docket number: "No. 15-1171", "Rasier LLC, 14-5615"
    if digits and before[-1:] == "<" and re.match(r"[\w#.:=^-]*>", text[end : end + 16]):
        return True  # a Reuters chain code: "Fed funds futures <0#FF:>"
    if digits and re.fullmatch(r"7[0-8]7", text[start:end]) and _JETLINER.match(text, end):
        return True  # "737 Max jets", "747-scale aircraft", "777 planes": Boeing's models
    if digits and re.match(r"s\b", after) and text[end - 1] != "0" and end - start >= 3:
        return True  # a model's plural: "a fleet of 737s" (not "the 1990s", "under 18s")
    if digits and before[-1:] in ("(", " ") and _cited(text, start):
        return True  # a numbered reference: "a higher risk of binge eating (2)."
    if (
        digits
        and re.match(r"M\b", after)
        and end - start >= 3
        and _CAPITAL_WORD_BEFORE.search(text, max(0, start - 20), start)
    ):
        return True  # "Radeon Pro 5300M": a model, no millions
    numbered = re.search(r"(?:^|[:.!?]\s*)$", text[max(0, start - 3) : start])
    if digits and end - start <= 2 and re.match(r"\)\s+[A-Z]", after) and numbered:
        return True  # a numbered point: "facts of this threat: 1) If these ..."
    if digits and _ADDRESS_AFTER.match(text, end):
        return True  # "10 Downing Street": a house number, no quantity
    if (
        digits
        and end - start >= 3
        and re.match(r" [A-Z]", text[end : end + 2])
        and _COUNT_BEFORE.search(text, max(0, start - 8), start)
    ):
        return True  # "400 737 Max jets": a count, then a model's number
    if digits and (re.match(r" Under \d", after) or re.search(r"\d Under $", text[:start][-9:])):
        return True  # "a 40 Under 40 recipient": a list's name
    if digits and text[end : end + 3] == "(k)":
        return True  # "a 401(k) plan": a pension account's name, from its tax code
    if text[start:end] == "10" and re.search(r"\bNo\.? ?$", text[max(0, start - 4) : start]):
        return True  # "No 10 said": Downing Street
    at_line_start = start == 0 or text[start - 1] == "\n"
    if digits and end - start <= 2 and at_line_start and _HEADING_REST.match(text, end):
        return True  # a numbered section heading: "3 The Undersea Information Highway"
    named = re.search(r"\b([A-Z][a-z]+) No\. ?$", text[max(0, start - 16) : start])
    if digits and named and named.group(1).lower() not in lx.FUNCTION_WORDS:
        return True  # "Water Tunnel No. 3", "Composition No. 14": a name's number
    if digits and end - start <= 2 and re.match(r"\.\s+[\"“]?[A-Z]", after):
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip() or text[:start].rstrip().endswith(":"):
            return True  # a numbered list: "1. Finland"
    if before[-1:] in ("-", "‑") and before[:1].isalpha():
        return True
    suffix = re.match(r"[A-Za-z]+", after)
    if (
        digits
        and suffix
        and (suffix.group().lower() not in _ALLOWED_SUFFIXES or suffix.group() in ("G", "D", "S"))
    ):
        return True
    model = re.match(r"^-\d+(?:,\d{3})*", text[end : end + 16])
    if (
        digits
        and model
        and end - start >= 3
        and not _unit_next(text, end + model.end())
        and not _counted_range(text, start, end + model.end())
    ):
        return True  # 787-9, but not "120-130km/h" of winds nor "300-400 people"
    if digits and re.match(r"^/\d", after):
        return True  # 24/7, 9/11
    ranged = digits and re.search(r"\d{3,}-$", text[max(0, start - 6) : start])
    low = max(0, start - 6) + ranged.start() if ranged else start
    if ranged and not _unit_next(text, end) and not _counted_range(text, low, end):
        return True
    if (
        digits
        and end - start in (3, 4)
        and not _YEAR.fullmatch(text, start, end)  # "her 2003 phone"
        and _MACHINE_AFTER.match(text, end)
        and re.search(
            r"(?:^|\s)(?:the|a|an|their|his|her|its|your|my) $",
            text[max(0, start - 7) : start],
            re.IGNORECASE,
        )
    ):
        return True  # "the 767 jetliner", "their 7610 phone": a model, one machine
    model = re.match(r" ([A-Z][a-z]+)\b(?: ([a-z]+))?", text[end : end + 40])  # "the 737 Max"
    if model and model.group(2) and model.group(2) not in lx.FUNCTION_WORDS:
        model = None if lx.looks_plural(model.group(2)) else model  # "400 Google employees"
    if model and (_named_plural(text, end) or _capital_plural(text, end)):
        model = None  # "2,000 Al Qaeda members", "120 Gurkhas": what the number counts
    if (
        digits
        and model
        and not priced  # "the $1,000 Meta Quest Pro" is a price
        and not _THOUSANDS.fullmatch(text, start, end)  # "198,000 Model 3 orders": no model's
        and end - start >= 3
        and not re.fullmatch(r"1[5-9]\d\d|20\d\d", text[start:end])
        and model.group(1) not in NATIONALITIES
        and not _COMPASS_PEOPLE.match(text, end)  # "200,000 East Timorese"
        and model.group(1) not in lx.MONTHS + lx.WEEKDAYS
        and model.group(1).lower() not in lx.FUNCTION_WORDS
        and not lx.CURRENCY_WORD_RE.match(text[end : end + 24])  # "49.95 Euro"
        and not lx.MEASURE_RE.match(after)  # "197 Nm of torque"
    ):
        return True
    # ("in Scotland 53,000": no name's number is written in thousands)
    in_thousands = _THOUSANDS.fullmatch(text, start, end)
    name = None if in_thousands else _CAPITAL_WORD_BEFORE.search(text[max(0, start - 30) : start])
    scale = text[start:end].lower() in MULTIPLIERS  # "his fourth Test hundred" is a century
    if name and not digits and text[start].islower() and not scale:
        name = None  # "gave Blair two election victories": a name writes "Formula One"
    if name and not name.group(1).endswith("."):  # a word ending the previous sentence
        word = name.group(1).rstrip(".").lower()
        if (
            word not in lx.FUNCTION_WORDS
            and word.capitalize() not in lx.MONTHS + lx.WEEKDAYS
            and word not in (m.lower() for m in lx.MONTH_ABBREVIATIONS)
            and not name.group(1).endswith(("'s", "’s", "s'"))
            and not re.match(r"^\s?(?:%|per\s?cent|percent)", after, re.IGNORECASE)
            and not lx.LEADING_QUALIFIER_RE.search(text[max(0, start - 24) : start])
            and word.upper() not in lx.CURRENCY_SYMBOLS
            and name.group(1) not in lx.CURRENCY_SYMBOLS  # "pay Rs 300"
            and not _SCALE_AFTER.match(after)
            and not (digits and _DISTANCE_AFTER.match(after))  # "the Run London 10km race"
            and not (digits and _attached_unit(after))  # "Cordoba 42.8C"
            and not re.match(
                r"-(?:year|month|week|day|hour|minute)\b", after
            )  # "Benchmark 10-year"
            # "in Gqeberha four years ago", "the General Assembly 18 months ago"
            and not _PLURAL_TIME_AFTER.match(text, end)
            and (digits or not lx.TIME_UNIT_RE.match(after))
            and not _year_after_name(text, start, end)
            and not _opening_verb(text, max(0, start - 30) + name.start(1), word)
            and not is_sentence_start(text, start)  # "WASHINGTON Eight automakers said"
        ):
            return True
    return False


def _unit_next(text: str, position: int) -> bool:
    """A measure's unit right after ``position``, written on or after a space ("130km/h",
    "130 km"); one after a hyphen does not count."""
    measured = lx.MEASURE_RE.match(text[position : position + 24])
    return bool(measured and measured.group("sep") != "-")


def _attached_unit(after: str) -> bool:
    """A measure's unit written onto the number ("42.8C", "10km", "22-inch"), which no name
    carries."""
    measured = lx.MEASURE_RE.match(after)
    onto = measured and measured.group("sep") in ("", "-")
    return bool(onto) or bool(re.match(r"°?[CF]\b", after))


def _opening_verb(text: str, position: int, word: str) -> bool:
    """ "Amassing 19 kills", "Adjusted 2 percent": a sentence opening with a verb or an adverb,
    not a name the number belongs to ("Windows 10")."""
    return (
        len(word) > 5 and word.endswith(("ing", "ed", "ly")) and is_sentence_start(text, position)
    )


_SEASONS = frozenset(words_of("Spring Summer Autumn Fall Winter")) | FEASTS


def _year_after_name(text: str, start: int, end: int) -> bool:
    """ "Christmas 2004", "by Spring 2005": a season's or a feast's year, a date. After any
    other name the year is part of the name ("Windows 2000", "Euro 2004", "Fifa 2005")."""
    name = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(
        name and re.fullmatch(r"(?:19|20)\d\d", text[start:end]) and name.group(1) in _SEASONS
    )


def _is_label(text: str, start: int, end: int) -> bool:
    """A number naming a kind or place, not a quantity: "type 2 diabetes", "phase 3", "gate 12"."""
    label = re.search(r"(?<![\w-])([a-z]+\.?)\s$", text[max(0, start - 16) : start])
    if not label or label.group(1) not in lx.LABEL_NOUNS:
        return False
    after = text[end : end + 40]
    if re.match(r"[A-Z]\b", after):
        return True  # "section 6B", "gate 4A"
    return not _names_a_unit(after)  # "a water level 4 metres higher"


def _value_of(match: re.Match[str]) -> float | None:
    value = None
    if match.group("digits"):
        value = parse_digits(match.group("digits"))
    elif match.group("words"):
        value = parse_words(match.group("words"))
    if value is not None and match.group("half"):
        value += 0.5  # "five and a half years"
    return value


_SINGULAR_IN_S = frozenset(words_of("series species news means headquarters gas lens canvas atlas"))


# "one U.S. official", "one U.N. administration official": a country's or a body's
# abbreviation, then the counted noun (a word before it may qualify it)
_COUNTRY_NOUN = re.compile(
    r"\s+(?:U\.S\.|U\.N\.|U\.K\.|E\.U\.|US|UN|UK|EU)\s+(?:[a-z]+\s+)?"
    r"(?P<noun>official|diplomat|soldier|lawmaker|senator|source|officer|citizen|envoy"
    r"|negotiator|agent|prosecutor|judge|investigator|analyst|executive|worker|company|firm)\b"
)


def _nationality_after(text: str, end: int) -> re.Match[str] | None:
    """ "one Norwegian", "one Briton": a person of a nation."""
    person = re.match(r"\s+([A-Z][a-z]+)\b(?!-)", text[end : end + 40])
    return person if person and person.group(1) in NATIONALITIES else None


def _verb_after_one(word: str) -> bool:
    """ "One prohibits them": a verb, since "one" counts no plural noun."""
    # (not "One police officer", "one women's group": no verb ends that way)
    return (
        word.islower()
        and lx.looks_plural(word)
        and word not in _SINGULAR_IN_S
        and word not in lx.IRREGULAR_PLURALS
    )


def _one_thing_idiom(text: str, end: int) -> bool:
    """ "It's one thing taking pictures", "said one thing ... and another": no count, unlike
    "agree on one thing"."""
    rest = re.split(r"[.!?]", text[end : end + 100], maxsplit=1)[0]
    return bool(re.match(r"\s+thing\s+(?:to\b|\w+ing\b)", rest) or re.search(r"\banother\b", rest))


_AT_ONE_STAGE = re.compile(r"(?i:at) one (?:point|stage|juncture|moment|time)\b")
# "One worked as", "One wiped away tears": a past-tense verb and its particle or object
_ONE_DID = re.compile(
    r"\s+[a-z]+ed\s+(?:as|away|up|out|off|back|down|in|on|at|to|for|with|the|a|an|his|her|"
    r"their|its)\b"
)


def _is_pronoun_one(text: str, match: re.Match[str]) -> bool:
    if match.group("words") is None or match.group("words").lower() != "one":
        return False
    after = _WORD_AFTER.match(text[match.end() : match.end() + 20])
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, match.start() - 16) : match.start()])
    if text[match.end() : match.end() + 1] == "-" and lx.TIME_UNIT_RE.match(
        text[match.end() : match.end() + 14]
    ):
        return False  # "the one-year sentence": a duration, whatever stands before it
    if before and before.group(1).lower() in _PRONOUN_ONE_BEFORE:
        return True
    if _AT_ONE_STAGE.match(text, max(0, match.start() - 3)) and before:
        return True  # "at one point", "at one stage": once, some time, no count
    if _ONE_DID.match(text, match.end()):
        return True  # "One worked as a delivery man": someone, told of before
    if _DETERMINER_WORD_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
        return True  # "the middle one", "the only one"
    if text[match.end() : match.end() + 1] == "-":
        unit = lx.TIME_UNIT_RE.match(text[match.end() : match.end() + 14])
        return not (unit or _ONE_COUNTED.match(text, match.end()))
    if after and after.group(1).lower() == "thing":
        return _one_thing_idiom(text, match.end())
    if _WHEN_AFTER_ONE.match(text, match.end()):
        return True
    if _nationality_after(text, match.end()) or _COUNTRY_NOUN.match(text, match.end()):
        return False  # "along with one Norwegian", "One U.S. official said": a person counted
    if re.match(r"\s+day\s+(?:later|earlier|after|before)\b", text[match.end() : match.end() + 20]):
        return False  # "One day later": a day's time, not "one day" as in some day
    if (
        not after
        or after.group(1).lower() in _PRONOUN_ONE_AFTER
        or after.group(1) in lx.FUNCTION_WORDS
        or _verb_after_one(after.group(1))
    ):
        return not (before and lx.LEADING_QUALIFIER_RE.search(text[: match.start()][-24:]))
    return False


def _number(text: str, match: re.Match[str]) -> _Candidate | None:
    start, end = match.span()
    digits = match.group("digits") is not None
    if digits and re.match(r"(?:st|nd|rd|th)\b", text[end : end + 3]):
        return None  # an ordinal: the rank stage reads it
    if _is_code(text, start, end, digits) or _is_pronoun_one(text, match):
        return None
    words = match.group("words")
    if words and words[0].isupper() and not is_sentence_start(text, start):
        return None  # "Formula One", "Channel Four"
    if match.group("vague"):
        if match.group("vague").lower() == "scores" and not re.match(r"\s+of\b", text[end:]):
            return None  # "test scores rose": marks, unless "scores of people"
        return _extend_count(text, start, end, None)
    value = _value_of(match)
    sign = _MINUS_BEFORE.search(text[max(0, start - 8) : start])
    if sign and value is not None:  # "minus 5C", "-0.3%"
        start -= len(sign.group())
        value = -value
    currency = None if sign else lx.CURRENCY_PREFIX_RE.search(text[max(0, start - 4) : start])
    unit = None
    if currency:
        start -= len(currency.group())
        unit = lx.CURRENCY_SYMBOLS[currency.group().strip()]
    scale = _SCALE_AFTER.match(text[end : end + 12])
    if scale and (
        scale.group("word")
        or unit
        or scale.group("abbr").lower() in ("bn", "mn", "tn")
        or _counts_after_scale(text, start, end + scale.end())  # "1.5m shirts"
    ):
        factor = (
            MULTIPLIERS.get((scale.group("word") or "").lower())
            or SCALE_ABBREVIATIONS[scale.group("abbr").lower()]
        )
        value = value * factor if value is not None else None
        end += scale.end()
    # a range: "242 to 330", "10-15", "$3bn-$4bn", "between 10 and 20"
    link = _RANGE_LINK.match(text[end : end + 10])
    percent = re.match(r"%(?=\s?(?:-|–|—|to|and)\s?\d[\d.]*%)", text[end : end + 16])
    between = re.search(r"between\s+\S*$", text[max(0, start - 12) : start], re.I)
    # (read only where a second number may follow: this runs for every number)
    change = bool(link or percent) and _change_then_level(text, start, end, value)
    if percent and not unit and not change:  # "5.25%-5.50%", "4% to 6%", "between 5% and 7%"
        link = _RANGE_LINK.match(text[end + 1 : end + 11])
        if link and (link.group().strip() != "and" or between):
            end += 1
        else:
            link = None
    if link and (link.group().strip() != "and" or between):
        rest = end + link.end()
        second_currency = re.match(r"[$€£]", text[rest : rest + 1])
        second = NUMBER_RE.match(text, rest + (1 if second_currency else 0))
        if change:
            second = None  # "by $1 to $8.25", "from 157,000 to 133,000": two figures
        # "three or four days", "100 or 200 staff": a range only when the second is larger
        alternative = link.group().strip().lower() == "or"
        # "in 2003 to 106,000 in 2007", "in 2011 or 2012": a year and what follows are two
        years = [_YEAR.fullmatch(text, m.start(), m.end()) for m in (match, second) if m]
        year_apart = not unit and bool(years[0]) and (len(years) < 2 or not years[1] or alternative)
        if (
            second
            and second.group("vague") is None
            and not _is_code(text, second.start(), second.end(), True)
            and not (alternative and not (value or 0) < (_value_of(second) or 0))
            and not year_apart
        ):
            end = second.end()
            scale2 = _SCALE_AFTER.match(text[end : end + 12])
            if scale2 and (scale2.group("word") or unit):
                end += scale2.end()
            tail = _unit_after(text, end, None, unit)
            kind = "range" if tail.kind == "count" else tail.kind
            return _Candidate(start, tail.end, kind, None, tail.unit)
    if digits and not unit and value is not None and re.match(r"p\b", text[end : end + 2]):
        return _Candidate(start, end + 1, "money", round(value / 100, 4), "gbp")  # "1,240p"
    cents = re.match(
        r"\s+(?:U\.?S\.? |euro |)(?:cents?|pence)\b|c\b(?=\s+(?:a|per|each)\s)",
        text[end : end + 14],
    )  # "27c a share", "274.5 pence", "15 U.S. cents", "40 euro cents"
    if cents and not unit and value is not None:  # "10 cents a share": a hundredth of a dollar
        stop = end + cents.end()
        currency = {"pence": "gbp", "euro": "eur"}.get(cents.group().split()[0], "usd")
        per = _PER_AFTER.match(text[stop : stop + 30])
        if per and per.group(1) not in lx.FUNCTION_WORDS:
            unit_per = f"{currency} per {lx.singular(per.group(1))}"
            return _Candidate(start, stop + per.end(), "measure", round(value / 100, 4), unit_per)
        return _Candidate(start, stop, "money", round(value / 100, 4), currency)
    if digits and not unit and _year_after_name(text, start, end):
        return _Candidate(start, end, "date", value)  # "by Spring 2005"
    tail = _unit_after(text, end, value, unit)
    kind = tail.kind
    if kind == "count" and tail.unit is None and digits and value is not None:
        raw = match.group("digits")
        dimension = re.match(r"\s?[x×]\s?\d", text[end : end + 4]) or re.search(
            r"\d\s?[x×]\s?$", text[max(0, start - 4) : start]
        )
        if re.fullmatch(r"1[5-9]\d\d|20\d\d", raw) and not unit and not dimension:
            return _Candidate(start, end, "date", value)
    return _Candidate(start, tail.end, kind, value, tail.unit)


def _change_then_level(text: str, start: int, end: int, value: float | None) -> bool:
    """ "drop by £74 to £1,690", "raised from £6 to £10", "from 157,000 to 133,000": a
    change and the level it reaches, or a level and the next, two figures. Told from a
    range ("edge up by 1% to 2%", "prices ranging from £19 to £29") after "by" by a level
    well above the change, after "from" by a change word before it or a level below."""
    before = text[max(0, start - 12) : start]
    # "rose $1.64 to $47.10": a move, then the price it reached
    by = re.search(
        r"\b(?:by|rose|gained|fell|dropped|climbed|slipped|added|lost|jumped|shed|eased|slid|"
        r"dipped|advanced|surged|tumbled|plunged|sank|declined|firmed|rallied)\s$",
        before,
        re.I,
    ) or (  # "claims edged up 750 to 268,000" (but "we were down 2-0" is a score)
        re.search(r"\b(?:up|down)\s$", before, re.I) and text.startswith(" to ", end)
    )
    since = re.search(r"\bfrom\s$", before, re.I)
    if value is None or not (by or since):
        return False
    link = _PAIR_LINK.match(text, end)
    second = NUMBER_RE.match(text, link.end()) if link else None
    level = _value_of(second) if second else None
    if level is None:
        return False
    if by:  # ("by 39% to 34%": a lead, two shares; a range never runs downwards)
        return level >= 3 * value or level < value  # ("down by 30 to 126": to a level)
    window = text[max(0, start - 70) : start]
    if _RANGING.search(window):
        return False
    return level < value or bool(_CHANGE_WORDS.search(window))


_RANGING = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|between|anywhere)\b", re.I)
_CHANGE_WORDS = re.compile(
    r"\b(?:increas\w*|rais\w*|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|cut(?:s|ting)?"
    r"|reduc\w*|dropp?\w*|climb\w*|jump\w*|gr[eo]w\w*|declin\w*|slipp?\w*|lift\w*"
    r"|lower\w*|boost\w*|chang\w*|soar\w*|surg\w*|plung\w*|tumbl\w*|slash\w*|hik\w*"
    r"|shr[iu]nk\w*|up|down)\b",
    re.I,
)


def _counts_after_scale(text: str, start: int, end: int) -> bool:
    """ "1.5m shirts", "20k fans", "1.6m Muslims": a scale letter before a counted plural
    noun; but "the 100m hurdles", "60m hurdles": a race's distance in metres."""
    people = re.match(r"\s+([A-Z][a-z]+s)\b", text[end : end + 30])
    if people and people.group(1) in NATIONALITIES:
        return True
    if lx.CURRENCY_WORD_RE.match(text[end : end + 20]):
        return True  # "7.5m euro", "481.42m yuan"
    if re.search(r"\bthe\s$", text[max(0, start - 4) : start], re.I):
        return False  # "the 100m hurdles"
    # "1.5m shirts", and "133m text messages": one word may qualify the plural
    words = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", text[end : end + 40])
    plural = [w for w in (words.groups() if words else ()) if w][:2]
    if not plural or plural[0] in lx.FUNCTION_WORDS | _RACES:
        return False
    if lx.looks_plural(plural[0]):
        return True
    return len(plural) == 2 and lx.looks_plural(plural[1]) and plural[1] not in _RACES


# races named by their distance in metres: "60m hurdles", "4x100m relays"
_RACES = frozenset(
    words_of(
        """hurdles relays heats finals sprints races dashes medleys runners hurdlers indoors
        titles medals golds records champions"""
    )
)


@dataclass(slots=True)
class _Tail:
    end: int
    kind: str
    unit: str | None


_SHORT_TIME = re.compile(r"^\s?(secs?|mins|hrs?)\b", re.IGNORECASE)
_SHORT_TIME_UNITS = {
    "sec": "second",
    "secs": "second",
    "mins": "minute",
    "hr": "hour",
    "hrs": "hour",
}


def _unit_after(text: str, end: int, value: float | None, currency: str | None) -> _Tail:
    """What follows a number: percent, currency word, time unit, measure or counted noun."""
    after = text[end : end + 40]
    if currency:
        per = _PER_AFTER.match(after)
        if per and per.group(1) not in lx.FUNCTION_WORDS:
            return _Tail(end + per.end(), "measure", f"{currency} per {lx.singular(per.group(1))}")
        return _Tail(end, "money", currency)
    if m := _PERCENT_AFTER.match(after):
        unit = "percentage point" if "point" in m.group().lower() else "percent"
        return _Tail(end + m.end(), "percent", unit)
    if (m := lx.CURRENCY_WORD_RE.match(after)) and not _pounds_of_weight(m, value):
        word = m.group(1).lower()
        code = lx.CURRENCY_WORDS.get(word) or lx.CURRENCY_WORDS.get(word.rstrip("s"), word)
        return _Tail(end + m.end(), "money", code)
    if m := lx.TIME_UNIT_RE.match(after):
        return _Tail(end + m.end(), "duration", _time_unit(m.group("unit")))
    if m := _SHORT_TIME.match(after):  # "44.63secs", "10 mins", "2 hrs"
        return _Tail(end + m.end(), "duration", _SHORT_TIME_UNITS[m.group(1).lower()])
    if m := re.match(r"^(?:\s+basis\s+points?|\s?bps)\b", after, re.IGNORECASE):
        return _Tail(end + m.end(), "measure", "basis point")
    if m := re.match(r"°?[CF](?![\w])", after):  # 45C, 113F
        return _Tail(end + m.end(), "measure", "degree")
    if m := lx.MEASURE_RE.match(after):
        unit = lx.measure_unit_name(m.group("unit"))
        stop = end + m.end()
        per = _PER_AFTER.match(text[stop : stop + 30])
        if per and per.group(1) not in lx.FUNCTION_WORDS and unit not in ("mph", "km/h"):
            return _Tail(stop + per.end(), "measure", f"{unit} per {lx.singular(per.group(1))}")
        return _Tail(stop, "measure", unit)
    if m := _HYPHEN_WORD.match(after):
        if m.group(1) == "odd":  # "80-odd ghats", "40-odd years": a rounded number
            return _unit_after(text, end + m.end(), value, None)
        return _Tail(end + m.end(), "count", lx.singular(m.group(1)))
    noun = _counted_noun(text, end, value)
    if noun:
        return _Tail(noun[0], "count", noun[1])
    return _Tail(end, "count", None)


def _pounds_of_weight(match: re.Match[str], value: float | None) -> bool:
    """ "500 pounds" of fish is a weight; "10 million pounds" or "pounds sterling" is money."""
    word = match.group(1).lower()
    return word in ("pound", "pounds") and (value is None or value < 1_000_000)


def _time_unit(word: str) -> str:
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    if word.startswith("millenni"):
        return "millennium"
    return word.rstrip("s")


# the total after "of the" in "six of the eight employees", "412 of the 650 seats"
_TOTAL_AFTER = re.compile(  # ("three of the past four years", "two of the first three")
    rf"\s(?:(?:first|last|past|top|next|previous) )?"
    rf"(?:\d[\d,]*|(?:{'|'.join(list(UNITS)[2:21])})\b)(?![\w,%-]|\.\d)",
    re.I,
)


def _counted_noun(text: str, end: int, value: float | None) -> tuple[int, str | None] | None:
    """The noun a number counts: "87 prisoners", "two human rights organizations"."""
    position = end
    of = _OF_AFTER.match(text[end : end + 24])
    if of and (value is None or value > 1):
        position = end + of.end() - 1 if text[end + of.end() - 1].isspace() else end + of.end()
        total = _TOTAL_AFTER.match(text[position : position + 20])
        if total and re.search(r"(?:\bthe|\bits|\btheir|['’]s)\s*$", of.group()):
            position += total.end()  # "412 of the 650 seats" counts seats
            counted = _counted_noun(text, position, None)
            return counted or (position, None)  # "Six of the 15 on board": the share
    people = re.match(r"^\s+([A-Z][a-z]+s)\b", text[position : position + 30])
    if people and people.group(1) in NATIONALITIES:  # "21 Christians", "3 in 10 Americans"
        return position + people.end(), lx.singular(people.group(1))
    if value == 1 and (person := _nationality_after(text, position)):
        return position + person.end(), person.group(1).lower()  # "one Norwegian"
    if value == 1 and (official := _COUNTRY_NOUN.match(text, position)):
        return official.end(), official["noun"]  # "One U.S. administration official"
    if named := _named_plural(text, position):
        return named.end(), lx.singular(named["noun"])  # "400 Google employees"
    if named := _capital_plural(text, position):
        return named.end("noun"), lx.singular(named["noun"].lower())  # "120 Gurkhas"
    words: list[tuple[int, str]] = []
    cursor = position
    while len(words) < 3:
        m = _WORD_AFTER.match(text[cursor : cursor + 40])
        if not m:
            break
        word = m.group(1).rstrip("'’")
        low = word.lower()
        if low in lx.FUNCTION_WORDS or low.endswith("ly") or low in UNITS or low in MULTIPLIERS:
            break
        if words and low.endswith(("ed", "ing")) and low not in lx.IRREGULAR_PLURALS:
            break
        if not words and low.endswith("ed") and value and 1900 <= value <= 2100:
            return None  # "the terms of 2004 included games": a year before its verb
        cursor += m.end()
        words.append((cursor - (len(m.group(1)) - len(word)), word))
    if not words:
        return None
    if of and position != end and not any(lx.looks_plural(w) for _, w in words):
        return None
    if value is None or value != 1:
        plural = [(stop, w) for stop, w in words if lx.looks_plural(w)]
        if plural:
            # the last plural noun of the run: "human rights organizations"
            stop, word = plural[-1]
            return stop, lx.singular(word)
        return None
    for i, (stop, word) in enumerate(words):
        # "one police officer", "one women's group": a plural before the noun modifies it
        modifier = word.lower() in lx.IRREGULAR_PLURALS or word.endswith(("'s", "’s"))
        if not lx.looks_adjective(word) and not (modifier and i + 1 < len(words)):
            return stop, word.lower()
    return None


def _extend_count(text: str, start: int, end: int, value: float | None) -> _Candidate:
    """A vague or multiplied count ("thousands of people", "half a million"): noun or money."""
    money = lx.CURRENCY_WORD_RE.match(text[end : end + 30])
    if money:
        word = money.group(1).lower()
        code = lx.CURRENCY_WORDS.get(word) or lx.CURRENCY_WORDS.get(word.rstrip("s"), word)
        return _Candidate(start, end + money.end(), "money", value, code)
    noun = _counted_noun(text, end, value)
    if noun:
        return _Candidate(start, noun[0], "count", value, noun[1])
    return _Candidate(start, end, "count", value)
