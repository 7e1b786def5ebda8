"""Alias merging: "Trump" into "Donald Trump", "US" into "United States", "Apple" into
"Apple Inc.", "CDC" into its full name, and not a brand into each of its products."""

from __future__ import annotations

import re

from tui.analysis import gazetteer as gz
from tui.analysis.entity_core import (
    CLUB_SUFFIXES,
    COMPASS,
    COUNTRY_LEAD,
    ON_RIVER,
    PLACE_LEAD,
    STRONG,
    TEAM_PLURAL,
    Cluster,
    bare_initials,
    camel_initials,
    canonical_name,
    cluster_kind,
    fold_accents,
    lettered_initials,
    name_initials,
    name_key,
    small_word_initials,
    unproved,
)
from tui.analysis.entity_evidence import STATE_OF, person_by_first_name
from tui.analysis.lexicon import (
    FUNCTION_WORDS,
    words_of,
)

# Words opening a region's name: the compass points and "Upper", "Lower", "New".
_REGION_PREFIXES = COMPASS | frozenset(words_of("Upper Lower New"))
_DOMAIN = re.compile(r"\.(?:com|org|net|io|co\.uk)$")  # "Snopes.com" is Snopes


_GENERATIONS = frozenset(words_of("Jr Sr II III IV"))
# "Commodore International"; "Wells Fargo & Co" ends in "& Co"
_FIRM_ENDINGS = gz.CORPORATE_SUFFIXES | {"International", "&"}


_QUOTES = '“”"'
_EVENT_ENDS = frozenset(words_of("Championships Championship Games Cup Open Trophy Tournament"))


def merge_aliases(clusters: list[Cluster]) -> list[Cluster]:
    """Merge "Trump" into "Donald Trump", "US" into "United States", "Apple" into "Apple Inc."."""
    kinds = {id(c): cluster_kind(c) for c in clusters}
    names = {id(c): canonical_name(c) for c in clusters}
    long_first = sorted(clusters, key=lambda c: -max(len(m.text.split()) for m in c.mentions))
    rank = {id(c): i for i, c in enumerate(long_first)}
    index: dict[str, list[Cluster]] = {}  # the few clusters a short name could belong to
    for c in clusters:
        words = names[id(c)].split()
        name = names[id(c)]
        spelled = _body_of_spelled(name)
        generation = words[-2] if len(words) > 2 and words[-1].rstrip(".") in _GENERATIONS else ""
        tokens = {
            f"l:{words[-1]}",
            f"f:{words[0]}",
            f"p:{words[0][:3]}",
            f"t:{words[-1][:3]}",  # "Cavs" for "Cleveland Cavaliers"
            f"i:{name_initials(name)}",
            f"i:{bare_initials(name)}",
            f"i:{name_initials(name, keep_of=True)}",
            f"i:{lettered_initials(name)}",
            f"i:{camel_initials(name)}",
            f"i:{small_word_initials(name).upper()}",  # "DfES", looked up as "DFES"
            f"l:{fold_accents(words[-1])}",
            f"l:{words[-1].split('-')[-1]}",  # "Maersk" for "A.P. Moller-Maersk"
            f"l:{_without_firm_ending(words)[-1]}",  # "Disney" for "Walt Disney Co."
            f"k:{name_key(' '.join(_without_firm_ending(words)))}",  # "VW": "Volkswagen AG"
            f"l:{generation}",  # "Kennedy" for "Robert F. Kennedy Jr."
            f"k:{name_key(name)}",
            *(f"k:{key}" for key in _unled_keys(name)),  # "Senate", "Security Council"
            f"k:{name_key(_reserve_bank_short(name))}",  # "New York Fed"
            f"p:{COUNTRY_LEAD.sub('', name)[:3]}",  # "Fed": "U.S. Federal Reserve"
            f"k:{_reordered(name)}",
            f"i:{name_initials(spelled)}",  # "DHS": "Homeland Security Department"
            f"i:{name_initials(spelled, keep_of=True)}",  # "DOJ", "MoD"
            f"i:{''.join(w[0] for w in words[:-1])}{words[-1]}",  # "TPBank"
            f"n:{name_key(name).replace(' ', '')}",  # "Time Warner" and "TimeWarner"
            f"m:{words[1] if len(words) > 1 and re.match(r'[A-Z]?[0-9]', words[0]) else ''}",
        }
        for token in tokens - {"k:", "l:", "m:", "i:"}:  # (no empty key: no such initials)
            index.setdefault(token, []).append(c)
        for middle in words[1:-1] if len(words) >= 3 else ():  # "Lula" in "... Lula da Silva"
            index.setdefault(f"w:{middle.strip(_QUOTES)}", []).append(c)  # 'Earvin "Magic" ...'
        initials = name_initials(names[id(c)])
        for k in range(3, len(initials)):  # "CDC", "HHS": part of a long name's initials
            index.setdefault(f"a:{initials[:k]}", []).append(c)
            index.setdefault(f"a:{initials[-k:]}", []).append(c)
    merged: dict[int, Cluster] = {}
    for short in sorted(clusters, key=lambda c: max(len(m.text.split()) for m in c.mentions)):
        words = names[id(short)].split()
        key = name_key(names[id(short)])
        tokens = [
            f"l:{words[-1]}",
            f"l:{fold_accents(words[-1])}",
            f"f:{words[0]}",
            f"p:{words[0][:3]}",
        ]
        tokens += [f"i:{key.replace(' ', '').upper()}", f"k:{key}", f"m:{words[0]}"]
        tokens += [f"t:{words[0][:3]}"] if len(words) == 1 else []
        tokens += [f"n:{key.replace(' ', '')}"]
        tokens += [f"w:{words[0]}"] if len(words) == 1 else []
        if len(words) == 1:  # "Joe" for "Joseph Worley": the names a short form stands for
            tokens += [f"f:{full}" for full in gz.FULL_GIVEN.get(words[0], ())]
        short_name = names[id(short)]
        tokens += [f"i:{short_name.replace('&', '')}"] if "&" in short_name else []
        tokens += [f"a:{short_name}"] if short_name.isupper() and short_name.isalpha() else []
        acronyms = [s for s in short.surfaces if s.isupper() and s.isalpha() and len(s) >= 3]
        tokens += [f"i:{s}" for s in acronyms]  # "PCSU" in a cluster named "PCS Union"
        tokens += [f"i:{short_name}"] if re.fullmatch(r"[A-Z]{2,}[A-Z][a-z]+", short_name) else []
        tokens += [f"k:{alias}" for alias in gz.ALIASES.get(key, ())]
        for full in gz.ALIAS_FULLS.get(key, ()):  # "UK" beside "Britain": two short forms
            tokens += [f"k:{full}", *(f"k:{other}" for other in gz.ALIASES[full])]
        found = {id(c): c for t in tokens for c in index.get(t, ())}
        candidates = sorted(found.values(), key=lambda c: rank[id(c)])
        target = _alias_target(short, candidates, kinds, merged)
        if target is not None:
            if kinds[id(target)] == "person" and _firm_by_first_word(
                short, target, kinds[id(short)]
            ):
                for m in target.mentions:  # the full name of the firm, not a person's
                    m.kind = "organization"
            elif kinds[id(target)] == "person" and _body_by_acronym(short, target):
                for m in target.mentions:  # "Global Environment Facility (GEF)": a body
                    m.kind = kinds[id(short)]
            elif (
                _party_of(short_name, names[id(target)].split())
                and len(short.mentions) >= len(target.mentions)
                and any(m.text.endswith("s") for m in short.mentions)
            ):
                for m in target.mentions:  # "the Republicans", named most: a people's group
                    m.kind = kinds[id(short)]
            elif short_name == camel_initials(names[id(target)]):
                for m in short.mentions:  # "PS2" is the console, whatever the model said
                    m.kind = kinds[id(target)]
            target.mentions.extend(short.mentions)
            merged[id(short)] = target
    return [c for c in clusters if id(c) not in merged]


# a United Nations body named with the U.N. before it: "U.N. Security Council"
_UN_LEAD = re.compile(r"^(?:U\.N\.|UN|United Nations)\s+(?=[A-Z])")


def _unled_keys(name: str) -> set[str]:
    """The keys of a body's name without the country or the U.N. before it: "senate" for
    "U.S. Senate", "security council" for "U.N. Security Council"."""
    return {name_key(lead.sub("", name)) for lead in (COUNTRY_LEAD, _UN_LEAD)}


_RESERVE_BANK = re.compile(r"Federal Reserve Bank of (.+)|(.+) Federal Reserve Bank")


def _reserve_bank_short(name: str) -> str:
    """ "New York Fed", as the news calls "the Federal Reserve Bank of New York" (or "New
    York Federal Reserve Bank"); any other name stays as it is."""
    bank = _RESERVE_BANK.fullmatch(name)
    return f"{bank[1] or bank[2]} Fed" if bank else name


def _spoken_for(key: str, short: Cluster, candidates: list[Cluster]) -> bool:
    """Whether a short form of the alias table ("EU") has none of its own names among the
    other candidates: then no other name's initials may claim it. Its own names are its
    table's full names and their short forms ("UK" beside "Britain"), the same letters
    ("U-S") and a misspelt full name ("Europe Union")."""
    fulls = set(gz.ALIAS_FULLS.get(key, ()))
    if not fulls:
        return False  # (the candidates' names are worked out only for a tabled short form)
    others = {name_key(canonical_name(c)) for c in candidates if c is not short}
    letters = re.sub(r"[^a-z]", "", key)
    stems = {tuple(w[:4] for w in f.split()) for f in fulls}
    return not any(
        fulls & {k, *gz.ALIAS_FULLS.get(k, ())}
        or re.sub(r"[^a-z]", "", k) == letters
        or tuple(w[:4] for w in k.split()) in stems
        for k in others
    )


def _lead_dropped(long_name: str, initials: str, short: str) -> bool:
    """ "HHS" for "Department of Health and Human Services": an acronym that ends the long
    name's initials leaves out only a head word such as "Department" or a country's name
    (not "TSA" for "National Highway Traffic Safety Administration")."""
    if not initials.endswith(short):
        return False
    lead = [w for w in long_name.split() if w[:1].isupper()][: len(initials) - len(short)]
    place = next((n for n in range(len(lead), 0, -1) if " ".join(lead[:n]) in gz.PLACES), 0)
    return all(w in _DROPPABLE_LEADS for w in lead[place:])  # ("New York City Department")


_DROPPABLE_LEADS = frozenset(("Department", "Ministry", "Office", "City", "State"))


def _without_the(words: list[str]) -> list[str]:
    """A name without its capitalised "The" ("Carlyle Group" of "The Carlyle Group")."""
    return words[1:] if len(words) > 1 and words[0] == "The" else words


def _without_firm_ending(words: list[str]) -> list[str]:
    """A firm's name without its "Co." or "Inc." ("Walt Disney" of "Walt Disney Co.")."""
    end = len(words)
    while end > 1 and words[end - 1] in _FIRM_ENDINGS:
        end -= 1
    return [*words[: end - 1], words[end - 1].rstrip(",")]


def _body_by_acronym(short: Cluster, long: Cluster) -> bool:
    """An acronym of a name the model took for a person's that no first name opens:
    "GEF" for "Global Environment Facility" (but "JFK" for "John F. Kennedy")."""
    name, long_name = canonical_name(short), canonical_name(long)
    return (
        name.isupper() and name == name_initials(long_name) and not person_by_first_name(long_name)
    )


def _firm_by_first_word(short: Cluster, long: Cluster, kind: str) -> bool:
    """A one-word firm whose context proves it ("shares of Novo") and a longer name starting
    with it that only the model, with no evidence, took for a person ("Novo Nordisk")."""
    short_words = canonical_name(short).split()
    long_words = canonical_name(long).split()
    return (
        kind == "organization"
        and len(short_words) == 1
        and long_words[0] == short_words[0]
        and max(m.weight for m in short.mentions) > 1
        and max(m.weight for m in long.mentions) <= 1
    )


def _alias_target(
    short: Cluster,
    candidates: list[Cluster],
    kinds: dict[int, str],
    merged: dict[int, Cluster],
) -> Cluster | None:
    # its own longest name: "USA" for a cluster of "US" and "USA" named "United States"
    # (ties by spelling: a set's order changes from run to run, the answer must not)
    name = max(short.surfaces, key=lambda s: (len(s.split()), len(s), s))
    key = name_key(name)
    words = name.split()
    kind = kinds[id(short)]
    first = min(m.start for m in short.mentions)
    options: list[tuple[int, Cluster]] = []
    given: list[Cluster] = []  # people whose first name this is
    suffixed: list[Cluster] = []  # organisations whose name ends with this one
    partial: list[Cluster] = []  # organisations whose initials begin or end with this acronym
    # "Mass" (the service) is no "Mass.", nor "Ala" (Efkan Ala) "Ala.": the table's state
    # abbreviations keep their dot
    undotted = f"{name}." in gz.US_STATE_ABBREVIATIONS
    tabled = [
        c
        for c in candidates
        if c is not short
        and id(c) not in merged
        and not undotted
        and _tabled(key, canonical_name(c))
    ]
    if len(tabled) == 1:
        return tabled[0]  # "Mars" is "the Red Planet", whatever probes are named after it
    if not tabled and name.isupper() and _spoken_for(key, short, candidates):
        return None  # "EU" is the European Union's, never "Essex University" by its initials
    for long in candidates:
        if long is short or id(long) in merged:
            continue
        long_name = canonical_name(long)
        long_key = name_key(long_name)
        long_words = long_name.split()
        long_kind = kinds[id(long)]
        if len(long_words) <= len(words) and len(long_key) <= len(key):
            continue
        if key == "house" and long_key.endswith(" house"):
            continue  # "the House" is a chamber, no "White House" or "Opera House"
        ok = False
        if not undotted and _tabled(key, long_name):
            ok = True
        elif key.replace(" ", "") == long_key.replace(" ", "") and long_kind == kind:
            ok = True  # "TimeWarner" for "Time Warner": one name written with or without a space
        elif (
            _DOMAIN.search(site := " ".join(_without_firm_ending(long_words)))
            and _DOMAIN.sub("", site) == name
        ):
            ok = True  # "Snopes" for "Snopes.com", "Salesforce" for "Salesforce.com Inc"
        elif (state := STATE_OF.fullmatch(long_name)) and state.group(1) == name:
            # "New Jersey" for "State of New Jersey" (but the State of Mexico is a state of
            # Mexico, the country, around its capital)
            ok = kind == "place" and long_name != "State of Mexico"
        elif re.fullmatch(re.escape(name) + r"/[A-Z0-9]{1,3}", long_name):
            ok = long_kind != "person"  # "Blue Gene" for "Blue Gene/L", a machine's model
        elif re.fullmatch(rf"{re.escape(name)}(?: International)? Airport", long_name):
            # "O'Hare" for "O'Hare International Airport" (not "Boston", a city, which the model
            # knows as a place)
            ok = kind != "place" and name not in gz.PLACES
        elif re.fullmatch(rf"(?:.+ )?[Ff]light {re.escape(name)}", long_name):
            ok = bool(re.search(r"\d", name))  # "MH370" for "Flight MH370"
        elif key == name_key(_reserve_bank_short(long_name)) and long_kind == "organization":
            ok = True  # "New York Fed" for "Federal Reserve Bank of New York"
        elif _reordered(long_name) == key and long_kind == "organization":
            ok = True  # "Justice Department" for "Department of Justice"
        elif long_kind == "organization" and key in _unled_keys(long_name):
            ok = kind in ("organization", "other")  # "Senate" for "U.S. Senate"
        elif long_kind == kind == "place" and len(words) > 1 and key in _unled_keys(long_name):
            ok = True  # "Virgin Islands" for "U.S. Virgin Islands"
        elif (
            long_kind == "other"
            and len(long_words) == 2
            and long_words[0] == name
            and long_words[1] in ("Prize", "Award")
        ):
            ok = True  # "a Pulitzer" for "a Pulitzer Prize", the model's person or not
        elif (
            long_kind == "place"
            and len(long_words) == 2
            and long_words[1] in ("Islands", "Isles", "Mountains")
            and name == f"{long_words[0]}s"
        ):
            ok = True  # "the Spratlys" for "the Spratly Islands", whatever the model said
        elif not undotted and set(gz.ALIAS_FULLS.get(key, ())) & set(
            gz.ALIAS_FULLS.get(long_key, ())
        ):
            ok = True  # "Britain" and "UK", "America" and "US", with no full name in the text
        elif (
            key.replace(" ", "").upper() == name_initials(long_name)
            and len(key) >= 2
            and name.isupper()
        ):
            # "RKS" for "Robert Kilroy Silk", "JFK": a person's three initials, not two
            ok = long_kind in ("organization", "place", "other") or len(name) >= 3
        elif _acronym_of_firm(name, long_name, long_kind):
            ok = True  # "GE" for "General Electric Co": the initials without the ending
        elif (
            re.fullmatch(r"[A-Z][a-z]{3,5}", name)
            and name.upper() == name_initials(long_name)
            and long_kind == "organization"
        ):
            ok = True  # "Acpo" for "Association of Chief Police Officers", as the BBC writes it
        elif (
            long_kind == kind == "organization"
            and 2 <= len(words) < len(long_words)
            and (words[0], words[-1]) == (long_words[0], long_words[-1])
            and words[-1] not in _FIRM_ENDINGS  # (no "Tribune Co" for "Tribune Publishing Co")
            and _in_order(words, long_words)
        ):
            ok = True  # "Powys Health Board" for "Powys Local Health Board"
        elif long_kind == kind == "organization" and any(
            s != name and s.isupper() and len(s) >= 3 and s == name_initials(long_name)
            for s in short.surfaces
        ):
            ok = True  # "PCS Union", also called "PCSU", for "Public and Commercial Services Union"
        elif re.search("[a-z]", name) and name == small_word_initials(long_name):
            ok = long_kind == "organization"  # "DfES" for "Department for Education and Skills"
        elif name.isupper() and len(name) >= 3 and name == lettered_initials(long_name):
            ok = True  # "UKIP" for "UK Independence Party", whatever the model took it for
        elif (
            long_kind != "person"
            and len(long_words) == 2
            and long_words[-1] == name
            and re.fullmatch(r"[A-Z][A-Z0-9]{1,3}", name)
            and name not in gz.KNOWN_NAMES.keys() | gz.PLACES | gz.CORPORATE_SUFFIXES
        ):
            ok = True  # "XP" for "Windows XP", "W1" for "Vaio W1": a model by its code
        elif len(name) >= 3 and name == camel_initials(long_name) and long_kind != "person":
            ok = True  # "PS2" for "PlayStation 2", "PSP" for "PlayStation Portable"
        elif (
            long_kind == "organization"
            and len(long_words) >= 3
            and name == "".join(w[0] for w in long_words[:-1]) + long_words[-1]
        ):
            ok = True  # "TPBank" for "Tien Phong Bank": initials, then the last word
        elif re.fullmatch(r"[A-Z]{1,3}&[A-Z]{1,3}", name) and name.replace(
            "&", ""
        ) == bare_initials(long_name):
            ok = long_kind == "organization"  # "P&G" for "Procter & Gamble Co", "PG&E"
        elif (
            key.upper() == name_initials(long_name, keep_of=True)
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
            and len(name) < len(initials := name_initials(long_name))
            and (initials.startswith(name) or _lead_dropped(long_name, initials, name))
        ):
            partial.append(long)  # "CDC" for "Centers for Disease Control and Prevention"
            continue  # (only when no name fits better, and only one such name)
        elif (
            long_kind in ("organization", "other")
            # ("Dräger" for "Dräger, Inc.": the comma before the ending is no part of the name)
            and len(words) < len(bare_words := [w.rstrip(",") for w in _without_the(long_words)])
            and bare_words[: len(words)] == words
            and all(w in _FIRM_ENDINGS for w in bare_words[len(words) :])
            and not (long_words[-1] == "International" and name in gz.PLACES)  # "Leipzig"
        ):
            ok = True  # "Mars" after "Mars Inc", whatever the model took either for
        elif (
            long_kind == "organization"
            and len(words) == 1
            and len(core := _without_firm_ending(long_words)) == 2
            and core[0] in gz.GIVEN_NAMES
            and core[1] == name
            and len(long_words) > 2
        ):
            ok = True  # "Disney" for "Walt Disney Co.": a firm named after its founder
        elif (
            long_kind == "other"
            and len(words) >= 2
            and long_words[:-1] == words
            and long_words[-1] in _EVENT_ENDS
            and kind in ("organization", "other", "place")
        ):
            ok = True  # "World Cross Country" for "World Cross Country Championships"
        elif (
            long_kind == "other"
            and long_words[:-1] == words
            and long_words[-2] in ("Act", "Bill", "Treaty", "Accord", "Convention")
            and re.fullmatch(r"(?:1[89]|20)\d\d", long_words[-1])
        ):
            ok = True  # "Hunting Act" for "Hunting Act 2004"
        elif (
            long_kind == "other"
            and kind in ("other", "person", "organization")
            and re.match(r"[A-Z]?\d", long_words[0])
            and long_words[1 : 1 + len(words)] == words
        ):
            ok = True  # "Max 9" and "the Max" for "737 Max 9"
        elif (
            long_kind == "organization"
            and (spelled := _body_of_spelled(long_name))
            and re.fullmatch(r"[A-Z][A-Za-z]{1,5}", name)
            and sum(c.isupper() for c in name) >= 2
            and name.upper() in (name_initials(spelled), name_initials(spelled, keep_of=True))
        ):
            ok = True  # "DOJ" for "Justice Department", "MoD" for "Defence Ministry"
        elif (
            long_kind == "organization"
            and len(words) == 1
            and TEAM_PLURAL.fullmatch(name)
            and TEAM_PLURAL.fullmatch(long_words[-1])
            and len(long_words) >= 2
            and 3 <= len(name) - 1 < len(long_words[-1]) - 1
            and long_words[-1].startswith(name[:-1])
        ):
            ok = True  # "Cavs" for the "Cleveland Cavaliers", "Mavs" for the Mavericks
        elif kind == "group" and long_kind == "organization" and _party_of(name, long_words):
            ok = True  # "Republicans" and "Republican" for the "Republican Party"
        elif long_kind == "person" and (
            kind in ("person", "organization", "place", "other") or _group_surname(words)
        ):
            # a surname or a shorter form of a person's full name
            if kind == "place" and name in gz.PLACES:
                continue
            # "Von der Leyen" opening a sentence is "von der Leyen"; "Pouyanné" is "Pouyanne"
            sw, lw = [fold_accents(w) for w in words], [fold_accents(w) for w in long_words]
            while len(lw) > 2 and lw[-1].rstrip(".") in _GENERATIONS:
                lw = lw[:-1]  # "Kennedy" for "Robert F. Kennedy Jr."
            if sw == lw:
                ok = True  # "John Paul" for "John Paul II"
            elif (
                len(sw) == 2
                and re.fullmatch(r"[A-Z]\.", sw[1])
                and sw[0] == lw[0]
                and lw[-1].startswith(sw[1][0])
            ):
                ok = True  # "Osama K." for "Osama Krayem", as Belgian prosecutors name him
            elif len(sw) == 1 and len(lw) == 2 and sw[0] == lw[0] and _GIVEN_LAST.fullmatch(lw[1]):
                ok = name not in gz.PLACES  # "Park" for "Park Geun-hye": the surname first
            elif len(sw) == 1 and len(lw) >= 2 and "-" in lw[-1] and sw[0] == lw[-1].split("-")[-1]:
                ok = True  # "Maersk" for "A.P. Moller-Maersk"
            elif len(sw) == 1 and {f"“{sw[0]}”", f'"{sw[0]}"'} & set(lw[1:-1]):
                ok = True  # "Magic" for 'Earvin "Magic" Johnson', whatever its kind
            elif len(sw) < len(lw) and sw[-1] == lw[-1]:
                ok = all(w in lw for w in sw)
            elif 2 <= len(sw) < len(lw) and lw[: len(sw)] == sw:
                ok = True  # "Te Kaurinui" for "Te Kaurinui Robert Parata"
            elif _royal(short) and not _royal(long):
                continue  # "Prince Charles" is no "Charles Kennedy"
            elif (
                len(sw) == 1
                and sw[0] == lw[0]
                and (kind == "person" or (unproved(short) and not name.isupper()))
            ):
                given.append(long)  # a first name: only when one person has it ("Prabowo")
            elif (
                len(sw) == 1
                and len(lw) >= 3
                and sw[0] in lw[1:-1]
                and (kind == "person" or (unproved(short) and not name.isupper()))
            ):
                # "Lula" for "Luiz Inacio Lula da Silva", "Reyes" (a firm or a place to the
                # model) for "Catalina Reyes Soto": when only one person has the name
                given.append(long)
            elif (
                len(sw) == len(lw) == 2 and sw[1] == lw[1] and lw[0] in gz.FULL_GIVEN.get(sw[0], ())
            ):
                ok = True  # "Freddie Forsyth" for "Frederick Forsyth"
            elif len(sw) == 1 and lw[0] in gz.FULL_GIVEN.get(sw[0], ()) and kind == "person":
                given.append(long)  # "Greg" for "Gregory Tan", when he is the one Gregory
            elif len(sw) == 1 and sw[0] == lw[0] and _firm_by_first_word(short, long, kind):
                ok = True  # "Novo", with a company's context, for "Novo Nordisk"
        elif long_kind == "organization" and kind in ("organization", "other", "person"):
            proved_person = kind == "person" and max(m.weight for m in short.mentions) >= STRONG
            ok = (
                _short_org_name(words, long_words)
                and not _named_after(words, kind)
                and not proved_person  # "Trump" is no "Trump Organization"
            ) or (
                kind == "organization"  # "Boston" proved a side, for "Boston Celtics"
                and len(words) == 1
                and len(long_words) == 2
                and long_words[0] == words[0]
                and bool(TEAM_PLURAL.fullmatch(long_words[1]))
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
            # nor is "Labour Party" the "Parliamentary Labour Party", its MPs (but "Communist
            # Party" is the "Chinese Communist Party")
            and long_words[0] != "Parliamentary"
        ):
            if not any(_of_a_country(m.word_before) for m in short.mentions):
                # ("Russia's Olympic Committee" is no "International Olympic Committee")
                suffixed.append(long)  # "Security Council" for "United Nations Security Council"
            continue
        if not ok and long_kind == "place" and long_words[0] in PLACE_LEAD:
            ok = long_words[1:] == words  # "Lewotobi" for "Mount Lewotobi"
        if not ok and long_kind == "place" and long_words[-1] in _PLACE_TAILS:
            # "Guantanamo" for "Guantanamo Bay", not "Panama" (a country) for "Panama Canal"
            # nor "South" for "South Island"; a river only as "the Hudson" ("Flint" alone is
            # the city on the Flint River)
            ok = (
                long_words[:-1] == words
                and name not in COMPASS
                and name not in (_STATES if long_words[-1] == "City" else gz.PLACES)
                and (long_words[-1] != "River" or _mostly_after_the(short))
            )
        if not ok and long_kind == "place" and (town := _ON_RIVER.fullmatch(long_name)):
            ok = town["town"] == name  # "Rostov" for "Rostov-on-Don"
        if not ok and long_kind == "place" and _REGION_TAIL.search(long_name):
            ok = _REGION_TAIL.sub("", long_name) == name  # "Inner Mongolia Autonomous Region"
        if not ok and long_kind == "place" and name in ("North", "South"):
            # "the North" for North Korea, where the text names it: one half of a split land
            ok = len(long_words) == 2 and long_words[0] == name and _mostly_after_the(short)
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
        return _one_person(given)
    people = [o for o in options if kinds[id(o[1])] == "person"]
    # "Tan" is Gregory Tan, not his firm "Tan & Whitcombe" (nor is "Mr. Ellery" his firm)
    surname = len(words) == 1 and people and len(people) < len(options)
    if surname and (unproved(short) or kind == "person"):
        options = people
    # a firm's own name before its products': "Kestrel" is "Kestrel Motors", not the
    # "Kestrel Ridgeback" named since; then the full name seen most recently before
    # and an acronym's own full name before a body named with it: "GE" is "General
    # Electric Co", not "GE Capital", its finance arm
    options.sort(
        key=lambda o: (
            not _acronym_of_firm(name, canonical_name(o[1]), kinds[id(o[1])])
            and name_initials(canonical_name(o[1])) != name,
            # the firm by its full legal name before a division: "DreamWorks" is
            # "DreamWorks Animation SKG Inc", not "DreamWorks Studios"
            canonical_name(o[1]).split()[-1].rstrip(",") not in gz.CORPORATE_SUFFIXES,
            not _name_and_suffix(words, canonical_name(o[1]).split()),
            o[0],
        )
    )
    if _umbrella(words, [c for c in candidates if c is not short], kinds):
        if kind == "person" and unproved(short):  # "Netscape", maker of "Netscape Navigator"
            for m in short.mentions:
                m.kind = "organization"
        return None
    return options[0][1]


# a given name written after the surname, as Korean names are: "Geun-hye", "Jong-un"
_GIVEN_LAST = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _of_a_country(word: str) -> bool:
    """ "Russia's": a place's possessive, which makes a body that place's own."""
    return word.endswith(("'s", "’s")) and word[:-2] in gz.PLACES


def _mostly_after_the(cluster: Cluster) -> bool:
    """ "the Hudson", "the North": most of the name's mentions follow "the"."""
    after = sum(m.word_before in ("the", "The") for m in cluster.mentions)
    return 2 * after > len(cluster.mentions)


def _acronym_of_firm(name: str, long_name: str, long_kind: str) -> bool:
    """ "GE" for "General Electric Co", "IBM" for "International Business Machines Corp.":
    a firm's initials, its corporate ending left out."""
    return (
        long_kind == "organization"
        and name.isupper()
        and len(name) >= 2
        and name == bare_initials(long_name) != name_initials(long_name)
    )


def _tabled(key: str, long_name: str) -> bool:
    """Whether the alias table makes the two names one ("Mars", "the Red Planet"), the
    longer one read with or without its corporate ending ("VW", "Volkswagen AG")."""
    long_key = name_key(long_name)
    bare_key = name_key(" ".join(_without_firm_ending(long_name.split())))
    return long_key != key and any(
        key in gz.ALIASES.get(k, ()) or k in gz.ALIASES.get(key, ()) for k in {long_key, bare_key}
    )


def _one_person(given: list[Cluster]) -> Cluster | None:
    """The one person a first name may stand for: "Kilroy" for "Robert Kilroy Silk" beside
    "Kilroy Silk", his shorter name; none when two people have it."""
    if not given:
        return None
    names = [canonical_name(c).split() for c in given]
    longest = max(range(len(given)), key=lambda i: len(names[i]))
    whole = " ".join(names[longest])
    if all(f" {' '.join(n)} " in f" {whole} " for n in names):
        return given[longest]
    return None


def _royal(cluster: Cluster) -> bool:
    return any(m.royal for m in cluster.mentions)


def _umbrella(words: list[str], options: list[Cluster], kinds: dict[int, str]) -> bool:
    """ "Mozilla" beside "Mozilla Foundation" and "Mozilla Corporation", "Firefox" beside
    "Firefox Mobile" and "Firefox OS": a name that opens several bodies' or products' names
    is the umbrella brand, none of them (but "Kestrel" is its one firm, "Kestrel Motors",
    not the "Kestrel Ridgeback" it makes)."""
    opened = {
        canonical_name(c): c
        for c in options
        if kinds[id(c)] in ("organization", "other")
        and canonical_name(c).split()[: len(words)] == words
    }
    for name in list(opened):  # "Mitsubishi Motors Corp" beside "Mitsubishi Motors": one firm
        if " ".join(_without_firm_ending(name.split())) in opened.keys() - {name}:
            del opened[name]  # (but "Arduino LLC" and "Arduino SRL" are two)
    bodies = [c for c in opened.values() if _name_and_suffix(words, canonical_name(c).split())]
    return len(bodies) >= 2 or (not bodies and len(opened) >= 2)


def _name_and_suffix(words: list[str], long_words: list[str]) -> bool:
    """ "Kestrel" and "Kestrel Motors": the short name and only a body's words after it."""
    rest = long_words[len(words) :]
    generic = gz.CORPORATE_SUFFIXES | gz.ORG_WORDS
    return bool(rest) and long_words[: len(words)] == words and all(w in generic for w in rest)


def _in_order(words: list[str], long_words: list[str]) -> bool:
    """Every word of the short name in the long one, in the same order, the long one having
    only capitalised words more ("Economic Research Council" is not "Economic and Social")."""
    rest = iter(long_words)
    dropped = [w for w in long_words if w not in words]
    return all(w in rest for w in words) and all(w[:1].isupper() for w in dropped)


def _named_after(words: list[str], kind: str) -> bool:
    """ "Robert Kilroy Silk" is no short name of "the Robert Kilroy Silk Party", nor
    "Bill Gates" of the "Bill Gates Foundation": a body named after a person."""
    return kind == "person" and words[0] in gz.GIVEN_NAMES


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
        (kind != "group" or bool(TEAM_PLURAL.fullmatch(word)))  # "Panthers", a group to the model
        and len(word) >= 3
        and word[0].isupper()
        and not word.isupper()
        and all(w[:1].isupper() for w in long_words)
        and word not in gz.PLACES | generic | gz.NATIONALITIES
        # "Reuters" is no "Thomson Reuters" (but "Taliban" is the "Afghan Taliban")
        and (gz.KNOWN_NAMES.get(word) != "organization" or long_words[0] in gz.NATIONALITIES)
        and " ".join(long_words) not in gz.PLACES
        # "West Virginia" is not "Virginia" (but "Patriots" is the "New England Patriots")
        and (long_words[0] not in _REGION_PREFIXES or len(long_words) == 3)
        and word.lower() not in FUNCTION_WORDS
    )


def _before_of(words: list[str], long_words: list[str]) -> bool:
    """ "African Group" opens "African Group of Negotiators": two words or more before "of"."""
    n = len(words)
    return n >= 2 and len(long_words) > n + 1 and long_words[:n] == words and long_words[n] == "of"


def _club_suffix(words: list[str], long_words: list[str]) -> bool:
    """ "United" ends "Manchester United": a club's suffix standing for the club."""
    return len(words) == 1 and words[0] in CLUB_SUFFIXES and long_words[-1] == words[0]


def _trailing_words(words: list[str], long_words: list[str]) -> bool:
    """ "Security Council" ends "United Nations Security Council": two words or more."""
    return 2 <= len(words) < len(long_words) and long_words[-len(words) :] == words


def _reordered(name: str) -> str:
    """ "Department of Justice" -> "justice department"; other names give ""."""
    words = name.split()
    if len(words) >= 3 and words[1] == "of" and words[0] in gz.ORG_WORDS:
        return name_key(" ".join(words[2:] + words[:1]))
    return ""


# The heads of a body inside a body: "UN Security Council", "EU Commission"
# countries and US states, whose names a city's adds to ("Kansas City", "Mexico City")
_STATES = gz.COUNTRIES | {name.title() for name in gz.US_STATE_ABBREVIATIONS.values()}
_PLACE_TAILS = frozenset(
    words_of("Bay River Strip Valley Island Islands Peninsula Desert Canal City")
)  # ("Davao" for "Davao City", but not "Kansas" for "Kansas City")
# a region's own name with its status: the same place ("Hong Kong Special Administrative Region")
_REGION_TAIL = re.compile(
    r" (?:Autonomous |Special Administrative )?(?:Region|Province|Prefecture|Oblast|Governorate)$"
)
_ON_RIVER = re.compile(rf"(?P<town>[A-Z][\w'’]+){ON_RIVER}")
_CHANNELS = frozenset(words_of("News Radio Television TV World Sport Sports Online Two Three Four"))
_SUB_BODIES = frozenset(
    words_of("""Council Commission Committee Assembly Court Tribunal Agency Secretariat
    Parliament Board Office Department Ministry Group""")
)


_OWN_BODIES = frozenset(words_of("Foundation Institute Museum Trust Charity"))


def _body_of_spelled(name: str) -> str:
    """ "Justice Department" -> "Department of Justice", the long form whose initials news
    writes ("DOJ"); "" for other names."""
    words = COUNTRY_LEAD.sub("", name).split()
    if len(words) >= 2 and words[-1] in ("Department", "Ministry") and words[0][:1].isupper():
        return " ".join([words[-1], "of", *words[:-1]])
    return ""


def _party_of(name: str, long_words: list[str]) -> bool:
    """ "Republicans" for the "Republican Party", "Democrats" for the "Democratic Party": a
    party's members, named with its adjective, are the party."""
    if len(long_words) != 2 or long_words[1] != "Party" or " " in name:
        return False
    adjective = long_words[0]
    member = name.removesuffix("s")
    return member == adjective or (adjective.endswith("ic") and member == adjective[:-2])


def _short_org_name(words: list[str], long_words: list[str]) -> bool:
    """Short forms of an organisation's name.

    "Apple" for "Apple Inc.", "Northwind" for "Northwind Energy", "Fed" for "Federal Reserve".
    """
    rest = long_words[len(words) :]
    if long_words[: len(words)] == words:
        if rest[-1:] in (["Commission"], ["Inquiry"], ["Inquest"]):
            return False  # "HIH Royal Commission" looks into HIH; it is not HIH
        if all(w in gz.CORPORATE_SUFFIXES for w in rest):
            return True
        if len(words) > 1 and len(rest) == 1 and rest[0] not in gz.PLACES | gz.OTHER_WORDS:
            # "Harbor Peak" for "Harbor Peak Capital", "Whole Foods Market"; but the
            # "Thomson Reuters Foundation" is a charity apart from Thomson Reuters
            return rest[0] not in _OWN_BODIES
        single = words[0] if len(words) == 1 else ""
        if single.isupper() and (rest[0] in _CHANNELS or rest[-1].isdigit()):
            return False  # "BBC News", "BBC Radio 4": a broadcaster's channel, not the whole
        if (single.isupper() or len(rest) >= 2) and rest[-1] in _SUB_BODIES:
            # "UN Security Council", "Commonwealth Ministerial Action Group": a body of the
            # UN or the Commonwealth, not the whole (but "Volkswagen Group" is Volkswagen)
            return False
        # "NHS England" and "Yahoo Japan" are not the whole NHS or Yahoo, but "Bayern" is
        # "Bayern Munich", a club named with its city
        place = " ".join(rest)
        regional = place in gz.PLACES and (words[0].isupper() or words[0] in gz.KNOWN_NAMES)
        return bool(single) and not regional and single not in gz.ORG_WORDS | gz.PLACES
    core = COUNTRY_LEAD.sub("", " ".join(long_words)).split()  # "the U.S. Federal Reserve"
    return (
        len(words) == 1
        and len(words[0]) >= 3
        and core[0].startswith(words[0])
        and core[0] != words[0]
        and core[0][len(words[0])].islower()  # "Fed" of "Federal", not "Mac" of "MacBook"
        and len(core) == 2
    )
