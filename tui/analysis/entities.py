"""From a recogniser's raw names to entities: trimmed, typed by evidence, aliases merged.

The small model is weak on news in known ways: it keeps "the" and possessives inside names,
types a surname on its own by guesswork ("Maduro" as an organisation, "Machado" as a
place), and never links "Trump" to "Donald Trump" or "US" to "United States". The rules
below fix those with evidence from the text itself, never with names from one article.

This module finds what the model missed and clusters mentions; span repair is in
``entity_spans``, the kind a context proves in ``entity_evidence``, alias merging in
``entity_aliases``, and the mention and cluster they share in ``entity_core``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from itertools import pairwise

from tui.analysis import gazetteer as gz
from tui.analysis.entity_aliases import merge_aliases
from tui.analysis.entity_core import (
    ARTICLE_PREFIX,
    CLUB_SUFFIXES,
    CORPORATE_ROLE,
    COUNT_OPENER,
    COUNTRY_LEAD,
    DATELINE,
    HEADS_CUT,
    LEADING_JUNK,
    MEDIUM,
    NOT_NAMES,
    PARTICLES,
    PLACE_OF,
    PRODUCT,
    REUTERS_CODE,
    SMALL_MODEL,
    STORM,
    STRONG,
    TEAM_PLURAL,
    TEAM_SCORE,
    Cluster,
    Mention,
    all_mentions,
    as_written,
    attach_bare_words,
    bare_initials,
    canonical_name,
    cluster_kind,
    cover,
    covered_mask,
    dedupe,
    name_initials,
    name_key,
    unproved,
)
from tui.analysis.entity_credits import credit_line_names
from tui.analysis.entity_events import join_acts, join_games
from tui.analysis.entity_evidence import (
    context_evidence,
    is_title,
    person_by_first_name,
    team_context,
)
from tui.analysis.entity_nicknames import (
    join_called_names,
    join_middle_names,
    join_quoted_nicknames,
)
from tui.analysis.entity_spans import (
    SENTENCE_OPENER,
    body_of_place,
    car_models,
    comma_laws,
    common_word,
    country_qualifiers,
    court_cases,
    dateline_places,
    join_conjoined,
    join_neighbours,
    known_long_names,
    known_place_ends,
    not_a_name,
    refine,
    road_names,
    split_body_person,
    split_caps_dateline,
    split_commas,
    split_conjoined,
    split_double_dateline,
    split_olympic,
    split_party_label,
    split_people_adjective,
    split_peoples,
    split_person_of_place,
    split_place_party,
    split_place_person,
    split_place_role_person,
    split_possessives,
    treaty_subjects,
)
from tui.analysis.entity_tickers import join_tickers
from tui.analysis.lexicon import (
    FUNCTION_WORDS,
    MONTHS,
    WEEKDAYS,
    singular,
    words_of,
)
from tui.analysis.recognisers import RawMention
from tui.analysis.sentences import caps_dateline, dateline_spans, is_sentence_start
from tui.model import Entity, Span

# Names of indices and codes the model skips: "S&P 500", "FTSE 100", "Nikkei 225".
_CODE_NAME = re.compile(
    r"(?<![\w&])(?:[A-Z][A-Za-z&]*[A-Z&]|[A-Z][a-z]+)[A-Za-z&]*\s\d{2,4}(?![\d,.]\d|[-/]\d|\d)"
)
# "Prince Charles", "Princes William and Harry": a royal's first name is the whole name, and
# no commoner's ("Charles Kennedy") who shares it
_MONTH_WORD = "|".join(MONTHS)
_ROYAL_BEFORE = re.compile(r"\b(?:Prince|Princess|Princes|King|Queen|Pope|Emperor|Empress) $")
_MARKET_CODE = re.compile(  # "VZ.N"; "XAU=", "JPY=EBS", "US10YT=RR"; ".N225"; "[GVD/EUR]"
    rf"(?<![\w.])(?:{REUTERS_CODE}|[A-Z0-9]{{2,10}}=[A-Z]{{0,4}}|(?<=\s)\.[A-Z][A-Z0-9]{{1,14}}"
    r"|\[(?=[A-Z.]*[./])[A-Z.]+(?:/[A-Z.]+)*\])(?![\w.])"  # (not a credit: "[BBC]")
)
_INDEX_WORDS = re.compile(r"^\s+(?:index|indices|fell|rose|slipped|gained|closed|dropped|jumped)\b")


def build_entities(text: str, raw: list[RawMention]) -> tuple[Entity, ...]:
    """Refine raw mentions, add missed repeats, merge aliases and number the entities."""
    lower_words = set(re.findall(r"\b[a-z]+\b", text))
    mentions = [
        m
        for r in split_possessives(text, raw)
        if (whole := refine(text, r)) is not None
        for m in split_caps_dateline(text, whole)
        if not _in_capitals_line(text, m.start)
        and not common_word(text, m, lower_words)
        and not not_a_name(text, m.start, m.end)
    ]
    codes = [c.span() for c in _MARKET_CODE.finditer(text)]
    mentions = _outside_codes(codes, mentions)
    mentions = [part for m in mentions for part in split_double_dateline(text, m)]
    mentions = [part for m in mentions for part in split_commas(m)]
    mentions = [part for m in mentions for part in split_peoples(m)]
    mentions = join_conjoined(text, [part for m in mentions for part in split_conjoined(text, m)])
    mentions = [part for m in mentions for part in split_people_adjective(text, m)]
    mentions = [part for m in mentions for part in split_party_label(text, m)]
    mentions = [part for m in mentions for part in split_olympic(m)]
    mentions = _capitalised_joins(text, mentions)
    mentions = _team_names(text, mentions, lower_words)
    for m in mentions:  # "VALENCIA, Spain (Reuters) —": a dateline names a place
        line_start = m.start == 0 or text[m.start - 1] == "\n"
        dateline = line_start and m.text.isupper() and DATELINE.match(text, m.start)
        if dateline and dateline.end(1) == m.end:
            m.kind, m.weight = "place", STRONG
    mentions = known_place_ends(text, mentions)
    mentions = known_long_names(text, mentions)
    mentions = court_cases(text, mentions)
    mentions = road_names(text, mentions)
    mentions = car_models(text, mentions)
    mentions = comma_laws(text, mentions)
    mentions = treaty_subjects(text, mentions)
    mentions = body_of_place(text, mentions)
    mentions = country_qualifiers(text, mentions)
    mentions = dedupe(_code_names(text, mentions) + mentions)
    mentions = dedupe(_nicknamed(text) + mentions)
    mentions = dedupe(mentions + _gaps(text, mentions, lower_words))
    mentions = dedupe(_full_names(text, mentions) + mentions)
    mentions = credit_line_names(text, mentions)
    mentions = [part for m in mentions for part in split_place_party(m)]  # after any join
    mentions = [part for m in mentions for part in split_place_person(text, m)]
    mentions = [part for m in mentions for part in split_person_of_place(m)]
    mentions = [part for m in mentions for part in split_place_role_person(m)]
    mentions = [part for m in mentions for part in split_body_person(m)]
    mentions = _outside_shouted_heads(text, mentions)
    for m in mentions:
        royal = _ROYAL_BEFORE.search(text[max(0, m.start - 10) : m.start])
        m.royal = m.kind == "person" and royal is not None
    clusters = _join_plurals(_cluster(mentions))
    _propagate(text, clusters, lower_words)
    clusters = [c for c in clusters if c.mentions]  # a repeat may have taken a whole cluster
    _diseases(text, clusters)
    clusters += _split_datelines(text, clusters)
    _club_full_names(text, clusters)
    _products_of_makers(clusters)
    for m in all_mentions(clusters):
        before = re.search(r"(\S+) $", text[max(0, m.start - 30) : m.start])
        m.word_before = before.group(1) if before else ""
    clusters = merge_aliases(clusters)
    clusters = _teams_by_city(text, clusters)
    _sides_by_fixture(text, clusters)
    clusters = _generic_heads(text, clusters)
    clusters = join_games(text, clusters)
    clusters = join_acts(text, clusters)
    clusters = _known_as(text, clusters)
    clusters = join_called_names(text, join_middle_names(clusters))
    clusters = join_quoted_nicknames(clusters)
    clusters = join_tickers(text, clusters)
    _family_names(clusters)
    for c in clusters if codes else ():  # (whatever step found one)
        c.mentions = _outside_codes(codes, c.mentions)
    return _number([c for c in clusters if c.mentions])


def _outside_shouted_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a name from a subhead in capitals ("SIEGE WARFARE", "A MUSICAL") unless it is
    known or the text names it again below: the model reads any capital word there as a
    name, and annotators find few."""
    heads = [
        (m.start(), m.end())
        for m in _SHOUTED_HEAD.finditer(text)
        if m.start() > 0 and len(m.group().split()) <= 8 and re.search("[A-Z]{2}", m.group())
    ]
    if not heads:
        return mentions
    out = []
    for m in mentions:
        head = next(((s, e) for s, e in heads if s <= m.start < e), None)
        if head is None or m.text in gz.KNOWN_NAMES or m.text.title() in gz.KNOWN_NAMES:
            out.append(m)
            continue
        forms = "|".join(map(re.escape, {m.text, m.text.title()}))  # "GPS", "Nissan"
        again = (
            hit.start()
            for hit in re.finditer(rf"(?<!\w)(?:{forms})(?!\w)", text)
            if not head[0] <= hit.start() < head[1]
        )
        known = m.text.title() in gz.PLACES or m.text.title() in gz.NATIONALITIES
        if known or next(again, None) is not None:
            out.append(m)
    return out


# a line of capitals alone: a subhead ("VIDEO OF SHOOTING"), not a dateline that runs on
_SHOUTED_HEAD = re.compile(r"(?m)^[^a-z\n]{3,60}$")


def _outside_codes(codes: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """The mentions outside a market code ("YHOO.N", "VOWG_p.DE", "JPY=EBS", ".N225"): a code
    names nothing, and a name the model ran into one ("Nikkei .N225") ends before it."""
    out = []
    for m in mentions:
        if any(s <= m.start < e for s, e in codes):
            continue
        cut = min((s for s, _ in codes if m.start < s < m.end), default=m.end)
        if cut < m.end:
            words = m.text[: cut - m.start].rstrip()
            if not words:
                continue
            m = Mention(m.start, m.start + len(words), m.kind, words, m.weight)
        out.append(m)
    return out


_BRACKETED = re.compile(
    r"(?<![\w'’-])([A-Z][\w-]*(?:\s+(?:(?:of|for|without|and|the|on|de|du|des|la|le|el|del|los|"
    r"las|para|por|y|da|do|dos|das|e|für|und|der|di|per|pour|et)\s+)*"
    r"[A-Z][\w-]*)+) \(([A-Z][A-Za-z]{0,3}[A-Z]|[A-Z]{2,6}|[A-Z]{1,3}\d{1,2})\)"
)
# "(CDU)", "(BoJ)", and "(G7)" for "Group of Seven"
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Za-z]{0,3}[A-Z]|[A-Z]{2,6}|[A-Z]{1,3}\d{1,2})\)")
# "(Cas)", "(Nato)", "(PROMESA)": a short form written as a word or longer than most,
# taken only when the name's initials spell it
_WORD_ACRONYM_AFTER = re.compile(r" \(([A-Z][a-z]{2,5}|[A-Z]{7,10})\)")
_ACRONYM_OR = re.compile(r", or ([A-Z]{2,6})(?=[,.;)])")  # "..., or OSHA, said"
_KNOWN_AS = re.compile(
    r"(?P<noun> (?:camp|town|city|village|region|district|province|area|prison|base|square))?"
    r",?\s+(?:(?:\(|also\s+|better\s+|widely\s+)?known\s+as|[—–-]?\s*a\.?k\.?a\.?"
    r"|whose\s+(?:real|birth|legal)\s+name\s+is"  # "Hogan, whose real name is"
    r"|nicknamed|dubbed|(?:who\s+)?(?:also\s+)?(?:went|goes)\s+by(?:\s+the\s+name)?)"
    r"\s+(?:the\s+)?[\"“‘']?$"  # 'Abrini, nicknamed "Brioche"', "Haji Iman, who also went by"
)


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
    names = {canonical_name(c) for c in clusters}
    for cluster in clusters:
        words = canonical_name(cluster).split()
        # ("Amazon Echo Buds" beside "Echo Buds": the product is named alone too)
        product_alone = " ".join(words[1:]) in names
        if (
            len(words) >= 2
            and words[0] in makers
            and cluster_kind(cluster) == "organization"
            and not any(w in generic for w in words[1:])
            and (
                product_alone or not any(re.fullmatch(r"[A-Z][a-z]+s", w) for w in words[1:])
            )  # "Meta Platforms"
            and max(m.weight for m in cluster.mentions) <= 1
        ):
            for m in cluster.mentions:
                m.kind, m.weight = "other", MEDIUM


def _spelled_from(text: str, start: int, end: int, acronym: str) -> int:
    """Where the name a bracketed acronym spells begins: "Australian Federal Police and
    Australian Security Intelligence Organisation (ASIO)" is two bodies, and ASIO the
    second; "Bill Shorten of the Australian Workers Union (AWU)" is a person and the
    union. The whole run when no part spells it."""
    run = text[start:end]
    for part in re.finditer(r"(?:^|(?<= ))[A-Z]", run):
        rest = run[part.start() :]
        if acronym.upper() in (name_initials(rest), name_initials(rest, keep_of=True)):
            return start + part.start()
    return start


def _spelled_acronym(text: str, long: Mention) -> re.Match[str] | None:
    """ "Court of Arbitration for Sport (Cas)", "... Economic Stability Act (PROMESA)": a
    bracketed word its initials spell."""
    short = _WORD_ACRONYM_AFTER.match(text, long.end)
    if not short or " " not in long.text:
        return None
    spelled = {
        name_initials(long.text),
        name_initials(long.text, keep_of=True),
        bare_initials(long.text),
    }
    return short if short.group(1).upper() in spelled else None


_KNOWN_AS_KINDS = frozenset(("person", "organization", "other", "place"))


def _known_as(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """ "Mohamed Hamdan Dagalo, known as Hemedti": the nickname is the same person (or body);
    "Alternative for Germany (AfD)": the short form in brackets is the same body."""
    owner = {id(m): c for c in clusters for m in c.mentions}
    ends = {m.end: m for c in clusters for m in c.mentions}
    merged: set[int] = set()
    for cluster in clusters:
        for m in list(cluster.mentions):
            gap = _KNOWN_AS.search(text[max(0, m.start - 40) : m.start])
            person = gap and ends.get(m.start - len(gap.group()))
            target = person and owner[id(person)]
            kind = cluster_kind(target) if target else "person"
            if gap and gap.group("noun") and kind != "place":
                continue  # "the Rukban camp, also known as the Berm": a place's other name
            if kind == "organization" and " " not in person.text:
                continue  # "Department of Forestry ..., known as Cal Fire"; not "Apple, known as"
            long = ends.get(m.start - 2)  # "Alternative for Germany (AfD)", "(Cas)"
            if long and (_ACRONYM_AFTER.match(text, m.start - 2) or _spelled_acronym(text, long)):
                target, kind = owner[id(long)], cluster_kind(owner[id(long)])
                if kind not in ("organization", "other") or " " not in long.text:
                    continue
            if not target or target is cluster or kind not in _KNOWN_AS_KINDS:
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
        # the head: "Commission" of "European Commission", "Bank" of "Bank of England", not
        # "Army" of "Army Board"; and not "the Government", whoever governs, named or not
        while len(words) > 2 and words[-1] in gz.PLACES:
            words = words[:-1]  # "Labs" of "Media Labs Europe"
        head = next((w for w, n in pairwise([*words, ""]) if n in ("of", "for")), words[-1])
        if head in gz.ORG_WORDS - {"Government"} and head[0].isupper():
            heads.setdefault(head, []).append(cluster)
    heads = {w: cs for w, cs in heads.items() if len(cs) == 1}
    if not heads:
        return clusters
    pattern = re.compile(
        r"\b[Tt]he\s+(" + "|".join(map(re.escape, sorted(heads))) + r")\b(?!\s+(?:of|for)\b)"
        r"(?![-\w]|\s+[A-Z])"
    )
    return attach_bare_words(
        text,
        clusters,
        pattern,
        lambda hit: heads[hit.group(1)][0],
        cluster_kind,
        whole_cluster=True,
    )


def _family_names(clusters: list[Cluster]) -> None:
    """ "Ana Delgado" beside "Rosa Delgado" is a person too, whatever the model guessed."""
    surnames = {
        canonical_name(c).split()[-1]
        for c in clusters
        if cluster_kind(c) == "person" and len(canonical_name(c).split()) > 1
    } - gz.ORG_WORDS  # ("the Robert Kilroy Silk Party" makes no "Party" a surname)
    for cluster in clusters:
        name = canonical_name(cluster)
        words = name.split()
        if (
            len(words) > 1
            and words[-1] in surnames
            and cluster_kind(cluster) != "person"
            and " v. " not in name  # "U.S. v. Mohamud": his case
            and not _proved_no_person(cluster, words[0])
        ):
            for m in cluster.mentions:
                m.kind, m.weight = "person", STRONG


def _proved_no_person(cluster: Cluster, first_word: str) -> bool:
    """ "Bristol West" (a seat) or "the Mossack Fonseca law firm", which the text proves no
    person's (a first word that may be a first name, "Chad Thomas", proves nothing)."""
    proved = {m.kind for m in cluster.mentions if m.weight >= STRONG} - {"person"}
    return "place" in proved or bool(proved and first_word not in gz.GIVEN_NAMES | gz.PLACES)


_NICKNAME_AFTER = re.compile(
    r" ([A-Z][a-z]+(?<!ss)s|United|City|Town|County|Athletic|Albion|Rovers|Wanderers|Rangers)"
    r"(?![\w&'’-])(?! [A-Z])"
)


def _club_full_names(text: str, clusters: list[Cluster]) -> None:
    """ "Leicester Tigers", which the model skipped, beside "Leicester coach ...": a side named
    by its town elsewhere in the text is the same side with its plural nickname."""
    covered = covered_mask(text, all_mentions(clusters))
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
                cover(covered, s, e)


_FIXTURE_BEFORE = re.compile(
    r"\b(?:host|hosts|hosted|hosting|face|faces|faced|facing|travel\s+to|travels\s+to"
    r"|visit|visits|against)\s+$"
)


def _team_names(text: str, mentions: list[Mention], lower_words: set[str]) -> list[Mention]:
    """ "Denver" + "Broncos", which the model took for a place and a thing: a city and a
    plural nickname side by side are one side's name."""
    return join_neighbours(
        text,
        mentions,
        lambda last, m: (
            last.kind == "place"
            and text[last.end : m.start] == " "
            and bool(TEAM_PLURAL.fullmatch(m.text))
            and m.kind != "place"
            and not last.text.isupper()  # ("DALLAS Dallas police": a dateline, then the city)
            and m.text not in gz.NATIONALITIES | gz.ORG_WORDS | gz.PLACES
            and m.text.lower() not in lower_words
            and not m.text.startswith(last.text[:4])  # "Iowa Iowans": the state's people
        ),
        MEDIUM,
    )


def _teams_by_city(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """ "Denver" for the "Denver Broncos", "Carolina" for the "Carolina Panthers": in a report
    on a game between sides named with their cities, the city alone is its side (but "in
    Denver" is still the city)."""
    names = {id(c): canonical_name(c) for c in clusters}
    teams: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        words = names[id(cluster)].split()
        if (
            cluster_kind(cluster) == "organization"
            and len(words) >= 2
            and TEAM_PLURAL.fullmatch(words[-1])
            and words[-1] not in gz.ORG_WORDS | gz.NATIONALITIES
        ):
            teams.setdefault(" ".join(words[:-1]), []).append(cluster)
    named = [c for c in clusters if names[id(c)] in teams]  # the cities alone
    game = any(  # a score, an opponent, a result, a player's role
        team_context(text, m.start, m.end)
        for c in [*named, *(c for cs in teams.values() for c in cs)]
        for m in c.mentions
    )
    if len(teams) < 2 or not game:
        return clusters  # no game between two sides: a city may be only the city
    out = []
    for cluster in clusters:
        sides = teams.get(names[id(cluster)], [])
        if len(sides) != 1 or cluster_kind(cluster) not in ("place", "organization", "other"):
            out.append(cluster)
            continue
        moved = [
            m
            for m in cluster.mentions
            if not _town_context(text, m)
            and not m.text.isupper()
            and not text.startswith("-", m.end)  # "the St. Louis-bound Rams"
            and not re.search(r"\b(?:to|from|into)\s+$", text[max(0, m.start - 6) : m.start])
        ]
        for m in moved:
            m.kind = "organization"
        sides[0].mentions.extend(moved)
        cluster.mentions = [m for m in cluster.mentions if m not in moved]
        if cluster.mentions:
            out.append(cluster)
    return out


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


_NICKNAMED = re.compile(
    r"(?<![\w'’.-])[A-Z][\w'’-]+ (?:[A-Z][\w'’-]+ )?"  # given names
    r"[“\"][A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}[”\"]"  # the quoted nickname
    r" [A-Z][\w'’-]+(?![\w'’-])"  # the family name
)


_QUOTED_NICKNAME = re.compile(r"[“\"]([^”\"]+)[”\"]")


def _nicknamed(text: str) -> list[Mention]:
    """'Lee “Faker” Sang-hyeok', 'Earvin "Magic" Johnson': one person, the nickname quoted
    inside the name (and the nickname alone, elsewhere, an alias of it)."""
    out = []
    for m in _NICKNAMED.finditer(text):
        name = re.sub(r"['’]s$", "", m.group())  # "Lee “Faker” Sang-hyeok’s fourth title"
        out.append(Mention(m.start(), m.start() + len(name), "person", name, STRONG))
    return out


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
        lead = LEADING_JUNK.match(text[start : m.end(1)])
        start += lead.end() if lead else 0  # "The Hang Seng index"
        name = text[start : m.end(1)]
        words = name.split()
        if words[0] in gz.TITLES or words[0].lower() in FUNCTION_WORDS:
            continue
        if len(words) > 1 or name not in gz.PLACES | gz.NATIONALITIES:
            out.append(Mention(start, m.end(1), "other", name, STRONG))
    for m in _CODE_NAME.finditer(text):
        name = m.group()
        first = name.split()[0]
        # "FTSE 100", "S&P 500"; not a word in capitals with a score ("CINCINNATI 66")
        acronym = sum(c.isupper() or c == "&" for c in first) >= 2 and len(first) <= 6
        if first in gz.TITLES or first in MONTHS:
            continue
        if acronym or _INDEX_WORDS.match(text[m.end() : m.end() + 12]):
            out.append(Mention(m.start(), m.end(), "other", name, STRONG))
    return out


_INDEX_NAME = re.compile(
    r"(?<![\w&.'’-])([A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|\d{2,4}))*) (?:index|indices)\b"
)
# (after "U.S.-" too: "U.S.-Israeli relations")
_CAPITALISED = re.compile(r"(?:(?<![\w&-])|(?<=\.-))[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)*")


# a programme named by a common word: "the Today programme", "Radio 4's Today"
_PROGRAMME = re.compile(r"(?<=Radio 4's )Today\b|\b(?:Today|Newsnight|Panorama)(?= programme\b)")


def _gaps(text: str, mentions: list[Mention], lower_words: set[str]) -> list[Mention]:
    """Names the model skipped that a word list or a dateline ("ANKARA (Reuters) -") proves."""
    covered = covered_mask(text, mentions)
    out = []
    for m in DATELINE.finditer(text):
        if 1 not in covered[m.start() : m.end(1)]:
            out.extend(dateline_places(m.start(1), m.group(1)))
            cover(covered, m.start(), m.end(1))
    for line in re.finditer(r"(?m)^(?=[A-Z])", text):  # "LONDON Oil prices rose"
        lead = caps_dateline(text, line.start())
        for s, e in dateline_spans(lead) if lead else ():
            if 1 not in covered[s:e]:
                out.append(Mention(s, e, "place", text[s:e], STRONG))
                cover(covered, s, e)
    for m in _FIRM_NAME.finditer(text):  # "vs. Uber Technologies Inc", which the model skips
        s = m.start() + (junk.end() if (junk := LEADING_JUNK.match(m.group())) else 0)
        if 1 not in covered[s : m.end()] and m.group().split()[0].lower() not in FUNCTION_WORDS:
            out.append(Mention(s, m.end(), "organization", text[s : m.end()], STRONG))
            cover(covered, s, m.end())
    for m in _disease_names(text):  # "the Zika virus", which the model skips
        name = m.group(1)
        if (
            1 not in covered[m.start(1) : m.end(1)]
            and name.lower() not in FUNCTION_WORDS | {"anti"}
            and name.lower() not in lower_words  # "Computer virus", "Anti virus"
        ):
            out.append(Mention(m.start(1), m.end(1), "other", m.group(1), MEDIUM))
            cover(covered, m.start(1), m.end(1))
    out.extend(_repeated_names(text, covered))
    out.extend(_month_surnames(text, covered, lower_words))
    for m in _BRACKETED.finditer(text):  # "Alternative for Germany (AfD)", both skipped
        s, e = m.span(1)
        lead = LEADING_JUNK.match(m.group(1))
        s += lead.end() if lead else 0
        s = _spelled_from(text, s, e, m.group(2))
        reaches_out = any(
            o.start < e and o.end > s and (o.start < s or o.end > e) for o in mentions
        )
        if reaches_out or m.group(1).split()[0] in gz.TITLES:
            continue  # (a name inside the run, "Alianza", gives way to the longer one)
        out.append(Mention(s, e, "organization", text[s:e], MEDIUM))
        if not covered[m.start(2)]:
            out.append(Mention(m.start(2), m.end(2), "organization", m.group(2), MEDIUM))
        cover(covered, s, m.end())
    for m in mentions:  # "a Reuters/Ipsos poll": the partner after the slash, skipped
        partner = _SLASH_PARTNER.match(text, m.end) if m.kind == "organization" else None
        if partner and 1 not in covered[partner.start(1) : partner.end(1)]:
            s, e = partner.span(1)
            out.append(Mention(s, e, "organization", text[s:e], MEDIUM))
            cover(covered, s, e)
    for m in mentions:  # "Christian Democratic Union (CDU)": the short form the model skipped
        short = _ACRONYM_AFTER.match(text, m.end) or _ACRONYM_OR.match(text, m.end)
        short = short or _spelled_acronym(text, m)
        long_name = m.kind in ("organization", "other") and " " in m.text
        if short and long_name and 1 not in covered[short.start(1) : short.end(1)]:
            s, e = short.span(1)
            out.append(Mention(s, e, m.kind, short.group(1), STRONG))
            cover(covered, s, e)
    for m in re.finditer(r"(?<![\w.@/#-])" + PRODUCT.pattern + r"(?![\w@/-])", text):
        if 1 not in covered[m.start() : m.end()]:  # "iPhone 17", which the model skips
            product = refine(text, RawMention(m.start(), m.end(), "other"))
            if product is not None and 1 not in covered[product.start : product.end]:
                out.append(product)
                cover(covered, product.start, product.end)
    # "Hurricane Helene", "BBC Radio 4's Today programme", which the model may skip
    for m in (*STORM.finditer(text), *_PROGRAMME.finditer(text)):
        if 1 not in covered[m.start() : m.end()]:
            out.append(Mention(m.start(), m.end(), "other", m.group(), STRONG))
            cover(covered, m.start(), m.end())
    for m in _KNOWN_NAME_RE.finditer(text):
        if 1 not in covered[m.start() : m.end()]:
            kind = gz.KNOWN_NAMES[m.group()]
            out.append(Mention(m.start(), m.end(), kind, m.group(), STRONG))
            cover(covered, m.start(), m.end())
    for m in _CAPITALISED.finditer(text):
        for s, e in _candidates(m):
            opener = COUNT_OPENER.match(text, s, e)
            if opener and is_sentence_start(text, s):
                s = opener.end()  # "Two Sri Lankans were hurt": the people, not the number
            name = text[s:e]
            if 1 in covered[s:e] or (name.isupper() and len(name) <= 2):
                continue
            if not_a_name(text, s, e):
                continue
            plain = name.title() if name.isupper() else name
            kind = "place" if plain in gz.PLACES else "group" if plain in gz.NATIONALITIES else None
            if kind == "place" and plain in gz.CITIES and plain == name:
                kind = context_evidence(text, s, e, name, kind)[0]  # "Barcelona coach": its club
            peoples = split_peoples(Mention(s, e, "group", name)) if not kind else []
            if kind or len(peoples) == 2:  # "Israeli-Palestinian": two peoples
                out.extend(peoples or [Mention(s, e, kind, name, STRONG)])
                cover(covered, s, e)
            elif person_by_first_name(name) and not _in_capitals_line(text, s):
                out.append(Mention(s, e, "person", name, MEDIUM))  # "Pablo Picasso"
                cover(covered, s, e)
            elif " " in name and name.split()[-1] in ("Index", "Average"):
                lead = LEADING_JUNK.match(name)  # "The Dow Jones Industrial Average"
                s += lead.end() if lead else 0
                out.append(Mention(s, e, "other", text[s:e], STRONG))
                cover(covered, s, e)
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
            and m.group() not in NOT_NAMES  # "MP" is no "Marshall Plan"
            and 1 not in covered[m.start() : m.end()]
            and not _in_capitals_line(text, m.start())
        ):
            # "ICE did not give a number" after "Immigration and Customs Enforcement"
            out.append(Mention(m.start(), m.end(), acronyms[m.group()], m.group(), MEDIUM))
            cover(covered, m.start(), m.end())
    for m in _VENUE_GAP.finditer(text):  # "the Santiago Bernabeu stadium", "Evin prison"
        s, e = m.span(1)
        words = m.group(1).split()
        if 1 in covered[s:e] or words[0] in gz.TITLES or words[0].lower() in FUNCTION_WORDS:
            continue
        if len(words) == 1 and is_sentence_start(text, s):
            continue
        if re.sub(r"['’]s$", "", words[0]) in MONTHS + WEEKDAYS:
            continue  # "last Tuesday's airport footage"
        out.append(Mention(s, e, "place", m.group(1), MEDIUM))
        cover(covered, s, e)
    for m in _BEATEN_SIDE.finditer(text):  # "beat the Buffalo Bills 32-29", skipped
        s, e = m.span(1)
        if 1 not in covered[s:e] and m.group(1).split()[0] not in gz.TITLES:
            out.append(Mention(s, e, "organization", m.group(1), MEDIUM))
            cover(covered, s, e)
    for m in _ROLE_GAP.finditer(text):  # "Premiership Rugby chief executive Simon ..."
        s, e = m.span(1)
        name = m.group(1)
        words = name.split()
        if 1 in covered[s:e] or words[0] in gz.TITLES or words[0].lower() in FUNCTION_WORDS:
            continue
        generic = gz.ORG_WORDS | gz.PLACES | gz.NATIONALITIES | NOT_NAMES
        if name in generic or (len(words) == 1 and is_sentence_start(text, s)):
            continue
        if re.search(r"['’]s?$", name):
            continue  # "Machar's spokesman": a person's or a body's, the owner no firm
        role = CORPORATE_ROLE.match(text[e : e + 60])
        if role and not role.group().lstrip().startswith("owner"):  # "Pringles owner": a brand
            out.append(Mention(s, e, "organization", name, MEDIUM))
            cover(covered, s, e)
    return out


_SLASH_PARTNER = re.compile(  # ("NBC/Wall Street Journal"; "NASA/ESA View full size": ESA)
    r"/([A-Z]{2,6}(?![\w&'’-])|[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})(?![\w&/-])"
)
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


def _diseases(text: str, clusters: list[Cluster]) -> None:
    """ "Zika", which the model takes for a body, is a disease where the text also says
    "the Zika virus" or "the Zika outbreak"."""
    named = {m.group(1) for m in _disease_names(text)}
    for c in clusters if named else ():
        if {s.capitalize() for s in c.surfaces} <= named:  # ("ZIKA" in a heading too)
            for m in c.mentions:
                m.kind, m.weight = "other", STRONG


def _disease_names(text: str) -> list[re.Match[str]]:
    """ "the Zika virus", "the Ebola outbreak": a disease's name before what it is (not a
    place's, "the Brazil outbreak", nor a sentence's first word)."""
    return [
        m
        for m in _DISEASE.finditer(text)
        if m.group(1) not in gz.PLACES and not is_sentence_start(text, m.start(1))
    ]


# a disease named after a place or a person, before what it is: "the Zika virus"
_DISEASE = re.compile(
    r"(?<![\w&.'’-])([A-Z][a-z]{2,}) (?:virus|outbreak|epidemic|fever|vaccines?|infections?)\b"
)
# a firm's name with its legal ending: "Uber Technologies Inc", "Rasier LLC"
_FIRM_NAME = re.compile(
    r"(?<![\w&.'’-])(?:[A-Z][\w&'’-]*[a-z][\w&'’-]* ){1,3}"
    r"(?:Inc|Corp|LLC|Ltd|PLC|Plc|plc|AG|NV|LP|LLP|Co(?!\.? [A-Z]))\b\.?"
)  # ("Honda Motor Co", but not the Irish "Co Down")


def _month_surnames(text: str, covered: bytearray, lower_words: set[str]) -> list[Mention]:
    """ "Theresa May", "Mark May": a first name before a month, which the model drops or
    takes for a date, with no day or year after it (then "May said" repeats the surname)."""
    out = []
    for m in _MONTH_SURNAME.finditer(text):
        s, e = m.span()
        given = m.group(1)
        if 1 in covered[s:e] or given in NOT_NAMES or given.lower() in FUNCTION_WORDS:
            continue
        if given in gz.TITLES | gz.PLACES | gz.NATIONALITIES | gz.ORG_WORDS:
            continue
        if given.lower() in lower_words:
            continue  # "Memorial Day May 30" has its day; "Sales May" is no first name
        if is_sentence_start(text, s) and given not in gz.GIVEN_NAMES:
            continue  # "Earlier May" opening a sentence
        if re.search(r"[A-Z][\w'’.-]*[^\S\n]$", text[max(0, s - 30) : s]):
            continue  # "Fort Worth May 5": the end of a longer name
        out.append(Mention(s, e, "person", m.group(), MEDIUM))
        cover(covered, s, e)
    return out


_MONTH_SURNAME = re.compile(
    rf"(?<![\w'’.&-])([A-Z][a-z]{{2,}}) (?:{_MONTH_WORD})(?![\w&-])(?!\s*\d)"
)


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
        if word in NOT_NAMES or all(is_sentence_start(text, s) for s, _ in places):
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
    """Where the lines in capitals or headline case start (worked out once per text, not
    once per name)."""
    starts = set()
    line_start = 0
    for line in text.split("\n"):
        letters = [c for c in line[:400] if c.isalpha()]
        capitals = len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)
        if capitals or _headline_case(line):
            starts.add(line_start)
        line_start += len(line) + 1
    return frozenset(starts)


# a name going on past a capitalised small word: "Swansea Unite Against Fascism"
_CAPITALISED_LINK = re.compile(
    r" (?:Against|For|Without|Of|On|At|Under|Over|Into|From|With)"
    r"(?: (?:the|The|a|A))?(?: [A-Z][\w'’-]+)+"
)


def _capitalised_joins(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Swansea Unite Against Fascism", which the model cut to "Swansea Unite": inside a
    sentence a capitalised "Against" or "For" carries a name on (headlines are left out
    before this, so title case there does not count); so does a product's small model word
    ("Mac mini")."""
    out: list[Mention] = []
    grown: list[tuple[int, int]] = []  # the few names that went on
    for m in mentions:
        tail = _CAPITALISED_LINK.match(text, m.end)
        model = SMALL_MODEL.match(text, m.end) if " " not in m.text else None
        if tail:
            kind = "organization" if m.kind == "person" else m.kind
            m = Mention(m.start, tail.end(), kind, text[m.start : tail.end()], m.weight)
            grown.append((m.start, m.end))
        elif model:  # "Mac mini", "iPod shuffle": a product, whatever the model said
            m = Mention(m.start, model.end(), "other", text[m.start : model.end()], STRONG)
            grown.append((m.start, m.end))
        out.append(m)
    return [
        m
        for m in out
        if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in grown)
    ]


def _headline_case(line: str) -> bool:
    """ "Vidyard Launches New Tools and Features for Businesses": a short line with no full
    stop whose every word but the small ones is capitalised, where the model takes the
    headline's words for a name. (Not a credit line in brackets: "(Reporting by Lawrence
    Hurley; Editing by Will Dunham)" is names.)"""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if len(line) > 120 or len(words) < 5 or re.search(r"[,;]|^\s*\(", line):
        return False
    if re.search(r"[.!?:\"”]\s*$", line):
        return False
    return all(w[0].isupper() or w in FUNCTION_WORDS for w in words)


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
    named_elsewhere = {m.text: m.kind for m in mentions if m.kind in ("organization", "place")}
    names = "|".join(map(re.escape, sorted(surnames, key=len, reverse=True)))
    out = []
    for hit in re.finditer(r"(?<![\w'’.-])([A-Z][a-zà-ÿ'’-]+) (?:" + names + r")(?![\w'’-])", text):
        first = hit.group(1)
        if (
            is_title(first)
            or first in gz.PLACES | gz.NATIONALITIES | gz.ORG_WORDS
            or first.lower() in FUNCTION_WORDS | _NOT_FIRST_NAMES
            or (SENTENCE_OPENER.match(text, hit.start()) and is_sentence_start(text, hit.start()))
            or re.search(r"['’]s$", first)  # "Adelson's Sands": an owner, not a first name
            or re.search(r"-[a-z]+$", first)  # "Australian-born Assange": no first name
            or (first.endswith(("ing", "ly")) and is_sentence_start(text, hit.start()))
            or _MONTH_OR_DAY.fullmatch(first)
            or re.search(r"[A-Z][\w'’.-]*\s$", text[max(0, hit.start() - 30) : hit.start()])
            or any(s <= hit.start() and hit.end() <= e for s, e in covering)
            or re.match(r" [A-Z]", text[hit.end() : hit.end() + 2])  # "Beatle George Harrison"
        ):
            continue
        # ("Mossack Fonseca", the law firm the model named elsewhere, beside "Ramon Fonseca")
        kind = named_elsewhere.get(hit.group(), "person")
        out.append(Mention(hit.start(), hit.end(), kind, hit.group(), MEDIUM))
    return out


# words that open a sentence before a surname and are no first name ("Besides Lahav")
_NOT_FIRST_NAMES = frozenset(words_of("besides beyond meanwhile however"))
_MONTH_OR_DAY = re.compile("|".join([*MONTHS, *WEEKDAYS]), re.I)


def _cluster(mentions: list[Mention]) -> list[Cluster]:
    by_key: dict[str, Cluster] = {}
    products = {_product_key(m.text) for m in mentions if PRODUCT.match(m.text)}
    for m in mentions:
        key = name_key(m.text)
        if m.kind == "group":  # "Republican" and "Republicans" are one group
            key = key.removesuffix("s")
        elif m.kind == "person" and m.weight >= STRONG and m.text in gz.NATIONALITIES:
            key = f"person {key}"  # "Mr Irish" is no one of "the Irish"
        elif PRODUCT.match(m.text) or _product_key(m.text) in products:
            # "iPhones", "iPhone 17" and "iPhone" are one product, and "Itunes" is "iTunes"
            key = _product_key(m.text)
        by_key.setdefault(key, Cluster()).mentions.append(m)
    return list(by_key.values())


def _product_key(name: str) -> str:
    return re.sub(r"(?<=[a-z])s$", "", re.sub(r" \d+$", "", name_key(name)))


def _join_plurals(clusters: list[Cluster]) -> list[Cluster]:
    """ "Beatles" and "Beatle", "Apaches" and "Apache", "Palestinian Authorities" and
    "Palestinian Authority": one name in the plural and the singular (but "Williams" is
    no plural of "William", a first name, nor "Philippines" of "Philippine"); and "Britons"
    and "British" or "Jews" and "Jewish", a people by its noun and its adjective."""
    by_key = {name_key(c.mentions[0].text): c for c in clusters}
    for key, plural in by_key.items():
        words = key.split()
        if not words[-1].endswith("s"):
            continue
        forms = {singular(words[-1]), words[-1][:-1]} - {words[-1]}  # "Houthis" -> "Houthi"
        single = next(
            (by_key[k] for f in sorted(forms) if (k := " ".join([*words[:-1], f])) in by_key),
            None,
        )
        if single is None or single is plural or not single.mentions:
            continue
        names = {m.text for m in single.mentions + plural.mentions}
        if names & (gz.GIVEN_NAMES | gz.PLACES | gz.NATIONALITIES | NOT_NAMES):
            continue
        if any(re.fullmatch(r"[A-Z]{2,}s?", n) for n in names):
            continue  # "SUVs": an acronym's plural is of a common noun
        if any(
            m.kind == "person" and m.weight >= STRONG for m in single.mentions + plural.mentions
        ):
            continue  # "Mr Adams" and "Adam" are two people
        single.mentions.extend(plural.mentions)
        plural.mentions = []
    for adjective_key, nouns in _PEOPLE_NOUNS.items():  # "four Britons", "the British"
        adjective = by_key.get(adjective_key)
        for noun in nouns:
            cluster = by_key.get(noun)
            if adjective and adjective.mentions and cluster and cluster is not adjective:
                adjective.mentions.extend(cluster.mentions)
                cluster.mentions = []
    return [c for c in clusters if c.mentions]


# peoples whose noun is no plural of their adjective
_PEOPLE_NOUNS = {
    "british": ("briton", "britons", "brit", "brits"),
    "jewish": ("jew", "jews"),
    "polish": ("pole", "poles"),
    "danish": ("dane", "danes"),
    "swedish": ("swede", "swedes"),
    "finnish": ("finn", "finns"),
    "turkish": ("turk", "turks"),
    "spanish": ("spaniard", "spaniards"),
    "kurdish": ("kurd", "kurds"),
    "french": ("frenchman", "frenchmen"),
    "dutch": ("dutchman", "dutchmen"),
    "irish": ("irishman", "irishmen"),
    "philippine": ("filipino", "filipinos", "filipina", "filipinas"),
    "democratic": ("democrat", "democrats"),  # "the Democratic candidate" of the Democrats
}


def _propagate(text: str, clusters: list[Cluster], lower_words: set[str]) -> None:
    """Find repeats of a known name the model missed (often sentence-initial ones)."""
    covered = covered_mask(text, all_mentions(clusters))
    owners: dict[str, tuple[Cluster, str]] = {}
    found = [
        (c, k, _repeatable_names(c, k, lower_words)) for c in clusters for k in [cluster_kind(c)]
    ]
    for cluster, kind, names in found:  # a name's own cluster before one with it as an alias
        for name in names & {m.text for m in cluster.mentions}:
            owners.setdefault(name, (cluster, kind))
    for cluster, kind, names in found:
        for name in names:
            owners.setdefault(name, (cluster, kind))
    for word, cluster in _club_short_names(text, clusters).items():
        owners.setdefault(word, (cluster, "organization"))
    for word, cluster in _first_names(clusters, lower_words).items():
        owners.setdefault(word, (cluster, "person"))
    for variant, name in _case_variants(text, owners).items():
        owners.setdefault(variant, owners[name])
    if not owners:
        return
    headings = _caps_headings(text)
    caps_only = set()
    for name in list(owners) if headings else ():  # "TRUMP BLASTS CRUZ": a heading's names
        upper = name.upper()
        if upper not in owners and len(upper) >= 3 and name.lower() not in FUNCTION_WORDS:
            caps_only.add(upper)
            owners.setdefault(upper, owners[name])
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
        if _inside_capitalised(text, s, e) or _month_as_date(text, s, e):
            continue
        if hit.group() in caps_only and text.rfind("\n", 0, s) + 1 not in headings:
            continue
        if hit.group() in gz.US_STATE_ABBREVIATIONS and text[max(0, s - 2) : s] != ", ":
            continue  # "Springfield, Mass.", but not "went to Mass."
        if 1 in covered[s:e] and not _replace_shorter(by_start, s, e):
            continue
        cluster, kind = owners[hit.group()]
        # a repeat's own context may prove its kind ("Adidas chief executive Bjorn Gulden")
        found, weight = context_evidence(text, s, e, hit.group(), kind)
        mention = Mention(s, e, found, hit.group(), weight) if weight > 1 else None
        mention = mention or Mention(s, e, kind, hit.group())
        cluster.mentions.append(mention)
        by_start.setdefault(s, []).append((cluster, mention))
        cover(covered, s, e)
    _titled_surnames(text, clusters, covered)


def _caps_headings(text: str) -> frozenset[int]:
    """Where the short lines in capitals start: a wire story's section headings ("CLINTON
    LEADS IN SOUTH") and a results line's dateline ("MILAN 1997-05-14")."""
    return frozenset(
        m.start() for m in re.finditer(r"(?m)^(?=[^a-z\n]{3,100}$)[^\n]*[A-Z]{2}", text)
    )


def _titled_surnames(text: str, clusters: list[Cluster], covered: bytearray) -> None:
    """ "Mr King" for "Paul King", "Mr Major" for "John Major": a surname that is also a
    title, which repeats leave alone, is the person's after "Mr" or "Mrs"."""
    surnames: dict[str, list[Cluster]] = {}
    for cluster in (c for c in clusters if c.mentions):
        words = canonical_name(cluster).split()
        if cluster_kind(cluster) == "person" and len(words) >= 2 and words[-1] in gz.TITLES:
            surnames.setdefault(words[-1], []).append(cluster)
    for surname, (cluster, *others) in surnames.items():
        if others:
            continue  # two people of that name: the text must say which
        for hit in re.finditer(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? ({surname})\b(?![\w&'’-])", text):
            if 1 not in covered[hit.start(1) : hit.end(1)]:
                cluster.mentions.append(Mention(*hit.span(1), "person", surname))
                cover(covered, hit.start(1), hit.end(1))


_CAMEL_CASE = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*")


# "MacBook Pro", "PlayStation Portable": a camel-case word opens a product's name
_CAMEL_LEAD = re.compile(r"[a-z]?[A-Z][a-z]+[A-Z][a-z]+(?: [A-Za-z0-9]+){1,2}")


def _case_variants(text: str, names: Iterable[str]) -> dict[str, str]:
    """ "ITunes" for "iTunes", "WikiLeaks" for "Wikileaks": a one-word name written again
    with other capitals, one of the two in camel case (the same letters, a capital first)
    -> the name; "MacBook pro" for "MacBook Pro", the camel-case word as written."""
    by_lower: dict[str, str] = {}
    for name in names:
        if re.fullmatch(r"[A-Za-z]{4,}", name) or _CAMEL_LEAD.fullmatch(name):
            by_lower.setdefault(name.lower(), name)
    if not by_lower:
        return {}
    pattern = re.compile(  # one pass over the text for every name
        r"(?<![\w&.-])(?:" + "|".join(map(re.escape, by_lower)) + r")(?![\w&-])", re.IGNORECASE
    )
    out = {}
    for hit in pattern.finditer(text):
        variant, name = hit.group(), by_lower[hit.group().lower()]
        camel = _CAMEL_CASE.fullmatch(name) or _CAMEL_CASE.fullmatch(variant)
        if variant != name and variant[0].isupper() and camel and " " not in name:
            out.setdefault(variant, name)
        elif " " in name and variant.split()[0] == name.split()[0] and variant != name:
            out.setdefault(variant, name)  # "MacBook pro" for "MacBook Pro"
    return out


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
            last[:1].isupper() and not last.isupper() and last not in generic | set(HEADS_CUT)
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
            and DATELINE.match(text, m.start)
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
    generic = gz.PLACES | gz.NATIONALITIES | gz.TITLES | gz.ORG_WORDS | NOT_NAMES
    return {
        first: owners[0]
        for first, owners in found.items()
        if len(set(map(id, owners))) == 1 and first not in generic
    }


def _repeatable_names(cluster: Cluster, kind: str, lower_words: set[str]) -> set[str]:
    """The names of a cluster worth looking for again, with a person's surname and the
    other forms of a name in the alias table ("Tories" for "Conservatives")."""
    names = {m.text for m in cluster.mentions}
    for key in {name_key(n) for n in names}:
        for full in (key, *gz.ALIAS_FULLS.get(key, ())):
            forms = {as_written(form) for form in (full, *gz.ALIASES.get(full, ()))}
            # a state's abbreviation with its dot: "Mass.", never the service "Mass"
            names |= {f"{f}." if f"{f}." in gz.US_STATE_ABBREVIATIONS else f for f in forms}
    surnames: set[str] = set()  # "May" for "Mark May", a month's name only as his surname
    if kind == "person":
        last_words = {n.split()[-1] for n in names if len(n.split()) > 1}
        names |= last_words
        surnames = last_words & set(MONTHS)
        names |= {ARTICLE_PREFIX.sub("", n) for n in names if " " not in n}  # "Hayya"
        names |= {q[1] for n in names if (q := _QUOTED_NICKNAME.search(n))}  # "Faker"
        for n in list(names):  # "Le Pen" for "Marine Le Pen", "Von der Leyen" opening a sentence
            words = n.split()
            k = len(words) - 1
            while k > 1 and words[k - 1].lower() in PARTICLES:
                k -= 1
            if 0 < k < len(words) - 1:
                surname = " ".join(words[k:])
                names |= {surname, surname[0].upper() + surname[1:]}
    if kind == "other":  # "Helene" for "Hurricane Helene"
        names |= {STORM.fullmatch(n).group().split()[-1] for n in names if STORM.fullmatch(n)}
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
    if kind == "organization":  # "Secret Service" for "US Secret Service"
        names |= {
            bare
            for n in names
            if " " in (bare := COUNTRY_LEAD.sub("", n)) and bare != n and bare not in gz.PLACES
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
    if kind == "organization":  # a firm by its last name: "Allied Domecq" -> "Domecq"
        generic = gz.ORG_WORDS | gz.CORPORATE_SUFFIXES | gz.PLACE_WORDS | gz.OTHER_WORDS
        names |= {
            n.split()[-1]
            for n in names
            if len(n.split()) == 2
            and re.fullmatch(r"[A-Z][a-z]{3,}", n.split()[-1])
            and n.split()[-1] not in generic | gz.PLACES | gz.NATIONALITIES | gz.GIVEN_NAMES
            and n.split()[-1].lower() not in lower_words
            and n.split()[0] not in gz.PLACES | gz.NATIONALITIES  # not "Apple" of "Boston Apple"
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
        and (name not in NOT_NAMES or name in surnames)
        and not (name.lower() in FUNCTION_WORDS and not name.isupper() and name not in surnames)
        and name.split()[0] not in gz.TITLES
    }


_DATE_BEFORE_MONTH = re.compile(
    r"\b(?:in|on|of|since|until|till|by|from|through|to|last|next|this|early|mid|late|"
    r"between|before|after|during)\s+$",
    re.IGNORECASE,
)
# "April and May", "May, June and July": a month in a list of months
_MONTH_LIST_BEFORE = re.compile(rf"\b(?:{_MONTH_WORD})(?:,| and| or| to|-|–)\s*$")
_MONTH_LIST_AFTER = re.compile(rf"\s*(?:,| and| or| to|-|–)\s*(?:{_MONTH_WORD})\b")


def _month_as_date(text: str, s: int, e: int) -> bool:
    """ "in May", "May 5", "May 2015", "April and May": the month, where "May said", "while
    May, a former player" and "Holtz or May." are Mark May."""
    if text[s:e] not in MONTHS:
        return False
    return bool(
        re.match(r"\s*\d", text[e : e + 3])
        or _DATE_BEFORE_MONTH.search(text, max(0, s - 10), s)
        or _MONTH_LIST_BEFORE.search(text, max(0, s - 15), s)
        or _MONTH_LIST_AFTER.match(text, e)
        or re.search(r"\d\s*$", text[max(0, s - 4) : s])
    )


def _inside_capitalised(text: str, s: int, e: int) -> bool:
    """Whether a hit is part of a longer capitalised name ("Trump Tower")."""
    after = re.match(r"[^\S\n]+([A-Z][a-z]+)", text[e : e + 30])  # (not the next line's)
    # (a title may follow: "UNICEF Executive Director Catherine Russell")
    title = after and (after.group(1) in gz.TITLES or after.group(1).lower() in gz.CORPORATE_ROLES)
    if after and after.group(1).lower() not in FUNCTION_WORDS and not title:
        return True
    before = re.search(r"([A-Z][a-z]+)[^\S\n]+$", text[max(0, s - 30) : s])
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
