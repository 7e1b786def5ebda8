"""Events and laws named by a bare head word: "the Athens Olympics" is also "the Athens
Games", "the Games" and "the Olympiad"; "the Freedom of Information Act" is also "the Act".
The model tags a few of these and links none; news readers (and annotators) take them for
the one event or law named nearest before."""

from __future__ import annotations

import re

from tui.analysis.entity_core import STRONG, Cluster, attach_bare_words, cluster_kind

_GAMES_ENDS = frozenset(("Olympic", "Olympics", "Olympiad", "Games"))
# "the Games", "The Games", "the 2012 Games": the event the story is about, never a
# sentence opening with the common noun ("Games consoles sold well")
# "the Act", not "the Act of Union" nor "the Act 2000"
_BARE_ACT = re.compile(r"\b[Tt]he (Act)\b(?![-\w]| [A-Z0-9]| of\b)")
_ACT_NAME = re.compile(r"\bAct(?: (?:1[89]|20)\d\d)?$")
_BARE_EVENT = re.compile(
    r"(?:\b(?:[Tt]he|\d{4}) (?=Games\b)|\b(?=Olympiad\b))(Games|Olympiad)\b(?![-\w]| [A-Z])"
)


def join_games(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """Join "the Athens Games" to "the Athens Olympics", and each bare "the Games" or
    "Olympiad" to the Games named nearest before it (or, failing that, after it)."""
    events = [c for c in clusters if _is_games(c)]
    if not events:
        return clusters
    _same_host(events)
    events = [c for c in events if c.mentions]
    return _join_bare(text, clusters, _BARE_EVENT, events, after_too=True)


def join_acts(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """ "the Act" after "the Freedom of Information Act": the law named nearest before it."""
    acts = [
        c
        for c in clusters
        if cluster_kind(c) == "other" and all(_ACT_NAME.search(m.text) for m in c.mentions)
    ]
    return _join_bare(text, clusters, _BARE_ACT, acts, after_too=False) if acts else clusters


def _join_bare(
    text: str,
    clusters: list[Cluster],
    bare: re.Pattern[str],
    targets: list[Cluster],
    *,
    after_too: bool,
) -> list[Cluster]:
    """Give each bare head word ``bare`` finds to the target named nearest before it, as an
    event or a law whatever the model took the word for."""
    return attach_bare_words(
        text,
        clusters,
        bare,
        lambda hit: _nearest(targets, hit.start(1), after_too),
        lambda _target: "other",
        whole_cluster=False,
        weight=STRONG,
    )


def _is_games(cluster: Cluster) -> bool:
    """An event cluster: "Olympics", "Athens Olympics", "Commonwealth Games", whatever kind
    the model gave it (but not "British Olympic Association")."""
    return cluster_kind(cluster) != "person" and all(
        m.text.split()[-1] in _GAMES_ENDS for m in cluster.mentions
    )


def _same_host(events: list[Cluster]) -> None:
    """ "Athens Games" and "Athens Olympics": one host city, one event."""
    by_host: dict[str, Cluster] = {}
    for cluster in sorted(events, key=lambda c: min(m.start for m in c.mentions)):
        hosts = {
            m.text.split()[0]
            for m in cluster.mentions
            if len(m.text.split()) == 2 and m.text.split()[1] in ("Games", "Olympics")
        }
        for host in hosts:
            first = by_host.setdefault(host, cluster)
            if first is not cluster and cluster.mentions:
                first.mentions.extend(cluster.mentions)
                cluster.mentions = []


def _nearest(targets: list[Cluster], position: int, after_too: bool) -> Cluster | None:
    """The target named last before ``position``; else (when allowed) the first after it."""
    before = [(m.start, c) for c in targets for m in c.mentions if m.start < position]
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    if not after_too:
        return None
    return min(((m.start, c) for c in targets for m in c.mentions), key=lambda pair: pair[0])[1]
