"""What the entity rules work on: a mention, a cluster of mentions, how sure a kind is,
and the name keys and initials that clusters and aliases are compared by."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tui.analysis import gazetteer as gz
from tui.analysis.lexicon import (
    MONTHS,
    WEEKDAYS,
    words_of,
)

PARTICLES = frozenset(words_of("von van der den de da di du dos das del bin ibn al el le la"))
CONNECTORS = frozenset(words_of("of the for and de da del di la le van von bin al el y du"))
PLACE_OF = re.compile(
    r"\b(?:seat|riding|constituency|district|province|state|city|town|village|county|region"
    r"|island|outskirts|suburbs?|municipality|prefecture|neighbou?rhood"
    r"|settlements?|township|forests?|mountains?|hills|valley"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?)"
    r"\s+of\s+$"
    # (and the names a plural lists: "the towns of Telat al-Eis, Zitan, Zirba and ...")
    r"|\b(?:towns|villages|cities|provinces|districts|regions|islands|counties)\s+of\s+"
    r"(?:[A-Z][^,.;:()\n]{0,30},\s+)*(?:(?:[A-Z][^,.;:()\n]{0,30},?\s+)?and\s+)?$"
)
COMPASS = frozenset(words_of("North South East West Northern Southern Eastern Western Central"))
PLACE_LEAD = frozenset(words_of("Mount Mt Mt. Lake Cape Isle"))  # "Mount Penteli", "Lake Tana"
STRONG = 10.0  # evidence in the text: apposition, a title, a head noun, a word list
MEDIUM = 3.0  # a hint: "X chief executive Y"
CORPORATE_ROLE = re.compile(
    r"^\s+(?:" + "|".join(sorted(gz.CORPORATE_ROLES)) + r")\b(?:\s+[a-z]+)?\s+[A-Z][a-z]"
)
TEAM_PLURAL = re.compile(r"[A-Z][a-z]+(?<!ss)s")
# A score that is no tennis match in sets: "45-10", not "6-4, 6-3".
TEAM_SCORE = r"\d{1,3}[-–]\d{1,3}(?![\d-])(?!,?\s+\d{1,2}[-–]\d)"


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: str
    text: str
    weight: float = 1.0  # how much the kind counts: more when textual evidence set it
    royal: bool = False  # after "Prince", "Queen": a first name that is the whole name
    # the word before: "the" of "the North", "Russia's" of "Russia's Olympic Committee"
    # (set before aliases are merged)
    word_before: str = ""


@dataclass(slots=True)
class Cluster:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def surfaces(self) -> set[str]:
        return {m.text for m in self.mentions}


def all_mentions(clusters: list[Cluster]) -> list[Mention]:
    return [m for c in clusters for m in c.mentions]


def covered_mask(text: str, mentions: Iterable[Mention]) -> bytearray:
    """1 where a mention already lies, so that a rule adds no mention across another."""
    covered = bytearray(len(text))
    for m in mentions:
        cover(covered, m.start, m.end)
    return covered


def cover(covered: bytearray, start: int, end: int) -> None:
    """Mark ``start:end`` of a ``covered_mask`` as taken by a new mention."""
    covered[start:end] = b"\x01" * (end - start)


def attach_bare_words(
    text: str,
    clusters: list[Cluster],
    bare: re.Pattern[str],
    target_for: Callable[[re.Match[str]], Cluster | None],
    kind_for: Callable[[Cluster], str],
    *,
    whole_cluster: bool,
    weight: float = 1.0,
) -> list[Cluster]:
    """Give the word each ``bare`` hit marks (group 1: "the Commission", "the Games") to the
    cluster ``target_for`` picks. A mention the model made there moves: with its whole
    cluster when ``whole_cluster``, else alone (the model's "Games" may also be "Games
    consoles sold"). A word the model skipped is added. A cluster that also holds other
    names is an entity of its own and stays."""
    owner = {id(m): c for c in clusters for m in c.mentions}
    starts = {m.start: m for m in all_mentions(clusters)}
    covered = covered_mask(text, all_mentions(clusters))
    for hit in bare.finditer(text):
        s, e = hit.span(1)
        target = target_for(hit)
        if target is None:
            continue
        known = starts.get(s)
        if known is not None and known.end == e:
            cluster = owner[id(known)]
            if cluster is target or any(m.text != known.text for m in cluster.mentions):
                continue
            moved = list(cluster.mentions) if whole_cluster else [known]
            for m in moved:
                cluster.mentions.remove(m)
                m.kind = kind_for(target)
                owner[id(m)] = target
            target.mentions.extend(moved)
        elif 1 not in covered[s:e]:
            target.mentions.append(Mention(s, e, kind_for(target), hit.group(1), weight))
            cover(covered, s, e)
    return [c for c in clusters if c.mentions]


CLUB_SUFFIXES = frozenset(words_of("United City Town County Athletic Albion Rovers Wanderers"))


def dedupe(mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# --- clustering -----------------------------------------------------------------------------


_STREET_WORDS = {"st": " street", "rd": " road", "ave": " avenue"}
# "Sierra Nevada Corp." is "Sierra Nevada Corporation", "Dräger, Inc." "Dräger Inc"
_FIRM_WORDS = {"corporation": " corp", "incorporated": " inc", "limited": " ltd", "company": " co"}


def name_key(name: str) -> str:
    """Comparison key: case, dots, hyphens, accents, leading article and possessive ignored
    ("al-Qaeda" is "Al Qaeda")."""
    key = name.replace(".", "").replace("’", "'").replace("-", " ").replace(" & ", " and ").lower()
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"'s?$", "", key)
    key = re.sub(r" (st|rd|ave)$", lambda m: _STREET_WORDS[m.group(1)], key)  # "Downing St"
    key = re.sub(
        r",? (corporation|incorporated|limited|company)$", lambda m: _FIRM_WORDS[m.group(1)], key
    )
    key = re.sub(r", (inc|ltd|llc|co|corp)$", r" \1", key)
    key = strip_accents(key)  # "Garzón" and "Garzon": one name with or without its accents
    return " ".join(key.split())


def strip_accents(text: str) -> str:
    """ "Pouyanné" -> "Pouyanne": the letters without their combining marks."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def cluster_kind(cluster: Cluster) -> str:
    """Evidence first, then the model's vote weighted by how full each name is."""
    proved = {m.kind for m in cluster.mentions if m.weight >= MEDIUM}
    if proved == {"person"} and any(_given_full_name(m) for m in cluster.mentions):
        return "person"  # "John Swallow", proved a person: "Swallow", a firm to the model, is he
    if not proved - {"person"} and _surnames_of_a_person(cluster):
        return "person"  # "Bernie Sanders" and eight "Sanders" the model called a firm
    votes: dict[str, float] = {}
    for m in cluster.mentions:
        # full names outvote surnames; "other" is the model's (or the rules') weakest guess
        weight = m.weight * len(m.text.split()) ** 2
        weight *= 0.5 if m.kind == "other" else 1.0
        votes[m.kind] = votes.get(m.kind, 0) + weight
    return max(votes, key=lambda k: votes[k])


def _surnames_of_a_person(cluster: Cluster) -> bool:
    """A full name the model called a person, the rest its surname alone, which it called a
    person too at least once (or which follows a given and a middle name): its labels on a
    lone surname are the ones that waver."""
    fulls = {
        m.text
        for m in cluster.mentions
        if m.kind == "person" and len(m.text.split()) in (2, 3) and m.text[:1].isupper()
    }
    if len(fulls) != 1:
        return False
    full = next(iter(fulls)).split()
    rest = [m for m in cluster.mentions if m.text not in fulls]
    if not all(m.text == full[-1] for m in rest):
        return False
    # ("Robert LaVoy Finicum", then ten "Finicum" the model never called a person: a given
    # name and a middle one make the full name a person's beyond doubt)
    return any(m.kind == "person" for m in rest) or (
        len(full) == 3 and full[0] in gz.GIVEN_NAMES and full[-1] not in gz.KNOWN_NAMES
    )


def _given_full_name(m: Mention) -> bool:
    words = m.text.split()
    return (
        m.kind == "person"
        and m.weight >= MEDIUM
        and len(words) in (2, 3)
        and (words[0] in gz.GIVEN_NAMES)
    )


def canonical_name(cluster: Cluster) -> str:
    counts: dict[str, int] = {}
    for m in cluster.mentions:
        counts[m.text] = counts.get(m.text, 0) + 1
    keys = {name_key(text) for text in counts}
    # "US" and "America" only: the state's full name, not the longer short one (but
    # "Conservatives" and "Tories" keep the name the text gives)
    if len(keys) > 1 and not keys & gz.ALIASES.keys():
        fulls = gz.ALIAS_FULLS.get(min(keys), ())
        full = next((f for f in fulls if keys <= set(gz.ALIASES[f])), None)
        if full and full.islower():
            return as_written(full)
    full_keys = keys & gz.ALIASES.keys()
    if len(full_keys) == 1 and keys - full_keys <= set(gz.ALIASES[min(full_keys)]):
        # "Mars" and "the Red Planet": the name, not the longer epithet
        counts = {text: n for text, n in counts.items() if name_key(text) in full_keys}
    if any(m.kind == "person" for m in cluster.mentions):
        # "the Donald Trumps of the world" is named for Donald Trump, not the other way
        # round (but "Delta Airlines" keeps its "s")
        counts = {
            t: n for t, n in counts.items() if " " not in t or t[-1] != "s" or t[:-1] not in counts
        }
    return max(counts, key=lambda s: (len(s.split()), len(s), counts[s]))


def as_written(key: str) -> str:
    """A name of the alias table as news writes it: "UK", "Tories", "House of Commons"."""
    if len(key) <= 3:
        return key.upper()
    small = {"of", "the", "and"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in key.split())


# a Reuters instrument code after a firm's name: "YHOO.N", "005930.KS", "VOWG_p.DE"
REUTERS_CODE = r"[A-Z0-9]{2,6}(?:_[a-z])?\.[A-Z]{1,2}"
# a town named by its river: "Rostov-on-Don", "Stratford-upon-Avon", "Frankfurt-am-Main"
ON_RIVER = r"-(?:on|upon|sur|am|le)-[A-Z][a-z]+\b"
COUNTRY_LEAD = re.compile(r"^(?:U\.S\.|US|U\.K\.|UK)\s+(?=[A-Z])")


def name_initials(name: str, keep_of: bool = False) -> str:
    """ "Food and Drug Administration" -> "FDA"; a leading "U.S." is left out."""
    name = COUNTRY_LEAD.sub("", name)
    kept = {"of"} if keep_of else set()
    words = [
        w for w in re.split(r"[\s-]+", name) if w and (w.lower() not in CONNECTORS or w in kept)
    ]
    return "".join(w[0] for w in words if w[0].isupper() or w in kept).upper()


def small_word_initials(name: str) -> str:
    """Initials with "of" and "for" as small letters, as British bodies write them:
    "Department for Education and Skills" -> "DfES", "Bank of Japan" -> "BoJ"; "" for a
    name with neither word."""
    small = ("of", "for")
    words = [
        w
        for w in re.split(r"[\s-]+", COUNTRY_LEAD.sub("", name))
        if w and (w in small or w.lower() not in CONNECTORS)
    ]
    if not any(w in small for w in words):
        return ""
    return "".join(
        w[0] if w in small else w[0].upper() for w in words if w[0].isupper() or w in small
    )


def lettered_initials(name: str) -> str:
    """Initials with a leading abbreviation spelled out: "UK Independence Party" -> "UKIP"."""
    words = [w for w in re.split(r"[\s-]+", name.replace(".", "")) if w]
    if len(words) < 2 or not (words[0].isupper() and 2 <= len(words[0]) <= 3):
        return ""
    return words[0] + name_initials(" ".join(words[1:]))


def camel_initials(name: str) -> str:
    """Initials with each capital of a word written in camel case and a number kept whole:
    "PlayStation 2" -> "PS2", "PlayStation Portable" -> "PSP"; "" where no word is in camel
    case (plain initials cover those)."""
    words = name.split()
    if not any(re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", w) for w in words):
        return ""
    return "".join(w if w.isdigit() else "".join(re.findall(r"[A-Z]", w)) for w in words)


def bare_initials(name: str) -> str:
    """Initials without a trailing corporate suffix: "Procter & Gamble Co" -> "PG"."""
    words = name.split()
    while len(words) > 1 and words[-1] in gz.CORPORATE_SUFFIXES:
        words = words[:-1]
    return name_initials(" ".join(words))


def fold_accents(word: str) -> str:
    """A word compared without accents, a particle without case, a surname without its
    article ("al-Hayya" is "Hayya" on second mention)."""
    plain = ARTICLE_PREFIX.sub("", strip_accents(word))
    return plain.lower() if plain.lower() in PARTICLES else plain


ARTICLE_PREFIX = re.compile(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z])")


def unproved(cluster: Cluster) -> bool:
    """Whether only the model's guess types a cluster: no word list, title or context."""
    return max(m.weight for m in cluster.mentions) <= 1.0


# --- shared by span repair (entity_spans) and the search for missed names (entities) ---

# (not the "The" of "The Hague", which is part of the name)
LEADING_JUNK = re.compile(  # ("[The] Commonwealth ...": an editor's bracket)
    r"^\[?(?:the|a|an)\]?\s+(?!(?:Hague|Gambia|Bahamas)\b)", re.IGNORECASE
)
NOT_NAMES = (
    frozenset(
        words_of(
            "State Government Administration Court Party Committee Police Bill Company"
            " Test Tests"  # a cricket match: "the second Test"
            " KC QC MP MEP MPs MEPs MSPs OBE MBE CBE PhD Ph.D. MD M.D."
            " AI GDP CEO CFO COO CTO IPO CPI EV EVs VAT CPU GPU PII"  # common nouns' acronyms
            " Men Women Extras Attendance Scorers Notes"  # labels in results and tables
            " International"  # "International lenders asked": an adjective alone
        )
    )
    | set(MONTHS)
    | set(WEEKDAYS)
)
# "Two Sri Lankans", "Many Kashmiris": a count opening a sentence before a people's name
COUNT_OPENER = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Most|Several|Both|Few)"
    r"\s+(?=[A-Z])"
)
STORM = re.compile(
    r"(?<![\w-])(?:Hurricane|Typhoon|Super Typhoon|Cyclone|Tropical Storm|Storm) [A-Z][a-z]+"
    r"(?![\w-])"
)
# Products named in Apple's fashion: "iPhone", "iPads", "iOS".
PRODUCT = re.compile(r"i[A-Z][A-Za-z]+")
SMALL_MODEL = re.compile(r" (?:mini|nano|shuffle)s?\b(?![\w-])")  # "Mac mini", "iPod nano"
# The head word of a body's name, which the model often leaves out: "Federal Aviation" +
# "Administration". Only after a name of two words or more, all capitalised or connectors,
# that does not already end with such a word.
HEADS_CUT = words_of(
    """Administration Agency Authority Commission Department Office Service Board Bureau
    Council Institute Association Organization Organisation Union Bank Fund Court Committee
    Ministry Foundation Corporation Survey Reserve Center Centre"""
)
DATELINE = re.compile(  # "ANKARA (Reuters) -", "WASHINGTON, Jan 5 -"
    r"(?m)^([A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)*)"  # "ADDIS ABABA/LONDON" names two
    r"(?:(?=(?:,[^\n(]{1,30})?\s*(?:\([^)\n]{1,30}\)\s*)?[-–—][^\n]{0,30}[a-z])"
    r"|(?= \d{4}-\d\d-\d\d\s*$))"  # or "MILAN 1997-05-14" on a line of its own
)
