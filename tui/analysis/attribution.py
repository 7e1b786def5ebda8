"""Who claims each figure, and whether the text hedges it.

Rules over the figure's own sentence, never beyond it: "according to X" (in the figure's
clause, or opening the sentence), "X said/announced/claimed/... " with the figure after the
verb or a closing "..., X said.", and "X's figures". A pronoun or an empty subject gives no
source: where the sentence names nobody the source stays None rather than a guess.
"""

from __future__ import annotations

import dataclasses
import re

from tui.analysis.lexicon import words_of
from tui.analysis.sentences import sentence_at
from tui.model import Entity, Figure

_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|announced|announces|claimed|claims|claim|claiming|"
    r"reported|reports|estimated|estimates|wrote|writes|confirmed|confirms|stated|states|"
    r"added|noted|insisted|argued|revealed|revealing|disclosed|recorded|counted|predicted|"
    r"predicts|forecast|forecasts|projected|projects|tweeted|posted|"
    r"warned|warns|calculated|tallied|estimate|report|showed|shows|show)\b"
)
# '"We lost 30 homes," said Maria Lopez': the speaker after the verb
_INVERTED = re.compile(
    r"[,”\"]\s*[”\"]?\s*(?:said|says|told|added|wrote)\s+"
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)"
)
_POSSESSIVE_DATA = re.compile(
    r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s?\s+(?:own\s+)?(?:figures|data|estimates?|"
    r"count|tally|statistics|numbers|records|survey|poll|report|analysis)\b"
)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|although)\s+|\s+while\s+|\s+whereas\s+")
_AUXILIARY = re.compile(
    r"(?:\s*,|\s+(?:had|has|have|was|were|is|are|also|previously|later|recently|already|"
    r"then|now|earlier|first|itself|themselves|again|once|separately|publicly|officially|"
    r"did|does|do|would|will|could|may|might))+\s*$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset(words_of("he she they it we i you who which that this these those one"))
_NP_BOUNDARY = re.compile(
    r"(?:^|[,;:(“\"]|\b(?:that|and|but|which|who|as|because|when|while|if|since|after|"
    r"before|where|with|in|on|at|by|for|from|of|to)\b)\s*",
    re.IGNORECASE,
)
_ARTICLE_OF = re.compile(r"\b((?:the|a|an)\s+(?:[a-z]+\s+){0,3}(?:of|from|at)\s+)$", re.IGNORECASE)
_HEDGES = re.compile(
    r"\b(?:unable to (?:independently )?verify|could not (?:be )?(?:independently )?"
    r"(?:verify|verified|confirm|confirmed)|cannot (?:be )?(?:independently )?"
    r"(?:verify|verified|confirm|confirmed)|not (?:been )?(?:independently )?"
    r"(?:verified|confirmed)|unverified|unconfirmed|allegedly|alleged|reportedly|"
    r"purportedly|purported|supposedly|estimated|estimates?|claimed|claims?|claiming|"
    r"believed to|thought to|said to be|suspected|rumou?red|may have|might have|"
    r"could be as (?:many|much|high) as|it is (?:thought|believed)|disputed)\b",
    re.IGNORECASE,
)


def attribute(text: str, figures: list[Figure], entities: tuple[Entity, ...]) -> list[Figure]:
    """The figures with ``source`` (claimant and entity id) and ``hedge`` filled in."""
    mentions = sorted(
        ((s.start, s.end, e.id, e.kind) for e in entities for s in e.mentions), key=lambda m: m[0]
    )
    out = []
    for figure in figures:
        source = _source(text, figure, mentions)
        hedge = _hedge(text, figure)
        out.append(dataclasses.replace(figure, source=source, hedge=hedge))
    return out


def _clause(sentence: str, offset: int) -> tuple[int, int]:
    """The clause of ``sentence`` around ``offset`` (relative offsets)."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= offset:
            start = m.end()
        elif m.start() >= offset:
            end = m.start()
            break
    return start, end


def _source(text: str, figure: Figure, mentions: list[tuple[int, int, str, str]]):
    from tui.model import Claimant

    s_start, s_end = sentence_at(text, figure.start)
    sentence = text[s_start:s_end]
    rel = figure.start - s_start
    possessive = _POSSESSIVE_DATA.search(sentence)
    span = (
        _according(sentence, rel)
        or (possessive.span(1) if possessive else None)
        or _speaker(sentence, rel, figure.end - s_start)
    )
    if span is None:
        return None
    start, end = s_start + span[0], s_start + span[1]
    claimant = text[start:end].strip(" ,")
    if not claimant or claimant.lower() in _PRONOUNS:
        return None
    return Claimant(claimant, _entity_in(mentions, start, end))


def _according(sentence: str, rel: int) -> tuple[int, int] | None:
    c_start, c_end = _clause(sentence, rel)
    for m in _ACCORDING.finditer(sentence):
        opens_sentence = not sentence[: m.start()].strip(" \"'“‘")
        if opens_sentence or c_start <= m.start() < c_end:
            return _phrase_after(sentence, m.end())
    return None


def _phrase_after(sentence: str, start: int) -> tuple[int, int]:
    """The noun phrase after "according to": up to a comma, clause word or the end."""
    stop = re.search(
        r"[,;:.!?)”\"]|\s+(?:and|but|which|who|that|as|on|in|since|released|published|"
        r"issued|seen|obtained|compiled)\s",
        sentence[start:],
    )
    end = start + stop.start() if stop else len(sentence)
    words = sentence[start:end].split()
    return start, start + len(" ".join(words[:8]))


def _speaker(sentence: str, rel: int, rel_end: int) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for verb in _SPEECH.finditer(sentence):
        if re.search(r"\b(?:an|a|the)\s+$", sentence[: verb.start()], re.IGNORECASE):
            continue  # "an estimated 5,000": an adjective, not a speech verb
        subject = _subject(sentence, verb.start())
        if subject is None:
            continue
        inside_subject = subject[0] <= rel < subject[1]
        closing = re.fullmatch(r"[^,;.]{0,25}[.!?\"”]*", sentence[verb.end() :]) and re.search(
            r"[,”\"]\s*(?:[a-z-]+\s+){0,3}$", sentence[: subject[0]]
        )
        if inside_subject:
            continue
        if verb.start() < rel or (closing and rel_end <= subject[0]):
            best = subject
    if best is None:
        for m in _INVERTED.finditer(sentence):
            if rel_end <= m.start():
                return m.span(1)
    return best


def _subject(sentence: str, verb_start: int) -> tuple[int, int] | None:
    """The noun phrase right before a speech verb, skipping auxiliaries and commas."""
    window = sentence[:verb_start]
    aux = _AUXILIARY.search(window)
    end = aux.start() if aux else len(window.rstrip())
    end = len(window[:end].rstrip(" ,"))
    if end == 0:
        return None
    head = window[:end]
    name = re.search(r"([A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|for|de|and))*)$", head)
    if name:
        start = name.start(1)
        article = _ARTICLE_OF.search(head[:start])
        if article:
            start = article.start(1)
        return start, end
    boundaries = [m.end() for m in _NP_BOUNDARY.finditer(head)]
    start = boundaries[-1] if boundaries else 0
    words = head[start:].split()
    if re.search(r"\d", head[start:]) or not re.search(r"[A-Za-z]", head[start:]):
        return None
    if not words or len(words) > 6 or any(_SPEECH.fullmatch(w) or w.endswith("ed") for w in words):
        return None
    return end - len(" ".join(words)), end


def _entity_in(mentions: list[tuple[int, int, str, str]], start: int, end: int) -> str | None:
    inside = [m for m in mentions if start <= m[0] and m[1] <= end]
    if not inside:
        return None
    people_orgs = [m for m in inside if m[3] in ("person", "organization")]
    return (people_orgs or inside)[0][2]


def _hedge(text: str, figure: Figure) -> str | None:
    """The hedge nearest the figure in its clause: before it, or within four words after."""
    s_start, s_end = sentence_at(text, figure.start)
    sentence = text[s_start:s_end]
    c_start, c_end = _clause(sentence, figure.start - s_start)
    before = sentence[c_start : figure.start - s_start]
    found = list(_HEDGES.finditer(before))
    after_text = sentence[figure.end - s_start : c_end]
    after = _HEDGES.search(after_text)
    gap = after_text[: after.start()] if after else ""
    if after and len(gap.split()) <= 4 and not re.search(r"[,;:]", gap):
        return after.group().lower()
    if found:
        return found[-1].group().lower()
    return None
