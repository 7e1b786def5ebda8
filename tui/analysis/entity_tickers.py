"""A listed company's ticker is the company: "Crown Equity Holdings Inc. (OTCMKTS: CRWE)",
after which the story writes "CRWE has refocused". The brackets say so; no alias rule could
tell a ticker from an acronym of some other name."""

from __future__ import annotations

import re

from tui.analysis.entity_core import MEDIUM, Cluster, Mention, all_mentions, cover, covered_mask

_EXCHANGES = (
    "NYSE|NYSE American|NYSE MKT|NYSE Arca|NASDAQ|Nasdaq|NasdaqGS|NasdaqGM|OTCMKTS|OTC|OTCQB"
    "|OTCQX|OTCBB|AMEX|LSE|AIM|TSX|TSXV|TSX-V|ASX|BATS|CSE"
)
_TICKER_AFTER = re.compile(rf"\s*\((?:{_EXCHANGES})\s*:\s*([A-Z][A-Z.]{{0,5}}[A-Z])\)")


def join_tickers(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """Join each ticker named in brackets after a firm, and its every later use, to the firm."""
    covered = covered_mask(text, all_mentions(clusters))
    for firm in list(clusters):
        for m in list(firm.mentions):
            hit = _TICKER_AFTER.match(text, m.end)
            if not hit:
                continue
            ticker = hit.group(1)
            for other in clusters:
                if other is not firm and other.surfaces == {ticker}:
                    firm.mentions.extend(other.mentions)
                    other.mentions = []
            for use in re.finditer(rf"(?<![\w.&-]){re.escape(ticker)}(?![\w&-])", text):
                if 1 not in covered[use.start() : use.end()]:
                    firm.mentions.append(
                        Mention(use.start(), use.end(), "organization", ticker, MEDIUM)
                    )
                    cover(covered, use.start(), use.end())
    return [c for c in clusters if c.mentions]
