"""Facts across the articles of a briefing: who is named where, and who reports which figure.

Entities are merged across articles by a normalised name (case, accents, possessives,
"the", dots in acronyms), a few well-known aliases ("US" / "United States"), and, for
people, a lone surname that matches exactly one full name in the briefing.

Figures are compared when they count the same thing: the same kind and unit (counted noun)
and close context (the content words around the number, crudely stemmed, overlap). Claims
join greedily, most similar first, and never so that one article states two different
values for a thing without two different sources saying so: within one article, different
numbers of the same unit are usually different things ("28 died in protests", "100 died in
strikes"), unless the article itself reports a dispute.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from tui.model import Briefing, Entity, Figure

COMPARABLE_KINDS = ("count", "money", "percent", "measure")
MIN_SIMILARITY = 0.3
WINDOW = 4  # content words on each side of a figure, within its sentence
NEIGHBOUR_BONUS = 0.25  # the words right next to the numbers agree ("released 87", "release of 99")

KNOWN_ALIASES = {
    "us": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "un": "united nations",
    "eu": "european union",
}

_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers him his how i if in into is it its itself just least
    less more most much my no nor not now of off on once only or other our out over own same
    she should so some such than that the their them then there these they this those through
    to too under until up upon very was we were what when where which while who whom why will
    with would you your according said says say told reported reports claimed claims announced
    previously still since while per cent percent nearly almost around approximately roughly
some many several"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

# Verbs news uses interchangeably for the same count, reduced to one stem.
SYNONYM_STEMS = {
    "died": "di",
    "dies": "di",
    "fre": "releas",
    "free": "releas",
    "liberat": "releas",
    "set": "releas",
    "kill": "di",
    "dead": "di",
    "death": "di",
    "die": "di",
    "wound": "injur",
    "hurt": "injur",
    "detain": "arrest",
    "jail": "arrest",
    "imprison": "arrest",
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


# -- entities ---------------------------------------------------------------------------


def normalise_name(name: str) -> str:
    """A key under which spellings of one name meet: "the U.S.'s" and "US" -> "united states"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’]s\b|['’]$", "", text)
    text = text.replace(".", "")
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return KNOWN_ALIASES.get(text, text)


@dataclass(frozen=True, slots=True)
class EntityInArticle:
    article: int  # index into the briefings compared
    count: int
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CrossEntity:
    """One entity across the briefing, with the articles that mention it and how often."""

    name: str
    kind: str
    total: int
    articles: tuple[EntityInArticle, ...]
    aliases: tuple[str, ...] = ()


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, item):
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a, b) -> None:
        self.parent[self.find(a)] = self.find(b)


def entity_index(briefings: list[Briefing]) -> list[CrossEntity]:
    """Every entity of the briefing, most widely mentioned first."""
    found: list[tuple[int, Entity, str]] = [
        (index, entity, normalise_name(entity.name))
        for index, briefing in enumerate(briefings)
        for entity in briefing.entities
    ]
    groups = _UnionFind()
    for _index, _entity, key in found:
        groups.find(key)
    _merge_surnames(found, groups)

    members: dict[str, list[tuple[int, Entity]]] = defaultdict(list)
    for index, entity, key in found:
        members[groups.find(key)].append((index, entity))
    index_entries = [_cross_entity(items) for items in members.values()]
    index_entries.sort(key=lambda e: (-len(e.articles), -e.total, e.name.casefold()))
    return index_entries


def _merge_surnames(found: list[tuple[int, Entity, str]], groups: _UnionFind) -> None:
    """A one-word name joins the one full person name in the briefing that ends with it."""
    full_names: dict[str, set[str]] = defaultdict(set)
    for _index, entity, key in found:
        words = key.split()
        if entity.kind == "person" and len(words) > 1:
            full_names[words[-1]].add(key)
    for _index, entity, key in found:
        # The kind of a lone surname is often wrong ("Maduro" as an organisation).
        alone = entity.kind in ("person", "organization") and " " not in key
        if alone and len(full_names.get(key, ())) == 1:
            groups.union(key, next(iter(full_names[key])))


def _cross_entity(items: list[tuple[int, Entity]]) -> CrossEntity:
    per_article: dict[int, list[Entity]] = defaultdict(list)
    kinds: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for index, entity in items:
        per_article[index].append(entity)
        kinds[entity.kind] += entity.count or 1
        names[entity.name] += entity.count or 1
    # The longest of the most used spellings: "Donald Trump" over "Trump".
    name = max(names, key=lambda n: (len(n.split()) > 1, names[n], len(n)))
    articles = tuple(
        EntityInArticle(
            article=index,
            count=sum(e.count or 1 for e in entities),
            names=tuple(dict.fromkeys(e.name for e in entities)),
        )
        for index, entities in sorted(per_article.items())
    )
    return CrossEntity(
        name=name,
        kind=kinds.most_common(1)[0][0],
        total=sum(a.count for a in articles),
        articles=articles,
        aliases=tuple(n for n in names if n != name),
    )


# -- figures ----------------------------------------------------------------------------


def _stem(word: str) -> str:
    word = word.casefold().replace("’", "'")
    word = re.sub(r"'s$", "", word)
    if word in SYNONYM_STEMS:
        return SYNONYM_STEMS[word]
    for suffix in ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return SYNONYM_STEMS.get(word, word)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return left, right.start() + 1 if right else len(text)


def figure_context(text: str, figure: Figure) -> tuple[tuple[str, float], ...]:
    """Content words around the figure (``WINDOW`` each side, same sentence), lower case,
    each weighted by closeness: 1 for the nearest word on a side, 1/2 for the next...

    The figure's own words, its unit and its source's words are left out: the first two
    are what is being compared, and the source differs exactly when claims disagree.
    """
    left, right = _sentence_bounds(text, figure.start, figure.end)
    unit = _stem(figure.unit or "")
    source = {w.casefold() for w in _WORD.findall(figure.source.text)} if figure.source else set()

    def content(words: list[str]) -> list[str]:
        return [
            w.casefold()
            for w in words
            if w.casefold() not in STOPWORDS
            and w.casefold() not in source
            and len(w) > 2
            and _stem(w) != unit
        ]

    before = content(_WORD.findall(text[left : figure.start]))[-WINDOW:]
    after = content(_WORD.findall(text[figure.end : right]))[:WINDOW]
    weighted = [(w, 1 / (1 + d)) for d, w in enumerate(reversed(before))]
    weighted += [(w, 1 / (1 + d)) for d, w in enumerate(after)]
    return tuple(weighted)


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure as one article states it, with who says so and the words around it."""

    article: int
    figure: Figure
    source: str | None
    context: tuple[tuple[str, float], ...]  # (word, closeness weight)

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(word for word, _ in self.context)

    @property
    def weights(self) -> dict[str, float]:
        """Each context stem with the weight of its closest occurrence."""
        found: dict[str, float] = {}
        for word, weight in self.context:
            stem = _stem(word)
            found[stem] = max(weight, found.get(stem, 0.0))
        return found


@dataclass(frozen=True, slots=True)
class Reported:
    """One distinct claim (value + qualifier + source) and every article that makes it."""

    value: float
    text: str
    qualifier: str | None
    source: str | None
    hedge: str | None
    articles: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class FigureGroup:
    """Figures that count the same thing; ``disagree`` when they give different values."""

    kind: str
    unit: str
    label: str
    reported: tuple[Reported, ...]

    @property
    def values(self) -> tuple[float, ...]:
        return tuple(dict.fromkeys(r.value for r in self.reported))

    @property
    def disagree(self) -> bool:
        return len(self.values) > 1

    @property
    def articles(self) -> tuple[int, ...]:
        return tuple(sorted({a for r in self.reported for a in r.articles}))


def _claims(briefings: list[Briefing]) -> list[Claim]:
    claims = []
    for index, briefing in enumerate(briefings):
        text = briefing.article.text
        for figure in briefing.figures:
            if figure.kind in COMPARABLE_KINDS and figure.value is not None and figure.unit:
                source = figure.source.text if figure.source else None
                claims.append(Claim(index, figure, source, figure_context(text, figure)))
    return claims


def _similarity(a: Claim, b: Claim) -> float:
    """Weighted overlap of the context stems: what the shared words weigh (the lesser of
    their two closeness weights) over the lighter context, plus a bonus when the words
    right next to both numbers share a stem ("released 87", "the release of 99")."""
    wa, wb = a.weights, b.weights
    if not wa or not wb:
        return 0.0
    shared = wa.keys() & wb.keys()
    score = sum(min(wa[s], wb[s]) for s in shared) / min(sum(wa.values()), sum(wb.values()))
    if any(wa[s] == 1 and wb[s] == 1 for s in shared):
        score += NEIGHBOUR_BONUS
    return score


def _source_key(source: str | None) -> str | None:
    return normalise_name(source) if source else None


def _consistent(cluster: list[Claim]) -> bool:
    """No article states two values for the thing unless two different sources say them."""
    by_article: dict[int, list[Claim]] = defaultdict(list)
    for claim in cluster:
        by_article[claim.article].append(claim)
    for claims in by_article.values():
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if a.figure.value == b.figure.value:
                    continue
                ka, kb = _source_key(a.source), _source_key(b.source)
                if ka is None or kb is None or ka == kb:
                    return False
    return True


def _cluster(claims: list[Claim]) -> list[list[Claim]]:
    clusters: list[list[Claim]] = [[c] for c in claims]
    owner = list(range(len(claims)))
    pairs = []
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            score = _similarity(claims[i], claims[j])
            if claims[i].figure.value == claims[j].figure.value:
                score += 0.5  # the same number in the same unit is very likely the same thing
            if score >= MIN_SIMILARITY:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: -p[0])
    for _score, i, j in pairs:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        merged = clusters[a] + clusters[b]
        if not _consistent(merged):
            continue
        clusters[a] = merged
        clusters[b] = []
        for k, o in enumerate(owner):
            if o == b:
                owner[k] = a
    return [c for c in clusters if c]


def _label(kind: str, unit: str, cluster: list[Claim]) -> str:
    """What the group counts, in the articles' words: "prisoners (released)"."""
    stems: Counter[str] = Counter(s for claim in cluster for s in claim.weights)
    words: dict[str, str] = {}
    for claim in cluster:
        for word in claim.words:
            words.setdefault(_stem(word), word)
    shared = [words[s] for s, n in stems.most_common(1) if n > 1 and s in words]
    noun = unit
    if kind == "count":
        written = Counter(c.figure.text.split()[-1].casefold() for c in cluster)
        noun = written.most_common(1)[0][0]
    return f"{noun} ({', '.join(shared)})" if shared else noun


def _reported(cluster: list[Claim]) -> tuple[Reported, ...]:
    merged: dict[tuple, list[Claim]] = {}
    for claim in cluster:
        key = (claim.figure.value, claim.figure.qualifier, _source_key(claim.source))
        merged.setdefault(key, []).append(claim)
    reported = [
        Reported(
            value=claims[0].figure.value,  # type: ignore[arg-type]
            text=claims[0].figure.text,
            qualifier=claims[0].figure.qualifier,
            source=claims[0].source,
            hedge=next((c.figure.hedge for c in claims if c.figure.hedge), None),
            articles=tuple(sorted({c.article for c in claims})),
        )
        for claims in merged.values()
    ]
    reported.sort(key=lambda r: (r.articles[0], r.value))
    return tuple(reported)


def compare_figures(briefings: list[Briefing]) -> list[FigureGroup]:
    """Groups of figures that count the same thing across (or within) the articles.

    Only groups worth a reader's look are returned: the thing is reported by more than one
    article, or the values differ. Disagreements come first.
    """
    buckets: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in _claims(briefings):
        buckets[(claim.figure.kind, claim.figure.unit.casefold())].append(claim)  # type: ignore[union-attr]
    groups = []
    for (kind, unit), claims in buckets.items():
        for cluster in _cluster(claims):
            reported = _reported(cluster)
            articles = {c.article for c in cluster}
            if len(articles) > 1 or len({r.value for r in reported}) > 1:
                groups.append(FigureGroup(kind, unit, _label(kind, unit, cluster), reported))
    groups.sort(key=lambda g: (not g.disagree, -len(g.articles), g.label))
    return groups


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the briefing view and the final JSON object show across articles."""

    entities: tuple[CrossEntity, ...]
    figures: tuple[FigureGroup, ...]


def compare(briefings: list[Briefing]) -> Comparison:
    return Comparison(tuple(entity_index(briefings)), tuple(compare_figures(briefings)))
