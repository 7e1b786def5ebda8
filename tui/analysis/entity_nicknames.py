"""One person under several names: "John M. Ford" and "John Milo Ford" (a middle initial
and the middle name it stands for), and "Everyone called him Mike", after which "Mike" and
"Mike Ford" are the same man. The alias rules cannot know a nickname; the text says it."""

from __future__ import annotations

import re

from tui.analysis.entity_core import Cluster, all_mentions, cluster_kind

# "Everyone called him Mike", "known to friends as Mike", "who went by Mike"
_CALLED = re.compile(
    r"\b(?:called|calls|nicknamed|dubbed)\s+(?:him|her)\s+[“\"‘']?(?P<a>[A-Z][a-z]+)\b"
    r"|\bknown\s+to\s+(?:his|her|(?:his|her)\s+)?(?:friends|family|colleagues|fans)\s+as\s+"
    r"[“\"‘']?(?P<b>[A-Z][a-z]+)\b"
    r"|\b(?:went|goes)\s+by\s+[“\"‘']?(?P<c>[A-Z][a-z]+)\b(?![\w'’-]| [A-Z])"
)
_SEARCH_BACK = 400  # how far before the words the person named is looked for
_FULL_NAME = re.compile(r"([A-Z][\w'’-]+)(?: ([A-Z])\.| ([A-Z][a-z]+))? ([A-Z][\w'’-]+)")


def join_middle_names(clusters: list[Cluster]) -> list[Cluster]:
    """ "John M. Ford" beside "John Milo Ford": one person, when no other middle name of
    that initial stands between the same first name and surname."""
    people = [c for c in clusters if cluster_kind(c) == "person"]
    by_name: dict[tuple[str, str, str], list[tuple[Cluster, bool]]] = {}
    for c in people:
        for surface in c.surfaces:
            parts = _FULL_NAME.fullmatch(surface)
            if parts and (parts.group(2) or parts.group(3)):
                initial = parts.group(2) or parts.group(3)[0]
                key = (parts.group(1), initial, parts.group(4))
                by_name.setdefault(key, []).append((c, bool(parts.group(2))))
    for found in by_name.values():
        owners = list({id(c): c for c, _ in found}.values())
        spelled = {id(c) for c, short in found if not short}
        if len(owners) == 2 and len(spelled) == 1:
            _move(owners[1], owners[0])
    return [c for c in clusters if c.mentions]


def join_called_names(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """ "John Milo Ford was born in 1957. Everyone called him Mike.": "Mike", and "Mike Ford"
    with his surname, are the person named last before the words."""
    owner = {id(m): c for c in clusters for m in c.mentions}
    mentions = sorted(all_mentions(clusters), key=lambda m: m.start)
    for hit in _CALLED.finditer(text):
        nickname = hit.group("a") or hit.group("b") or hit.group("c")
        before = [
            m
            for m in mentions
            if hit.start() - _SEARCH_BACK <= m.start
            and m.end <= hit.start()
            and " " in m.text
            and cluster_kind(owner[id(m)]) == "person"
        ]
        if not before:
            continue
        target = owner[id(before[-1])]
        surname = before[-1].text.split()[-1]
        names = {nickname, f"{nickname} {surname}", surname}
        for c in clusters:
            if c is not target and c.mentions and c.surfaces <= names:
                for m in c.mentions:
                    owner[id(m)] = target
                _move(c, target)
    return [c for c in clusters if c.mentions]


def join_quoted_nicknames(clusters: list[Cluster]) -> list[Cluster]:
    """'Joaquin "Chapo" Guzman' is also "El Chapo" and "Chapo": the nickname in quotes
    inside a person's name, with or without its article, is the person."""
    for target in [c for c in clusters if cluster_kind(c) == "person"]:
        for surface in list(target.surfaces):
            quoted = _QUOTED_NICKNAME.search(surface)
            if not quoted:
                continue
            bare = quoted.group(1)
            names = {bare, f"El {bare}", f"La {bare}", f"The {bare}", f"the {bare}"}
            for c in clusters:
                if c is not target and c.mentions and c.surfaces <= names:
                    _move(c, target)
    return [c for c in clusters if c.mentions]


_QUOTED_NICKNAME = re.compile(r" [“\"‘'](?:El |La |The )?([A-Z][\w'’-]+)[”\"’'] [A-Z]")


def _move(source: Cluster, target: Cluster) -> None:
    for m in source.mentions:
        m.kind = "person"
    target.mentions.extend(source.mentions)
    source.mentions = []
