"""Make page-derived strings safe to print: no terminal control, no bidi tricks.

Neither Rich nor Textual strips escape sequences, so every string that came from a
page passes through here once, inside the pipeline, before any face sees it.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab (\x09) and newline (\x0a), DEL, C1 controls, and the bidi
# embedding/override/isolate controls that can make text display differently from
# what it is.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def sanitize(text: str) -> str:
    """Drop control characters and bidi overrides, turn CR/CRLF into LF, NFC-normalise.

    Removing ESC alone defuses CSI and OSC sequences: what remains is printable text
    such as ``]0;x`` that the terminal shows literally.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _UNSAFE.sub("", text))


def sanitize_optional(text: str | None) -> str | None:
    """``sanitize`` for optional metadata; blank strings become ``None``."""
    if text is None:
        return None
    cleaned = " ".join(sanitize(text).split())
    return cleaned or None
