"""A Briefing to JSON and back, so the cache can hand back an analysis without redoing it.

The dictionary shape is the public JSON contract (``tui.render.json.briefing_to_dict``);
this module only adds the inverse and the fields the contract leaves out (warnings).
"""

from __future__ import annotations

import json
from typing import Any

from tui.model import Article, Block, Briefing, Claimant, Entity, Figure, Link, Metadata, Span
from tui.render.json import briefing_to_dict


def dumps_briefing(briefing: Briefing) -> str:
    data = briefing_to_dict(briefing)
    data["warnings"] = list(briefing.warnings)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _claimant(data: dict[str, Any] | None) -> Claimant | None:
    if not data:
        return None
    return Claimant(text=data["text"], entity_id=data.get("entity"))


def briefing_from_dict(data: dict[str, Any]) -> Briefing:
    """Rebuild the Briefing that ``briefing_to_dict`` described. Raises KeyError/TypeError
    on a dictionary of another shape."""
    meta = Metadata(
        title=data["title"],
        byline=data.get("byline"),
        site=data.get("site"),
        published=data.get("published"),
        url=data.get("url"),
        source=data.get("source"),
        language=data.get("language"),
        description=data.get("description"),
        credits=tuple(data.get("credits") or ()),
    )
    article = Article(
        meta=meta,
        text=data["text"],
        blocks=tuple(
            Block(b["kind"], b["start"], b["end"], b.get("level", 0)) for b in data["blocks"]
        ),
        location=data.get("location") or "",
        links=tuple(
            Link(k["text"], k["href"], k["start"], k["end"]) for k in data.get("links") or ()
        ),
    )
    figures = tuple(
        Figure(
            start=f["start"],
            end=f["end"],
            text=f["text"],
            kind=f["kind"],
            value=f.get("value"),
            unit=f.get("unit"),
            qualifier=f.get("qualifier"),
            source=_claimant(f.get("source")),
            hedge=f.get("hedge"),
        )
        for f in data["figures"]
    )
    entities = tuple(
        Entity(
            id=e["id"],
            name=e["name"],
            kind=e["kind"],
            mentions=tuple(Span(m["start"], m["end"]) for m in e["mentions"]),
        )
        for e in data["entities"]
    )
    return Briefing(
        article=article,
        figures=figures,
        entities=entities,
        recogniser=data.get("recogniser"),
        warnings=tuple(data.get("warnings") or ()),
    )


def loads_briefing(text: str) -> Briefing:
    return briefing_from_dict(json.loads(text))
