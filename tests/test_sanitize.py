"""The sanitiser removes everything a page could use to drive the terminal."""

from tui.sanitize import sanitize, sanitize_optional


def test_escape_sequences_lose_their_escape():
    text = "a\x1b]0;title\x07b\x1b[2Jc\x1b]52;c;aGk=\x07d"
    assert sanitize(text) == "a]0;titleb[2Jc]52;c;aGk=d"


def test_c1_controls_del_and_bidi_overrides_removed():
    assert sanitize("x\u009b31my\x7fz\u202eevil\u202c\u2066i\u2069") == "x31myzevili"


def test_newlines_and_tabs_kept_crlf_normalised():
    assert sanitize("a\tb\r\nc\rd\n") == "a\tb\nc\nd\n"


def test_nfc_normalisation():
    assert sanitize("Cafe\u0301") == "Café"


def test_optional_blank_becomes_none_and_whitespace_collapses():
    assert sanitize_optional("  \x1b  ") is None
    assert sanitize_optional(" A \n  b ") == "A b"
    assert sanitize_optional(None) is None
