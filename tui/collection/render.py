"""A briefing of many articles on stdout: JSON lines, or a text or Markdown summary.

JSON: one line per article in the single-article shape (``tui.render.json``) plus a
``collection`` object (index, origin, feed), one line per failure, then one final
``{"briefing": {...}}`` line with the cross-article index.
"""

from __future__ import annotations

import json
from typing import Any

from tui.render.escape import escape_inline
from tui.render.json import SCHEMA, briefing_to_dict

from .compare import Comparison, CrossEntity, FigureGroup, Reported, compare
from .runner import CollectionResult, Outcome


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


def comparison_for(result: CollectionResult) -> tuple[Comparison, list[int]]:
    """The comparison, and for each compared briefing its index among all outcomes."""
    positions = [i for i, outcome in enumerate(result.outcomes) if outcome.ok]
    return compare(result.briefings), positions


def _collection_info(index: int, outcome: Outcome) -> dict[str, Any]:
    return {
        "index": index,
        "location": outcome.location,
        "origin": outcome.origin if outcome.ok else None,
        "fetched_at": outcome.fetched_at,
        "feed": outcome.feed,
    }


def outcome_to_dict(index: int, outcome: Outcome) -> dict[str, Any]:
    if outcome.briefing is not None:
        data = briefing_to_dict(outcome.briefing)
        data["collection"] = _collection_info(index, outcome)
        return data
    return {
        "schema": SCHEMA,
        "location": outcome.location,
        "title": outcome.entry_title,
        "error": outcome.error,
        "exit_code": outcome.exit_code,
        "collection": _collection_info(index, outcome),
    }


def _reported_dict(reported: Reported, positions: list[int], result) -> dict[str, Any]:
    return {
        "value": reported.value,
        "text": reported.text,
        "qualifier": reported.qualifier,
        "source": reported.source,
        "hedge": reported.hedge,
        "articles": [positions[a] for a in reported.articles],
        "sites": [_site(result.outcomes[positions[a]]) for a in reported.articles],
    }


def figure_group_to_dict(group: FigureGroup, positions: list[int], result) -> dict[str, Any]:
    return {
        "what": group.label,
        "kind": group.kind,
        "unit": group.unit,
        "disagree": group.disagree,
        "values": list(group.values),
        "reported": [_reported_dict(r, positions, result) for r in group.reported],
    }


def cross_entity_to_dict(entity: CrossEntity, positions: list[int]) -> dict[str, Any]:
    return {
        "name": entity.name,
        "kind": entity.kind,
        "total": entity.total,
        "aliases": list(entity.aliases),
        "articles": [
            {"index": positions[a.article], "count": a.count, "names": list(a.names)}
            for a in entity.articles
        ],
    }


def briefing_summary_dict(result: CollectionResult) -> dict[str, Any]:
    comparison, positions = comparison_for(result)
    return {
        "articles": len(result.briefings),
        "failed": len(result.failures),
        "feeds": [
            {"location": f.location, "title": f.title, "entries": f.entries} for f in result.feeds
        ],
        "figures": [figure_group_to_dict(g, positions, result) for g in comparison.figures],
        "entities": [cross_entity_to_dict(e, positions) for e in comparison.entities],
    }


def render_jsonl(result: CollectionResult) -> str:
    lines = [_dumps(outcome_to_dict(i, o)) for i, o in enumerate(result.outcomes)]
    lines.append(_dumps({"briefing": briefing_summary_dict(result)}))
    return "\n".join(lines) + "\n"


# -- text and Markdown ------------------------------------------------------------------


def _site(outcome: Outcome) -> str:
    if outcome.briefing is not None:
        meta = outcome.briefing.article.meta
        return meta.site or outcome.location
    return outcome.location


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def format_value(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.6g}"


def describe_claim(reported: Reported) -> str:
    """ "at least 87 prisoners, according to X (unable to verify)"."""
    words = f"{reported.qualifier} {reported.text}" if reported.qualifier else reported.text
    if reported.source:
        words += f", according to {reported.source}"
    if reported.hedge:
        words += f" ({reported.hedge})"
    return words


def article_facts_line(outcome: Outcome) -> str:
    """ "site · date · 530 words · 7 figures · 12 entities" for an article."""
    briefing = outcome.briefing
    assert briefing is not None
    meta = briefing.article.meta
    parts = [p for p in (meta.site, meta.published) if p]
    parts += [
        f"{briefing.article.word_count:,} words",
        f"{len(briefing.figures)} figures",
        f"{len(briefing.entities)} entities",
    ]
    if outcome.origin in ("cache", "stale"):
        parts.append("offline copy" if outcome.origin == "stale" else "cached")
    return " · ".join(parts)


def failure_line(outcome: Outcome) -> str:
    return f"{outcome.error} (exit {outcome.exit_code})"


def render_text(result: CollectionResult) -> str:
    comparison, positions = comparison_for(result)
    out = [f"Briefing: {len(result.briefings)} articles, {len(result.failures)} failed", ""]
    for number, outcome in enumerate(result.outcomes, 1):
        if outcome.ok:
            out += [f"{number}. {outcome.title}", f"   {article_facts_line(outcome)}"]
            out.append(f"   {outcome.location}")
        else:
            out += [f"{number}. FAILED {outcome.location}", f"   {failure_line(outcome)}"]
    if comparison.figures:
        out += ["", "Figures across articles"]
        for group in comparison.figures:
            mark = "  DISAGREE" if group.disagree else ""
            out.append(f"  {group.label}{mark}")
            for reported in group.reported:
                numbers = ", ".join(str(positions[a] + 1) for a in reported.articles)
                out.append(f"    {describe_claim(reported)}  [article {numbers}]")
    if comparison.entities:
        out += ["", "Named across articles"]
        for entity in comparison.entities:
            numbers = ", ".join(str(positions[a.article] + 1) for a in entity.articles)
            out.append(
                f"  {entity.name} ({entity.kind}): {_plural(entity.total, 'mention')} "
                f"in article {numbers}"
            )
    return "\n".join(out) + "\n"


def comparison_markdown(result: CollectionResult, *, links: list[str] | None = None) -> str:
    """The cross-article tables; ``links`` (one per outcome) name each article's note."""
    comparison, positions = comparison_for(result)

    def ref(index: int) -> str:
        position = positions[index]
        if links and links[position]:
            return f"[{position + 1}]({links[position]})"
        return str(position + 1)

    out: list[str] = []
    if comparison.figures:
        out += ["## Figures across articles", ""]
        out += ["| What | Claim | Source | Articles |", "| --- | --- | --- | --- |"]
        for group in comparison.figures:
            what = group.label + (" **(disagree)**" if group.disagree else "")
            for reported in group.reported:
                claim = (
                    f"{reported.qualifier} {reported.text}"
                    if reported.qualifier
                    else (reported.text)
                )
                source = reported.source or "—"
                if reported.hedge:
                    source += f" ({reported.hedge})"
                articles = ", ".join(ref(a) for a in reported.articles)
                cells = (escape_inline(part) for part in (what, claim, source))
                out.append(f"| {' | '.join(cells)} | {articles} |")
                what = ""
        out.append("")
    if comparison.entities:
        out += ["## Named across articles", ""]
        out += ["| Name | Kind | Mentions | Articles |", "| --- | --- | --- | --- |"]
        for entity in comparison.entities:
            articles = ", ".join(ref(a.article) for a in entity.articles)
            out.append(
                f"| {escape_inline(entity.name)} | {entity.kind} | {entity.total} | {articles} |"
            )
        out.append("")
    return "\n".join(out)


def render_markdown(result: CollectionResult) -> str:
    out = [
        f"# Briefing: {len(result.briefings)} articles, {len(result.failures)} failed",
        "",
    ]
    for number, outcome in enumerate(result.outcomes, 1):
        if outcome.ok:
            out.append(
                f"{number}. **{escape_inline(outcome.title)}** — {article_facts_line(outcome)}  "
            )
            out.append(f"   {escape_inline(outcome.location)}")
        else:
            out.append(
                f"{number}. **Failed**: {escape_inline(outcome.location)} — {failure_line(outcome)}"
            )
    out.append("")
    out.append(comparison_markdown(result))
    return "\n".join(out).rstrip("\n") + "\n"
