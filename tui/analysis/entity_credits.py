"""Names in an agency's credit line: "(Reporting by Dustin Volz in Washington, Nate
Raymond in New York; Editing by Kevin Drawbaugh and Jonathan Oatis)".

The model reads these lines badly: it takes "Writing" or "Edited" for a name, a reporter
for a place ("Dustin Volz") or a firm ("Nick Macfie"), and skips some names. The line's
shape says what each name is: after "by", a comma, "and" or a semicolon comes a person;
after "in" a place, which the model's own mention keeps.
"""

from __future__ import annotations

import re

from tui.analysis import gazetteer as gz
from tui.analysis.entity_core import STRONG, Mention
from tui.analysis.lexicon import words_of

_CREDIT_PART = (
    r"(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Ww]ritten|[Cc]ompiled)"
)
CREDIT_LINE = re.compile(
    rf"^\(?{_CREDIT_PART}(?: and {_CREDIT_PART})?(?: by |\s(?=[A-Z]))[^\n]*$"  # (also
    # "Reporting Ben Blanchard and ...", "Writing and additional reporting by ...")
    r"|^By [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}$",  # a byline on its own line
    re.MULTILINE,
)
_CREDIT_WORDS = frozenset(
    words_of("Reporting Writing Editing Edited Written Compiled Additional Reported By")
)
_CREDIT_VERB = r"(?:Additional|Writing|Editing|Reporting)"  # a line's words that start a part
_PARTICLE = r"(?:de|da|dos|del|van|von|der|al|bin|el|le|la|di|du)"
_WORD = r"[A-Z](?:\.|[\w'’-]*)"  # "Volz", "Al-Khalidi", "M." (not "Siegel." before "Writing")
_NAME = re.compile(
    rf"(?:\b[Bb]y|,|;|\band|\b(?:[Rr]eporting|[Ww]riting|[Ee]diting))"
    rf"\s+({_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD})+)"
)


def credit_line_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Reporters and editors in credit lines are people, and the line's verbs are no names;
    everything else the model found there (the places after "in") stays."""
    lines = [m.span() for m in CREDIT_LINE.finditer(text)]
    if not lines:
        return mentions
    names: list[tuple[int, int]] = []
    for start, end in lines:
        for hit in _NAME.finditer(text, start, end):
            name = hit.group(1).rstrip(".")
            lead = re.match(rf"(?:{_CREDIT_VERB} )+", name)
            begin = hit.start(1) + (lead.end() if lead else 0)  # ", Writing Raissa Kasolowsky"
            name = text[begin : hit.start(1) + len(name)]
            if len(name.split()) < 2 or name.split()[0] in _CREDIT_WORDS or name in gz.PLACES:
                continue
            names.append((begin, begin + len(name)))
    inside = [
        m
        for m in mentions
        if any(s <= m.start < e for s, e in lines)
        and (m.text in _CREDIT_WORDS or any(s < m.end and m.start < e for s, e in names))
    ]
    taken = {id(m) for m in inside}
    out = [
        _credited_place(text, m) if any(s <= m.start < e for s, e in lines) else m
        for m in mentions
        if id(m) not in taken
    ]
    out += [Mention(s, e, "person", text[s:e], STRONG) for s, e in names]
    return sorted(out, key=lambda m: (m.start, -m.end))


def _credited_place(text: str, m: Mention) -> Mention:
    """ "by Mohammad Stanekzai in Lashkar Gah Writing by ...": after "in" a place, which
    ends where the line's next verb starts."""
    cut = re.search(rf" {_CREDIT_VERB}\b", m.text)
    end = m.start + cut.start() if cut and m.text.split()[0] not in _CREDIT_WORDS else m.end
    if text[max(0, m.start - 3) : m.start] == "in ":
        return Mention(m.start, end, "place", text[m.start : end], STRONG)
    return Mention(m.start, end, m.kind, text[m.start : end], m.weight)
