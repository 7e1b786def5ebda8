"""The kind of thing a name is, as its context proves it: an apposition, a title, a head
noun, a score, a word list; and whether a context is a sports side's."""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from tui.analysis import gazetteer as gz
from tui.analysis.entity_core import (
    COMPASS,
    CORPORATE_ROLE,
    MEDIUM,
    PLACE_LEAD,
    PLACE_OF,
    REUTERS_CODE,
    STRONG,
    TEAM_PLURAL,
    TEAM_SCORE,
)
from tui.analysis.lexicon import (
    MONTHS,
    WEEKDAYS,
    words_of,
)

_APPOSITION_ORG = re.compile(
    r"\b(?:" + "|".join(sorted(gz.ORG_HEADS)) + r")\s*,\s*$", re.IGNORECASE
)
_AFTER_APPOSITION_PLACE = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|province|district"
    r"|county|region|port|suburb|island|capital)\s+(?:of|on|in|near|north|south|east|west"
    r"|about|some|\d)"
)
_AFTER_APPOSITION_ORG = re.compile(
    # (not "Joshua D. Brown, a 40-year-old technology company owner": an age is a person's)
    r"^\s*,\s+(?:a|an|the)\s+(?![\w-]*\d+-year-old\b)(?:[\w-]+\s+){0,4}(?:"
    + "|".join(sorted(gz.ORG_HEADS))
    + r")\b(?!['’])"  # (not "the union's president": a person)
    + r"(?!\s+(?:"  # (nor "a technology company owner": a person who owns one)
    + "|".join(sorted(gz.PERSON_HEADS))
    + r")\b)",
    re.IGNORECASE,
)
_LISTED_AFTER = re.compile(rf"\s*\((?:{REUTERS_CODE})\)")
_OIL_NEAR = re.compile(r"\b(?:crude|oil|barrels?|futures|WTI)\b", re.IGNORECASE)
_NUMBERED_MODEL = re.compile(
    r"(?:Galaxy|Pixel|Xperia|PlayStation|Xbox|ThinkPad|Kindle|Lumia)"
    r"(?: (?:Note|Tab|Fold|Flip|Series|One|Pro|Plus|Max|Ultra|[A-Z]?\d+[A-Za-z]?s?))+"
)
_LEGAL_ENDINGS = frozenset(
    words_of("Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC LLP LP Plc plc PLC AG GmbH SpA Pty NV")
)
_AFTER_WHO = re.compile(r"^\s*,?\s+who\b")
_AGE_AFTER = re.compile(r"^\s*,\s+\d{1,3},\s")
# Last words that make a name a place even where the model says a body.
_VENUE_WORDS = frozenset(
    words_of("""Stadium Arena Airport Bridge Square Street Avenue Highway Canal River Lake
    Island Islands Valley Desert Peninsula Strait Bay Gulf Sea Ocean Mountains Reef Shoal Atoll
    Archipelago Glacier Lagoon Canyon""")
)
# (an apposition, not a clause: "Albion, said manager Nuno Reis", "Reis, who joined the club")
_NOT_APPOSITION = r"(?!(?:who|which|that|said|says|and|but|where|when|while)\b)"
_PERSON_ROLE_AFTER = re.compile(
    r"^\s*,\s+"
    + _NOT_APPOSITION
    + r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}(?:co-)?(?:"
    + "|".join(sorted(gz.PERSON_HEADS))
    + r")\b",
    re.IGNORECASE,
)
_PERSON_ROLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(gz.PERSON_HEADS)) + r")\s+$")


# A company's own statements: "X said on Wednesday its ...", "X forecast second-quarter revenue".
_COMPANY_AFTER = re.compile(
    r"^\s+(?:(?:said|says|reported)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?its\b"
    r"|(?:reported|posted|forecast|forecasts)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:revenue|profit|sales|earnings|loss)\b)"
)
# A product's brand: "sold as Mounjaro", "marketed under the name Zepbound".
_BRAND_BEFORE = re.compile(
    r"\b(?:sold|marketed|branded|launched|rebranded|prescribed)\s+"
    r"(?:as|under\s+the\s+(?:brand\s+|trade\s+)?names?)\s+$"
)
_BRAND_AFTER = re.compile(r"^\s+(?:has|had)\s+been\s+on\s+(?:the\s+)?(?:market|shelves)\b")
_TEAM_ROLE = re.compile(
    r"\s+(?:head\s+)?(?:coach|manager|captain|striker|midfielder|goalkeeper|defender|winger"
    r"|forward|quarterback|pitcher|fly-half|scrum-half|full-back|flanker"
    r"|director\s+of\s+(?:rugby|football|cricket))\b"
)
# A side's result told with it as the subject: "Bath thrashed Ulster 45-10", "lost 22-19 to".
_BEAT = r"(?:beat|beating|defeated|thrashed|edged|drew\s+with|lost\s+to)"
_RESULT_AFTER = re.compile(
    r"^,?\s+(?:" + _BEAT + r"\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+|(?:won|lost|drew)\s+)" + TEAM_SCORE
)
# British usage gives a side a plural verb: "Boston have now lost", "Bath were".
_PLURAL_VERB_AFTER = re.compile(r"^(?:,\s+who)?\s+(?:have|are|were)\b(?!\s+(?:a|an|the)\b)")
# A side in apposition: "Glasgow, the only Scottish team left", "Leinster, the champions".
_TEAM_APPOSITION = re.compile(
    r"^\s*,\s+" + _NOT_APPOSITION + r"(?:(?:the|a|an|last\s+season['’]s|this\s+season['’]s)\s+)?"
    r"(?:[\w-]+\s+){0,3}"
    r"(?:team|club|side|champions|finalists|holders|runners-up)"
    r"(?=\s+(?:left|in|of|from|who|which|that|with)\b|\s*[,.;:)]|\s*$)"
)
# A side met on the pitch: "beat Brighton", "a game against Manchester City", "signed for Porto".
_OPPONENT = re.compile(
    r"\b(?:" + _BEAT + r"|signed\s+for|"
    r"(?:game|match|tie|final|fixture|clash|derby|draw|defeat|victory|win|loss)\s+"
    r"(?:against|with|over)|"
    r"(?:lost|won|drew)\s+\d{1,3}[-–]\d{1,3}\s+(?:to|against|at|with))\s+(?:the\s+)?$"
)
# A league used as a competition's name: "a Champions League game", "Premier League clubs".
_COMPETITION_NOUN = re.compile(
    r"\s+(?:game|games|match|matches|final|finals|quarter-finals?|semi-finals?|tie|ties|fixture|"
    r"fixtures|clash|side|sides|club|clubs|team|teams|title|titles|campaign|season|ranking|"
    r"rankings|project|place|places|spot|qualification|debut|record|trophy|winners|champions|"
    r"football|soccer|rugby|basketball|opener|run|match-up|era)\b"
)
# "bin Laden crossing into Pakistan": the verb, not a border crossing's head
_CROSSING_INTO = re.compile(r"\s+crossing\s+(?:into|over|from|to|the|a|in)\b")
_IN_PLACE_BEFORE = re.compile(r"\b(?:died|born|lives|lived|killed|arrested|held)\s+(?:in|near)\s+$")
# "bases near Tora Bora", "fighting around Kandahar": where, not who
_WHERE_BEFORE = re.compile(r"\b(?:in|into|inside|near|around|outside|across|towards?)\s+$")
_PLACE_NAME = r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
_PLACE_AND_BEFORE = re.compile(_PLACE_NAME + r",?\s+(?:and|or)\s+$")  # "Perth and Darwin"
_AND_PLACE_AFTER = re.compile(r"^,?\s+(?:and|or)\s+" + _PLACE_NAME)
_STAFF_AT = re.compile(
    r"\b(?:analysts?|economists?|strategists?|researchers?|scientists?|engineers?|executives?"
    r"|employees|staff|workers|bankers|traders|lawyers|partner)\s+at\s+$",
    re.IGNORECASE,
)
_WORKS_FOR = re.compile(
    r"\b(?:drives|drove|plays|played|works|worked|playing|driving|working)\s+for\s+(?:the\s+)?$"
)
_YEARS_AT = re.compile(r"\b(?:years|seasons|spell|stint|decade|decades)\s+at\s+$")
_SHARES_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]tock|stake)\s+(?:in|of)\s+$")
_MOVES = (
    r"(?:rose|fell|gained|slipped|dropped|jumped|climbed|slid|sank|tumbled|surged|dipped"
    r"|soared|slumped|edged|eased|closed|risen|fallen)"
)
_SHARES_AFTER = re.compile(
    r"^(?:['’]s\s+(?:[\w-]+\s+)?)?\s*(?:shares|stock)\s+(?:in\s+[A-Z][\w-]+\s+)?"  # "in Paris"
    r"(?:" + _MOVES + r"|were|have|had)\b"
    r"|^\s+" + _MOVES + r"\s+(?:as\s+much\s+as\s+)?[\d.]+\s*(?:%|per\s*cent|percent)"
)
_CLUB_BEFORE = re.compile(r"\b(?:club|side|outfit)\s+$")
# A body's common noun right before its name: "the charity Age UK", "equity firm Harbor Peak".
_BODY_NOUN_BEFORE = re.compile(
    r"\b(?:charity|company|firm|bank|airline|carmaker|automaker|retailer|broadcaster|newspaper"
    r"|regulator|insurer|lender|startup|chipmaker|drugmaker|conglomerate|watchdog|pollster"
    r"|think\s+tank)\s+$",
    re.IGNORECASE,
)
_GENERATION_WORDS = frozenset(words_of("Jr Jr. Sr Sr. Junior"))


@functools.cache
def _surnamed(word: str) -> re.Pattern[str]:
    """A person's name that ends with ``word``: "Monirul Islam", not "Sunni Islam"."""
    peoples = "|".join(sorted(gz.NATIONALITIES))
    return re.compile(rf"(?<![\w'’-])(?!(?:{peoples}|Radical|Political) )[A-Z][a-z]+ {word}\b")


# a trade before a body's head noun, after a name: "the Mossack Fonseca law firm"
_TRADE_HEAD_AFTER = re.compile(
    r"\s+(?:law|accounting|consulting|investment|advisory|research|security|lobbying"
    r"|public\s+relations|private\s+equity|hedge|architecture|design|fashion|record)"
    r"\s+(?:firm|company|group|fund|agency|label|house)\b"
)


# "State of Israel", "Kingdom of Cambodia", "Commonwealth of Virginia": a country or a state
# by its formal name
STATE_OF = re.compile(r"(?:State|Commonwealth|Kingdom|Republic|Principality|Sultanate) of (.+)")


def context_evidence(text: str, start: int, end: int, name: str, kind: str) -> tuple[str, float]:
    """The kind the context proves, if any: apposition, a head noun, a title, "who"."""
    words = name.split()
    before = text[max(0, start - 40) : start]
    after = text[end : end + 60]
    next_word = re.match(r"\s+([a-z]+)", after)
    previous = re.search(r"(?<![\w.-])([A-Za-z][\w.-]*)\s+$", before)
    if (
        previous
        and previous.group(1) in gz.PERSON_HONORIFICS
        and all(w[:1].isupper() for w in words)  # (not "Maria Santos of the University")
    ):
        return "person", STRONG  # "Mr Irish", "Mrs Champion": whatever the word also means
    if name in gz.NATIONALITIES:
        return "group", STRONG
    if name in gz.RELIGIONS and not _surnamed(name).search(text):
        return "group", STRONG  # (but "Islam" after "Monirul Islam" is his surname)
    if name in gz.US_STATE_ABBREVIATIONS:
        return "place", STRONG  # "Rand Paul, R-Ky., who": a state, whatever follows
    if _on_results_line(text, start, end):
        return "organization", STRONG  # "Leeds 2 Coventry 1": sides, not towns
    if name in gz.KNOWN_NAMES:
        return gz.KNOWN_NAMES[name], STRONG  # "F.B.I.", "NASA", "U.S.", "Verizon": known to all
    if len(words) > 1 and words[-1] in _LEGAL_ENDINGS:
        return "organization", STRONG  # "activist investor Starboard Value LP": a firm
    if _LISTED_AFTER.match(after):
        return "organization", STRONG  # "robot maker Kuka (KU2G.DE)": a listed company
    if STATE_OF.fullmatch(name) and " ".join(words[2:]) in gz.PLACES:
        return "place", STRONG  # "State of New Jersey", "Kingdom of Cambodia": the place
    if len(words) == 2 and gz.KNOWN_NAMES.get(words[0]) == "organization" and words[1] in gz.PLACES:
        return "organization", STRONG  # "Yahoo Japan", "Google India": a firm's arm
    if len(words) > 1 and words[0] in PLACE_LEAD and words[-1] not in gz.ORG_WORDS:
        return "place", STRONG  # not "Mount Sinai Hospital"
    if len(words) > 1 and words[-1] in _VENUE_WORDS:
        return "place", STRONG  # "Rod Laver Arena", "Panama Canal", whatever the model said
    if len(words) > 2 and words[0] in gz.OTHER_WORDS and words[1] in ("on", "of", "for"):
        return "other", STRONG  # "Convention on Biological Diversity", "Treaty of Rome"
    if name == "Brent" and _OIL_NEAR.search(before + after):
        return "other", STRONG  # "Brent crude futures": the benchmark oil, no Brent
    if (
        len(words) == 2
        and words[1] in ("Papers", "Leaks", "Files")
        and (words[0] in gz.PLACES or words[0] in gz.KNOWN_NAMES)
    ):
        return "other", STRONG  # "the Panama Papers", "the Pentagon Papers": leaked documents
    if _NUMBERED_MODEL.fullmatch(name):
        return "other", STRONG  # "Galaxy S7", "Xbox One X": a product, whatever its maker
    if re.fullmatch(r"[A-Z]{2,}(?:-\d+)+", name):
        return "other", STRONG  # a code: "COVID-19", "CVE-2026-31877"
    if kind == "person" and len(words) == 2 and words[0] in COMPASS:
        return "place", MEDIUM  # "West Bengal", "South Kivu": no person's first name
    if len(words) > 1 and words[0] in gz.PLACES and all(w in COMPASS for w in words[1:]):
        return "place", STRONG  # "Bristol West", "Leeds North West": a constituency
    if kind == "group" and len(words) == 1 and not _DEMONYM.search(name):
        kind = "organization"  # "Ipsos", "Tesla": no people's name has that shape
    if len(words) > 1 and words[-1] in _GENERATION_WORDS and kind != "place":
        return "person", STRONG  # "Vinicius Junior", "Martin Luther King Jr."
    # a club, not its city: "beat Bayern Munich 3-1", "a former Manchester City captain",
    # "Barcelona coach Hansi Flick" (a country's name stays a place, its national side)
    # (not a player: "Sinner beat Alcaraz 6-4, 6-3", "Alcaraz coach Juan Carlos Ferrero")
    # (a person's name does not end with a city's: "Atletico Madrid" is a club)
    city_named = len(words) > 1 and words[-1] in gz.CITIES and words[0] not in gz.TITLES
    club = (kind != "person" or city_named or name in gz.CITIES) and (
        name in gz.CITIES or name not in gz.PLACES
    )
    score = re.match(r"\s+\d{1,2}[-–]\d{1,2}(?![\d-])(?!,?\s+\d{1,2}[-–]\d)", after)
    venue = re.search(r"\b(?:in|at)\s+$", before)  # "won 2-1 in Milan"
    if club and ((score and not venue) or _TEAM_ROLE.match(after) or _OPPONENT.search(before)):
        return "organization", STRONG
    team = (
        _RESULT_AFTER.match(after)
        or _TEAM_APPOSITION.match(after)
        or (_PLURAL_VERB_AFTER.match(after) and _alone_plural(name, before))
    )
    if club and team and name not in gz.COUNTRIES:
        return "organization", STRONG  # "Bath thrashed Ulster 45-10", "Boston have lost"
    side_hint = (score and not venue) or _TEAM_ROLE.match(after) or team
    if kind == "person" and name not in gz.PLACES and _player_or_side(words) and side_hint:
        # a hint only: "Ulster coach Richie Murphy", but also "Alcaraz coach ..."
        return "organization", MEDIUM
    if (name in gz.CITIES or name not in gz.PLACES) and _CLUB_BEFORE.search(before):
        return "organization", STRONG  # "French club Olympique Rivemont", "side Aston Villa"
    if words[-1] == "League" and len(words) > 1 and _COMPETITION_NOUN.match(after):
        return "other", STRONG  # "Champions League game", "Premier League clubs": a competition
    if name not in gz.PLACES and _BODY_NOUN_BEFORE.search(before):
        return "organization", STRONG  # "the charity Age UK", "chipmaker Nvidia"
    if name in gz.PLACES or (name.isupper() and name.title() in gz.PLACES):
        return "place", STRONG  # "BRUSSELS (Reuters) -" too
    if (
        len(words) > 1
        and " ".join(words[:-1]) in gz.PLACES
        and TEAM_PLURAL.fullmatch(words[-1])
        and words[-1] not in gz.ORG_WORDS | gz.PLACE_WORDS | gz.NATIONALITIES | gz.OTHER_WORDS
    ):
        return "organization", STRONG  # "Seattle Seahawks", "Chicago Bulls": a city's side
    named_body = any(w in gz.ORG_WORDS and n in ("of", "for") for w, n in pairwise(words))
    if named_body and words[0] in gz.ORG_WORDS:
        return "organization", STRONG  # "Institute for the Study of War" is no war
    if _games_maker(words, kind):
        return "organization", STRONG  # "Argonaut Games", no person and no sports event
    if len(words) > 1 and words[-1] in gz.OTHER_WORDS:
        return "other", STRONG
    dated = re.search(r"\b(?:on|for|since|until|before|after|this|last|next|by)\s+$", before)
    if len(words) > 1 and words[-1] == "Day" and (kind != "person" or dated):
        return "other", STRONG  # "on Bastille Day", "May Day": a day kept (not Jason Day)
    if words[-1] in gz.ORG_WORDS or named_body:
        return "organization", STRONG
    if words[-1] in gz.PLACE_WORDS and kind != "organization":
        # "Manchester City" may be a club: a city's name and "City" is only a hint
        return "place", MEDIUM if " ".join(words[:-1]) in gz.CITIES else STRONG
    if kind != "place" and (_BRAND_BEFORE.search(before) or _BRAND_AFTER.match(after)):
        return "other", STRONG  # "sold as Mounjaro", "Wegovy has been on the market": a product
    if kind != "place" and (
        _PRODUCT_AFTER.match(after)
        or _PRODUCT_BEFORE.search(before)
        or _PRODUCT_APPOSITION.match(after)
        or (kind == "person" and _PRODUCT_NOUN_BEFORE.search(before))
    ):
        # "Blackwell chips", "the Falcon Heavy rocket": a product; a weak hint, outvoted by a
        # maker's other mentions ("Nvidia chips" beside "Nvidia said")
        return "other", 1.5
    if _APPOSITION_ORG.search(before) or _AFTER_APPOSITION_ORG.match(after):
        return "organization", STRONG
    if _AFTER_APPOSITION_PLACE.match(after):
        return "place", STRONG  # "still in Falluja, a city on the Euphrates"
    if (
        next_word
        and next_word.group(1) in gz.PLACE_HEADS
        and kind in ("person", "organization", "other", "place")
        and not _CROSSING_INTO.match(after)
    ):
        return "place", STRONG
    if next_word and next_word.group(1) in gz.ORG_HEADS and kind == "person":
        return "organization", STRONG
    if kind in ("person", "other") and _TRADE_HEAD_AFTER.match(after):
        return "organization", STRONG  # "the Mossack Fonseca law firm": partners' names
    titled_place = kind == "place" and (name in gz.PLACES or words[-1] in gz.PLACE_WORDS)
    if previous and is_title(previous.group(1)) and not titled_place:
        return "person", STRONG  # "President Thabo Mbeki", whatever the model guessed
    if CORPORATE_ROLE.match(after) and kind != "group":
        return "organization", MEDIUM
    if _AGE_AFTER.match(after) and kind in ("place", "organization", "other"):
        return "person", STRONG  # "Kemi Badenoch, 44, lost her seat"
    if PLACE_OF.search(before) and kind in ("organization", "person", "other"):
        return "place", STRONG  # "the seat of Carleton", "the province of Quebec"
    if kind == "person" and len(words) == 1 and re.match(r"\s*,\s+which\b", after):
        return "organization", MEDIUM  # "Lululemon, which has struggled": no person's name
    if kind != "place" and len(words) <= 3 and _STAFF_AT.search(before):
        return "organization", STRONG  # "analysts at Vontobel said"
    if kind != "place" and _BODIES_SUCH_AS.search(before):
        return "organization", MEDIUM  # "companies, such as Netscape, who ..."
    at_firm = kind == "organization" and re.search(r"\bat\s+$", before)
    if _AFTER_WHO.match(after) and kind != "group" and not at_firm:
        # ("an analyst at Bernstein, who ..." is about the analyst)
        return "person", STRONG
    if kind != "place" and (_PERSON_ROLE_AFTER.match(after) or _PERSON_ROLE_BEFORE.search(before)):
        return "person", STRONG
    in_place = _IN_PLACE_BEFORE.search(before) and not re.match(r"['’]", after)
    if kind == "person" and len(words) == 1 and in_place:
        return "place", MEDIUM  # "a man died in Jaen on Tuesday"
    if kind == "person" and len(words) <= 2 and words[0] not in gz.GIVEN_NAMES:
        where = _WHERE_BEFORE.search(before) and not re.match(r"['’]", after)
        beside = len(words) == 1 and (
            _PLACE_AND_BEFORE.search(before) or _AND_PLACE_AFTER.match(after)
        )
        if where or (beside and beside.group(1) in gz.PLACES):
            return "place", MEDIUM  # "near Tora Bora", "Perth and Darwin": no given name
    if kind in ("person", "place") and _WORKS_FOR.search(before) and name not in gz.COUNTRIES:
        return "organization", MEDIUM  # "Verstappen, who drives for Red Bull"
    if kind == "person" and _YEARS_AT.search(before):
        return "organization", MEDIUM  # "Kane, who spent 14 years at Tottenham Hotspur"
    if kind in ("place", "person") and (
        _SHARES_BEFORE.search(before) or _SHARES_AFTER.match(after)
    ):
        return "organization", MEDIUM  # "shares of Adidas", "Puma fell 1.1%": a listed company
    if kind == "person" and _OWNERS_THINGS.match(after):
        return "organization", MEDIUM  # "Novo Nordisk's weight-loss drug Wegovy"
    if kind == "person" and re.search(r"\d", name):
        group_of = re.fullmatch(r"[A-Z]\d{1,2}", name)  # "G7", "G20"; "COP29" is an event
        return ("organization" if group_of else "other"), MEDIUM
    if kind in ("place", "person", "other") and _COMPANY_AFTER.match(after):
        return "organization", MEDIUM  # "Nvidia said on Wednesday its revenue ..."
    if person_by_first_name(name):
        return "person", MEDIUM  # "Robert M. Danin"; "Daniel Rothman", a common first name
    if re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,5}", name) and kind == "person":
        return "organization", 1.0  # an acronym is not a person's name
    if kind == "person" and re.match(r"[A-Z]{3,}\s", name) and not name.isupper():
        return "organization", 1.0  # nor does one open it: "ECT Rotterdam", "BBC Scotland"
    if kind == "person" and _CAMEL_CASE.fullmatch(name):
        return "organization", MEDIUM  # "SpaceX", "OpenAI", "BlackRock": a firm's spelling
    return kind, 1.0


# A person's name with a middle initial ("Robert M. Danin"; not "T. Rowe Price", a firm).
_INITIALLED = re.compile(r"[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_NOT_SURNAMES = (
    gz.ORG_WORDS
    | gz.CORPORATE_SUFFIXES
    | gz.PLACE_WORDS
    | gz.PLACES
    | gz.NATIONALITIES
    | gz.OTHER_WORDS
    | gz.TITLES
    | frozenset(MONTHS + WEEKDAYS)
)
_BODIES_SUCH_AS = re.compile(
    r"\b(?:companies|firms|businesses|organi[sz]ations|banks|brands|retailers|makers|insurers"
    r"|lenders|carmakers|automakers|airlines|charities|agencies|broadcasters|publishers)"
    r",?\s+(?:such\s+as|like|including)\s+$"
)


def person_by_first_name(name: str) -> bool:
    """ "Daniel Rothman", "Robert M. Danin": a common first name (or a middle initial) and a
    surname that is no body's, place's or people's word."""
    words = name.split()
    # (a double first name too: "Jean-Marc Ayrault", "Anne-Marie Trevelyan")
    given = all(part in gz.GIVEN_NAMES for part in words[0].split("-")) and (
        _GIVEN_AND_SURNAME.fullmatch(name)
    )
    return bool(given or _INITIALLED.fullmatch(name)) and not any(
        w in _NOT_SURNAMES for w in words[1:]
    )


_GIVEN_AND_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:[A-Z][a-z]+ )?[A-Z][a-z'’-]+")


# a line of results: two sides, each with its score
_RESULTS_LINE = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*\s+){1,3}\d{1,3}\s+(?:[A-Z][\w.'’-]*\s+){1,3}\d{1,3}\s*"
)


def _on_results_line(text: str, start: int, end: int) -> bool:
    """ "Bradford 0 Sheffield United 1": a name on a line of two sides and their scores."""
    # (looked for within 80 characters: a long line is no results line, and a text with
    # no line breaks must not be scanned end to end for every name)
    before = text.rfind("\n", max(0, start - 80), start)
    if before < 0 and start > 80:
        return False
    after = text.find("\n", end, end + 80)
    if after < 0 and len(text) - end > 80:
        return False
    line = text[before + 1 : after if after >= 0 else len(text)]
    return len(line) < 80 and _RESULTS_LINE.fullmatch(line) is not None


def team_context(text: str, start: int, end: int) -> bool:
    """Whether a name's context is a side's: a score, a player's role, an opponent, a result,
    a plural verb ("Leicester have"), or a team in apposition."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 60]
    score = re.match(r"\s+" + TEAM_SCORE, after) and not re.search(r"\b(?:in|at)\s+$", before)
    return bool(
        score
        or _on_results_line(text, start, end)
        or _TEAM_ROLE.match(after)
        or _OPPONENT.search(before)
        or _RESULT_AFTER.match(after)
        or _TEAM_APPOSITION.match(after)
        or (_PLURAL_VERB_AFTER.match(after) and _alone_plural(text[start:end], before))
    )


def _alone_plural(name: str, before: str) -> bool:
    """A plural verb after a singular name that is the whole subject ("Bath were"), not the
    last of several ("Felipe and Letizia were"), nor a preposition's object ("officials in
    Kabul have")."""
    return not name.endswith("s") and not re.search(
        r"(?:\band|&|,|\b(?:in|at|of|from|near|to|into|across|around|outside))\s+$", before
    )


# the first words of sporting events named "... Games"; "Argonaut Games", "Epic Games"
# the model calls firms are firms
_GAMES_EVENTS = frozenset(
    words_of("""Olympic Paralympic Commonwealth Winter Summer Youth Highland Invictus World
    Goodwill Gay Special Extreme Pan X Island Asian African Arab European Mediterranean""")
)


def _games_maker(words: list[str], kind: str) -> bool:
    return (
        kind in ("organization", "person")
        and len(words) > 1
        and words[-1] == "Games"
        and words[0] not in _GAMES_EVENTS | gz.PLACES | gz.NATIONALITIES
    )


def _player_or_side(words: list[str]) -> bool:
    """A one-word name, or one ending in a plural ("Sale Sharks"), may be a side's as well
    as a player's; the model calls both persons."""
    return len(words) == 1 or (len(words) == 2 and bool(TEAM_PLURAL.fullmatch(words[-1])))


# Common nouns a product's name stands before: "Blackwell chips", "Cheez-It crackers".
_PRODUCT_AFTER = re.compile(
    r"^\s+(?:rockets?|spacecraft|probes?|satellites?|telescopes?|chips?|processors?|tools?|apps?"
    r"|software|smartphones?|handsets?|vaccines?|pills?|crackers|cereals?|snacks?|programme"
    r"|chatbots?|browsers?|consoles?|jetliners?|airliners?|missiles?|trainers|sneakers)\b"
)
# A brand as what a firm owns, makes or is known for: "which owns Doritos and Lay's",
# "best known for M&M's and Snickers", "brands like Hoka".
_PRODUCT_BEFORE = re.compile(
    r"\b(?:owns|makes|sells|selling|known\s+for|(?:brands?|products?|models?|trainers|drugs?)"
    r"\s+(?:like|such\s+as|including))\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)?,?\s+(?:and|or)\s+(?:the\s+)?)?$"
)
# Common nouns that say a name is a product's.
_PRODUCT_NOUNS = (
    r"(?:drugs?|vaccine|pill|treatment|medicine|chatbot|spacecraft|probe|rocket|satellite"
    r"|telescope|smartphone|jetliner|airliner|app)"
)
# A product named after its common noun: "weight-loss drug Wegovy", "rival drug Zepbound".
_PRODUCT_NOUN_BEFORE = re.compile(r"\b" + _PRODUCT_NOUNS + r"\s+$")
# A firm's own things after its possessive: "Novo Nordisk's weight-loss drug".
_OWNERS_THINGS = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}(?:drug|drugs|vaccine|pill|treatment|chips?|smartphones?"
    r"|app|platform|software|brands?|unit|subsidiary|factory|factories|plant|plants|stores"
    r"|shares|stock|profit|revenue|sales|board|shareholders|chief\s+executive|CEO)\b"
)
# A product in apposition: "Europa Clipper, the largest spacecraft ...".
_PRODUCT_APPOSITION = re.compile(
    r"^\s*,\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}" + _PRODUCT_NOUNS + r"\b"
)
# The endings of peoples' and followers' names: "Iberian", "Sudanese", "Houthis", "Maoist".
_DEMONYM = re.compile(r"(?:an|ans|ese|ish|i|is|ic|ics|ch|er|ers|ist|ists|ite|ites|ns)$")
# One word with a capital after small letters, but no surname prefix ("McDonald", "DeSantis").
_CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Del|Dos)[A-Z][a-z]+[A-Z][A-Za-z]*")


def is_title(word: str) -> bool:
    """ "President", and "President-elect", "ex-President" or "then-Senator" too."""
    return re.sub(r"^(?:ex|then|former)-|-(?:elect|designate)$", "", word) in gz.TITLES
