"""From a recogniser's raw names to entities: trimmed, typed by evidence, aliases merged.

The small model is weak on news in known ways: it keeps "the" and possessives inside names,
types a surname on its own by guesswork ("Maduro" as an organisation, "Machado" as a
place), and never links "Trump" to "Donald Trump" or "US" to "United States". The rules
below fix those with evidence from the text itself, never with names from one article.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise

from tui.analysis import gazetteer as gz
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
_PARTICLES = frozenset(words_of("von van der den de da di du dos das del bin ibn al el le la"))
_PARTICLE_REST = re.compile(
    r"(?:\s+(?:" + "|".join(sorted(_PARTICLES)) + r"))*\s+[A-Z][\w'’-]*[a-z]"
)
_WORD = re.compile(r"[A-Za-z][\w.'’&-]*")
_CONNECTORS = frozenset(words_of("of the for and de da del di la le van von bin al el y du"))
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
_APPOSITION_ORG = re.compile(
    r"\b(?:" + "|".join(sorted(gz.ORG_HEADS)) + r")\s*,\s*$", re.IGNORECASE
)
_AFTER_APPOSITION_ORG = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:"
    + "|".join(sorted(gz.ORG_HEADS))
    + r")\b(?!['’])",  # (not "the union's president": a person)
    re.IGNORECASE,
)
_AFTER_WHO = re.compile(r"^\s*,?\s+who\b")
_AGE_AFTER = re.compile(r"^\s*,\s+\d{1,3},\s")
_PLACE_OF = re.compile(
    r"\b(?:seat|riding|constituency|district|province|state|city|town|village|county|region"
    r"|island|outskirts|suburbs?|municipality|prefecture|neighbou?rhood"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?)"
    r"\s+of\s+$"
)
# Last words that make a name a place even where the model says a body.
_VENUE_WORDS = frozenset(
    words_of("""Stadium Arena Airport Bridge Square Street Avenue Highway Canal River Lake
    Island Islands Valley Desert Peninsula Strait Bay Gulf Sea Ocean Mountains""")
)
_COMPASS = frozenset(words_of("North South East West Northern Southern Eastern Western Central"))
# Words opening a region's name: the compass points and "Upper", "Lower", "New".
_REGION_PREFIXES = _COMPASS | frozenset(words_of("Upper Lower New"))
_PLACE_LEAD = frozenset(words_of("Mount Mt Mt. Lake Cape Isle"))  # "Mount Penteli", "Lake Tana"
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
_ADMINISTRATION = re.compile(
    r"\s+(?:administration|government|campaign|family|presidency|era|camp|regime)$",
    re.IGNORECASE,
)


# A company's own statements: "X said on Wednesday its ...", "X forecast second-quarter revenue".
_COMPANY_AFTER = re.compile(
    r"^\s+(?:(?:said|says|reported)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?its\b"
    r"|(?:reported|posted|forecast|forecasts)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:revenue|profit|sales|earnings|loss)\b)"
)
STRONG = 10.0  # evidence in the text: apposition, a title, a head noun, a word list
MEDIUM = 3.0  # a hint: "X chief executive Y"
_SCALE_NEXT = re.compile(r"\s*(?:million|billion|thousand|trillion|bn|m|per cent|percent|%)\b")
_CORPORATE_ROLE = re.compile(
    r"^\s+(?:" + "|".join(sorted(gz.CORPORATE_ROLES)) + r")\b(?:\s+[a-z]+)?\s+[A-Z][a-z]"
)
# Roles written after a company's name inside one mention: "Mars Chief Executive".
_TRAILING_ROLE = re.compile(
    r"(?:\s+(?:Chief|Executive|Financial|Operating|Officer|CEO|CFO|Chairman|Chairwoman|Chair|"
    r"President|Spokesman|Spokeswoman|Spokesperson))+$"
)
# A product's brand: "sold as Mounjaro", "marketed under the name Zepbound".
_BRAND_BEFORE = re.compile(
    r"\b(?:sold|marketed|branded|launched|rebranded|prescribed)\s+"
    r"(?:as|under\s+the\s+(?:brand\s+|trade\s+)?names?)\s+$"
)
_BRAND_AFTER = re.compile(r"^\s+(?:has|had)\s+been\s+on\s+(?:the\s+)?(?:market|shelves)\b")
_STORM = re.compile(
    r"(?<![\w-])(?:Hurricane|Typhoon|Super Typhoon|Cyclone|Tropical Storm|Storm) [A-Z][a-z]+"
    r"(?![\w-])"
)
# Products named in Apple's fashion: "iPhone", "iPads", "iOS".
_PRODUCT = re.compile(r"i[A-Z][A-Za-z]+")
_TEAM_PLURAL = re.compile(r"[A-Z][a-z]+(?<!ss)s")
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
_TEAM_ROLE = re.compile(
    r"\s+(?:head\s+)?(?:coach|manager|captain|striker|midfielder|goalkeeper|defender|winger"
    r"|forward|quarterback|pitcher|fly-half|scrum-half|full-back|flanker"
    r"|director\s+of\s+(?:rugby|football|cricket))\b"
)
# A score that is no tennis match in sets: "45-10", not "6-4, 6-3".
_TEAM_SCORE = r"\d{1,3}[-–]\d{1,3}(?![\d-])(?!,?\s+\d{1,2}[-–]\d)"
# A side's result told with it as the subject: "Bath thrashed Ulster 45-10", "lost 22-19 to".
_BEAT = r"(?:beat|beating|defeated|thrashed|edged|drew\s+with|lost\s+to)"
_RESULT_AFTER = re.compile(
    r"^,?\s+(?:" + _BEAT + r"\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+|(?:won|lost|drew)\s+)" + _TEAM_SCORE
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
_AND_MORE = re.compile(r" (?:and|in|of|on|for) [A-Z][a-z]+(?: [A-Z][a-z]+)?(?![\w&'’-]| [A-Z])")
_NUMBER_NAME = re.compile(r" (?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty)\b")
_SUFFIX_AFTER = re.compile(
    r" (?:plc|PLC|AG|SE|NV|Inc|Corp|Ltd|LLC|A/S|ASA|AB|Oyj|SpA|GmbH|BV)(?![\w&'’/-])"
)
# A side met on the pitch: "beat Brighton", "a game against Manchester City", "signed for Porto".
_OPPONENT = re.compile(
    r"\b(?:" + _BEAT + r"|signed\s+for|"
    r"(?:game|match|tie|final|fixture|clash|derby|draw|defeat|victory)\s+(?:against|with|over)|"
    r"(?:lost|won|drew)\s+\d{1,3}[-–]\d{1,3}\s+(?:to|against|at|with))\s+(?:the\s+)?$"
)
# A league used as a competition's name: "a Champions League game", "Premier League clubs".
_COMPETITION_NOUN = re.compile(
    r"\s+(?:game|games|match|matches|final|finals|quarter-finals?|semi-finals?|tie|ties|fixture|"
    r"fixtures|clash|side|sides|club|clubs|team|teams|title|titles|campaign|season|ranking|"
    r"rankings|project|place|places|spot|qualification|debut|record|trophy|winners|champions|"
    r"football|soccer|rugby|basketball|opener|run|match-up|era)\b"
)
_NAME_DIGIT = re.compile(r" [1-9](?![\w.,:%/’'-]| ?(?:%|per\s*cent|million|billion|bn|m)\b)")
_PORTFOLIO = re.compile(r" (?:Secretary|Minister|Commissioner|Czar|Tsar) (?:[A-Z][a-z]|of\b)")
_AFTER_DATELINE = re.compile(
    r"(?:^|\n)[A-Z][A-Z.' -]+(?:,[^\n(]{1,30})?\s*(?:\([^)\n]{1,30}\))?\s*[-–—]\s*$"
)
_IN_PLACE_BEFORE = re.compile(r"\b(?:died|born|lives|lived|killed|arrested|held)\s+(?:in|near)\s+$")
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
_MOVES = r"(?:rose|fell|gained|slipped|dropped|jumped|climbed|slid|sank|tumbled|surged|dipped)"
_SHARES_AFTER = re.compile(
    r"^(?:['’]s\s+(?:[\w-]+\s+)?)?\s*(?:shares|stock)\s+(?:" + _MOVES + r"|were|have|had)\b"
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
# A name made into an adjective: "Kroger-owned", "Seattle-based", "Saudi-led".
_COMPOUND_TAIL = re.compile(
    r"-(?:owned|based|led|backed|born|run|funded|listed|made|linked|controlled|affiliated"
    r"|headquartered|sponsored|bound)$"
)
_GENERATION_WORDS = frozenset(words_of("Jr Jr. Sr Sr. Junior"))
_INDEX_WORDS = re.compile(r"^\s+(?:index|indices|fell|rose|slipped|gained|closed|dropped|jumped)\b")


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    kind: str
    text: str
    weight: float = 1.0  # how much the kind counts: more when textual evidence set it


@dataclass(slots=True)
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def surfaces(self) -> set[str]:
        return {m.text for m in self.mentions}


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
    mentions = _dedupe(_code_names(text, mentions) + mentions)
    mentions = _dedupe(mentions + _gaps(text, mentions))
    mentions = _dedupe(_full_names(text, mentions) + mentions)
    clusters = _cluster(mentions)
    _propagate(text, clusters)
    clusters = [c for c in clusters if c.mentions]  # a repeat may have taken a whole cluster
    clusters += _split_datelines(text, clusters)
    _club_full_names(text, clusters)
    _products_of_makers(clusters)
    clusters = _merge_aliases(clusters)
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


def _products_of_makers(clusters: list[_Cluster]) -> None:
    """ "Netscape Communicator", "Firefox Mobile" beside "Netscape" and "Firefox": a name
    named alone elsewhere as a body, then with words that are no body's, is its product
    (and so no alias of the maker), unless the text itself proved it a body."""
    makers = {
        _canonical(c)
        for c in clusters
        if _kind(c) in ("organization", "other") and " " not in _canonical(c)
    }
    generic = gz.ORG_WORDS | gz.CORPORATE_SUFFIXES | gz.PLACE_WORDS | gz.PLACES
    for cluster in clusters:
        words = _canonical(cluster).split()
        if (
            len(words) >= 2
            and words[0] in makers
            and _kind(cluster) == "organization"
            and not any(w in generic for w in words[1:])
            and not any(re.fullmatch(r"[A-Z][a-z]+s", w) for w in words[1:])  # "Meta Platforms"
            and max(m.weight for m in cluster.mentions) <= 1
        ):
            for m in cluster.mentions:
                m.kind, m.weight = "other", MEDIUM


def _spelled_acronym(text: str, long: _Mention) -> re.Match[str] | None:
    """ "Court of Arbitration for Sport (Cas)": a bracketed word its initials spell."""
    short = _WORD_ACRONYM_AFTER.match(text, long.end)
    if not short or " " not in long.text:
        return None
    spelled = {_initials(long.text), _initials(long.text, keep_of=True), _bare_initials(long.text)}
    return short if short.group(1).upper() in spelled else None


def _known_as(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
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
            kind = _kind(target) if target else "person"
            if kind == "organization" and " " not in person.text:
                continue  # "Department of Forestry ..., known as Cal Fire"; not "Apple, known as"
            long = ends.get(m.start - 2)  # "Alternative for Germany (AfD)", "(Cas)"
            if long and (_ACRONYM_AFTER.match(text, m.start - 2) or _spelled_acronym(text, long)):
                target, kind = owner[id(long)], _kind(owner[id(long)])
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


def _generic_heads(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """ "the Commission" after "European Commission", "the Bank" after "Bank of England": the
    capitalised head word of one organisation's name, with "the", is that organisation.

    Only when a single multi-word organisation in the text has that head word; repeats the
    model skipped are added.
    """
    heads: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        words = _canonical(cluster).split()
        if _kind(cluster) != "organization" or len(words) < 2:
            continue
        for word in {w for w in words if w in gz.ORG_WORDS and w[0].isupper()}:
            heads.setdefault(word, []).append(cluster)
    heads = {w: cs for w, cs in heads.items() if len(cs) == 1}
    if not heads:
        return clusters
    owner = {id(m): c for c in clusters for m in c.mentions}
    covered = bytearray(len(text))
    for m in _all_mentions(clusters):
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    starts = {m.start: m for m in _all_mentions(clusters)}
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
                moved.kind = _kind(target)
                owner[id(moved)] = target
            target.mentions.extend(cluster.mentions)
            cluster.mentions = []
        elif 1 not in covered[s:e]:
            target.mentions.append(_Mention(s, e, _kind(target), hit.group(1)))
            covered[s:e] = b"\x01" * (e - s)
    return [c for c in clusters if c.mentions]


def _all_mentions(clusters: list[_Cluster]) -> list[_Mention]:
    return [m for c in clusters for m in c.mentions]


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


def _family_names(clusters: list[_Cluster]) -> None:
    """ "Ana Delgado" beside "Rosa Delgado" is a person too, whatever the model guessed."""
    surnames = {
        _canonical(c).split()[-1]
        for c in clusters
        if _kind(c) == "person" and len(_canonical(c).split()) > 1
    }
    for cluster in clusters:
        words = _canonical(cluster).split()
        if len(words) > 1 and words[-1] in surnames and _kind(cluster) != "person":
            for m in cluster.mentions:
                m.kind, m.weight = "person", STRONG


# --- one mention --------------------------------------------------------------------------


def _refine(text: str, raw: RawMention) -> _Mention | None:
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
    if text[start:end].split()[-1:] and text[start:end].split()[-1] in _PARTICLES:
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
        short = _initials(whole, keep_of=False)
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
        if not first or first.end() >= end or not _is_title(first.group()):
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
        return _Mention(start, end, "other", text[start:end], STRONG)
    name = text[start:end]
    product = _PRODUCT.fullmatch(name)
    if product:  # "iPhone", "iPhones", "iPhone 17": a product, not a firm
        number = re.match(r" \d{1,3}\b(?![.,]\d|%)", text[end : end + 8])
        if number and not _SCALE_NEXT.match(text[end + number.end() : end + number.end() + 20]):
            end += number.end()
        return _Mention(start, end, "other", text[start:end], MEDIUM)
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
        return _Mention(start, end, "other", name, STRONG)
    found, evidence = _evidence(text, start, end, name, kind)
    if evidence >= weight:  # (a title's person is not undone by a weaker hint)
        kind = found
    return _Mention(start, end, kind, name, max(weight, evidence))


def _country_qualifiers(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """ "U.S. Food and Drug Administration" where the text calls the body "FDA": the body's
    own name is "Food and Drug Administration" and "U.S." is the country it belongs to."""
    out = []
    for m in mentions:
        lead = _COUNTRY_LEAD.match(m.text) if m.kind == "organization" else None
        acronyms = {_initials(m.text), _initials(m.text, keep_of=True)} if lead else set()
        if any(len(a) >= 2 and re.search(rf"(?<![\w.]){a}(?![\w.])", text) for a in acronyms):
            country = m.text[: lead.end()].rstrip()
            out.append(_Mention(m.start, m.start + len(country), "place", country, STRONG))
            rest = m.start + lead.end()
            out.append(_Mention(rest, m.end, m.kind, text[rest : m.end], m.weight))
        else:
            out.append(m)
    return out


def _common_word(text: str, mention: _Mention, lower_words: set[str]) -> bool:
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


def _evidence(text: str, start: int, end: int, name: str, kind: str) -> tuple[str, float]:
    """The kind the context proves, if any: apposition, a head noun, a title, "who"."""
    words = name.split()
    before = text[max(0, start - 40) : start]
    after = text[end : end + 60]
    next_word = re.match(r"\s+([a-z]+)", after)
    previous = re.search(r"(?<![\w.-])([A-Za-z][\w.-]*)\s+$", before)
    if name in gz.NATIONALITIES:
        return "group", STRONG
    if name in gz.KNOWN_NAMES:
        return gz.KNOWN_NAMES[name], STRONG  # "F.B.I.", "NASA", "U.S.", "Verizon": known to all
    if len(words) == 2 and gz.KNOWN_NAMES.get(words[0]) == "organization" and words[1] in gz.PLACES:
        return "organization", STRONG  # "Yahoo Japan", "Google India": a firm's arm
    if len(words) > 1 and words[0] in _PLACE_LEAD and words[-1] not in gz.ORG_WORDS:
        return "place", STRONG  # not "Mount Sinai Hospital"
    if len(words) > 1 and words[-1] in _VENUE_WORDS:
        return "place", STRONG  # "Rod Laver Arena", "Panama Canal", whatever the model said
    if len(words) > 2 and words[0] in gz.OTHER_WORDS and words[1] in ("on", "of", "for"):
        return "other", STRONG  # "Convention on Biological Diversity", "Treaty of Rome"
    if re.fullmatch(r"[A-Z]{2,}(?:-\d+)+", name):
        return "other", STRONG  # a code: "COVID-19", "CVE-2026-31877"
    if kind == "person" and len(words) == 2 and words[0] in _COMPASS:
        return "place", MEDIUM  # "West Bengal", "South Kivu": no person's first name
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
        and _TEAM_PLURAL.fullmatch(words[-1])
        and words[-1] not in gz.ORG_WORDS | gz.PLACE_WORDS | gz.NATIONALITIES | gz.OTHER_WORDS
    ):
        return "organization", STRONG  # "Seattle Seahawks", "Chicago Bulls": a city's side
    named_body = any(w in gz.ORG_WORDS and n in ("of", "for") for w, n in pairwise(words))
    if named_body and words[0] in gz.ORG_WORDS:
        return "organization", STRONG  # "Institute for the Study of War" is no war
    if len(words) > 1 and words[-1] in gz.OTHER_WORDS:
        return "other", STRONG
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
    if (
        next_word
        and next_word.group(1) in gz.PLACE_HEADS
        and kind in ("person", "organization", "other", "place")
    ):
        return "place", STRONG
    if next_word and next_word.group(1) in gz.ORG_HEADS and kind == "person":
        return "organization", STRONG
    if previous and _is_title(previous.group(1)) and kind != "place":
        return "person", STRONG
    if _CORPORATE_ROLE.match(after) and kind != "group":
        return "organization", MEDIUM
    if _AGE_AFTER.match(after) and kind in ("place", "organization", "other"):
        return "person", STRONG  # "Kemi Badenoch, 44, lost her seat"
    if _PLACE_OF.search(before) and kind in ("organization", "person", "other"):
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
    if _person_by_first_name(name):
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


def _person_by_first_name(name: str) -> bool:
    """ "Daniel Rothman", "Robert M. Danin": a common first name (or a middle initial) and a
    surname that is no body's, place's or people's word."""
    words = name.split()
    given = words[0] in gz.GIVEN_NAMES and _GIVEN_AND_SURNAME.fullmatch(name)
    return bool(given or _INITIALLED.fullmatch(name)) and not any(
        w in _NOT_SURNAMES for w in words[1:]
    )


_GIVEN_AND_SURNAME = re.compile(r"[A-Z][a-z]+ (?:[A-Z][a-z]+ )?[A-Z][a-z'’-]+")
_DOMAIN = re.compile(r"\.(?:com|org|net|io|co\.uk)$")  # "Snopes.com" is Snopes


def _team_context(text: str, start: int, end: int) -> bool:
    """Whether a name's context is a side's: a score, a player's role, an opponent, a result,
    a plural verb ("Leicester have"), or a team in apposition."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 60]
    score = re.match(r"\s+" + _TEAM_SCORE, after) and not re.search(r"\b(?:in|at)\s+$", before)
    return bool(
        score
        or _TEAM_ROLE.match(after)
        or _OPPONENT.search(before)
        or _RESULT_AFTER.match(after)
        or _TEAM_APPOSITION.match(after)
        or (_PLURAL_VERB_AFTER.match(after) and _alone_plural(text[start:end], before))
    )


def _alone_plural(name: str, before: str) -> bool:
    """A plural verb after a singular name that is the whole subject ("Bath were"), not the
    last of several ("Felipe and Letizia were")."""
    return not name.endswith("s") and not re.search(r"(?:\band|&|,)\s+$", before)


_CLUB_SUFFIXES = frozenset(words_of("United City Town County Athletic Albion Rovers Wanderers"))
_NICKNAME_AFTER = re.compile(
    r" ([A-Z][a-z]+(?<!ss)s|United|City|Town|County|Athletic|Albion|Rovers|Wanderers|Rangers)"
    r"(?![\w&'’-])(?! [A-Z])"
)


def _club_full_names(text: str, clusters: list[_Cluster]) -> None:
    """ "Leicester Tigers", which the model skipped, beside "Leicester coach ...": a side named
    by its town elsewhere in the text is the same side with its plural nickname."""
    covered = bytearray(len(text))
    for m in _all_mentions(clusters):
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    generic = gz.ORG_WORDS | gz.PLACE_WORDS | gz.OTHER_WORDS | gz.NATIONALITIES
    for cluster in clusters:
        name = _canonical(cluster)
        if " " in name or name.isupper() or _kind(cluster) != "organization":
            continue
        if not any(_team_context(text, m.start, m.end) for m in cluster.mentions):
            continue
        for hit in re.finditer(r"(?<![\w&.-])" + re.escape(name) + r"(?= [A-Z])", text):
            nickname = _NICKNAME_AFTER.match(text, hit.end())
            plural = nickname and _TEAM_PLURAL.fullmatch(nickname.group(1))
            if not nickname or (plural and nickname.group(1) in generic):
                continue
            s, e = hit.start(), nickname.end()
            if 1 not in covered[s:e]:
                cluster.mentions.append(_Mention(s, e, "organization", text[s:e], MEDIUM))
                covered[s:e] = b"\x01" * (e - s)


_FIXTURE_BEFORE = re.compile(
    r"\b(?:host|hosts|hosted|hosting|face|faces|faced|facing|travel\s+to|travels\s+to"
    r"|visit|visits|against)\s+$"
)


def _sides_by_fixture(text: str, clusters: list[_Cluster]) -> None:
    """In a report on sides, "Leicester will travel to Munster", "Bayern host Cologne": a
    one-word name the model only guessed a person or place, met as a fixture, is a side."""
    sides = [
        c
        for c in clusters
        if _kind(c) == "organization"
        and any(_team_context(text, m.start, m.end) for m in c.mentions)
    ]
    if len(sides) < 2:
        return
    for cluster in clusters:
        if _kind(cluster) not in ("person", "place") or not _unproved(cluster):
            continue
        names = {m.text for m in cluster.mentions}
        if any(" " in n or n in gz.PLACES | gz.NATIONALITIES for n in names):
            continue
        if any(
            _FIXTURE_BEFORE.search(text[max(0, m.start - 20) : m.start]) for m in cluster.mentions
        ):
            for m in cluster.mentions:
                m.kind, m.weight = "organization", MEDIUM


def _player_or_side(words: list[str]) -> bool:
    """A one-word name, or one ending in a plural ("Sale Sharks"), may be a side's as well
    as a player's; the model calls both persons."""
    return len(words) == 1 or (len(words) == 2 and bool(_TEAM_PLURAL.fullmatch(words[-1])))


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


# A model's number after its maker's name: "Boeing 737 Max 9", "Airbus A321neo", "787-9".
_MODEL_NUMBER = re.compile(
    r" ((?!(?:19|20)\d\d\b)[A-Z]?\d{3,4}(?:-\d{1,4}|[a-z]{2,3})?"
    r"(?:(?: [A-Z][a-z]+)+(?: \d{1,2}(?![\d.,%]))?|(?<=-\d)(?=\b)|(?<=[a-z])(?=\b)))"
    r"(?![\w-])"
)


def _code_names(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Index names with a number ("S&P 500"): capitals or a name, a number, then index talk;
    a model's number after its maker's name ("Boeing 737 Max 9")."""
    out = []
    for maker in mentions:
        model = maker.kind == "organization" and _MODEL_NUMBER.match(text, maker.end)
        if model:
            out.append(_Mention(model.start(1), model.end(1), "other", model.group(1), STRONG))
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
            out.append(_Mention(start, m.end(1), "other", name, STRONG))
    for m in _CODE_NAME.finditer(text):
        name = m.group()
        acronym = sum(c.isupper() or c == "&" for c in name.split()[0]) >= 2
        first = name.split()[0]
        if first in gz.TITLES or first in MONTHS:
            continue
        if acronym or _INDEX_WORDS.match(text[m.end() : m.end() + 12]):
            out.append(_Mention(m.start(), m.end(), "other", name, STRONG))
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


def _gaps(text: str, mentions: list[_Mention]) -> list[_Mention]:
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
        out.append(_Mention(s, e, "organization", text[s:e], MEDIUM))
        if not covered[m.start(2)]:
            out.append(_Mention(m.start(2), m.end(2), "organization", m.group(2), MEDIUM))
        covered[s : m.end()] = b"\x01" * (m.end() - s)
    for m in mentions:  # "Christian Democratic Union (CDU)": the short form the model skipped
        short = _ACRONYM_AFTER.match(text, m.end) or _ACRONYM_OR.match(text, m.end)
        short = short or _spelled_acronym(text, m)
        long_name = m.kind in ("organization", "other") and " " in m.text
        if short and long_name and 1 not in covered[short.start(1) : short.end(1)]:
            s, e = short.span(1)
            out.append(_Mention(s, e, m.kind, short.group(1), STRONG))
            covered[s:e] = b"\x01" * (e - s)
    for m in re.finditer(r"(?<![\w.@/#-])" + _PRODUCT.pattern + r"(?![\w@/-])", text):
        if 1 not in covered[m.start() : m.end()]:  # "iPhone 17", which the model skips
            product = _refine(text, RawMention(m.start(), m.end(), "other"))
            if product is not None and 1 not in covered[product.start : product.end]:
                out.append(product)
                covered[product.start : product.end] = b"\x01" * (product.end - product.start)
    for m in _STORM.finditer(text):  # "Hurricane Helene", which the model may skip
        if 1 not in covered[m.start() : m.end()]:
            out.append(_Mention(m.start(), m.end(), "other", m.group(), STRONG))
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _KNOWN_NAME_RE.finditer(text):
        if 1 not in covered[m.start() : m.end()]:
            kind = gz.KNOWN_NAMES[m.group()]
            out.append(_Mention(m.start(), m.end(), kind, m.group(), STRONG))
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
                kind = _evidence(text, s, e, name, kind)[0]  # "Barcelona coach": its club
            peoples = _split_peoples(_Mention(s, e, "group", name)) if not kind else []
            if kind or len(peoples) == 2:  # "Israeli-Palestinian": two peoples
                out.extend(peoples or [_Mention(s, e, kind, name, STRONG)])
                covered[s:e] = b"\x01" * (e - s)
            elif _person_by_first_name(name) and not _in_capitals_line(text, s):
                out.append(_Mention(s, e, "person", name, MEDIUM))  # "Pablo Picasso"
                covered[s:e] = b"\x01" * (e - s)
            elif " " in name and name.split()[-1] in ("Index", "Average"):
                lead = _LEADING_JUNK.match(name)  # "The Dow Jones Industrial Average"
                s += lead.end() if lead else 0
                out.append(_Mention(s, e, "other", text[s:e], STRONG))
                covered[s:e] = b"\x01" * (e - s)
    acronyms = {
        a: m.kind
        for m in mentions
        if m.kind in ("organization", "other") and len(m.text.split()) >= 2
        for a in (_initials(m.text), _initials(m.text, keep_of=True))
        if len(a) >= 2
    }
    for m in re.finditer(r"(?<![\w.&-])[A-Z]{2,6}(?![\w&-])", text) if acronyms else ():
        if (
            m.group() in acronyms
            and 1 not in covered[m.start() : m.end()]
            and not _in_capitals_line(text, m.start())
        ):
            # "ICE did not give a number" after "Immigration and Customs Enforcement"
            out.append(_Mention(m.start(), m.end(), acronyms[m.group()], m.group(), MEDIUM))
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _VENUE_GAP.finditer(text):  # "the Santiago Bernabeu stadium", "Evin prison"
        s, e = m.span(1)
        words = m.group(1).split()
        if 1 in covered[s:e] or words[0] in gz.TITLES or words[0].lower() in FUNCTION_WORDS:
            continue
        if len(words) == 1 and is_sentence_start(text, s):
            continue
        out.append(_Mention(s, e, "place", m.group(1), MEDIUM))
        covered[s:e] = b"\x01" * (e - s)
    for m in _BEATEN_SIDE.finditer(text):  # "beat the Buffalo Bills 32-29", skipped
        s, e = m.span(1)
        if 1 not in covered[s:e] and m.group(1).split()[0] not in gz.TITLES:
            out.append(_Mention(s, e, "organization", m.group(1), MEDIUM))
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
        role = _CORPORATE_ROLE.match(text[e : e + 60])
        if role and not role.group().lstrip().startswith("owner"):  # "Pringles owner": a brand
            out.append(_Mention(s, e, "organization", name, MEDIUM))
            covered[s:e] = b"\x01" * (e - s)
    return out


_VENUE_GAP = re.compile(
    r"(?<![\w&.'’-])([A-Z][\w'’-]*[a-z](?: [A-Z][\w'’-]*[a-z]){0,2})"
    r" (?:stadium|airport|prison|jail|bridge|square|crossing|arena)\b"
)
_BEATEN_SIDE = re.compile(
    r"\b(?:beat|beating|defeated|thrashed|edged|drew\s+with|lost\s+to)\s+(?:the\s+)?"
    r"((?!(?:The|A|An)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?:\s+\d{1,3}(?![-–\d]))?)"
    r"\s+(?=" + _TEAM_SCORE + ")"
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


def _repeated_names(text: str, covered: bytearray) -> list[_Mention]:
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
            out.extend(_Mention(s, e, "organization", word, MEDIUM) for s, e in places)
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
                out.append(_Mention(s, e, "person", text[s:e], MEDIUM))
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


def _known_place_ends(text: str, mentions: list[_Mention]) -> list[_Mention]:
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
            out.append(_Mention(m.start, found, "place", text[m.start : found], STRONG))
    return _dedupe(out)


_NEXT_NAME_WORDS = re.compile(r"(?: [A-Z][\w.'’-]*)+")


def _body_of_place(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """ "National Observatory of Athens" the model cut before "of": a body named by an
    organisation word ("Observatory", "University", "Bank") and the place it is of."""
    out: list[_Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "organization"
            and m.kind == "place"
            and text[last.end : m.start] == " of "
            and last.text.split()[-1] in gz.ORG_WORDS
        ):
            out[-1] = _Mention(last.start, m.end, "organization", text[last.start : m.end], STRONG)
            continue
        out.append(m)
    return out


def _full_names(text: str, mentions: list[_Mention]) -> list[_Mention]:
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
            _is_title(first)
            or first in gz.PLACES | gz.NATIONALITIES | gz.ORG_WORDS
            or first.lower() in FUNCTION_WORDS
            or _MONTH_OR_DAY.fullmatch(first)
            or re.search(r"[A-Z][\w'’.-]*\s$", text[max(0, hit.start() - 30) : hit.start()])
            or any(s <= hit.start() and hit.end() <= e for s, e in covering)
        ):
            continue
        out.append(_Mention(hit.start(), hit.end(), "person", hit.group(), MEDIUM))
    return out


def _is_title(word: str) -> bool:
    """ "President", and "President-elect", "ex-President" or "then-Senator" too."""
    return re.sub(r"^(?:ex|then|former)-|-(?:elect|designate)$", "", word) in gz.TITLES


_MONTH_OR_DAY = re.compile("|".join([*MONTHS, *WEEKDAYS]), re.I)


def _split_double_dateline(text: str, m: _Mention) -> list[_Mention]:
    """ "ADDIS ABABA/LONDON (Reuters) -": two cities, each a place of its own."""
    line_start = m.start == 0 or text[m.start - 1] == "\n"
    if "/" not in m.text or not line_start or not m.text.isupper():
        return [m]
    dateline = _DATELINE.match(text, m.start)
    if not dateline or dateline.end(1) != m.end:
        return [m]
    return _dateline_places(m.start, m.text)


def _known_long_names(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """ "Islamic State" where the model saw only "Islamic": a name known to all of two words
    or more takes the place of the pieces the model found inside it."""
    known = [
        _Mention(m.start(), m.end(), gz.KNOWN_NAMES[m.group()], m.group(), STRONG)
        for m in _KNOWN_LONG_NAME_RE.finditer(text)
    ]
    if not known:
        return mentions
    kept = [m for m in mentions if not any(k.start <= m.start and m.end <= k.end for k in known)]
    return _dedupe(known + kept)


_KNOWN_LONG_NAME_RE = re.compile(
    r"(?<![\w&-])(?:"
    + "|".join(re.escape(n) for n in sorted(gz.KNOWN_NAMES, key=len, reverse=True) if " " in n)
    + r")(?![\w&-])"
)


def _split_peoples(m: _Mention) -> list[_Mention]:
    """ "Israeli-Palestinian", "U.S.-Israeli": two peoples or places; "Tunisian Islamists",
    "Islamist Muslim Brotherhood": a people's adjective before another group's name."""
    pair = re.fullmatch(r"([\w.]+)-([\w.]+)", m.text)
    known = gz.NATIONALITIES | gz.PLACES
    hyphenated_american = pair and re.fullmatch(r"Americans?", pair.group(2))
    if pair and pair.group(1) in known and pair.group(2) in known and not hyphenated_american:
        return [
            _Mention(
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
        and words[0] not in _COMPASS
        and words[1].split()[0] in gz.NATIONALITIES
    ):
        rest = m.start + len(words[0]) + 1
        kind = "group" if words[1] in gz.NATIONALITIES else m.kind
        return [
            _Mention(m.start, m.start + len(words[0]), "group", words[0], STRONG),
            _Mention(rest, m.end, kind, words[1], m.weight),
        ]
    return [m]


def _split_conjoined(text: str, m: _Mention) -> list[_Mention]:
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
        _Mention(m.start, m.start + len(parts[0]), m.kind, parts[0]),
        _Mention(second, m.end, m.kind, parts[1]),
    ]


def _join_conjoined(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """ "World Travel" + "and" + "Tourism Council", "Center on Poverty" + "and" + "Inequality":
    one body's name the model cut at "and", when the text never names either part alone."""
    mentions = sorted(mentions, key=lambda m: m.start)
    out: list[_Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == m.kind == "organization"
            and text[prev.end : m.start] == " and "
            and _one_body(prev.text.split(), m.text.split())
            and not any(_named_alone(text, part) for part in (prev.text, m.text))
        ):
            out[-1] = _Mention(prev.start, m.end, "organization", text[prev.start : m.end], STRONG)
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


def _dateline_places(start: int, names: str) -> list[_Mention]:
    """A dateline's cities at ``start``, one or several joined by "/" (each a place)."""
    return [
        _Mention(start + c.start(), start + c.end(), "place", c.group(), STRONG)
        for c in re.finditer(r"[^/]+", names)
    ]


def _dedupe(mentions: list[_Mention]) -> list[_Mention]:
    mentions.sort(key=lambda m: (m.start, -m.end))
    out: list[_Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# --- clustering -----------------------------------------------------------------------------


def _key(name: str) -> str:
    """Comparison key: case, dots, leading article and possessive ignored."""
    key = name.replace(".", "").replace("’", "'").lower()
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"'s?$", "", key)
    return " ".join(key.split())


def _cluster(mentions: list[_Mention]) -> list[_Cluster]:
    by_key: dict[str, _Cluster] = {}
    for m in mentions:
        key = _key(m.text)
        if m.kind == "group":  # "Republican" and "Republicans" are one group
            key = key.removesuffix("s")
        elif _PRODUCT.match(m.text):  # "iPhones", "iPhone 17" and "iPhone" are one product
            key = re.sub(r"(?<=[a-z])s$", "", re.sub(r" \d+$", "", key))
        by_key.setdefault(key, _Cluster()).mentions.append(m)
    return list(by_key.values())


def _kind(cluster: _Cluster) -> str:
    """Evidence first, then the model's vote weighted by how full each name is."""
    votes: dict[str, float] = {}
    for m in cluster.mentions:
        # full names outvote surnames; "other" is the model's (or the rules') weakest guess
        weight = m.weight * len(m.text.split()) ** 2
        weight *= 0.5 if m.kind == "other" else 1.0
        votes[m.kind] = votes.get(m.kind, 0) + weight
    return max(votes, key=lambda k: votes[k])


def _canonical(cluster: _Cluster) -> str:
    counts: dict[str, int] = {}
    for m in cluster.mentions:
        counts[m.text] = counts.get(m.text, 0) + 1
    return max(counts, key=lambda s: (len(s.split()), len(s), counts[s]))


def _propagate(text: str, clusters: list[_Cluster]) -> None:
    """Find repeats of a known name the model missed (often sentence-initial ones)."""
    covered = bytearray(len(text))  # 1 where a mention already lies
    for m in (m for c in clusters for m in c.mentions):
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    owners: dict[str, tuple[_Cluster, str]] = {}
    lower_words = set(re.findall(r"\b[a-z]+\b", text))
    for cluster in clusters:
        kind = _kind(cluster)
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
    by_start: dict[int, list[tuple[_Cluster, _Mention]]] = {}
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
        found, weight = _evidence(text, s, e, hit.group(), kind)
        mention = _Mention(s, e, found, hit.group(), weight) if weight > 1 else None
        mention = mention or _Mention(s, e, kind, hit.group())
        cluster.mentions.append(mention)
        by_start.setdefault(s, []).append((cluster, mention))
        covered[s:e] = b"\x01" * (e - s)


def _club_short_names(text: str, clusters: list[_Cluster]) -> dict[str, _Cluster]:
    """ "United" for "Manchester United", "Villa" for "Aston Villa": in a report on sides, the
    last word of one side's two-word name, when no other side's name ends with it. A club's
    own suffix ("United", "City", "Rovers") stands for it in any story, a transfer's too."""
    sides = [
        c
        for c in clusters
        if _kind(c) == "organization"
        and any(_team_context(text, m.start, m.end) for m in c.mentions)
    ]
    allowed = None if len(sides) >= 2 else _CLUB_SUFFIXES
    generic = gz.PLACES | gz.NATIONALITIES | gz.CORPORATE_SUFFIXES | gz.OTHER_WORDS
    found: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        words = _canonical(cluster).split()
        if _kind(cluster) != "organization" or len(words) != 2 or words[0] in gz.TITLES:
            continue
        last = words[1]
        if allowed is not None and last not in allowed:
            continue
        if last in _CLUB_SUFFIXES or (
            last[:1].isupper() and not last.isupper() and last not in generic | set(_HEADS_CUT)
        ):
            found.setdefault(last, []).append(cluster)
    return {word: cs[0] for word, cs in found.items() if len(cs) == 1}


_REGION_SLOT = re.compile(r"[A-Z][\w.'’-]*,\s+$")


def _split_datelines(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
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
        if datelines and rest and _kind(_Cluster(rest)) == "organization":
            regions = rest  # "LEICESTER, England (Reuters) —" the city, "Leicester have" a club
        if datelines and regions:
            cluster.mentions = [m for m in cluster.mentions if m not in datelines]
            out.append(_Cluster(datelines))
            continue
        towns = [m for m in cluster.mentions if m.kind == "place" and _town_context(text, m)]
        sides = [m for m in cluster.mentions if m.kind == "organization" and m.weight >= STRONG]
        if towns and sides:
            # "Leeds manager Daniel Farke" is the club, "in Leeds city centre" the city
            moved = towns if _kind(cluster) == "organization" else sides
            cluster.mentions = [m for m in cluster.mentions if m not in moved]
            out.append(_Cluster(moved))
    return out


def _town_context(text: str, m: _Mention) -> bool:
    """A place by its own context, not a word list: "in Leeds", "Leeds city centre"."""
    before = text[max(0, m.start - 30) : m.start]
    next_word = re.match(r"\s+([a-z]+)", text[m.end : m.end + 20])
    return bool(
        (next_word and next_word.group(1) in gz.PLACE_HEADS)
        or _PLACE_OF.search(before)
        or re.search(r"\b(?:in|near|outside)\s+$", before)
    )


def _replace_shorter(by_start: dict[int, list[tuple[_Cluster, _Mention]]], s: int, e: int) -> bool:
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


def _first_names(clusters: list[_Cluster], lower_words: set[str]) -> dict[str, _Cluster]:
    """ "Eloise" for "Eloise Parry" in a story that calls her so: a first name that only one
    person in the text has, and that is no place, people, title or common word."""
    found: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        if _kind(cluster) != "person":
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


def _repeatable_names(cluster: _Cluster, kind: str, lower_words: set[str]) -> set[str]:
    """The names of a cluster worth looking for again, with a person's surname."""
    names = {m.text for m in cluster.mentions}
    if kind == "person":
        names |= {n.split()[-1] for n in names if len(n.split()) > 1}
        names |= {_ARTICLE_PREFIX.sub("", n) for n in names if " " not in n}  # "Hayya"
        for n in list(names):  # "Le Pen" for "Marine Le Pen", "Von der Leyen" opening a sentence
            words = n.split()
            k = len(words) - 1
            while k > 1 and words[k - 1].lower() in _PARTICLES:
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
            and _TEAM_PLURAL.fullmatch(n.split()[-1])
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


_COUNTRY_LEAD = re.compile(r"^(?:U\.S\.|US|U\.K\.|UK)\s+(?=[A-Z])")


def _initials(name: str, keep_of: bool = False) -> str:
    """ "Food and Drug Administration" -> "FDA"; a leading "U.S." is left out."""
    name = _COUNTRY_LEAD.sub("", name)
    kept = {"of"} if keep_of else set()
    words = [
        w for w in re.split(r"[\s-]+", name) if w and (w.lower() not in _CONNECTORS or w in kept)
    ]
    return "".join(w[0] for w in words if w[0].isupper() or w in kept).upper()


def _bare_initials(name: str) -> str:
    """Initials without a trailing corporate suffix: "Procter & Gamble Co" -> "PG"."""
    words = name.split()
    while len(words) > 1 and words[-1] in gz.CORPORATE_SUFFIXES:
        words = words[:-1]
    return _initials(" ".join(words))


_GENERATIONS = frozenset(words_of("Jr Sr II III IV"))


def _fold(word: str) -> str:
    """A word compared without accents, a particle without case, a surname without its
    article ("al-Hayya" is "Hayya" on second mention)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    plain = _ARTICLE_PREFIX.sub("", plain)
    return plain.lower() if plain.lower() in _PARTICLES else plain


_ARTICLE_PREFIX = re.compile(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z])")


def _merge_aliases(clusters: list[_Cluster]) -> list[_Cluster]:
    """Merge "Trump" into "Donald Trump", "US" into "United States", "Apple" into "Apple Inc."."""
    kinds = {id(c): _kind(c) for c in clusters}
    names = {id(c): _canonical(c) for c in clusters}
    long_first = sorted(clusters, key=lambda c: -max(len(m.text.split()) for m in c.mentions))
    rank = {id(c): i for i, c in enumerate(long_first)}
    index: dict[str, list[_Cluster]] = {}  # the few clusters a short name could belong to
    for c in clusters:
        words = names[id(c)].split()
        for token in {
            f"l:{words[-1]}",
            f"f:{words[0]}",
            f"p:{words[0][:3]}",
            f"i:{_initials(names[id(c)])}",
            f"i:{_bare_initials(names[id(c)])}",
            f"i:{_initials(names[id(c)], keep_of=True)}",
            f"l:{_fold(words[-1])}",
            f"l:{words[-1].split('-')[-1]}",  # "Maersk" for "A.P. Moller-Maersk"
            f"l:{words[-2] if len(words) > 2 and words[-1].rstrip('.') in _GENERATIONS else ''}",
            f"k:{_key(names[id(c)])}",
            f"k:{_key(_COUNTRY_LEAD.sub('', names[id(c)]))}",
            f"k:{_reordered(names[id(c)])}",
            f"m:{words[1] if len(words) > 1 and re.match(r'[A-Z]?[0-9]', words[0]) else ''}",
        } - {"k:", "l:", "m:"}:
            index.setdefault(token, []).append(c)
        for middle in words[1:-1] if len(words) >= 3 else ():  # "Lula" in "... Lula da Silva"
            index.setdefault(f"w:{middle}", []).append(c)
        initials = _initials(names[id(c)])
        for k in range(3, len(initials)):  # "CDC", "HHS": part of a long name's initials
            index.setdefault(f"a:{initials[:k]}", []).append(c)
            index.setdefault(f"a:{initials[-k:]}", []).append(c)
    merged: dict[int, _Cluster] = {}
    for short in sorted(clusters, key=lambda c: max(len(m.text.split()) for m in c.mentions)):
        words = names[id(short)].split()
        key = _key(names[id(short)])
        tokens = [f"l:{words[-1]}", f"l:{_fold(words[-1])}", f"f:{words[0]}", f"p:{words[0][:3]}"]
        tokens += [f"i:{key.replace(' ', '').upper()}", f"k:{key}", f"m:{words[0]}"]
        tokens += [f"w:{words[0]}"] if len(words) == 1 else []
        short_name = names[id(short)]
        tokens += [f"i:{short_name.replace('&', '')}"] if "&" in short_name else []
        tokens += [f"a:{short_name}"] if short_name.isupper() and short_name.isalpha() else []
        tokens += [f"k:{alias}" for alias in gz.ALIASES.get(key, ())]
        for full, short_forms in gz.ALIASES.items():
            if key in short_forms:  # "UK" beside "Britain": two short forms of one name
                tokens += [f"k:{full}", *(f"k:{other}" for other in short_forms)]
        found = {id(c): c for t in tokens for c in index.get(t, ())}
        candidates = sorted(found.values(), key=lambda c: rank[id(c)])
        target = _alias_target(short, candidates, kinds, merged)
        if target is not None:
            if kinds[id(target)] == "person" and _firm_by_first_word(
                short, target, kinds[id(short)]
            ):
                for m in target.mentions:  # the full name of the firm, not a person's
                    m.kind = "organization"
            target.mentions.extend(short.mentions)
            merged[id(short)] = target
    return [c for c in clusters if id(c) not in merged]


def _firm_by_first_word(short: _Cluster, long: _Cluster, kind: str) -> bool:
    """A one-word firm whose context proves it ("shares of Novo") and a longer name starting
    with it that only the model, with no evidence, took for a person ("Novo Nordisk")."""
    short_words = _canonical(short).split()
    long_words = _canonical(long).split()
    return (
        kind == "organization"
        and len(short_words) == 1
        and long_words[0] == short_words[0]
        and max(m.weight for m in short.mentions) > 1
        and max(m.weight for m in long.mentions) <= 1
    )


def _alias_target(
    short: _Cluster,
    candidates: list[_Cluster],
    kinds: dict[int, str],
    merged: dict[int, _Cluster],
) -> _Cluster | None:
    name = _canonical(short)
    key = _key(name)
    words = name.split()
    kind = kinds[id(short)]
    first = min(m.start for m in short.mentions)
    options: list[tuple[int, _Cluster]] = []
    given: list[_Cluster] = []  # people whose first name this is
    suffixed: list[_Cluster] = []  # organisations whose name ends with this one
    partial: list[_Cluster] = []  # organisations whose initials begin or end with this acronym
    for long in candidates:
        if long is short or id(long) in merged:
            continue
        long_name = _canonical(long)
        long_key = _key(long_name)
        long_words = long_name.split()
        long_kind = kinds[id(long)]
        if len(long_words) <= len(words) and len(long_key) <= len(key):
            continue
        ok = False
        if key in gz.ALIASES.get(long_key, ()) or long_key in gz.ALIASES.get(key, ()):
            ok = True
        elif _DOMAIN.sub("", long_name) == name:
            ok = True  # "Snopes" for "Snopes.com"
        elif _reordered(long_name) == key and long_kind == "organization":
            ok = True  # "Justice Department" for "Department of Justice"
        elif long_kind == "organization" and _key(_COUNTRY_LEAD.sub("", long_name)) == key:
            ok = kind in ("organization", "other")  # "Senate" for "U.S. Senate"
        elif any(key in forms and long_key in forms for forms in gz.ALIASES.values()):
            # "Britain" and "UK" with no full name in the text; not "America", which may be
            # the continent or the writer's rhetoric rather than the state
            ok = "america" not in (key, long_key)
        elif (
            key.replace(" ", "").upper() == _initials(long_name)
            and len(key) >= 2
            and name.isupper()
        ):
            ok = long_kind in ("organization", "place", "other")
        elif re.fullmatch(r"[A-Z]&[A-Z]", name) and name.replace("&", "") == _bare_initials(
            long_name
        ):
            ok = long_kind == "organization"  # "P&G" for "Procter & Gamble Co"
        elif (
            key.upper() == _initials(long_name, keep_of=True)
            and re.fullmatch(r"[A-Z][A-Za-z]{1,5}", name)
            and sum(c.isupper() for c in name) >= 2
        ):
            ok = long_kind == "organization"  # "BOJ" or "BoJ" for "Bank of Japan"
        elif (
            name.isalpha()
            and name.isupper()
            and len(name) >= 3
            and long_kind == "organization"
            and kind == "organization"
            and len(name) < len(initials := _initials(long_name))
            and (initials.startswith(name) or initials.endswith(name))
        ):
            partial.append(long)  # "CDC" for "Centers for Disease Control and Prevention"
            continue  # (only when no name fits better, and only one such name)
        elif (
            long_kind == "organization"
            and len(words) < len(long_words)
            and long_words[: len(words)] == words
            and all(w in gz.CORPORATE_SUFFIXES for w in long_words[len(words) :])
        ):
            ok = True  # "Mars" after "Mars Inc", whatever the model took "Mars" for
        elif (
            long_kind == "other"
            and kind in ("other", "person", "organization")
            and re.match(r"[A-Z]?\d", long_words[0])
            and long_words[1 : 1 + len(words)] == words
        ):
            ok = True  # "Max 9" and "the Max" for "737 Max 9"
        elif long_kind == "person" and (
            kind in ("person", "organization", "place", "other") or _group_surname(words)
        ):
            # a surname or a shorter form of a person's full name
            if kind == "place" and name in gz.PLACES:
                continue
            # "Von der Leyen" opening a sentence is "von der Leyen"; "Pouyanné" is "Pouyanne"
            sw, lw = [_fold(w) for w in words], [_fold(w) for w in long_words]
            while len(lw) > 2 and lw[-1].rstrip(".") in _GENERATIONS:
                lw = lw[:-1]  # "Kennedy" for "Robert F. Kennedy Jr."
            if len(sw) == 1 and len(lw) >= 2 and "-" in lw[-1] and sw[0] == lw[-1].split("-")[-1]:
                ok = True  # "Maersk" for "A.P. Moller-Maersk"
            elif len(sw) < len(lw) and sw[-1] == lw[-1]:
                ok = all(w in lw for w in sw)
            elif 2 <= len(sw) < len(lw) and lw[: len(sw)] == sw:
                ok = True  # "Te Kaurinui" for "Te Kaurinui Robert Parata"
            elif (
                len(sw) == 1
                and sw[0] == lw[0]
                and (kind == "person" or (_unproved(short) and not name.isupper()))
            ):
                given.append(long)  # a first name: only when one person has it ("Prabowo")
            elif len(sw) == 1 and len(lw) >= 3 and sw[0] in lw[1:-1] and kind == "person":
                given.append(long)  # "Lula" for "Luiz Inacio Lula da Silva", when only one
            elif len(sw) == 1 and sw[0] == lw[0] and _firm_by_first_word(short, long, kind):
                ok = True  # "Novo", with a company's context, for "Novo Nordisk"
        elif long_kind == "organization" and kind in ("organization", "other", "person"):
            ok = _short_org_name(words, long_words) or (
                kind == "organization"  # "Boston" proved a side, for "Boston Celtics"
                and len(words) == 1
                and len(long_words) == 2
                and long_words[0] == words[0]
                and bool(_TEAM_PLURAL.fullmatch(long_words[1]))
                and long_words[1] not in gz.ORG_WORDS
            )
        if (
            not ok
            and long_kind in ("organization", "other")
            and _last_name_word(words, long_words, kind)
        ):
            ok = True  # "Scholz" for "Olaf Scholz" the model took for a firm; "Celtics"
        if (
            not ok
            and long_kind == "organization"
            and _trailing_words(words, long_words)
            and name not in gz.PLACES  # "South Africa" is not "Cricket South Africa"
        ):
            suffixed.append(long)  # "Security Council" for "United Nations Security Council"
            continue
        if not ok and long_kind == "place" and long_words[0] in _PLACE_LEAD:
            ok = long_words[1:] == words  # "Lewotobi" for "Mount Lewotobi"
        if not ok and long_kind == kind == "organization" and _before_of(words, long_words):
            ok = True  # "African Group" for "African Group of Negotiators"
        if not ok and long_kind == kind == "organization" and _club_suffix(words, long_words):
            suffixed.append(long)  # "United" for "Manchester United", when only one
            continue
        if ok:
            long_first_start = min(m.start for m in long.mentions)
            # prefer the full name seen most recently before the short one
            distance = (
                first - long_first_start if long_first_start <= first else 10**6 + long_first_start
            )
            options.append((distance, long))
    if not options and len(suffixed) == 1:
        return suffixed[0]
    if not options and len(partial) == 1:
        return partial[0]
    if not options:
        return given[0] if len(given) == 1 else None
    people = [o for o in options if kinds[id(o[1])] == "person"]
    # "Tan" is Gregory Tan, not his firm "Tan & Whitcombe" (nor is "Mr. Ellery" his firm)
    surname = len(words) == 1 and people and len(people) < len(options)
    if surname and (_unproved(short) or kind == "person"):
        options = people
    # a firm's own name before its products': "Kestrel" is "Kestrel Motors", not the
    # "Kestrel Ridgeback" named since; then the full name seen most recently before
    options.sort(key=lambda o: (not _name_and_suffix(words, _canonical(o[1]).split()), o[0]))
    if _umbrella(words, [c for c in candidates if c is not short], kinds):
        if kind == "person" and _unproved(short):  # "Netscape", maker of "Netscape Navigator"
            for m in short.mentions:
                m.kind = "organization"
        return None
    return options[0][1]


def _umbrella(words: list[str], options: list[_Cluster], kinds: dict[int, str]) -> bool:
    """ "Mozilla" beside "Mozilla Foundation" and "Mozilla Corporation", "Firefox" beside
    "Firefox Mobile" and "Firefox OS": a name that opens several bodies' or products' names
    is the umbrella brand, none of them (but "Kestrel" is its one firm, "Kestrel Motors",
    not the "Kestrel Ridgeback" it makes)."""
    opened = [
        c
        for c in options
        if kinds[id(c)] in ("organization", "other")
        and _canonical(c).split()[: len(words)] == words
    ]
    bodies = [c for c in opened if _name_and_suffix(words, _canonical(c).split())]
    return len(bodies) >= 2 or (not bodies and len(opened) >= 2)


def _name_and_suffix(words: list[str], long_words: list[str]) -> bool:
    """ "Kestrel" and "Kestrel Motors": the short name and only a body's words after it."""
    rest = long_words[len(words) :]
    generic = gz.CORPORATE_SUFFIXES | gz.ORG_WORDS
    return bool(rest) and long_words[: len(words)] == words and all(w in generic for w in rest)


def _unproved(cluster: _Cluster) -> bool:
    """Whether only the model's guess types a cluster: no word list, title or context."""
    return max(m.weight for m in cluster.mentions) <= 1.0


def _group_surname(words: list[str]) -> bool:
    """ "Apovian" the model took for a people's name: one word, no known nationality, no plural;
    it may still be the surname of a person named in full."""
    return (
        len(words) == 1
        and words[0] not in gz.NATIONALITIES
        and not words[0].endswith("s")
        and not words[0].isupper()
    )


def _last_name_word(words: list[str], long_words: list[str], kind: str) -> bool:
    """A lone last word of a two- or three-word name that is no place or generic noun:
    "Scholz" for "Olaf Scholz" whatever kinds the model gave them, "Celtics" for
    "Boston Celtics"; not "Korea" for "North Korea" or "Bank" for "Deutsche Bank"."""
    if len(words) != 1 or not 2 <= len(long_words) <= 3 or words[0] != long_words[-1]:
        return False
    word = words[0]
    generic = gz.ORG_WORDS | gz.PLACE_WORDS | gz.CORPORATE_SUFFIXES | gz.OTHER_WORDS
    return (
        kind != "group"
        and len(word) >= 3
        and word[0].isupper()
        and not word.isupper()
        and all(w[:1].isupper() for w in long_words)
        and word not in gz.PLACES | generic | gz.NATIONALITIES
        and " ".join(long_words) not in gz.PLACES
        and long_words[0] not in _REGION_PREFIXES  # "West Virginia" is not "Virginia"
        and not (long_words[0].isupper() and len(long_words[0]) >= 2)  # nor "NHS England" it
        and word.lower() not in FUNCTION_WORDS
    )


def _before_of(words: list[str], long_words: list[str]) -> bool:
    """ "African Group" opens "African Group of Negotiators": two words or more before "of"."""
    n = len(words)
    return n >= 2 and len(long_words) > n + 1 and long_words[:n] == words and long_words[n] == "of"


def _club_suffix(words: list[str], long_words: list[str]) -> bool:
    """ "United" ends "Manchester United": a club's suffix standing for the club."""
    return len(words) == 1 and words[0] in _CLUB_SUFFIXES and long_words[-1] == words[0]


def _trailing_words(words: list[str], long_words: list[str]) -> bool:
    """ "Security Council" ends "United Nations Security Council": two words or more."""
    return 2 <= len(words) < len(long_words) and long_words[-len(words) :] == words


def _reordered(name: str) -> str:
    """ "Department of Justice" -> "justice department"; other names give ""."""
    words = name.split()
    if len(words) >= 3 and words[1] == "of" and words[0] in gz.ORG_WORDS:
        return _key(" ".join(words[2:] + words[:1]))
    return ""


def _short_org_name(words: list[str], long_words: list[str]) -> bool:
    """Short forms of an organisation's name.

    "Apple" for "Apple Inc.", "Northwind" for "Northwind Energy", "Fed" for "Federal Reserve".
    """
    rest = long_words[len(words) :]
    if long_words[: len(words)] == words:
        if all(w in gz.CORPORATE_SUFFIXES for w in rest):
            return True
        if len(words) > 1 and len(rest) == 1 and rest[0] not in gz.PLACES | gz.OTHER_WORDS:
            return True  # "Harbor Peak" for "Harbor Peak Capital", "Whole Foods Market"
        single = words[0] if len(words) == 1 else ""
        # "NHS England" and "Yahoo Japan" are not the whole NHS or Yahoo, but "Bayern" is
        # "Bayern Munich", a club named with its city
        place = " ".join(rest)
        regional = place in gz.PLACES and (words[0].isupper() or words[0] in gz.KNOWN_NAMES)
        return bool(single) and not regional and single not in gz.ORG_WORDS | gz.PLACES
    first = long_words[0]
    return (
        len(words) == 1
        and len(words[0]) >= 3
        and first.startswith(words[0])
        and first != words[0]
        and len(long_words) == 2
    )


def _number(clusters: list[_Cluster]) -> tuple[Entity, ...]:
    clusters = [c for c in clusters if c.mentions]
    clusters.sort(key=lambda c: min(m.start for m in c.mentions))
    out = []
    for index, cluster in enumerate(clusters, 1):
        spans = tuple(
            sorted({Span(m.start, m.end) for m in cluster.mentions}, key=lambda s: s.start)
        )
        out.append(Entity(f"e{index}", _canonical(cluster), _kind(cluster), spans))
    return tuple(out)
