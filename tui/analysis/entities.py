"""From a recogniser's raw names to entities: trimmed, typed by evidence, aliases merged.

The small model is weak on news in known ways: it keeps "the" and possessives inside names,
types a surname on its own by guesswork ("Maduro" as an organisation, "Machado" as a
place), and never links "Trump" to "Donald Trump" or "US" to "United States". The rules
below fix those with evidence from the text itself, never with names from one article.

This module repairs spans, finds what the model missed and clusters mentions; the kind a
context proves is in ``entity_evidence``, alias merging in ``entity_aliases``, and the
mention and cluster they share in ``entity_core``.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from tui.analysis import gazetteer as gz
from tui.analysis.entity_aliases import merge_aliases
from tui.analysis.entity_core import (
    ARTICLE_PREFIX,
    CLUB_SUFFIXES,
    COMPASS,
    CORPORATE_ROLE,
    COUNTRY_LEAD,
    MEDIUM,
    PARTICLES,
    PLACE_OF,
    STRONG,
    TEAM_PLURAL,
    TEAM_SCORE,
    Cluster,
    Mention,
    all_mentions,
    bare_initials,
    canonical_name,
    cluster_kind,
    dedupe,
    name_initials,
    name_key,
    unproved,
)
from tui.analysis.entity_evidence import (
    context_evidence,
    is_title,
    person_by_first_name,
    team_context,
)
from tui.analysis.lexicon import (
    CURRENCY_AFTER_PEOPLE,
    FUNCTION_WORDS,
    MONTHS,
    WEEKDAYS,
    currency_alternation,
    words_of,
)
from tui.analysis.recognisers import RawMention
from tui.analysis.sentences import is_sentence_start
from tui.model import Entity, Span

# (not the "The" of "The Hague", which is part of the name)
_LEADING_JUNK = re.compile(r"^(?:the|a|an)\s+(?!(?:Hague|Gambia|Bahamas)\b)", re.IGNORECASE)
_TRAILING_JUNK = re.compile(r"(?:['’]s|['’])?[\s.,;:!?\"“”)(\-–—]*$")
_ABBREVIATED = re.compile(r"(?:\b[A-Z]|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|Dr|St))$")
_NAME_WORD_TITLES = frozenset(words_of("General State Premier Crown Supreme Justice Major"))
_PARTICLE_REST = re.compile(
    r"(?:\s+(?:" + "|".join(sorted(PARTICLES)) + r"))*\s+[A-Z][\w'’-]*[a-z]"
)
_WORD = re.compile(r"[A-Za-z][\w.'’&-]*")
_NOT_NAMES = (
    frozenset(
        words_of(
            "State Government Administration Parliament Court Party Committee Army Police Bill"
            " KC QC MP MEP OBE MBE CBE PhD Ph.D. MD M.D."
            " AI GDP CEO CFO COO CTO IPO CPI EV EVs VAT CPU GPU PII"  # common nouns' acronyms
        )
    )
    | set(MONTHS)
    | set(WEEKDAYS)
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
_STORM = re.compile(
    r"(?<![\w-])(?:Hurricane|Typhoon|Super Typhoon|Cyclone|Tropical Storm|Storm) [A-Z][a-z]+"
    r"(?![\w-])"
)
# Products named in Apple's fashion: "iPhone", "iPads", "iOS".
_PRODUCT = re.compile(r"i[A-Z][A-Za-z]+")
# Names of indices and codes the model skips: "S&P 500", "FTSE 100", "Nikkei 225".
_CODE_NAME = re.compile(
    r"(?<![\w&])(?:[A-Z][A-Za-z&]*[A-Z&]|[A-Z][a-z]+)[A-Za-z&]*\s\d{2,4}(?![\d,.]\d|[-/]\d|\d)"
)
# The head word of a body's name, which the model often leaves out: "Federal Aviation" +
# "Administration". Only after a name of two words or more, all capitalised or connectors,
# that does not already end with such a word.
_HEADS_CUT = words_of(
    """Administration Agency Authority Commission Department Office Service Board Bureau
    Council Institute Association Organization Organisation Union Bank Fund Court Committee
    Ministry Foundation Corporation Survey Reserve Center Centre"""
)
_CUT_HEAD = re.compile(r" (?:" + "|".join(_HEADS_CUT) + r")(?![\w&'’-])")
_HEADLESS = re.compile(
    r"(?:U\.S\.|U\.K\.|[A-Z][a-z]+)(?: (?:and|for|of|on) [A-Z][a-z]+| [A-Z][a-z]+)+"
    r"(?<!" + r")(?<!".join(w for w in _HEADS_CUT) + r")"
)
_AND_MORE = re.compile(r" (?:and|in|of|on|for) [A-Z][a-z]+(?: [A-Z][a-z]+)?(?![\w&'’-]| [A-Z])")
_NUMBER_NAME = re.compile(r" (?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty)\b")
_SUFFIX_AFTER = re.compile(
    r" (?:plc|PLC|AG|SE|NV|Inc|Corp|Ltd|LLC|A/S|ASA|AB|Oyj|SpA|GmbH|BV)(?![\w&'’/-])"
)
_NAME_DIGIT = re.compile(r" [1-9](?![\w.,:%/’'-]| ?(?:%|per\s*cent|million|billion|bn|m)\b)")
_PORTFOLIO = re.compile(r" (?:Secretary|Minister|Commissioner|Czar|Tsar) (?:[A-Z][a-z]|of\b)")
_AFTER_DATELINE = re.compile(
    r"(?:^|\n)[A-Z][A-Z.' -]+(?:,[^\n(]{1,30})?\s*(?:\([^)\n]{1,30}\))?\s*[-–—]\s*$"
)
# A name made into an adjective: "Kroger-owned", "Seattle-based", "Saudi-led".
_COMPOUND_TAIL = re.compile(
    r"-(?:owned|based|led|backed|born|run|funded|listed|made|linked|controlled|affiliated"
    r"|headquartered|sponsored|bound)$"
)
_INDEX_WORDS = re.compile(r"^\s+(?:index|indices|fell|rose|slipped|gained|closed|dropped|jumped)\b")


def build_entities(text: str, raw: list[RawMention]) -> tuple[Entity, ...]:
    """Refine raw mentions, add missed repeats, merge aliases and number the entities."""
    lower_words = set(re.findall(r"\b[a-z]+\b", text))
    mentions = [
        m
        for r in _split_possessives(text, raw)
        if (m := _refine(text, r)) is not None
        and not _in_capitals_line(text, m.start)
        and not _common_word(text, m, lower_words)
        and not _continental(text, m.start, m.end)
    ]
    mentions = [part for m in mentions for part in _split_double_dateline(text, m)]
    mentions = [part for m in mentions for part in _split_peoples(m)]
    mentions = _join_conjoined(text, [part for m in mentions for part in _split_conjoined(text, m)])
    for m in mentions:  # "VALENCIA, Spain (Reuters) —": a dateline names a place
        line_start = m.start == 0 or text[m.start - 1] == "\n"
        dateline = line_start and m.text.isupper() and _DATELINE.match(text, m.start)
        if dateline and dateline.end(1) == m.end:
            m.kind, m.weight = "place", STRONG
    mentions = _known_place_ends(text, mentions)
    mentions = _known_long_names(text, mentions)
    mentions = _body_of_place(text, mentions)
    mentions = _country_qualifiers(text, mentions)
    mentions = dedupe(_code_names(text, mentions) + mentions)
    mentions = dedupe(mentions + _gaps(text, mentions))
    mentions = dedupe(_full_names(text, mentions) + mentions)
    clusters = _cluster(mentions)
    _propagate(text, clusters)
    clusters = [c for c in clusters if c.mentions]  # a repeat may have taken a whole cluster
    clusters += _split_datelines(text, clusters)
    _club_full_names(text, clusters)
    _products_of_makers(clusters)
    clusters = merge_aliases(clusters)
    _sides_by_fixture(text, clusters)
    clusters = _generic_heads(text, clusters)
    clusters = _known_as(text, clusters)
    _family_names(clusters)
    return _number(clusters)


_BRACKETED = re.compile(
    r"(?<![\w'’-])([A-Z][\w-]*(?:\s+(?:(?:of|for|without|and|the|on|de|du|des|la|le|el|del|los|"
    r"las|para|por|y|da|do|dos|das|e|für|und|der|di|per|pour|et)\s+)*"
    r"[A-Z][\w-]*)+) \(([A-Z][A-Za-z]{0,3}[A-Z]|[A-Z]{2,6}|[A-Z]{1,3}\d{1,2})\)"
)
# "(CDU)", "(BoJ)", and "(G7)" for "Group of Seven"
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Za-z]{0,3}[A-Z]|[A-Z]{2,6}|[A-Z]{1,3}\d{1,2})\)")
# "(Cas)", "(Nato)": a short form written as a word, taken only when the name's initials
# spell it
_WORD_ACRONYM_AFTER = re.compile(r" \(([A-Z][a-z]{2,5})\)")
_ACRONYM_OR = re.compile(r", or ([A-Z]{2,6})(?=[,.;)])")  # "..., or OSHA, said"
_KNOWN_AS = re.compile(r",?\s+(?:\(|also\s+|better\s+|widely\s+)?known\s+as\s+$")


def _products_of_makers(clusters: list[Cluster]) -> None:
    """ "Netscape Communicator", "Firefox Mobile" beside "Netscape" and "Firefox": a name
    named alone elsewhere as a body, then with words that are no body's, is its product
    (and so no alias of the maker), unless the text itself proved it a body."""
    makers = {
        canonical_name(c)
        for c in clusters
        if cluster_kind(c) in ("organization", "other") and " " not in canonical_name(c)
    }
    generic = gz.ORG_WORDS | gz.CORPORATE_SUFFIXES | gz.PLACE_WORDS | gz.PLACES
    for cluster in clusters:
        words = canonical_name(cluster).split()
        if (
            len(words) >= 2
            and words[0] in makers
            and cluster_kind(cluster) == "organization"
            and not any(w in generic for w in words[1:])
            and not any(re.fullmatch(r"[A-Z][a-z]+s", w) for w in words[1:])  # "Meta Platforms"
            and max(m.weight for m in cluster.mentions) <= 1
        ):
            for m in cluster.mentions:
                m.kind, m.weight = "other", MEDIUM


def _spelled_acronym(text: str, long: Mention) -> re.Match[str] | None:
    """ "Court of Arbitration for Sport (Cas)": a bracketed word its initials spell."""
    short = _WORD_ACRONYM_AFTER.match(text, long.end)
    if not short or " " not in long.text:
        return None
    spelled = {
        name_initials(long.text),
        name_initials(long.text, keep_of=True),
        bare_initials(long.text),
    }
    return short if short.group(1).upper() in spelled else None


def _known_as(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """ "Mohamed Hamdan Dagalo, known as Hemedti": the nickname is the same person (or body);
    "Alternative for Germany (AfD)": the short form in brackets is the same body."""
    owner = {id(m): c for c in clusters for m in c.mentions}
    ends = {m.end: m for c in clusters for m in c.mentions}
    merged: set[int] = set()
    for cluster in clusters:
        for m in list(cluster.mentions):
            gap = _KNOWN_AS.search(text[max(0, m.start - 24) : m.start])
            person = gap and ends.get(m.start - len(gap.group()))
            target = person and owner[id(person)]
            kind = cluster_kind(target) if target else "person"
            if kind == "organization" and " " not in person.text:
                continue  # "Department of Forestry ..., known as Cal Fire"; not "Apple, known as"
            long = ends.get(m.start - 2)  # "Alternative for Germany (AfD)", "(Cas)"
            if long and (_ACRONYM_AFTER.match(text, m.start - 2) or _spelled_acronym(text, long)):
                target, kind = owner[id(long)], cluster_kind(owner[id(long)])
                if kind not in ("organization", "other") or " " not in long.text:
                    continue
            if not target or target is cluster or kind not in ("person", "organization", "other"):
                continue
            if id(target) in merged:
                continue
            for moved in cluster.mentions:
                moved.kind, moved.weight = kind, max(moved.weight, MEDIUM)
                owner[id(moved)] = target
            target.mentions.extend(cluster.mentions)
            cluster.mentions = []
            merged.add(id(cluster))
            break
    return [c for c in clusters if c.mentions]


def _generic_heads(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """ "the Commission" after "European Commission", "the Bank" after "Bank of England": the
    capitalised head word of one organisation's name, with "the", is that organisation.

    Only when a single multi-word organisation in the text has that head word; repeats the
    model skipped are added.
    """
    heads: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        words = canonical_name(cluster).split()
        if cluster_kind(cluster) != "organization" or len(words) < 2:
            continue
        for word in {w for w in words if w in gz.ORG_WORDS and w[0].isupper()}:
            heads.setdefault(word, []).append(cluster)
    heads = {w: cs for w, cs in heads.items() if len(cs) == 1}
    if not heads:
        return clusters
    owner = {id(m): c for c in clusters for m in c.mentions}
    covered = bytearray(len(text))
    for m in all_mentions(clusters):
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    starts = {m.start: m for m in all_mentions(clusters)}
    pattern = re.compile(
        r"\b[Tt]he\s+(" + "|".join(map(re.escape, sorted(heads))) + r")\b(?!\s+(?:of|for)\b)"
        r"(?![-\w]|\s+[A-Z])"
    )
    for hit in pattern.finditer(text):
        s, e = hit.span(1)
        target = heads[hit.group(1)][0]
        known = starts.get(s)
        if known is not None and known.end == e:
            cluster = owner[id(known)]
            if cluster is target or any(m.text != hit.group(1) for m in cluster.mentions):
                continue  # a cluster with other names is some other body
            for moved in cluster.mentions:
                moved.kind = cluster_kind(target)
                owner[id(moved)] = target
            target.mentions.extend(cluster.mentions)
            cluster.mentions = []
        elif 1 not in covered[s:e]:
            target.mentions.append(Mention(s, e, cluster_kind(target), hit.group(1)))
            covered[s:e] = b"\x01" * (e - s)
    return [c for c in clusters if c.mentions]


def _split_possessives(text: str, raw: list[RawMention]) -> list[RawMention]:
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
            and (words[-1] not in gz.ORG_WORDS | gz.PLACE_WORDS or owner in gz.PLACES)
            and not _body_of(owned)
            and not _one_store(text, r.start, r.end)
        ):  # ("Sydney's Central Business District": a place and a place in it)
            out.append(RawMention(r.start, r.start + inner.start(), r.kind))
            out.append(RawMention(r.start + inner.end(), r.end, r.kind))
        elif (
            at
            and _ends_as_body(text[at.end() : r.end])
            and len(_LEADING_JUNK.sub("", text[r.start : at.end()]).split()) > 2
        ):
            # "the Center for Weight Management at Brigham and Women's Hospital": two bodies
            out.append(RawMention(r.start, at.end() - len(" at "), r.kind))
            out.append(RawMention(at.end(), r.end, r.kind))
        else:
            out.append(r)
    return out


_AT_BODY = re.compile(
    r"(?:"
    + "|".join(w for w in sorted(gz.ORG_WORDS) if w[0].isupper() and "." not in w)
    + r")(?: (?:of|for) [A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*)*)? at (?=[A-Z])"
)


def _body_of(owned: str) -> bool:
    """ "People's Bank of China": a body's head word with "of" after the 's is one name."""
    return any(w in gz.ORG_WORDS and n == "of" for w, n in pairwise(owned.split()))


def _name_with_s(text: str, start: int, end: int) -> bool:
    """ "Lay's", "M&M's" in a list: an 's with no noun after it, on a name the text never
    writes without it."""
    if not re.match(r"['’]s(?:[.,;]|\s+(?:and|or)\s+[A-Z])", text[end : end + 12]):
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


def _family_names(clusters: list[Cluster]) -> None:
    """ "Ana Delgado" beside "Rosa Delgado" is a person too, whatever the model guessed."""
    surnames = {
        canonical_name(c).split()[-1]
        for c in clusters
        if cluster_kind(c) == "person" and len(canonical_name(c).split()) > 1
    }
    for cluster in clusters:
        words = canonical_name(cluster).split()
        if len(words) > 1 and words[-1] in surnames and cluster_kind(cluster) != "person":
            for m in cluster.mentions:
                m.kind, m.weight = "person", STRONG


# --- one mention --------------------------------------------------------------------------


def _refine(text: str, raw: RawMention) -> Mention | None:
    start, end = raw.start, raw.end
    piece = text[start:end]
    if "\n" in piece:  # a name never crosses a paragraph break
        piece = piece.split("\n", 1)[0]
        end = start + len(piece)
    hyphened = re.match(r"-[A-Z][\w’']*", text[end : end + 20])
    if hyphened and "\n" not in piece:  # "Cheez" + "-It": one name the model cut at the hyphen
        end += hyphened.end()
        piece = text[start:end]
    stop = re.search(
        r"\b(?:Inc|Corp|Ltd|Co|Plc)\.(?= (?!(?:Inc|Corp|Ltd|Co|Plc|LLC)\b)[A-Z])", piece
    )
    if stop:  # "Chubb Ltd. Berkshire ...": a sentence ended after the suffix
        piece = piece[: stop.end()]
        end = start + len(piece)
    if " (" in piece:  # "... and Prevention (Africa CDC": the short form is another mention
        piece = piece.split(" (", 1)[0]
        end = start + len(piece)
    lead = _LEADING_JUNK.match(piece)
    if lead:
        start += lead.end()
    trail = _TRAILING_JUNK.search(text[start:end])
    if trail and trail.start() > 0:
        end = start + trail.start()
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
    if text[end : end + 1] == "." and _ABBREVIATED.search(text[start:end]):
        end += 1  # keep the dot of "U.S." or "Apple Inc."
    elif re.fullmatch(r"[A-Z][a-z]{1,4}", text[start:end]) and re.match(
        r"\.\s*(?:\(|[-–—])", text[end : end + 4]
    ):
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
    one_store = raw.kind == "organization" and _one_store(text, start, end)
    of_body = inner and _body_of(text[start + inner.end() : end])
    if inner and last_word not in gz.ORG_WORDS | gz.PLACE_WORDS and not one_store and not of_body:
        # "Parata’s Ngātiwai": the owner is the name (but "King's Fund" is one name)
        end = start + inner.start()
    kind = raw.kind
    weight = 1.0
    given = re.search(r"(?<![\w'’&.-])([A-Z][a-z]+) $", text[max(0, start - 20) : start])
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
    # a title after its portfolio: "Mining Minister Catalina Reyes" -> "Minister Catalina Reyes"
    words = text[start:end].split()
    for i in (1, 2):
        if (
            kind in ("person", "other")
            and len(words) > i + 1
            and words[i] in gz.TITLES
            and all(w[:1].isupper() and w not in gz.TITLES for w in words[:i])
            and words[i + 1][:1].isupper()
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
        start = end - len(rest)
        kind, weight = "person", STRONG
    role = _TRAILING_ROLE.search(text[start:end])
    if role and role.start() > 0 and text[start:end][: role.start()].split()[-1] not in gz.TITLES:
        end = start + role.start()  # "Mars Chief Executive" -> "Mars", the company
        kind, weight = "organization", max(weight, MEDIUM)
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
    product = _PRODUCT.fullmatch(name)
    if product:  # "iPhone", "iPhones", "iPhone 17": a product, not a firm
        number = re.match(r" \d{1,3}\b(?![.,]\d|%)", text[end : end + 8])
        if number and not _SCALE_NEXT.match(text[end + number.end() : end + number.end() + 20]):
            end += number.end()
        return Mention(start, end, "other", text[start:end], MEDIUM)
    if len(name) < 2 or not name[0].isupper() or name in _NOT_NAMES:
        return None
    if name in gz.TITLES and re.match(r"\s+[A-Z][a-z]", text[end : end + 3]):
        return None  # "Chair" split from "Chair Lina Khan": a title, not a name
    if name.lower() in FUNCTION_WORDS and not name.isupper():
        return None
    admin = _ADMINISTRATION.search(name)
    # "the Trump administration" names a person, but "Federal Aviation Administration" (a
    # capitalised head after a name of two words or more) is a body
    own = admin and (admin.group().strip().islower() or " " not in name[: admin.start()])
    if own and kind == "organization":
        end -= len(admin.group())
        name = text[start:end]
        kind = "person"
    if _STORM.fullmatch(name):  # a named storm, whatever the model guessed
        return Mention(start, end, "other", name, STRONG)
    found, evidence = context_evidence(text, start, end, name, kind)
    if evidence >= weight:  # (a title's person is not undone by a weaker hint)
        kind = found
    return Mention(start, end, kind, name, max(weight, evidence))


def _country_qualifiers(text: str, mentions: list[Mention]) -> list[Mention]:
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


def _common_word(text: str, mention: Mention, lower_words: set[str]) -> bool:
    """A sentence-initial word the text also uses in lower case ("Turnout was ...")."""
    name = mention.text
    if name in gz.ORG_WORDS and (
        _PORTFOLIO.match(text, mention.end) or _SECURITY_AFTER.match(text, mention.end)
    ):
        return True  # "Treasury Secretary Scott Bessent", "the 10-year Treasury note"
    if " " in name or mention.weight >= STRONG:
        return False
    if mention.kind != "person" and _PORTFOLIO.match(text, mention.end):
        return name not in gz.PLACES  # "Transportation Secretary Pete Buttigieg": a portfolio
    opening = is_sentence_start(text, mention.start) or bool(
        _AFTER_DATELINE.search(text[max(0, mention.start - 40) : mention.start])
    )
    # ("Farmers say ..." where the text has "farmer"; not "Reuters", which has no "reuter")
    plural = name.endswith("s") and name[:-1].lower() in lower_words
    return (name.lower() in lower_words or plural) and opening


_SECURITY_AFTER = re.compile(r" (?:notes?|bonds?|bills?|yields?|securities|futures)\b")
_CONTINENTAL = frozenset(words_of("European Asian African Western"))


def _continental(text: str, start: int, end: int) -> bool:
    """ "European football", "a European title": a continent's adjective before a noun
    describes a thing, it names no people as "French" or "Germans" do; nor does a
    currency's ("Swiss francs", "Danish kroner"); nor is a time zone ("GMT") a name."""
    name = text[start:end]
    if name in _TIME_ZONES:
        return True
    if name in gz.NATIONALITIES and _CURRENCY_AFTER.match(text, end):
        return True
    return name in _CONTINENTAL and bool(re.match(r" [a-z]", text[end : end + 2]))


_TIME_ZONES = frozenset(words_of("GMT UTC BST CET CEST EST EDT CST CDT MST MDT PST PDT IST JST"))
_CURRENCY_AFTER = re.compile(r" (?:" + currency_alternation(CURRENCY_AFTER_PEOPLE) + r")\b")
_NICKNAME_AFTER = re.compile(
    r" ([A-Z][a-z]+(?<!ss)s|United|City|Town|County|Athletic|Albion|Rovers|Wanderers|Rangers)"
    r"(?![\w&'’-])(?! [A-Z])"
)


def _club_full_names(text: str, clusters: list[Cluster]) -> None:
    """ "Leicester Tigers", which the model skipped, beside "Leicester coach ...": a side named
    by its town elsewhere in the text is the same side with its plural nickname."""
    covered = bytearray(len(text))
    for m in all_mentions(clusters):
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    generic = gz.ORG_WORDS | gz.PLACE_WORDS | gz.OTHER_WORDS | gz.NATIONALITIES
    for cluster in clusters:
        name = canonical_name(cluster)
        if " " in name or name.isupper() or cluster_kind(cluster) != "organization":
            continue
        if not any(team_context(text, m.start, m.end) for m in cluster.mentions):
            continue
        for hit in re.finditer(r"(?<![\w&.-])" + re.escape(name) + r"(?= [A-Z])", text):
            nickname = _NICKNAME_AFTER.match(text, hit.end())
            plural = nickname and TEAM_PLURAL.fullmatch(nickname.group(1))
            if not nickname or (plural and nickname.group(1) in generic):
                continue
            s, e = hit.start(), nickname.end()
            if 1 not in covered[s:e]:
                cluster.mentions.append(Mention(s, e, "organization", text[s:e], MEDIUM))
                covered[s:e] = b"\x01" * (e - s)


_FIXTURE_BEFORE = re.compile(
    r"\b(?:host|hosts|hosted|hosting|face|faces|faced|facing|travel\s+to|travels\s+to"
    r"|visit|visits|against)\s+$"
)


def _sides_by_fixture(text: str, clusters: list[Cluster]) -> None:
    """In a report on sides, "Leicester will travel to Munster", "Bayern host Cologne": a
    one-word name the model only guessed a person or place, met as a fixture, is a side."""
    sides = [
        c
        for c in clusters
        if cluster_kind(c) == "organization"
        and any(team_context(text, m.start, m.end) for m in c.mentions)
    ]
    if len(sides) < 2:
        return
    for cluster in clusters:
        if cluster_kind(cluster) not in ("person", "place") or not unproved(cluster):
            continue
        names = {m.text for m in cluster.mentions}
        if any(" " in n or n in gz.PLACES | gz.NATIONALITIES for n in names):
            continue
        if any(
            _FIXTURE_BEFORE.search(text[max(0, m.start - 20) : m.start]) for m in cluster.mentions
        ):
            for m in cluster.mentions:
                m.kind, m.weight = "organization", MEDIUM


# A model's number after its maker's name: "Boeing 737 Max 9", "Airbus A321neo", "787-9".
_MODEL_NUMBER = re.compile(
    r" ((?!(?:19|20)\d\d\b)[A-Z]?\d{3,4}(?:-\d{1,4}|[a-z]{2,3})?"
    r"(?:(?: [A-Z][a-z]+)+(?: \d{1,2}(?![\d.,%]))?|(?<=-\d)(?=\b)|(?<=[a-z])(?=\b)))"
    r"(?![\w-])"
)


def _code_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Index names with a number ("S&P 500"): capitals or a name, a number, then index talk;
    a model's number after its maker's name ("Boeing 737 Max 9")."""
    out = []
    for maker in mentions:
        model = maker.kind == "organization" and _MODEL_NUMBER.match(text, maker.end)
        if model:
            out.append(Mention(model.start(1), model.end(1), "other", model.group(1), STRONG))
    for m in _INDEX_NAME.finditer(text):  # "the Shanghai Composite index", "Hang Seng index"
        start = m.start(1)
        owners = list(re.finditer(r"['’]s ", m.group(1)))
        if owners:  # "Japan's Nikkei 225 index": the owner is a place of its own
            start += owners[-1].end()
        lead = _LEADING_JUNK.match(text[start : m.end(1)])
        start += lead.end() if lead else 0  # "The Hang Seng index"
        name = text[start : m.end(1)]
        words = name.split()
        if words[0] in gz.TITLES or words[0].lower() in FUNCTION_WORDS:
            continue
        if len(words) > 1 or name not in gz.PLACES | gz.NATIONALITIES:
            out.append(Mention(start, m.end(1), "other", name, STRONG))
    for m in _CODE_NAME.finditer(text):
        name = m.group()
        acronym = sum(c.isupper() or c == "&" for c in name.split()[0]) >= 2
        first = name.split()[0]
        if first in gz.TITLES or first in MONTHS:
            continue
        if acronym or _INDEX_WORDS.match(text[m.end() : m.end() + 12]):
            out.append(Mention(m.start(), m.end(), "other", name, STRONG))
    return out


_INDEX_NAME = re.compile(
    r"(?<![\w&.'’-])([A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|\d{2,4}))*) (?:index|indices)\b"
)
_DATELINE = re.compile(  # "ANKARA (Reuters) -", "WASHINGTON, Jan 5 -"
    r"(?m)^([A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)*)"  # "ADDIS ABABA/LONDON" names two
    r"(?:(?=(?:,[^\n(]{1,30})?\s*(?:\([^)\n]{1,30}\)\s*)?[-–—][^\n]{0,30}[a-z])"
    r"|(?= \d{4}-\d\d-\d\d\s*$))"  # or "MILAN 1997-05-14" on a line of its own
)
# (after "U.S.-" too: "U.S.-Israeli relations")
_CAPITALISED = re.compile(r"(?:(?<![\w&-])|(?<=\.-))[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)*")


def _gaps(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names the model skipped that a word list or a dateline ("ANKARA (Reuters) -") proves."""
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    out = []
    for m in _DATELINE.finditer(text):
        if 1 not in covered[m.start() : m.end(1)]:
            out.extend(_dateline_places(m.start(1), m.group(1)))
            covered[m.start() : m.end(1)] = b"\x01" * (m.end(1) - m.start())
    out.extend(_repeated_names(text, covered))
    for m in _BRACKETED.finditer(text):  # "Alternative for Germany (AfD)", both skipped
        s, e = m.span(1)
        lead = _LEADING_JUNK.match(m.group(1))
        s += lead.end() if lead else 0
        reaches_out = any(
            o.start < e and o.end > s and (o.start < s or o.end > e) for o in mentions
        )
        if reaches_out or m.group(1).split()[0] in gz.TITLES:
            continue  # (a name inside the run, "Alianza", gives way to the longer one)
        out.append(Mention(s, e, "organization", text[s:e], MEDIUM))
        if not covered[m.start(2)]:
            out.append(Mention(m.start(2), m.end(2), "organization", m.group(2), MEDIUM))
        covered[s : m.end()] = b"\x01" * (m.end() - s)
    for m in mentions:  # "Christian Democratic Union (CDU)": the short form the model skipped
        short = _ACRONYM_AFTER.match(text, m.end) or _ACRONYM_OR.match(text, m.end)
        short = short or _spelled_acronym(text, m)
        long_name = m.kind in ("organization", "other") and " " in m.text
        if short and long_name and 1 not in covered[short.start(1) : short.end(1)]:
            s, e = short.span(1)
            out.append(Mention(s, e, m.kind, short.group(1), STRONG))
            covered[s:e] = b"\x01" * (e - s)
    for m in re.finditer(r"(?<![\w.@/#-])" + _PRODUCT.pattern + r"(?![\w@/-])", text):
        if 1 not in covered[m.start() : m.end()]:  # "iPhone 17", which the model skips
            product = _refine(text, RawMention(m.start(), m.end(), "other"))
            if product is not None and 1 not in covered[product.start : product.end]:
                out.append(product)
                covered[product.start : product.end] = b"\x01" * (product.end - product.start)
    for m in _STORM.finditer(text):  # "Hurricane Helene", which the model may skip
        if 1 not in covered[m.start() : m.end()]:
            out.append(Mention(m.start(), m.end(), "other", m.group(), STRONG))
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _KNOWN_NAME_RE.finditer(text):
        if 1 not in covered[m.start() : m.end()]:
            kind = gz.KNOWN_NAMES[m.group()]
            out.append(Mention(m.start(), m.end(), kind, m.group(), STRONG))
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _CAPITALISED.finditer(text):
        for s, e in _candidates(m):
            name = text[s:e]
            if 1 in covered[s:e] or (name.isupper() and len(name) <= 2):
                continue
            if _continental(text, s, e):
                continue
            plain = name.title() if name.isupper() else name
            kind = "place" if plain in gz.PLACES else "group" if plain in gz.NATIONALITIES else None
            if kind == "place" and plain in gz.CITIES and plain == name:
                kind = context_evidence(text, s, e, name, kind)[0]  # "Barcelona coach": its club
            peoples = _split_peoples(Mention(s, e, "group", name)) if not kind else []
            if kind or len(peoples) == 2:  # "Israeli-Palestinian": two peoples
                out.extend(peoples or [Mention(s, e, kind, name, STRONG)])
                covered[s:e] = b"\x01" * (e - s)
            elif person_by_first_name(name) and not _in_capitals_line(text, s):
                out.append(Mention(s, e, "person", name, MEDIUM))  # "Pablo Picasso"
                covered[s:e] = b"\x01" * (e - s)
            elif " " in name and name.split()[-1] in ("Index", "Average"):
                lead = _LEADING_JUNK.match(name)  # "The Dow Jones Industrial Average"
                s += lead.end() if lead else 0
                out.append(Mention(s, e, "other", text[s:e], STRONG))
                covered[s:e] = b"\x01" * (e - s)
    acronyms = {
        a: m.kind
        for m in mentions
        if m.kind in ("organization", "other") and len(m.text.split()) >= 2
        for a in (name_initials(m.text), name_initials(m.text, keep_of=True))
        if len(a) >= 2
    }
    for m in re.finditer(r"(?<![\w.&-])[A-Z]{2,6}(?![\w&-])", text) if acronyms else ():
        if (
            m.group() in acronyms
            and 1 not in covered[m.start() : m.end()]
            and not _in_capitals_line(text, m.start())
        ):
            # "ICE did not give a number" after "Immigration and Customs Enforcement"
            out.append(Mention(m.start(), m.end(), acronyms[m.group()], m.group(), MEDIUM))
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _VENUE_GAP.finditer(text):  # "the Santiago Bernabeu stadium", "Evin prison"
        s, e = m.span(1)
        words = m.group(1).split()
        if 1 in covered[s:e] or words[0] in gz.TITLES or words[0].lower() in FUNCTION_WORDS:
            continue
        if len(words) == 1 and is_sentence_start(text, s):
            continue
        out.append(Mention(s, e, "place", m.group(1), MEDIUM))
        covered[s:e] = b"\x01" * (e - s)
    for m in _BEATEN_SIDE.finditer(text):  # "beat the Buffalo Bills 32-29", skipped
        s, e = m.span(1)
        if 1 not in covered[s:e] and m.group(1).split()[0] not in gz.TITLES:
            out.append(Mention(s, e, "organization", m.group(1), MEDIUM))
            covered[s:e] = b"\x01" * (e - s)
    for m in _ROLE_GAP.finditer(text):  # "Premiership Rugby chief executive Simon ..."
        s, e = m.span(1)
        name = m.group(1)
        words = name.split()
        if 1 in covered[s:e] or words[0] in gz.TITLES or words[0].lower() in FUNCTION_WORDS:
            continue
        generic = gz.ORG_WORDS | gz.PLACES | gz.NATIONALITIES | _NOT_NAMES
        if name in generic or (len(words) == 1 and is_sentence_start(text, s)):
            continue
        role = CORPORATE_ROLE.match(text[e : e + 60])
        if role and not role.group().lstrip().startswith("owner"):  # "Pringles owner": a brand
            out.append(Mention(s, e, "organization", name, MEDIUM))
            covered[s:e] = b"\x01" * (e - s)
    return out


_VENUE_GAP = re.compile(
    r"(?<![\w&.'’-])([A-Z][\w'’-]*[a-z](?: [A-Z][\w'’-]*[a-z]){0,2})"
    r" (?:stadium|airport|prison|jail|bridge|square|crossing|arena)\b"
)
_BEATEN_SIDE = re.compile(
    r"\b(?:beat|beating|defeated|thrashed|edged|drew\s+with|lost\s+to)\s+(?:the\s+)?"
    r"((?!(?:The|A|An)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?:\s+\d{1,3}(?![-–\d]))?)"
    r"\s+(?=" + TEAM_SCORE + ")"
)
_ROLE_GAP = re.compile(r"(?<![\w&.'’-])([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})(?= [a-z])")


_KNOWN_NAME_RE = re.compile(
    r"(?<![\w.&])(?:"
    + "|".join(re.escape(a) for a in sorted(gz.KNOWN_NAMES, key=len, reverse=True))
    + r")(?![\w&])"
)


_ORG_BEFORE = re.compile(
    r"\b(?:work(?:s|ed|ing)? for|joined|shares (?:in|of)|owned by|bought|acquired|sued|"
    r"customers of|a spokes(?:man|woman|person) for)\s+$"
)
_ORG_AFTER = re.compile(r"^\s+(?:said|says|added)\s+(?:it|its)\b|^['’]s\s+(?:shares|board|chief)\b")


def _repeated_names(text: str, covered: bytearray) -> list[Mention]:
    """A capitalised word the model skipped, used twice or more, that context shows is a firm."""
    spots: dict[str, list[tuple[int, int]]] = {}
    for m in re.finditer(r"(?<![\w&.-])[A-Z][a-z]+[A-Za-z]*(?![\w&-])", text):
        if 1 not in covered[m.start() : m.end()]:
            spots.setdefault(m.group(), []).append(m.span())
    out = []
    for word, places in spots.items():
        if len(places) < 2 or word.lower() in FUNCTION_WORDS or word in gz.TITLES:
            continue
        if word in _NOT_NAMES or all(is_sentence_start(text, s) for s, _ in places):
            continue
        evidence = any(
            _ORG_BEFORE.search(text[max(0, s - 30) : s]) or _ORG_AFTER.match(text[e : e + 20])
            for s, e in places
        )
        if evidence:
            out.extend(Mention(s, e, "organization", word, MEDIUM) for s, e in places)
            continue
        person = sum(bool(_PERSON_AFTER.match(text[e : e + 20])) for s, e in places)
        if person >= 2 and word not in gz.PLACES | gz.NATIONALITIES | gz.ORG_WORDS:
            for s, e in places:  # "Arteta told ...", "Arteta, who ...": a person
                given = re.search(r"(?<![\w'’&.-])([A-Z][a-z]+) $", text[max(0, s - 20) : s])
                if (
                    given
                    and given.group(1).lower() not in FUNCTION_WORDS
                    and given.group(1) not in gz.TITLES | gz.PLACES | gz.NATIONALITIES
                    and given.group(1) not in MONTHS + WEEKDAYS
                    and not is_sentence_start(text, s - len(given.group()))
                    and not covered[s - len(given.group())]
                ):
                    s -= len(given.group())  # "Mikel Arteta"
                out.append(Mention(s, e, "person", text[s:e], MEDIUM))
    return out


_PERSON_AFTER = re.compile(r"^(?:\s+told\b|,\s+who\b|\s+said\s+(?:he|she|his|her)\b)")


def _candidates(match: re.Match[str]) -> list[tuple[int, int]]:
    """The run itself or, for a run in capitals ("BRAZIL HOLD ITALY"), its word pairs and words."""
    if not match.group().isupper() or " " not in match.group():
        return [match.span()]
    words = [
        (w.start() + match.start(), w.end() + match.start())
        for w in re.finditer(r"\S+", match.group())
    ]
    pairs = [(a[0], b[1]) for a, b in pairwise(words)]
    return pairs + words


def _in_capitals_line(text: str, start: int) -> bool:
    """Whether a mention sits on a headline written in capitals, where the model guesses.
    (The line's first 400 characters decide: a paragraph is one line and holds many names.)"""
    return text.rfind("\n", 0, start) + 1 in _capitals_lines(text)


@functools.lru_cache(maxsize=8)
def _capitals_lines(text: str) -> frozenset[int]:
    """Where the lines in capitals start (worked out once per text, not once per name)."""
    starts = set()
    line_start = 0
    for line in text.split("\n"):
        letters = [c for c in line[:400] if c.isalpha()]
        if len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
            starts.add(line_start)
        line_start += len(line) + 1
    return frozenset(starts)


_LONGEST_PLACE = max(len(p.split()) for p in gz.PLACES)


def _known_place_ends(text: str, mentions: list[Mention]) -> list[Mention]:
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


def _body_of_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "National Observatory of Athens" the model cut before "of": a body named by an
    organisation word ("Observatory", "University", "Bank") and the place it is of."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "organization"
            and m.kind == "place"
            and text[last.end : m.start] == " of "
            and last.text.split()[-1] in gz.ORG_WORDS
        ):
            out[-1] = Mention(last.start, m.end, "organization", text[last.start : m.end], STRONG)
            continue
        out.append(m)
    return out


def _full_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Tomas Hradecky", which the model skipped (or cut to "Tomas"), where it found
    "Hradecky" as a person elsewhere: a capitalised first name before a known surname."""
    # (the surname of a full name too: "Eloise Parry" beside "Fiona Parry")
    surnames = {
        m.text.split()[-1]
        for m in mentions
        if m.kind == "person"
        and re.fullmatch(r"(?:[A-Z][a-zà-ÿ'’-]+ )?[A-Z][a-zà-ÿ'’-]{2,}", m.text)
        and m.text.split()[-1] not in gz.PLACES | gz.NATIONALITIES
    }
    if not surnames:
        return []
    covering = [(m.start, m.end) for m in mentions if " " in m.text]
    names = "|".join(map(re.escape, sorted(surnames, key=len, reverse=True)))
    out = []
    for hit in re.finditer(r"(?<![\w'’.-])([A-Z][a-zà-ÿ'’-]+) (?:" + names + r")(?![\w'’-])", text):
        first = hit.group(1)
        if (
            is_title(first)
            or first in gz.PLACES | gz.NATIONALITIES | gz.ORG_WORDS
            or first.lower() in FUNCTION_WORDS
            or _MONTH_OR_DAY.fullmatch(first)
            or re.search(r"[A-Z][\w'’.-]*\s$", text[max(0, hit.start() - 30) : hit.start()])
            or any(s <= hit.start() and hit.end() <= e for s, e in covering)
        ):
            continue
        out.append(Mention(hit.start(), hit.end(), "person", hit.group(), MEDIUM))
    return out


_MONTH_OR_DAY = re.compile("|".join([*MONTHS, *WEEKDAYS]), re.I)


def _split_double_dateline(text: str, m: Mention) -> list[Mention]:
    """ "ADDIS ABABA/LONDON (Reuters) -": two cities, each a place of its own."""
    line_start = m.start == 0 or text[m.start - 1] == "\n"
    if "/" not in m.text or not line_start or not m.text.isupper():
        return [m]
    dateline = _DATELINE.match(text, m.start)
    if not dateline or dateline.end(1) != m.end:
        return [m]
    return _dateline_places(m.start, m.text)


def _known_long_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Islamic State" where the model saw only "Islamic": a name known to all of two words
    or more takes the place of the pieces the model found inside it."""
    known = [
        Mention(m.start(), m.end(), gz.KNOWN_NAMES[m.group()], m.group(), STRONG)
        for m in _KNOWN_LONG_NAME_RE.finditer(text)
    ]
    if not known:
        return mentions
    kept = [m for m in mentions if not any(k.start <= m.start and m.end <= k.end for k in known)]
    return dedupe(known + kept)


_KNOWN_LONG_NAME_RE = re.compile(
    r"(?<![\w&-])(?:"
    + "|".join(re.escape(n) for n in sorted(gz.KNOWN_NAMES, key=len, reverse=True) if " " in n)
    + r")(?![\w&-])"
)


def _split_peoples(m: Mention) -> list[Mention]:
    """ "Israeli-Palestinian", "U.S.-Israeli": two peoples or places; "Tunisian Islamists",
    "Islamist Muslim Brotherhood": a people's adjective before another group's name."""
    pair = re.fullmatch(r"([\w.]+)-([\w.]+)", m.text)
    known = gz.NATIONALITIES | gz.PLACES
    hyphenated_american = pair and re.fullmatch(r"Americans?", pair.group(2))
    if pair and pair.group(1) in known and pair.group(2) in known and not hyphenated_american:
        return [
            Mention(
                m.start + pair.start(i),
                m.start + pair.end(i),
                "group" if pair.group(i) in gz.NATIONALITIES else "place",
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
        and words[1].split()[0] in gz.NATIONALITIES
    ):
        rest = m.start + len(words[0]) + 1
        kind = "group" if words[1] in gz.NATIONALITIES else m.kind
        return [
            Mention(m.start, m.start + len(words[0]), "group", words[0], STRONG),
            Mention(rest, m.end, kind, words[1], m.weight),
        ]
    return [m]


def _split_conjoined(text: str, m: Mention) -> list[Mention]:
    """ "Whole Foods and QFC" as the model saw it is two names when the text names each of
    them alone too (but "Trinidad and Tobago", never split elsewhere, stays one)."""
    parts = m.text.split(" and ")
    if len(parts) != 2 or m.text in gz.PLACES or parts[0] == parts[1]:
        return [m]
    if not all(re.fullmatch(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*", part) for part in parts):
        return [m]
    if not all(_named_alone(text, part) for part in parts):
        return [m]
    second = m.start + len(parts[0]) + len(" and ")
    return [
        Mention(m.start, m.start + len(parts[0]), m.kind, parts[0]),
        Mention(second, m.end, m.kind, parts[1]),
    ]


def _join_conjoined(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "World Travel" + "and" + "Tourism Council", "Center on Poverty" + "and" + "Inequality":
    one body's name the model cut at "and", when the text never names either part alone."""
    mentions = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == m.kind == "organization"
            and text[prev.end : m.start] == " and "
            and _one_body(prev.text.split(), m.text.split())
            and not any(_named_alone(text, part) for part in (prev.text, m.text))
        ):
            out[-1] = Mention(prev.start, m.end, "organization", text[prev.start : m.end], STRONG)
            continue
        out.append(m)
    return out


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


def _dateline_places(start: int, names: str) -> list[Mention]:
    """A dateline's cities at ``start``, one or several joined by "/" (each a place)."""
    return [
        Mention(start + c.start(), start + c.end(), "place", c.group(), STRONG)
        for c in re.finditer(r"[^/]+", names)
    ]


def _cluster(mentions: list[Mention]) -> list[Cluster]:
    by_key: dict[str, Cluster] = {}
    for m in mentions:
        key = name_key(m.text)
        if m.kind == "group":  # "Republican" and "Republicans" are one group
            key = key.removesuffix("s")
        elif _PRODUCT.match(m.text):  # "iPhones", "iPhone 17" and "iPhone" are one product
            key = re.sub(r"(?<=[a-z])s$", "", re.sub(r" \d+$", "", key))
        by_key.setdefault(key, Cluster()).mentions.append(m)
    return list(by_key.values())


def _propagate(text: str, clusters: list[Cluster]) -> None:
    """Find repeats of a known name the model missed (often sentence-initial ones)."""
    covered = bytearray(len(text))  # 1 where a mention already lies
    for m in (m for c in clusters for m in c.mentions):
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    owners: dict[str, tuple[Cluster, str]] = {}
    lower_words = set(re.findall(r"\b[a-z]+\b", text))
    for cluster in clusters:
        kind = cluster_kind(cluster)
        for name in _repeatable_names(cluster, kind, lower_words):
            owners.setdefault(name, (cluster, kind))
    for word, cluster in _club_short_names(text, clusters).items():
        owners.setdefault(word, (cluster, "organization"))
    for word, cluster in _first_names(clusters, lower_words).items():
        owners.setdefault(word, (cluster, "person"))
    if not owners:
        return
    names = sorted(owners, key=len, reverse=True)  # the longest name wins at a position
    pattern = re.compile(
        r"(?:(?<![\w&.-])|(?<=\banti-)|(?<=\bpro-)|(?<=\bpost-)|(?<=\bpre-))"  # "post-Mugabe"
        r"(?:" + "|".join(map(re.escape, names)) + r")(?![\w&-])"
    )
    by_start: dict[int, list[tuple[Cluster, Mention]]] = {}
    for c in clusters:
        for m in c.mentions:
            by_start.setdefault(m.start, []).append((c, m))
    for hit in pattern.finditer(text):
        s, e = hit.span()
        if _inside_capitalised(text, s, e):
            continue
        if 1 in covered[s:e] and not _replace_shorter(by_start, s, e):
            continue
        cluster, kind = owners[hit.group()]
        # a repeat's own context may prove its kind ("Adidas chief executive Bjorn Gulden")
        found, weight = context_evidence(text, s, e, hit.group(), kind)
        mention = Mention(s, e, found, hit.group(), weight) if weight > 1 else None
        mention = mention or Mention(s, e, kind, hit.group())
        cluster.mentions.append(mention)
        by_start.setdefault(s, []).append((cluster, mention))
        covered[s:e] = b"\x01" * (e - s)


def _club_short_names(text: str, clusters: list[Cluster]) -> dict[str, Cluster]:
    """ "United" for "Manchester United", "Villa" for "Aston Villa": in a report on sides, the
    last word of one side's two-word name, when no other side's name ends with it. A club's
    own suffix ("United", "City", "Rovers") stands for it in any story, a transfer's too."""
    sides = [
        c
        for c in clusters
        if cluster_kind(c) == "organization"
        and any(team_context(text, m.start, m.end) for m in c.mentions)
    ]
    allowed = None if len(sides) >= 2 else CLUB_SUFFIXES
    generic = gz.PLACES | gz.NATIONALITIES | gz.CORPORATE_SUFFIXES | gz.OTHER_WORDS
    found: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        words = canonical_name(cluster).split()
        if cluster_kind(cluster) != "organization" or len(words) != 2 or words[0] in gz.TITLES:
            continue
        last = words[1]
        if allowed is not None and last not in allowed:
            continue
        if last in CLUB_SUFFIXES or (
            last[:1].isupper() and not last.isupper() and last not in generic | set(_HEADS_CUT)
        ):
            found.setdefault(last, []).append(cluster)
    return {word: cs[0] for word, cs in found.items() if len(cs) == 1}


_REGION_SLOT = re.compile(r"[A-Z][\w.'’-]*,\s+$")


def _split_datelines(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """ "WASHINGTON (AP) —" is the capital, "Renton, Washington" the state: a dateline's city
    is kept apart from the same word used as the state or region after another place."""
    out = []
    for cluster in clusters:
        if len(cluster.mentions) < 2:
            continue
        datelines = [
            m
            for m in cluster.mentions
            if m.text.isupper()
            and len(m.text) > 3
            and _DATELINE.match(text, m.start)
            and (m.start == 0 or text[m.start - 1] == "\n")
        ]
        regions = [
            m for m in cluster.mentions if _REGION_SLOT.search(text[max(0, m.start - 30) : m.start])
        ]
        rest = [m for m in cluster.mentions if m not in datelines]
        if datelines and rest and cluster_kind(Cluster(rest)) == "organization":
            regions = rest  # "LEICESTER, England (Reuters) —" the city, "Leicester have" a club
        if datelines and regions:
            cluster.mentions = [m for m in cluster.mentions if m not in datelines]
            out.append(Cluster(datelines))
            continue
        towns = [m for m in cluster.mentions if m.kind == "place" and _town_context(text, m)]
        sides = [m for m in cluster.mentions if m.kind == "organization" and m.weight >= STRONG]
        if towns and sides:
            # "Leeds manager Daniel Farke" is the club, "in Leeds city centre" the city
            moved = towns if cluster_kind(cluster) == "organization" else sides
            cluster.mentions = [m for m in cluster.mentions if m not in moved]
            out.append(Cluster(moved))
    return out


def _town_context(text: str, m: Mention) -> bool:
    """A place by its own context, not a word list: "in Leeds", "Leeds city centre"."""
    before = text[max(0, m.start - 30) : m.start]
    next_word = re.match(r"\s+([a-z]+)", text[m.end : m.end + 20])
    return bool(
        (next_word and next_word.group(1) in gz.PLACE_HEADS)
        or PLACE_OF.search(before)
        or re.search(r"\b(?:in|near|outside)\s+$", before)
    )


def _replace_shorter(by_start: dict[int, list[tuple[Cluster, Mention]]], s: int, e: int) -> bool:
    """Drop mentions lying strictly inside [s, e) ("Delgado" in a repeat of "Ana Delgado").

    Returns False, changing nothing, when a mention overlaps [s, e) without lying inside it.
    """
    near = [pair for p in range(max(0, s - 80), e) for pair in by_start.get(p, ())]
    overlapping = [(c, m) for c, m in near if m.start < e and s < m.end]
    if any(m.start < s or m.end > e or (m.start, m.end) == (s, e) for _, m in overlapping):
        return False
    for cluster, mention in overlapping:
        cluster.mentions.remove(mention)
        by_start[mention.start].remove((cluster, mention))
    return True


def _first_names(clusters: list[Cluster], lower_words: set[str]) -> dict[str, Cluster]:
    """ "Eloise" for "Eloise Parry" in a story that calls her so: a first name that only one
    person in the text has, and that is no place, people, title or common word."""
    found: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        if cluster_kind(cluster) != "person":
            continue
        for first in {m.text.split()[0] for m in cluster.mentions if len(m.text.split()) == 2}:
            if re.fullmatch(r"[A-Z][a-z]{2,}", first) and first.lower() not in lower_words:
                found.setdefault(first, []).append(cluster)
    generic = gz.PLACES | gz.NATIONALITIES | gz.TITLES | gz.ORG_WORDS | _NOT_NAMES
    return {
        first: owners[0]
        for first, owners in found.items()
        if len(set(map(id, owners))) == 1 and first not in generic
    }


def _repeatable_names(cluster: Cluster, kind: str, lower_words: set[str]) -> set[str]:
    """The names of a cluster worth looking for again, with a person's surname."""
    names = {m.text for m in cluster.mentions}
    if kind == "person":
        names |= {n.split()[-1] for n in names if len(n.split()) > 1}
        names |= {ARTICLE_PREFIX.sub("", n) for n in names if " " not in n}  # "Hayya"
        for n in list(names):  # "Le Pen" for "Marine Le Pen", "Von der Leyen" opening a sentence
            words = n.split()
            k = len(words) - 1
            while k > 1 and words[k - 1].lower() in PARTICLES:
                k -= 1
            if 0 < k < len(words) - 1:
                surname = " ".join(words[k:])
                names |= {surname, surname[0].upper() + surname[1:]}
    if kind == "other":  # "Helene" for "Hurricane Helene"
        names |= {_STORM.fullmatch(n).group().split()[-1] for n in names if _STORM.fullmatch(n)}
        generic = gz.OTHER_WORDS | gz.ORG_WORDS | gz.PLACE_WORDS | gz.PLACES | gz.NATIONALITIES
        names |= {  # "Clipper" for the spacecraft "Europa Clipper"
            n.split()[-1]
            for n in names
            if len(n.split()) == 2
            and n.split()[0][:1].isalpha()
            and re.fullmatch(r"[A-Z][a-z]{3,}", n.split()[-1])
            and n.split()[-1] not in generic
            and n.split()[-1].lower() not in lower_words
        }
    if kind == "organization":  # "Tesla" for "Tesla Inc.", even opening a sentence
        names |= {
            " ".join(n.split()[:-1])
            for n in names
            if len(n.split()) > 1 and n.split()[-1] in gz.CORPORATE_SUFFIXES - {"Group", "Company"}
        }
    if kind == "organization":  # a club named by its city: "Real Madrid" -> "Real"
        names |= {
            n.split()[0]
            for n in names
            if len(n.split()) == 2
            and n.split()[1] in gz.CITIES
            and n.split()[0].lower() not in lower_words
            and n.split()[0] not in gz.PLACES | gz.NATIONALITIES | gz.ORG_WORDS
        }
    if kind == "organization":  # team names: "Los Angeles Lakers" -> "Lakers"
        names |= {
            n.split()[-1]
            for n in names
            if len(n.split()) > 1
            and TEAM_PLURAL.fullmatch(n.split()[-1])
            and n.split()[-1] not in gz.ORG_WORDS
            and n.split()[-1].lower() not in lower_words  # "United Auto Workers": not "workers"
        }
    return {
        name
        for name in names
        if len(name) >= 2
        and name not in _NOT_NAMES
        and not (name.lower() in FUNCTION_WORDS and not name.isupper())
        and name.split()[0] not in gz.TITLES
    }


def _inside_capitalised(text: str, s: int, e: int) -> bool:
    """Whether a hit is part of a longer capitalised name ("Trump Tower")."""
    after = re.match(r"\s+([A-Z][a-z]+)", text[e : e + 30])
    # (a title may follow: "UNICEF Executive Director Catherine Russell")
    title = after and (after.group(1) in gz.TITLES or after.group(1).lower() in gz.CORPORATE_ROLES)
    if after and after.group(1).lower() not in FUNCTION_WORDS and not title:
        return True
    before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, s - 30) : s])
    return bool(
        before
        and before.group(1).lower() not in FUNCTION_WORDS
        and before.group(1) not in gz.TITLES
        and not is_sentence_start(text, s - len(before.group()))
        and before.group(1) not in MONTHS + WEEKDAYS
    )


def _number(clusters: list[Cluster]) -> tuple[Entity, ...]:
    clusters = [c for c in clusters if c.mentions]
    clusters.sort(key=lambda c: min(m.start for m in c.mentions))
    out = []
    for index, cluster in enumerate(clusters, 1):
        spans = tuple(
            sorted({Span(m.start, m.end) for m in cluster.mentions}, key=lambda s: s.start)
        )
        out.append(Entity(f"e{index}", canonical_name(cluster), cluster_kind(cluster), spans))
    return tuple(out)
