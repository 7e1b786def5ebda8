"""The JSON contract: one object per article, spans as offsets into ``text``.

Key names are documented in the README and stay stable; add keys, never rename.
"""

from __future__ import annotations

import json
from typing import Any

from tui.model import Briefing, Claimant, Entity, Figure

SCHEMA = "briefing/1"


def _claimant(claimant: Claimant | None) -> dict[str, Any] | None:
    if claimant is None:
        return None
    return {"text": claimant.text, "entity": claimant.entity_id}


def figure_to_dict(figure: Figure) -> dict[str, Any]:
    return {
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "kind": figure.kind,
        "value": figure.value,
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "source": _claimant(figure.source),
        "hedge": figure.hedge,
    }


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "mentions": [{"start": m.start, "end": m.end} for m in entity.mentions],
        "count": entity.count,
    }


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    """The article, its metadata and analysis as plain JSON-ready data."""
    article = briefing.article
    meta = article.meta
    return {
        "schema": SCHEMA,
        "title": meta.title,
        "byline": meta.byline,
        "site": meta.site,
        "published": meta.published,
        "url": meta.url,
        "source": meta.source,
        "language": meta.language,
        "description": meta.description,
        "credits": list(meta.credits),
        "location": article.location,
        "word_count": article.word_count,
        "text": article.text,
        "blocks": [
            {"kind": b.kind, "start": b.start, "end": b.end, "level": b.level}
            for b in article.blocks
        ],
        "links": [
            {"text": link.text, "href": link.href, "start": link.start, "end": link.end}
            for link in article.links
        ],
        "figures": [figure_to_dict(f) for f in briefing.figures],
        "entities": [entity_to_dict(e) for e in briefing.entities],
        "recogniser": briefing.recogniser,
    }


def render_json(briefing: Briefing, *, indent: int | None = 2) -> str:
    """Serialise with ``ensure_ascii=False``: the sanitiser already removed controls."""
    return json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=indent)
