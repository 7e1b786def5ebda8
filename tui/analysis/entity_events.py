"""Sporting events named many ways in one story: "the Athens Olympics", "the Athens Games",
"the Olympics", "the Games", "the Olympiad". The model tags a few of these and links none;
news readers (and annotators) take them for one event."""

from __future__ import annotations

import re

from tui.analysis.entity_core import STRONG, Cluster, Mention, all_mentions, cluster_kind

_GAMES_ENDS = frozenset(("Olympic", "Olympics", "Olympiad", "Games"))
# "the Games", "The Games", "the 2012 Games": the event the story is about, never a
# sentence opening with the common noun ("Games consoles sold well")
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
    owner = {id(m): c for c in clusters for m in c.mentions}
    starts = {m.start: m for m in all_mentions(clusters)}
    covered = bytearray(len(text))
    for m in all_mentions(clusters):
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    for hit in _BARE_EVENT.finditer(text):
        s, e = hit.span(1)
        target = _nearest(events, s)
        known = starts.get(s)
        if known is not None and known.end == e:
            cluster = owner[id(known)]
            if cluster is target or any(
                m.text not in ("Games", "Olympiad") for m in cluster.mentions
            ):
                continue  # a cluster with other names is its own event
            # this mention only: the model's "Games" may also be "Games consoles sold"
            cluster.mentions.remove(known)
            known.kind = "other"
            owner[id(known)] = target
            target.mentions.append(known)
        elif 1 not in covered[s:e]:
            target.mentions.append(Mention(s, e, "other", hit.group(1), STRONG))
            covered[s:e] = b"\x01" * (e - s)
    return [c for c in clusters if c.mentions]


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


def _nearest(events: list[Cluster], position: int) -> Cluster:
    """The event named last before ``position``; else the first one named after it."""
    before = [(m.start, c) for c in events for m in c.mentions if m.start < position]
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    return min(((m.start, c) for c in events for m in c.mentions), key=lambda pair: pair[0])[1]
