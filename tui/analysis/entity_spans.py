"""Span repair for the model's names: trimmed of articles, possessives, titles and junk;
split where the model joined two names, joined where it cut one; known names and places
made whole."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from tui.analysis import gazetteer as gz
from tui.analysis.entity_core import (
    COMPASS,
    COUNT_OPENER,
    COUNTRY_LEAD,
    DATELINE,
    HEADS_CUT,
    LEADING_JUNK,
    MEDIUM,
    NOT_NAMES,
    ON_RIVER,
    PARTICLES,
    PRODUCT,
    REUTERS_CODE,
    SMALL_MODEL,
    STORM,
    STRONG,
    Mention,
    dedupe,
    fold_accents,
    name_initials,
)
from tui.analysis.entity_evidence import context_evidence, is_title
from tui.analysis.lexicon import (
    CURRENCY_AFTER_PEOPLE,
    FUNCTION_WORDS,
    MONTHS,
    NUMBERED_NAME_HEADS,
    WEEKDAYS,
    currency_alternation,
    words_of,
)
from tui.analysis.numbers import MULTIPLIERS, UNITS
from tui.analysis.recognisers import RawMention
from tui.analysis.sentences import caps_dateline, dateline_spans, is_sentence_start

_TRAILING_JUNK = re.compile(r"(?:['’]s|['’])?[\s.,;:!?\"“”)(\-–—]*$")
SENTENCE_OPENER = re.compile(
    r"(?:Today|Tomorrow|Yesterday|Tonight|Meanwhile|However|Earlier|Later|Overnight|Senior"
    r"|Former|Veteran|Often|Also|Instead|Perhaps|Currently|Recently|Previously|Eventually"
    r"|Initially|Sometimes|Usually|Typically|Traditionally|Originally|Indeed|Unfortunately"
    r"|Under|After|Before|During|Despite|Unlike|Following|Since|Until|Throughout|Amid"
    # verbs opening a sentence: "Hosting Cook at Dreamforce", "Asked Trump about it"
    r"|Hosting|Visiting|Asked|Praising|Criticising|Criticizing|Citing|Quoting|Thanking|Joining"
    r"|Backing|Introducing|Accusing|Urging|Welcoming|Defending|Replacing|Including|Besides"
    r"|Addressing|Describing|Responding|Speaking|Explaining|Announcing|Warning|Echoing"
    # conjunctions and a greeting: "Once Trump took office", "Hey Siri"
    r"|Once|When|While|Although|Though|Because|Unless|Hey)"
    r"\s+(?=[A-Z])"
)
_ROLE_OF = re.compile(r"(?:Co-?[Ff]ounder|Founder|CEO|Chairman|Chairwoman)\s+of\s+(?=[A-Z])")
# a wire report's market codes after a name: "London Metal Exchange CMAL3", "Sterling GBP="
_MARKET_CODE = re.compile(
    r"\s+(?:\.[A-Z]{2,}\w*|[A-Z0-9]{2,}=\S*|[A-Z]{4,}\d\w*|[A-Z]{2,5}c\d"
    rf"|{REUTERS_CODE})$"  # and Reuters codes: "YHOO.N", "VOWG_p.DE"
)
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:QC|KC|SC|MP|MLA|MEP|OBE|MBE|CBE|KBE|PhD))+$")
_ABBREVIATED = re.compile(
    r"(?:\b[A-Z]|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|Dr|St|"
    + "|".join(re.escape(s.rstrip(".")) for s in gz.US_STATE_ABBREVIATIONS)  # "Chester, Pa."
    + "))$"
)
_NAME_WORD_TITLES = frozenset(words_of("General State Premier Crown Supreme Justice Major"))
_PARTICLE_REST = re.compile(
    r"(?:\s+(?:" + "|".join(sorted(PARTICLES)) + r"))*\s+[A-Z][\w'’-]*[a-z]"
)
_WORD = re.compile(r"[A-Za-z][\w.'’&-]*")
_LEVELS_OF_GOVERNMENT = frozenset(
    words_of("""Federal State Territory Provincial National Commonwealth Interim Transitional
    Military Regional Local Central Municipal City County""")
)
_ADMINISTRATION = re.compile(
    r"\s+(?:administration|government|campaign|family|presidency|era|camp|regime)$",
    re.IGNORECASE,
)
_SCALE_NEXT = re.compile(r"\s*(?:million|billion|thousand|trillion|bn|m|per cent|percent|%)\b")
# Roles written after a company's name inside one mention: "Mars Chief Executive".
_TRAILING_ROLE = re.compile(
    r"(?:\s+(?:Chief|Executive|Financial|Operating|Officer|CEO|CFO|Chairman|Chairwoman|Chair|"
    r"President|Spokesman|Spokeswoman|Spokesperson))+$"
)
_ON_RIVER = re.compile(ON_RIVER)
_CO_ROLE = re.compile(r"-?\s*(?:[Cc]hair|[Ff]ounder|[Ll]eader|[Hh]ost|[Ss]ponsor|[Oo]wner)")
_CUT_HEAD = re.compile(r" (?:" + "|".join(HEADS_CUT) + r")(?![\w&'’-])")
_HEADLESS = re.compile(
    r"(?:U\.S\.|U\.K\.|[A-Z][a-z]+)(?: (?:and|for|of|on) [A-Z][a-z]+| [A-Z][a-z]+)+"
    r"(?<!" + r")(?<!".join(w for w in HEADS_CUT) + r")"
)
_AND_MORE = re.compile(r" (?:and|in|of|on|for) [A-Z][a-z]+(?: [A-Z][a-z]+)?(?![\w&'’-]| [A-Z])")
_NUMBER_NAME = re.compile(r" (?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty)\b")
_SUFFIX_AFTER = re.compile(
    r" (?:plc|PLC|AG|SE|NV|Inc|Corp|Ltd|LLC|A/S|ASA|AB|Oyj|SpA|GmbH|BV|SRL|SARL|LLP)(?![\w&'’/-])"
)
_NAME_DIGIT = re.compile(r" [1-9](?![\w.,:%/’'-]| ?(?:%|per\s*cent|million|billion|bn|m)\b)")
_PORTFOLIO = re.compile(r" (?:Secretary|Minister|Commissioner|Czar|Tsar) (?:[A-Z][a-z]|of\b)")
_AFTER_DATELINE = re.compile(
    r"(?:^|\n)[A-Z][A-Z.' -]+(?:,[^\n(]{1,30})?\s*(?:\([^)\n]{1,30}\))?\s*[-–—]\s*$"
)
# A name made into an adjective: "Kroger-owned", "Seattle-based", "Saudi-led".
_COMPOUND_TAIL = re.compile(
    r"-(?:owned|based|led|backed|born|run|funded|listed|made|linked|controlled|affiliated"
    r"|headquartered|sponsored|bound|held|inspired|allied)$"
)


# owners that are no name of their own: "People's Daily", "Women's Aid", "Children's Society"
_COLLECTIVE_OWNERS = frozenset({"People", "Women", "Children", "Men"})


def split_possessives(text: str, raw: list[RawMention]) -> list[RawMention]:
    """ "Alphabet's Google" as the model saw it is two names, owner and owned."""
    out = []
    for r in raw:
        inner = re.search(r"['’]s\s+(?=[A-Z])", text[r.start : r.end])
        owned = text[r.start + inner.end() : r.end] if inner else ""
        words = owned.split()
        at = r.kind == "organization" and _AT_BODY.search(text, r.start, r.end)
        owner = text[r.start : r.start + inner.start()] if inner else ""
        if (
            inner
            and r.kind == "organization"
            and (
                words[-1] not in gz.ORG_WORDS | gz.PLACE_WORDS
                or owner in gz.PLACES
                or _named_body(owner)  # "Tufts University's Feinstein International Center"
                or _surname_in_text(text, owner)  # "Braun's Ithaca Holdings", "Scooter Braun"
            )
            and not _owner_in_name(text, r.start, r.end, owner, owned, firm=True)
        ):  # ("Sydney's Central Business District": a place and a place in it)
            out.append(RawMention(r.start, r.start + inner.start(), r.kind))
            out.append(RawMention(r.start + inner.end(), r.end, r.kind))
        elif inner and r.kind == "person" and _owner_and_owned(text, owner, words):
            # "Pakistan's President Pervez Musharraf", "Adelson's Sands": the owned name's kind
            # is left for its other mentions and its context to tell
            out.append(RawMention(r.start, r.start + inner.start(), r.kind))
            out.append(RawMention(r.start + inner.end(), r.end, "other"))
        elif (
            at
            and _ends_as_body(text[at.end() : r.end])
            and len(LEADING_JUNK.sub("", text[r.start : at.end()]).split()) > 2
        ):
            # "the Center for Weight Management at Brigham and Women's Hospital": two bodies
            out.append(RawMention(r.start, at.end() - len(" at "), r.kind))
            out.append(RawMention(at.end(), r.end, r.kind))
        else:
            out.append(r)
    return out


def _surname_in_text(text: str, name: str) -> bool:
    """Whether a one-word name is a person's surname the text gives in full elsewhere."""
    if not re.fullmatch(r"[A-Z][a-z]+", name):
        return False
    return re.search(rf"\b[A-Z][a-z]+ {name}\b(?!['’]s)", text) is not None


def _named_body(name: str) -> bool:
    """A body's full name, which owns what follows its 's ("Vox Media's Code Media"); a
    one-word owner may be a shop's own name ("McDonald's Restaurants")."""
    words = name.split()
    return len(words) >= 2 and words[-1] in gz.ORG_WORDS


def _owner_and_owned(text: str, owner: str, owned: list[str]) -> bool:
    """Whether a person span across an 's holds two names: the owner is a place, or the
    owned name opens with a title or stands alone elsewhere; "Delgado's Panaderia", named
    nowhere else, is one shop."""
    if owned[-1] in gz.ORG_WORDS | gz.PLACE_WORDS:
        return False  # "Sam's Club"
    alone = re.search(rf"(?<!['’]s )\b{re.escape(owned[-1])}\b(?!['’]s [A-Z])", text)
    return owner in gz.PLACES or owned[0] in gz.TITLES or bool(alone)


_AT_BODY = re.compile(
    r"(?:"
    + "|".join(w for w in sorted(gz.ORG_WORDS) if w[0].isupper() and "." not in w)
    + r")(?: (?:of|for) [A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*)*)? at (?=[A-Z])"
)


def _sentence_stop(text: str, start: int, end: int) -> bool:
    """The dot after a name is the sentence's full stop, no abbreviation's: "its Model X.
    The" (a letter ending a name is no initial), "rated Apple Inc. The" where the story
    writes "Apple Inc" elsewhere without the dot."""
    if not re.match(r"\.(?:\s+[A-Z\"“]|\s*$)", text[end:]):
        return False
    name = text[start:end]
    firm = re.search(r"\b(?:Inc|Corp|Co|Ltd)$", name)
    undotted = firm and re.search(rf"(?<![\w&]){re.escape(name)}(?![\w.&])", text)
    return bool(re.search(r" [A-Z]$", name) or undotted)


def _owner_in_name(text: str, start: int, end: int, owner: str, owned: str, firm: bool) -> bool:
    """An 's that belongs to the name, not to an owner before it: "People's Bank of China"
    (a body of), "People's Daily" (no one's own name before the 's) and, for a firm, "Dick's
    Sporting Goods" (one store)."""
    return _body_of(owned) or owner in _COLLECTIVE_OWNERS or (firm and _one_store(text, start, end))


def _body_of(owned: str) -> bool:
    """ "People's Bank of China", "People's Republic of China": a body's or a state's head
    word with "of" after the 's is one name."""
    return any(
        (w in gz.ORG_WORDS or w in _STATE_HEADS) and n == "of" for w, n in pairwise(owned.split())
    )


_PACT_HEADS = frozenset(
    words_of("Accord Accords Agreement Protocol Treaty Convention Pact Declaration Charter")
)
# capitalised words right before a pact's head, not opening a sentence: "the Paris Climate"
_PACT_NAME = re.compile(r"\b(?:the|a|of|to|in|at|on|by|with|under) ((?:[A-Z][\w'’-]+ )+)$")
_STATE_HEADS = frozenset(words_of("Republic Kingdom Emirate Sultanate Principality"))


def _name_with_s(text: str, start: int, end: int) -> bool:
    """ "Lay's", "M&M's" in a list: an 's with no noun after it, on a name the text never
    writes without it."""
    listed = re.match(r"['’]s(?:[.,;]|\s+(?:and|or)\s+[A-Z])", text[end : end + 12])
    firm = " & " in text[start:end] and re.match(r"['’]s\b", text[end : end + 3])
    if not (listed or firm):  # ("Standard & Poor's": a firm named for its founders)
        return False
    bare = re.escape(text[start:end])
    return not re.search(r"(?<![\w&])" + bare + r"(?![\w&'’])", text)


def _one_store(text: str, start: int, end: int) -> bool:
    """ "Dick's Sporting Goods": an owner and a name of two words or more, neither ever named
    alone in the text, is one store's name; "Alphabet's Google Cloud" beside "Google" is an
    owner and its unit."""
    inner = re.search(r"['’]s\s+(?=[A-Z])", text[start:end])
    if not inner:
        return False
    owner, owned = text[start : start + inner.start()], text[start + inner.end() : end]
    if " " in owner or owner in gz.PLACES:  # "Sydney's Central Business District": two
        return False
    if len(owned.split()) < 2:  # "Fisherman's Terminal", "Mother's Day": a place or a day
        parts = (owner,) if owned in _POSSESSIVE_HEADS else ()
    else:
        parts = (owner, owned, owned.split()[0])
    return bool(parts) and not any(
        re.search(r"(?<!['’]s )(?<![\w&-])" + re.escape(part) + r"(?![\w&'’-])", text)
        for part in parts
    )


# Nouns named after an owner that is no name of its own: "Fisherman's Terminal".
_POSSESSIVE_HEADS = frozenset(
    words_of("""Day Eve Terminal Wharf Vineyard Kitchen Inn Hall Market Landing Wood Row Lane
    Cathedral Chapel Creek Point Garden Gardens Quay Cove Island Park Bay Head""")
)


def _ends_as_body(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[-1] in gz.ORG_WORDS


# --- one mention --------------------------------------------------------------------------


def _title_the(text: str, start: int) -> bool:
    """A capital "The" inside a sentence opens a title ("told The Grayzone", "at The Hague"),
    where a plain "the" or a sentence's first word would not."""
    return (
        start >= 2
        and text.startswith("The ", start)
        and bool(re.match(r"[a-z,;:] ", text[start - 2 : start]))
        and not is_sentence_start(text, start)
    )


# "... and Prevention (Africa CDC", "Party(BNP)", "Steve Waugh(c)": the short form (or a
# captain's mark) in brackets is no part of the name
_BRACKET = re.compile(r" \(|(?<=[A-Za-z])\((?=[A-Za-z]{1,6}\))")


# a sentence opening with what a firm is, then its name: "Investment bank Goldman Sachs"
_DESCRIBED = re.compile(r"[A-Z][a-z]+((?: [a-z]+)+) (?=[A-Z])")


_NUMBERED = re.compile(rf"\b{NUMBERED_NAME_HEADS}\b")


def _common_nouns(words: str) -> bool:
    """Lower-case words that are no name's small words ("of", "de", "without")."""
    return not any(w in FUNCTION_WORDS or w in PARTICLES for w in words.split())


def refine(text: str, raw: RawMention) -> Mention | None:
    start, end = raw.start, raw.end
    piece = text[start:end]
    if "\n" in piece:  # a name never crosses a paragraph break
        piece = piece.split("\n", 1)[0]
        end = start + len(piece)
    handle = re.search(r"\s+(?:@\w+|https?://\S+)", piece)
    if handle and handle.start() > 0:  # "Twitter @luciasuarezsang": the handle is no name
        piece = piece[: handle.start()]
        end = start + len(piece)
    score = re.search(r"(?: \d[\d.,]*)+$", piece) if raw.kind == "person" else None
    if score and score.start() > 0:  # "G. Kersey 63", "Durham 114": a score after the name
        piece = piece[: score.start()]
        end = start + len(piece)
    hyphened = re.match(r"-[A-Z][\w’']*(?!\.[A-Z])", text[end : end + 20])  # (not "EU-U.S.")
    if hyphened and "\n" not in piece:  # "Cheez" + "-It": one name the model cut at the hyphen
        end += hyphened.end()
        piece = text[start:end]
    stop = re.search(
        r"\b(?:Inc|Corp|Ltd|Co|Plc)\.(?= (?!(?:Inc|Corp|Ltd|Co|Plc|LLC)\b)[A-Z])", piece
    )
    if stop:  # "Chubb Ltd. Berkshire ...": a sentence ended after the suffix
        piece = piece[: stop.end()]
        end = start + len(piece)
    bracket = _BRACKET.search(text, start, end + 8)
    if bracket and start < bracket.start() < end:
        piece = text[start : bracket.start()]
        end = bracket.start()
    lead = LEADING_JUNK.match(piece)
    if lead and not _title_the(text, start):
        start += lead.end()
    elif not lead and _title_the(text, start - 4):
        start -= 4  # "obtained by The Grayzone": the model left the title's "The" out
    role = _ROLE_OF.match(text, start, end)
    if role:
        start = role.end()  # "Founder of Ceres Robotics Inc.": the firm, not its founder
    opener = SENTENCE_OPENER.match(text, start, end)
    quoted = re.search(r"[:,]\s*[\"“‘']$", text[max(0, start - 4) : start])  # 'added: "Under'
    if opener and (is_sentence_start(text, start) or quoted):
        start = opener.end()  # "Tomorrow Harrison's family", "Senior CFMEU officials"
    described = _DESCRIBED.match(text, start, end)
    if described and is_sentence_start(text, start) and _common_nouns(described.group(1)):
        start = described.end()  # "Boutique bank Evercore Advisors", "Ratings agency Moody's"
    count = COUNT_OPENER.match(text, start, end)
    people = count and re.sub(r"['’]s?$", "", text[count.end() : end])
    if count and is_sentence_start(text, start) and people in gz.NATIONALITIES | gz.PLACES:
        start = count.end()  # "Two Sri Lankans" (but "Three Mile Island" stays whole)
    trail = _TRAILING_JUNK.search(text[start:end])
    if trail and trail.start() > 0:
        end = start + trail.start()
    end = start + len(text[start:end].rstrip())  # "Home Office '": the space before a quote
    letters = _POST_NOMINALS.search(text[start:end]) or _MARKET_CODE.search(text[start:end])
    if letters and letters.start() > 0:
        end = start + letters.start()  # "Wayne Martin QC": the letters are no part of the name
    compound = _COMPOUND_TAIL.search(text, start, end)
    if compound and compound.start() > start:
        end = compound.start()  # "Kroger-owned QFC": the owner is the name
    if _name_with_s(text, start, end):
        end += 2  # "M&M's and Snickers": the 's is the brand's own, not a possessive
    if piece.strip() in gz.CORPORATE_SUFFIXES - {"Group", "Company", "Co", "Co."}:
        owner = re.search(
            r"(?<![\w&.'’-])[A-Z][\w&'’-]*[a-z][\w&'’-]* $", text[max(0, start - 30) : start]
        )
        if owner:  # "Adidas" + "AG" where the model saw only the suffix
            start -= len(owner.group())
    suffix = _SUFFIX_AFTER.match(text, end)
    if suffix and text[start:end][:1].isupper():
        end = suffix.end()  # "Shell" + "plc", "Siemens" + "AG": the suffix is in the name
    if river := _ON_RIVER.match(text, end):
        end = river.end()  # "Rostov" + "-on-Don", "Stratford" + "-upon-Avon": one town
    if (
        text[end : end + 1] == "."
        and _ABBREVIATED.search(text[start:end])
        and not _sentence_stop(text, start, end)
    ):
        end += 1  # keep the dot of "U.S." or "Apple Inc."
    elif re.fullmatch(r"[A-Z][a-z]{1,4}", text[start:end]) and re.match(
        r"\.[^\S\n]*(?:\(|[-–—])", text[end : end + 4]
    ):  # (not "in China.\n\n(Reporting by": the sentence's full stop)
        end += 1  # "CAPE CANAVERAL, Fla. (AP) —": a state's abbreviation in a dateline
    if text[start:end].split()[-1:] and text[start:end].split()[-1] in PARTICLES:
        rest = _PARTICLE_REST.match(text, end)
        if rest:
            end = rest.end()  # "Ursula von" + "der Leyen"
    # a name ends with a capitalised word or a number: "Antarctic sea" -> "Antarctic"
    # (but "al-Burhan", "el-Sisi", "bin-Salman" are surnames with a particle)
    tail = re.search(r"(?:\s+(?![a-z]{1,3}-[A-Z]|plc\b)[a-z][\w-]*)+$", text[start:end])
    if tail:
        end -= len(tail.group())
        end = start + len(text[start:end].rstrip(" -–—,;:"))  # "Pokemon GO - unforeseen"
    titled = re.search(r"(\S+)\s+([A-Z][a-z]+)(?:['’]s)?$", text[start:end])
    if titled and titled.group(1) in gz.PLACE_WORDS and is_title(titled.group(2)):
        end = start + titled.end(1)  # "Granville County Sheriff Brindell Wilkins": his county
    score = re.search(r"\s+\d{1,3}[-–]\d{1,3}$", text[start:end])
    if score:  # "Real Madrid 2-0": the score is a figure, not part of the name
        end -= len(score.group())
    # "Meta 798 million euros": the number belongs to the figure, not the name
    number = re.search(r"\s+[\d.,]+$", text[start:end])
    if number and _SCALE_NEXT.match(text[end : end + 20]):
        end -= len(number.group())
    digit = _NAME_DIGIT.match(text, end)
    if (
        digit
        and " " not in text[start:end]
        and text[start:end] not in MONTHS + WEEKDAYS
        and text[start:end] not in gz.PLACES  # "Italy 1 France 3" is a result
        and not re.match(r",? [A-Z][\w-]+ \d", text[digit.end() : digit.end() + 30])
    ):
        end = digit.end()  # "Ligue" + "1", "Formula" + "1": the number is in the name
        if raw.kind in ("person", "place"):
            raw = RawMention(raw.start, raw.end, "other")
    counted = _NUMBER_NAME.match(text, end)
    if counted and text[start:end][:1].isupper():
        end = counted.end()  # "the Detroit Three", "the Big Four": a group of firms by number
        if raw.kind == "place":
            raw = RawMention(raw.start, raw.end, "organization")
    more = _AND_MORE.match(text, end)
    if more and " " in text[start:end] and raw.kind in ("organization", "other"):
        whole = text[start : more.end()]
        short = name_initials(whole, keep_of=False)
        if len(short) >= 3 and re.search(rf"(?<![\w.]){short}(?![\w.])", text):
            end = more.end()  # "... Co-operation" + "and Development", as "OECD" says
    head = _CUT_HEAD.match(text, end)
    if head and _HEADLESS.fullmatch(text[start:end]):
        end = head.end()  # "Federal Aviation" + "Administration": the model cut the head off
    inner = re.search(r"['’]s\s", text[start:end])
    last_word = text[start:end].split()[-1] if text[start:end].split() else ""
    kept = inner and _owner_in_name(
        text,
        start,
        end,
        text[start : start + inner.start()],
        text[start + inner.end() : end],
        firm=raw.kind == "organization",
    )
    if inner and last_word not in gz.ORG_WORDS | gz.PLACE_WORDS and not kept:
        # "Parata’s Ngātiwai": the owner is the name (but "King's Fund" is one name)
        end = start + inner.start()
    kind = raw.kind
    weight = 1.0
    given = _GIVEN_BEFORE.search(text[max(0, start - 20) : start])
    if (
        given
        and " " not in text[start:end]
        and kind in ("person", "place", "other")
        and given.group(1).lower() not in FUNCTION_WORDS
        and given.group(1) not in gz.TITLES | gz.PLACES | gz.NATIONALITIES
        and given.group(1) not in MONTHS + WEEKDAYS
        and not is_sentence_start(text, start - len(given.group()))
    ):
        start -= len(given.group())  # "Ana Delgado" where the model saw only "Delgado"
    head = re.search(r"(?<![\w'’&.-])([A-Z][A-Za-z]*) $", text[max(0, start - 25) : start])
    if (
        head
        and len(text[start:end].split()) >= 2
        and text[start:end].split()[-1] in gz.CORPORATE_SUFFIXES - {"Group", "Company", "Motor"}
        and head.group(1).lower() not in FUNCTION_WORDS
        and head.group(1) not in gz.TITLES | gz.NATIONALITIES | gz.PLACES
        and head.group(1) not in MONTHS + WEEKDAYS
        and not SENTENCE_OPENER.fullmatch(head.group(1))
    ):
        start -= len(head.group())  # "Starboard Value LP", whose first word the model left out
        kind = "organization"
    pact = _PACT_NAME.search(text, max(0, start - 40), start)
    if pact and text[start:end].split()[-1] in _PACT_HEADS:
        start = pact.start(1)  # "Paris Climate Accord", "Kyoto Protocol": a place names the pact
    # a title after its portfolio: "Mining Minister Catalina Reyes" -> "Minister Catalina Reyes"
    words = text[start:end].split()
    for i in (1, 2):
        if (
            kind in ("person", "other")
            and len(words) > i + 1
            and words[i] in gz.TITLES
            and all(w[:1].isupper() and w not in gz.TITLES for w in words[:i])
            and words[i + 1][:1].isupper()
            and words[i + 1].rstrip(".") not in ("Jr", "Sr")  # "Martin Luther King Jr."
            and all(
                w not in gz.TITLES and w.lower() not in gz.CORPORATE_ROLES for w in words[i:][1:]
            )
        ):  # (not "Mars Chief Executive": the firm and a role, no name)
            start = text.index(words[i], start + len(" ".join(words[:i])))
            break
    # titles: "President Trump" -> "Trump", a person
    while True:
        first = _WORD.match(text, start)
        if not first or first.end() >= end or not is_title(first.group()):
            break
        if raw.kind == "organization" and first.group() in _NAME_WORD_TITLES:
            break  # "General Motors", "State Street", "Premier League"
        last = text[start:end].split()[-1]
        if last in gz.ORG_WORDS or last in gz.PLACE_WORDS:
            break
        rest = text[first.end() : end].lstrip()
        if not rest[:1].isupper():
            break
        if first.group() in ("Earl", "Duke") and len(rest.split()) >= 2:
            break  # "Earl Ray Tomblin": a first name (but "Earl Spencer" is his title)
        start = end - len(rest)
        kind, weight = "person", STRONG
    words = text[start:end].split()
    if (
        kind == "person"
        and len(words) >= 3
        and words[1] in gz.GIVEN_NAMES
        and fold_accents(words[0]) not in gz.GIVEN_NAMES | gz.TITLES | PARTICLES
    ):  # "Beatle George Harrison", "Socceroo Harry Kewell": a descriptor before the name
        start = text.index(words[1], start + len(words[0]))
    portfolio = re.match(
        r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Minister|Secretary)\b", text[end : end + 40]
    )
    if portfolio and kind in ("organization", "other") and text[start:end] not in gz.KNOWN_NAMES:
        return None  # "Industrial Relations Minister", "Fair Trading Minister": a portfolio
    if text[start:end].endswith(" Co") and _CO_ROLE.match(text, end):
        end -= 3  # "The Conservative Party Co Chairman": a co-chairman, no firm's "Co"
    role = _TRAILING_ROLE.search(text[start:end])
    if role and role.start() > 0 and text[start:end][: role.start()].split()[-1] not in gz.TITLES:
        end = start + role.start()  # "Mars Chief Executive" -> "Mars", the company
        kind, weight = "organization", max(weight, MEDIUM)
    ordinal = re.search(r"(?<![\w.,-])\d+(?:st|nd|rd|th) $", text[max(0, start - 8) : start])
    if ordinal and raw.kind in ("organization", "other") and _NUMBERED.search(text, start, end):
        start -= len(ordinal.group())  # "9th" + "U.S. Circuit Court of Appeals": one court
    model_number = re.search(
        r"\b(its|the|a|their|[A-Z][a-z]+) ((?!19\d\d|20\d\d)[A-Z]?\d{3,4}) $",
        text[max(0, start - 16) : start],
    )
    if model_number and model_number.group(1)[0].isupper():  # a maker, not "About 400"
        maker = model_number.group(1)
        model_number = None if maker.lower() in FUNCTION_WORDS else model_number
    if (
        model_number
        and raw.kind in ("organization", "other", "person")
        and " " not in text[start:end]
    ):
        start -= len(model_number.group(2)) + 1  # "its 737 MAX jets": the number is in the name
        return Mention(start, end, "other", text[start:end], STRONG)
    name = text[start:end]
    product = PRODUCT.fullmatch(name)
    if product:  # "iPhone", "iPhones", "iPhone 17": a product, not a firm
        number = re.match(r" \d{1,3}\b(?![.,]\d|%)", text[end : end + 8])
        if number and not _SCALE_NEXT.match(text[end + number.end() : end + number.end() + 20]):
            end += number.end()
        elif small := SMALL_MODEL.match(text, end):  # "iPod shuffle"
            end = small.end()
        return Mention(start, end, "other", text[start:end], MEDIUM)
    honorific = re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? $", text[max(0, start - 6) : start])
    if name in MONTHS and honorific:
        return Mention(start, end, "person", name, STRONG)  # "Mrs May": a surname
    ordinal_led = re.match(r"\d+(?:st|nd|rd|th) [A-Z]", name)  # "5th U.S. Circuit Court"
    if len(name) < 2 or not (name[0].isupper() or ordinal_led) or name in NOT_NAMES:
        return None
    if name in gz.TITLES and re.match(r"\s+[A-Z][a-z]", text[end : end + 3]):
        return None  # "Chair" split from "Chair Lina Khan": a title, not a name
    if all(w in gz.TITLES for w in name.split()) and (" " in name or kind == "person"):
        return None  # "Shadow Treasurer", "Deputy Leader", "the Treasurer": titles only
    if name.lower() in FUNCTION_WORDS and not name.isupper():
        return None
    admin = _ADMINISTRATION.search(name)
    # "the Trump administration" names a person, but "Federal Aviation Administration" (a
    # capitalised head after a name of two words or more) is a body
    own = admin and (admin.group().strip().islower() or " " not in name[: admin.start()])
    if own and name[: admin.start()] in _LEVELS_OF_GOVERNMENT:
        own = None  # "the Federal Government", "the State Government": a body, no one's
    if own and kind == "organization":
        end -= len(admin.group())
        end -= len(re.search(r"(?:['’]s?)?$", text[start:end]).group())  # "Sharon's Government"
        name = text[start:end]
        kind = "person"
    if STORM.fullmatch(name):  # a named storm, whatever the model guessed
        return Mention(start, end, "other", name, STRONG)
    surname = _SURNAME_AFTER.match(text, end)
    if kind == "person" and name in gz.GIVEN_NAMES and surname and _may_be_surname(surname[1]):
        end = surname.end()  # "Treasurer Wayne" + "Swan": the model cut the name short
        name = text[start:end]
    first_name = _GIVEN_BEFORE.search(text, max(0, start - 20), start)
    if (
        kind == "person"
        and first_name
        and first_name.group(1) in gz.GIVEN_NAMES
        and name.split()[0] not in gz.GIVEN_NAMES
        and not any(w.isupper() for w in name.split())  # "Milbank RRP": no name of hers
    ):
        start = first_name.start(1)  # "Alejandro" + "Garcia Padilla": the model cut it short
        name = text[start:end]
    initial = _INITIAL_BEFORE.search(text, max(0, start - 30), start)
    if (
        kind == "person"
        and initial
        and len(name.split()) >= 2
        and (not initial.group(1) or is_title(initial.group(1)))
    ):
        start = initial.start(2)  # "Chairman J." + "Gary Pretlow": his initial is his name's
        name = text[start:end]
    found, evidence = context_evidence(text, start, end, name, kind)
    if evidence >= weight:  # (a title's person is not undone by a weaker hint)
        kind = found
    return Mention(start, end, kind, name, max(weight, evidence))


_GIVEN_BEFORE = re.compile(r"(?<![\w'’.&-])([A-Z][a-z]+) $")
# an initial after a lowercase word, a comma or a title: "Chairman J. Gary Pretlow" (not
# "Plan B. John Smith", a sentence's end)
_INITIAL_BEFORE = re.compile(r"(?:\b([A-Z][a-z]+)|[a-z,;:(\n])\s([A-Z]\.) $")


def country_qualifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "U.S. Food and Drug Administration" where the text calls the body "FDA": the body's
    own name is "Food and Drug Administration" and "U.S." is the country it belongs to."""
    out = []
    for m in mentions:
        lead = COUNTRY_LEAD.match(m.text) if m.kind == "organization" else None
        acronyms = {name_initials(m.text), name_initials(m.text, keep_of=True)} if lead else set()
        if any(len(a) >= 2 and re.search(rf"(?<![\w.]){a}(?![\w.])", text) for a in acronyms):
            country = m.text[: lead.end()].rstrip()
            out.append(Mention(m.start, m.start + len(country), "place", country, STRONG))
            rest = m.start + lead.end()
            out.append(Mention(rest, m.end, m.kind, text[rest : m.end], m.weight))
        else:
            out.append(m)
    return out


_SURNAME_AFTER = re.compile(r" ([A-Z][a-z][\w'’-]*)(?![\w'’-])")


def _may_be_surname(word: str) -> bool:
    """A capitalised word after a lone first name that can carry on the name."""
    return not (
        word.lower() in FUNCTION_WORDS
        or word in MONTHS + WEEKDAYS
        or word in gz.TITLES | gz.PLACES | gz.NATIONALITIES | gz.ORG_WORDS
    )


def common_word(text: str, mention: Mention, lower_words: set[str]) -> bool:
    """A sentence-initial word the text also uses in lower case ("Turnout was ...")."""
    name = mention.text
    if name in gz.ORG_WORDS and (
        _PORTFOLIO.match(text, mention.end) or _SECURITY_AFTER.match(text, mention.end)
    ):
        return True  # "Treasury Secretary Scott Bessent", "the 10-year Treasury note"
    if " " in name or mention.weight >= STRONG:
        return False
    if re.sub(r"s$", "", name.lower()) in UNITS.keys() | MULTIPLIERS.keys():
        return True  # "MARDIN, Turkey Two police officers", "Thousands marched": no name
    if mention.kind != "person" and _PORTFOLIO.match(text, mention.end):
        return name not in gz.PLACES  # "Transportation Secretary Pete Buttigieg": a portfolio
    opening = is_sentence_start(text, mention.start) or bool(
        _AFTER_DATELINE.search(text[max(0, mention.start - 40) : mention.start])
    )
    # ("Farmers say ..." where the text has "farmer"; not "Reuters", which has no "reuter")
    plural = name.endswith("s") and name[:-1].lower() in lower_words
    return (name.lower() in lower_words or plural) and opening


_SECURITY_AFTER = re.compile(r" (?:notes?|bonds?|bills?|yields?|securities|futures)\b")


def not_a_name(text: str, start: int, end: int) -> bool:
    """A people's adjective before a currency ("Swiss francs", "Danish kroner") names no
    people; nor is a time zone ("GMT") or a scale ("Fahrenheit") a name. (A continent's
    adjective is a group, "European leaders" as "French leaders": annotators tag it.)"""
    name = text[start:end]
    if name in _TIME_ZONES or name in _SCALES:
        return True
    return bool(name in gz.NATIONALITIES and _CURRENCY_AFTER.match(text, end))


_TIME_ZONES = frozenset(words_of("GMT UTC BST CET CEST EST EDT CST CDT MST MDT PST PDT IST JST"))
_SCALES = frozenset(words_of("Fahrenheit Celsius Centigrade MPH KPH"))  # "104 degrees Fahrenheit"
_CURRENCY_AFTER = re.compile(r" (?:" + currency_alternation(CURRENCY_AFTER_PEOPLE) + r")\b")


_LONGEST_PLACE = max(len(p.split()) for p in gz.PLACES)


def known_place_ends(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Czech Republic" the model cut to "Czech": a mention that opens a known place's
    name is the whole place."""
    out = []
    for m in mentions:
        tail = _NEXT_NAME_WORDS.match(text, m.end)
        ends = [w.end() for w in re.finditer(r"\S+", tail.group())] if tail else []
        found = None
        for end in reversed(ends[: _LONGEST_PLACE - len(m.text.split())]):
            candidate = " ".join(text[m.start : m.end + end].split())
            if candidate in gz.PLACES:
                found = m.end + end
                break
        if found is None:
            out.append(m)
        else:
            out.append(Mention(m.start, found, "place", text[m.start : found], STRONG))
    return dedupe(out)


_NEXT_NAME_WORDS = re.compile(r"(?: [A-Z][\w.'’-]*)+")


def join_neighbours(
    text: str,
    mentions: list[Mention],
    joins: Callable[[Mention, Mention], bool],
    weight: float = STRONG,
) -> list[Mention]:
    """Each mention joined to the one before it, as one organisation's name, where
    ``joins(before, mention)`` says the model cut one name in two."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out and joins(out[-1], m):
            last = out[-1]
            out[-1] = Mention(last.start, m.end, "organization", text[last.start : m.end], weight)
            continue
        out.append(m)
    return out


def body_of_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "National Observatory of Athens" the model cut before "of": a body named by an
    organisation word ("Observatory", "University", "Bank") and the place it is of."""
    return join_neighbours(
        text,
        mentions,
        lambda last, m: (
            last.kind == "organization"
            and m.kind == "place"
            and text[last.end : m.start] == " of "
            and last.text.split()[-1] in gz.ORG_WORDS
        ),
    )


def split_caps_dateline(text: str, m: Mention) -> list[Mention]:
    """ "NEW YORK General Electric Co": the dateline's places are places of their own, and
    the rest keeps the kind the model gave the whole ("LONDON Oil" leaves a word to weigh)."""
    line = text.rfind("\n", 0, m.start) + 1
    lead = caps_dateline(text, line)
    if lead is None:
        return _split_dashed_dateline(text, line, m)
    if m.start >= lead.end():
        return [m]
    out = [
        Mention(s, e, "place", text[s:e], STRONG)
        for s, e in dateline_spans(lead)
        if m.start <= s and e <= m.end
    ]
    rest = lead.end() + 1
    if text.startswith("The ", rest) and m.end > rest + 4:
        rest += 4  # "TOKYO The Bank of Japan": the sentence's "The", no part of the name
    word = text[rest : m.end]
    # the story's first word, which the model ran into the dateline, is a name only where
    # the text names it again ("Efforts to combat gunrunning" is none); the evidence for
    # the whole's kind is no evidence for the rest
    if word in NOT_NAMES:
        return out  # "AMSTERDAM International lenders": an adjective, named in no name alone
    if m.end > rest and (" " in word or word in gz.KNOWN_NAMES or _named_again(text, word)):
        out.append(Mention(rest, m.end, m.kind, word))
    return out


def _split_dashed_dateline(text: str, line: int, m: Mention) -> list[Mention]:
    """ "WASHINGTON - Democratic rivals": the model ran the dateline, its dash and the
    story's first word together; the city is a place, the word after the dash a name only
    where the text names it again."""
    dateline = DATELINE.match(text, line)
    dash = dateline and _DASH.match(text, dateline.end(1))
    if not dash or not m.start <= dateline.start(1) < dateline.end(1) < m.end:
        return [m]
    out = dateline_places(dateline.start(1), dateline.group(1))
    word = text[dash.end() : m.end]
    if dash.end() < m.end and _named_again(text, word):
        out.append(Mention(dash.end(), m.end, m.kind, word))
    return out


_DASH = re.compile(r"\s*[-–—]\s*")


def _named_again(text: str, word: str) -> bool:
    """Whether ``word`` is in the text twice or more as a word (not "Tech" in "Technologies")."""
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text)) > 1


def split_double_dateline(text: str, m: Mention) -> list[Mention]:
    """ "ADDIS ABABA/LONDON (Reuters) -": two cities, each a place of its own."""
    line_start = m.start == 0 or text[m.start - 1] == "\n"
    if "/" not in m.text or not line_start or not m.text.isupper():
        return [m]
    dateline = DATELINE.match(text, m.start)
    if not dateline or dateline.end(1) != m.end:
        return [m]
    return dateline_places(m.start, m.text)


def known_long_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Islamic State" where the model saw only "Islamic": a name known to all of two words
    or more takes the place of the pieces the model found inside it."""
    known = [
        Mention(m.start(), m.end(), gz.KNOWN_NAMES[m.group()], m.group(), STRONG)
        for m in _KNOWN_LONG_NAME_RE.finditer(text)
    ]
    return _instead_of_pieces(known, mentions)


def road_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "U.S. Route 460", "State Route 40", "I-95": a road is a place named with its number,
    where the model keeps "U.S. Route" as a body and leaves the number out."""
    roads = [
        Mention(hit.start(), hit.end(), "place", hit.group(), STRONG)
        for hit in _ROAD.finditer(text)
        if hit.group().split()[0].lower() not in FUNCTION_WORDS
    ]
    return _instead_of_pieces(roads, mentions)


_ROAD = re.compile(
    r"(?<![\w.-])(?:(?:U\.S\.|[A-Z][a-z]+) )?(?:Route|Highway|Interstate|Hwy\.?) \d{1,4}[A-Z]?\b"
    r"|(?<![\w.-])I-\d{1,3}\b(?!-)"
)


def comma_laws(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Puerto Rico Oversight, Management and Economic Stability Act": a law's name
    with a list in it is one name, where the model cuts it at the comma."""
    laws = [
        Mention(hit.start(1), hit.end(1), "other", hit.group(1), STRONG)
        for hit in _COMMA_LAW.finditer(text)
    ]
    return _instead_of_pieces(laws, mentions)


_TITLE_WORD = r"(?:[A-Z][\w'’-]*|of|for|on|the)"
_COMMA_LAW = re.compile(
    rf"\b[Tt]he ((?:[A-Z][\w'’-]* )(?:{_TITLE_WORD} )*?[A-Z][\w'’-]*,"
    rf"(?: [A-Z][\w'’-]*(?: {_TITLE_WORD})*,)* (?:[A-Z][\w'’-]* )*(?:and|&) (?:[A-Z][\w'’-]* )+Act)"
    r"\b"
)


def treaty_subjects(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "U.N. Convention" + "on the Law of the Sea", "Treaty" + "on the Non-Proliferation of
    Nuclear Weapons": a treaty's name runs on through what it is on or of, where the model
    stops at the small word."""
    longer = {}
    for m in mentions:
        tail = _TREATY_SUBJECT.match(text, m.end)
        if m.kind == "other" and m.text.split()[-1] in _TREATY_WORDS and tail:
            end = tail.end()
            longer[id(m)] = Mention(m.start, end, "other", text[m.start : end], m.weight)
    if not longer:
        return mentions
    return _instead_of_pieces(list(longer.values()), [m for m in mentions if id(m) not in longer])


_TREATY_WORDS = frozenset(words_of("Convention Treaty Protocol Agreement Accord Covenant"))
_TREATY_SUBJECT = re.compile(
    r" (?:on|of|for|against) (?:the )?[A-Z][\w'’-]*"
    r"(?: (?:(?:of|on|and|for|in|the|against) )*[A-Z][\w'’-]*)*"
)


def car_models(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Chevrolet Equinox", "Ford Focus", "Chevy HHR": a maker and a model name one car (a
    product), where the model tags the maker as a firm, the model word as anything."""
    cars = [
        Mention(hit.start(), hit.end(), "other", hit.group(), STRONG)
        for hit in _CAR_MODEL.finditer(text)
        if not {hit.group(2), hit.group(2).removesuffix("s")} & _NO_CAR_MODEL
    ]
    return _instead_of_pieces(cars, mentions)


_CAR_MAKERS = (
    "Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Subaru|Mazda|Hyundai|Kia|Jeep|Dodge|Buick"
    "|Cadillac|Lexus|Audi|Volkswagen|VW|BMW|Porsche|Volvo|Tesla|Fiat|Chrysler|Mitsubishi"
)
# a model's name: "Equinox", "Imprezas", "HHR", "F-150", "Bolt EV"; not the end of the
# firm's own name ("Ford Motor", "Tesla Chief", "Toyota Music Factory") nor a family's
# ("VW ID. Buzz")
_CAR_MODEL = re.compile(
    rf"(?<![\w.-])({_CAR_MAKERS})"
    r" ([A-Z][a-z]{2,}|[A-Z]{3,4}\d*|[A-Z]{2}\d*(?!\.)|[A-Z]-?\d{2,3})"
    r"(?: (?:EV|Hybrid|[A-Z]{1,2}\d*))?(?![\w-]|\.\w| [A-Z][a-z]| \d)"
)
_NO_CAR_MODEL = (
    gz.ORG_WORDS
    | gz.CORPORATE_SUFFIXES
    | gz.PLACES
    | gz.TITLES
    | frozenset(
        words_of("""Motor Chief North South East West Sales Project Connect Heavy Financial Credit
    Music Foundation Center Centre Field Stadium Arena Park Museum Plant Factory CEO Executive
    Chairman Spokesman Spokeswoman Board Dealers America Americas Europe Asia Japan China City
    Chrysler Dodge Jeep""")
    )
)


def _instead_of_pieces(found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """``found`` names, each instead of the model's mentions inside it."""
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    return dedupe(found + kept)


def court_cases(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Abood v. Detroit Board of Education", "U.S. v. Mohamud": a case is one name (a law's
    kind), where the model finds its parties apart or runs it into "Supreme Court" after;
    so is a federal appeals court named by its circuit after "for the"."""
    cases = []
    for hit in _COURT_CASE.finditer(text):
        s = hit.start() + (junk.end() if (junk := _CASE_OPENER.match(hit.group())) else 0)
        e = hit.end() - hit.group().endswith(".")  # "... Abbott v. Burke." ends a sentence
        cases.append(Mention(s, e, "other", text[s:e], STRONG))
    courts = [
        Mention(hit.start(), hit.end(), "organization", hit.group(), STRONG)
        for hit in _APPEALS_COURT.finditer(text)
    ]  # "the U.S. Court of Appeals for the 4th Circuit", which the model cuts at "for"
    mentions = _instead_of_pieces(courts, mentions)
    if not cases:
        return mentions
    out = list(cases)
    for m in mentions:
        case = next((c for c in cases if c.start < m.end and m.start < c.end), None)
        if case is None:
            out.append(m)
        elif m.end > case.end and (tail := re.match(r"\s+([A-Z].*)", text[case.end : m.end])):
            s = case.end + tail.start(1)  # "... Education Supreme Court": the court after it
            out.append(Mention(s, m.end, m.kind, text[s : m.end], m.weight))
    return sorted(out, key=lambda m: m.start)


_CASE_PARTY = r"[A-Z][\w'’.-]*(?: (?:of|the|for|and|(?!Supreme\b)[A-Z][\w'’.-]*)){0,5}"
_COURT_CASE = re.compile(
    rf"(?<![\w.])(?:U\.S\.|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}}) v\. {_CASE_PARTY}"
    r"(?<! of)(?<! the)(?<! for)(?<! and)"
)
_APPEALS_COURT = re.compile(
    r"(?:U\.S\. )?Court of Appeals for the (?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth"
    r"|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|District of Columbia|D\.C\.) Circuit"
)
_CASE_OPENER = re.compile(r"(?:The|In|Under|After|Since|Both|See) ")


_KNOWN_LONG_NAME_RE = re.compile(
    r"(?<![\w&-])(?:"
    + "|".join(re.escape(n) for n in sorted(gz.KNOWN_NAMES, key=len, reverse=True) if " " in n)
    + r")(?![\w&]|-(?!(?:held|controlled|run|led|backed|linked|inspired|allied)\b))"
)  # ("the Islamic State-held city": the name before a compound's tail)


# movements a people's adjective is put before, no part of their name ("Welsh Liberal
# Democrats", "Saudi Aramco", "Scottish Parliament" are names)
_MOVEMENTS = frozenset(("Islamic State", "Al Qaeda", "al Qaeda", "Muslim Brotherhood", "Hezbollah"))


def split_peoples(m: Mention) -> list[Mention]:
    """ "Israeli-Palestinian", "U.S.-Israeli": two peoples or places; "Tunisian Islamists",
    "Islamist Muslim Brotherhood": a people's adjective before another group's name."""
    pair = re.fullmatch(r"([\w.]+)-([\w.]+)", m.text)
    known = gz.NATIONALITIES | gz.PLACES | gz.ABBREVIATIONS.keys()  # ("EU-Turkey deal")
    hyphenated_american = pair and re.fullmatch(r"Americans?", pair.group(2))
    one_region = m.text in gz.PLACES  # "Asia-Pacific shares", "Guinea-Bissau": one place
    if (
        pair
        and pair.group(1) in known
        and pair.group(2) in known
        and not hyphenated_american
        and not one_region
    ):
        return [
            Mention(
                m.start + pair.start(i),
                m.start + pair.end(i),
                gz.ABBREVIATIONS.get(pair.group(i))
                or ("group" if pair.group(i) in gz.NATIONALITIES else "place"),
                pair.group(i),
                STRONG,
            )
            for i in (1, 2)
        ]
    words = m.text.split(" ", 1)
    if (
        len(words) == 2
        and words[0] in gz.NATIONALITIES
        and words[0] not in COMPASS
        and (
            words[1].split()[0] in gz.NATIONALITIES
            or words[1] in _MOVEMENTS  # "Tunisian Islamic State"
        )
        and not words[1].endswith(" Party")  # "Chinese Communist Party": the party's name
        and not re.fullmatch(r"Americans?", words[1])  # "African Americans": one people
    ):
        rest = m.start + len(words[0]) + 1
        kind = "group" if words[1] in gz.NATIONALITIES else m.kind
        kind = "organization" if words[1] in _MOVEMENTS else kind
        return [
            Mention(m.start, m.start + len(words[0]), "group", words[0], STRONG),
            Mention(rest, m.end, kind, words[1], m.weight),
        ]
    return [m]


def split_people_adjective(text: str, m: Mention) -> list[Mention]:
    """ "Hindu Hare Krishna" is a people's adjective before a name when the text also names
    "Hare Krishna" on its own (but "British Airways", never "Airways" alone, stays one)."""
    words = m.text.split(" ", 1)
    born = _BORN.fullmatch(words[0])
    if born and len(words) == 2 and words[1][:1].isupper():
        return _split_born(m, born.group(1), words[1])
    if len(words) != 2 or words[0] not in gz.NATIONALITIES or words[0] in COMPASS:
        return [m]
    rest = words[1]
    if not re.fullmatch(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]+)+", rest):
        return [m]
    if rest.split()[-1] in gz.ORG_WORDS | gz.PLACE_WORDS | gz.OTHER_WORDS:
        return [m]  # "European Commission", "Australian Federal Police": the whole is the body
    alone = re.compile(r"(?<![\w&'’-])" + re.escape(rest) + r"(?![\w&-])")
    if not any(
        not re.search(r"[A-Z][\w'’-]* $", text[max(0, a.start() - 30) : a.start()])
        for a in alone.finditer(text)
    ):
        return [m]
    rest_start = m.start + len(words[0]) + 1
    return [
        Mention(m.start, m.start + len(words[0]), "group", words[0], STRONG),
        Mention(rest_start, m.end, m.kind, rest, m.weight),
    ]


_BORN = re.compile(r"([A-Z][a-z]+)-born")


def _split_born(m: Mention, origin: str, rest: str) -> list[Mention]:
    """ "Australian-born Assange": where a person was born is no part of the name."""
    rest_start = m.end - len(rest)
    parts = [Mention(rest_start, m.end, m.kind, rest, m.weight)]
    kind = "group" if origin in gz.NATIONALITIES else "place" if origin in gz.PLACES else None
    if kind:
        parts.insert(0, Mention(m.start, m.start + len(origin), kind, origin, STRONG))
    return parts


def split_olympic(m: Mention) -> list[Mention]:
    """ "Sydney Olympic champion", "Double Olympic champion": one name to the model, but the
    word before "Olympic" is a place, a people or no name at all, and "Olympic" the Games."""
    words = m.text.split()
    if len(words) < 2 or words[-1] != "Olympic":
        return [m]
    games = Mention(m.end - len("Olympic"), m.end, "other", "Olympic", STRONG)
    head = " ".join(words[:-1])
    if head in gz.PLACES:
        return [Mention(m.start, m.start + len(head), "place", head, STRONG), games]
    if head in gz.NATIONALITIES:
        return [Mention(m.start, m.start + len(head), "group", head, STRONG), games]
    return [games]


def split_place_person(text: str, m: Mention) -> list[Mention]:
    """ "ambassador to Ukraine Marie Yovanovitch", "envoy to Ukraine Kurt Volker": a place
    the model ran into the full name after it, when the text names the person alone too
    ("Chelsea Clinton", one word after the place, stays whole)."""
    words = m.text.split(" ")
    if m.kind not in ("person", "organization") or len(words) != 3 or words[0] not in gz.PLACES:
        return [m]
    rest = words[1:]  # a first name and a surname
    if any(w in gz.ORG_WORDS or not w[:1].isupper() for w in rest):
        return [m]
    repeats = re.finditer(rf"\b{re.escape(rest[-1])}\b", text)
    if not any(not m.start <= hit.start() < m.end for hit in repeats):
        return [m]
    person = m.start + len(words[0]) + 1
    return [
        Mention(m.start, m.start + len(words[0]), "place", words[0], STRONG),
        Mention(person, m.end, "person", " ".join(rest), m.weight),
    ]


def split_person_of_place(m: Mention) -> list[Mention]:
    """ "Bishop Gregory Cooper of Baton Rouge": a person and where he is from, which the
    model ran into one name (a first name leads, so no "Bank of America")."""
    hit = _PERSON_OF.fullmatch(m.text)
    if m.kind not in ("person", "other") or not hit or hit.group(1) not in gz.GIVEN_NAMES:
        return [m]
    name, place = hit.end("rest"), hit.start("place")
    # (where someone is "of" is mostly a town: the place's other mentions outvote a guess)
    known = hit.group("place") in gz.PLACES
    return [
        Mention(m.start, m.start + name, "person", m.text[:name], m.weight),
        Mention(m.start + place, m.end, "place", hit.group("place"), MEDIUM if known else 0.5),
    ]


_PERSON_OF = re.compile(
    r"((?<![\w'’.-])[A-Z][a-z]+)(?P<rest>(?: [A-Z][\w'’.-]+){1,2})"
    r" of (?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})"
)


_LOCAL_ROLES = frozenset(words_of("Mayor Governor Sheriff Prefect"))


def split_place_role_person(m: Mention) -> list[Mention]:
    """ "Falluja Mayor Issa al-Issawi", "Connecticut Governor Dannel Malloy": a place, the
    office and the person holding it, which the model ran into one name."""
    words = m.text.split(" ")
    if len(words) < 4 or words[1] not in _LOCAL_ROLES or not words[0][:1].isupper():
        return [m]
    if not all(re.fullmatch(r"(?:[a-z]{1,3}-)?[A-Z][\w'’.-]*", w) for w in words[2:]):
        return [m]  # (a name's particle may lead a word: "al-Issawi")
    person = m.start + len(words[0]) + len(words[1]) + 2
    return [
        Mention(m.start, m.start + len(words[0]), "place", words[0], MEDIUM),
        Mention(person, m.end, "person", " ".join(words[2:]), max(m.weight, MEDIUM)),
    ]


def split_body_person(m: Mention) -> list[Mention]:
    """ "U.S. Representative Elijah Cummings", "Speaker of the House of Representatives Nancy
    Pelosi": a place or a body, then a title or the body's last word, then a person's full
    name (a known first name after a body), which the model ran into one name."""
    words = m.text.split(" ")
    if len(words) < 4 or not all(w[:1].isupper() for w in words[-2:]):
        return [m]
    titled = words[-3] in _OFFICES
    headed = words[-3] in _BODY_ENDS and words[-2] in gz.GIVEN_NAMES
    named = not ({words[-2], words[-1]} & (gz.TITLES | gz.ORG_WORDS | gz.PLACE_WORDS))
    if not (titled or headed) or not named:
        return [m]
    body = words[:-3] if titled else words[:-2]
    skipped = 0
    while body and (is_title(body[0]) or body[0] in ("of", "the")):
        skipped += len(body.pop(0)) + 1  # "Speaker of the House ...": the House
    person = m.end - len(words[-2]) - len(words[-1]) - 1
    out = []
    if body:
        name = " ".join(body)
        start = m.start + skipped
        kind = "place" if name in gz.PLACES else "organization"
        out.append(Mention(start, start + len(name), kind, name, max(m.weight, MEDIUM)))
    out.append(Mention(person, m.end, "person", m.text[person - m.start :], STRONG))
    return out


_BODY_ENDS = gz.ORG_WORDS | {"Representatives", "Commons", "Lords", "Enforcement"}
# titles held by one person, named after them ("Chief" and "Health" also name bodies)
_OFFICES = frozenset(
    words_of("""Representative Rep Rep. Senator Sen Sen. Governor Gov Gov. Mayor President
    Minister Secretary Speaker Ambassador Judge Commissioner Sheriff Chairman Chairwoman
    Spokesman Spokeswoman MP""")
)


_PARTY_PEOPLE = frozenset(words_of("Democrats Republicans Democrat Republican"))
_CHAMBERS = frozenset(words_of("House Senate Assembly"))


def split_place_party(m: Mention) -> list[Mention]:
    """ "Virginia Democrats", "House Republicans": a party's members in a state or a chamber,
    which names the place or the body, then the party."""
    words = m.text.rsplit(" ", 1)
    if len(words) != 2 or words[1] not in _PARTY_PEOPLE:
        return [m]
    if words[0] in gz.PLACES:
        kind = "place"
    elif words[0] in _CHAMBERS:
        kind = "organization"
    else:
        return [m]
    party = m.start + len(words[0]) + 1
    return [
        Mention(m.start, m.start + len(words[0]), kind, words[0], STRONG),
        Mention(party, m.end, "group", words[1], STRONG),
    ]


# British parties named before a member's full name ("Lib Dem Norman Baker") or a brief
_PARTY_LABEL = re.compile(
    r"(?:Lib Dem|Liberal Democrat|Labour|Tory|Conservative|SNP|UKIP|Plaid) (?=[A-Z])"
)
_ROLE_AFTER = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|secretary|minister|chief|leader|chairman|candidate)\b"
)


def split_party_label(text: str, m: Mention) -> list[Mention]:
    """ "Lib Dem Norman Baker", one person to the model, is the party and its member; "Lib Dem
    Home Affairs spokesman" is the party and a brief, no name."""
    label = _PARTY_LABEL.match(m.text)
    if label is None:
        return [m]
    name = label.group().rstrip()
    party = Mention(m.start, m.start + len(name), "organization", name, STRONG)
    rest = m.text[label.end() :]
    # (but "UKIP Scotland chairman": the party's branch in a place is a body of its own)
    if rest.istitle() and rest not in gz.PLACES and _ROLE_AFTER.match(text, m.end):
        return [party]
    words = rest.split()
    if m.kind != "person" or not 2 <= len(words) <= 3:
        return [m]
    if not all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words):
        return [m]
    return [party, Mention(m.start + label.end(), m.end, "person", rest, STRONG)]


_LISTED_NAME = re.compile(r"\b(?:of|for|on)\b.*, .*\band\b")  # "Ministry of Economy, Trade and ..."
_AFTER_COMMA_IN_NAME = frozenset(words_of("Inc Inc. Ltd Ltd. LLC Jr Jr. Sr Sr. Co Co."))


def split_commas(m: Mention) -> list[Mention]:
    """ "CBS All Access, Disney", "Dell, Samsung": a list the model took for one name is its
    names (but "Ministry of Economy, Trade and Industry" and "Acme, Inc." are one name)."""
    parts = m.text.split(", ")
    if len(parts) < 2 or _LISTED_NAME.search(m.text) or parts[-1] in _AFTER_COMMA_IN_NAME:
        return [m]
    if " and " in parts[-1] and parts[-1].split()[-1] in gz.ORG_WORDS:
        return [m]  # "Construction, Forestry, Mining and Energy Union"
    if not all(re.match(r"[A-Z]", part) for part in parts):
        return [m]
    out, start = [], m.start
    for part in parts:
        kind = "place" if part in gz.PLACES else m.kind  # "Auckland, New Zealand"
        out.append(Mention(start, start + len(part), kind, part))
        start += len(part) + 2
    return out


# a body's whole name, its head first: "University of California", "Council on ... Relations"
_BODY_NAME = re.compile(
    r"(?:University|Council|Institute|Ministry|Department|Bank|Agency|Commission|Committee"
    r"|Association|Federation|Foundation|Society|Academy|College|School|Center|Centre|Office)"
    r" (?:of|on|for) (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*"
)


def split_conjoined(text: str, m: Mention) -> list[Mention]:
    """ "Whole Foods and QFC" as the model saw it is two names when the text names each of
    them alone too, or when the second is a firm's full name (but "Trinidad and Tobago",
    never split elsewhere, stays one)."""
    parts = m.text.split(" and ")
    if len(parts) != 2 or m.text in gz.PLACES or parts[0] == parts[1]:
        return [m]
    # "Council on American-Islamic Relations and University of California": two bodies
    bodies = all(_BODY_NAME.fullmatch(part) for part in parts)
    if not (bodies or _named_apart(text, parts)):
        return [m]
    second = m.start + len(parts[0]) + len(" and ")
    return [
        Mention(m.start, m.start + len(parts[0]), m.kind, parts[0]),
        Mention(second, m.end, m.kind, parts[1]),
    ]


def _named_apart(text: str, parts: list[str]) -> bool:
    """Two capitalised names, each named alone in the text too, or the second a firm's full
    name ("Ceres Robotics and Tyvak Nano-Satellite Systems Inc")."""
    if not all(re.fullmatch(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*", part) for part in parts):
        return False
    alone = [_named_alone(text, part) for part in parts]
    firm = parts[1].split()[-1] in gz.CORPORATE_SUFFIXES and (alone[0] or " " in parts[0])
    return all(alone) or firm


def join_conjoined(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "World Travel" + "and" + "Tourism Council", "Center on Poverty" + "and" + "Inequality":
    one body's name the model cut at "and", when the text never names either part alone."""
    return join_neighbours(
        text,
        mentions,
        lambda prev, m: (
            prev.kind == m.kind == "organization"
            and text[prev.end : m.start] == " and "
            and _one_body(prev.text.split(), m.text.split())
            and m.text.split()[-1] not in gz.CORPORATE_SUFFIXES  # "... and Tyvak Systems Inc"
            and not any(_named_alone(text, part) for part in (prev.text, m.text))
        ),
    )


def _one_body(first: list[str], second: list[str]) -> bool:
    """A headless first part and a body's head after "and", or a head and its topics."""
    headless = first[-1] not in gz.ORG_WORDS and second[-1] in gz.ORG_WORDS
    topics = any(
        w in gz.ORG_WORDS and n in ("of", "on", "for") for w, n in pairwise(first)
    ) and not any(w in gz.ORG_WORDS for w in second)
    return headless or topics


def _named_alone(text: str, name: str) -> bool:
    """Whether the text names ``name`` anywhere other than in "X and Y"."""
    return bool(
        re.search(
            r"(?<![\w&-])(?<!and )" + re.escape(name) + r"(?![\w&-]| and [A-Z])(?! [A-Z])", text
        )
    )


def dateline_places(start: int, names: str) -> list[Mention]:
    """A dateline's cities at ``start``, one or several joined by "/" (each a place)."""
    return [
        Mention(start + c.start(), start + c.end(), "place", c.group(), STRONG)
        for c in re.finditer(r"[^/]+", names)
    ]
