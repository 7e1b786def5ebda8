"""Bytes to text: what kind of document arrived, and which encoding it is in.

Both questions are answered from the bytes first and the transport's word second, because
servers mislabel: a PDF sent as ``text/html`` is still a PDF, and a page sent with no charset
is still windows-1252 if that is what its bytes say. Decoding follows the order browsers
use (BOM, HTTP charset, ``<meta>``, detection), so the text matches what a browser shows.
Nothing here raises on a bad label or bad bytes; the only error is a refused document.
"""

from __future__ import annotations

import codecs
import re

from tui.errors import UnsupportedContentError
from tui.sources import RawDocument

SNIFF_BYTES = 4096  # how much of the start decides html / text / binary
HTML_HINT_BYTES = 65536  # with a text/html header, markup this far in still counts
META_SCAN_BYTES = 1024  # the WHATWG prescan window for <meta charset>
HEAD_SCAN_BYTES = 65536  # a late <meta> inside <head>: browsers re-parse for it too
CONTROL_DENSITY = 0.10  # more control bytes than this in the start => binary
CONTROL_DENSITY_NOT_UTF8 = 0.01  # the same when the start is not even valid UTF-8
DETECT_SAMPLE_BYTES = 262144  # enough text to judge a guessed encoding by

# -- what kind of document -------------------------------------------------------------

# (signature test, what to call it, its media type); checked before anything else.
_SIGNATURES: tuple[tuple[re.Pattern[bytes], str, str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), what, media)
    for pattern, what, media in (
        (rb"^[^\n]{0,1024}?%PDF-", "a PDF document", "application/pdf"),
        (rb"^\x89PNG\r\n\x1a\n", "a PNG image", "image/png"),
        (rb"^\xff\xd8\xff", "a JPEG image", "image/jpeg"),
        (rb"^GIF8[79]a", "a GIF image", "image/gif"),
        (rb"^RIFF.{4}WEBP", "a WebP image", "image/webp"),
        (rb"^(?:II\*\x00|MM\x00\*)", "a TIFF image", "image/tiff"),
        (rb"^.{4}ftyp(?:avif|avis|heic|heix|mif1)", "an AVIF/HEIC image", "image/avif"),
        (rb"^\x00\x00\x01\x00", "an icon image", "image/x-icon"),
        (rb"^PK(?:\x03\x04|\x05\x06|\x07\x08)", "a ZIP archive", "application/zip"),
        (rb"^\x1f\x8b", "gzip-compressed data", "application/gzip"),
        (rb"^BZh[1-9]1AY&SY", "bzip2-compressed data", "application/x-bzip2"),
        (rb"^\xfd7zXZ\x00", "xz-compressed data", "application/x-xz"),
        (rb"^\x28\xb5\x2f\xfd", "zstd-compressed data", "application/zstd"),
        (rb"^7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "application/x-7z-compressed"),
        (rb"^Rar!\x1a\x07", "a RAR archive", "application/vnd.rar"),
        (rb"^.{4}ftyp", "a video", "video/mp4"),
        (rb"^\x1a\x45\xdf\xa3", "a video", "video/webm"),
        (rb"^OggS", "an Ogg audio or video file", "audio/ogg"),
        (rb"^(?:ID3|\xff\xfb)", "an MP3 audio file", "audio/mpeg"),
        (rb"^RIFF.{4}WAVE", "a WAV audio file", "audio/wav"),
        (rb"^\x7fELF", "an executable program", "application/x-executable"),
        (rb"^\x00asm", "a WebAssembly module", "application/wasm"),
        (rb"^SQLite format 3\x00", "an SQLite database", "application/vnd.sqlite3"),
        (rb"^%!PS", "a PostScript document", "application/postscript"),
        (rb"^\{\\rtf", "an RTF document", "application/rtf"),
    )
)

# Elements whose tag marks a document as HTML when it appears near the start.
_MARKUP = re.compile(
    r"<(?:!doctype\s+html|html|head|body|title|meta|link|script|style|noscript|base|div|p|br"
    r"|hr|h[1-6]|a|img|table|tr|td|ul|ol|li|dl|article|section|main|header|footer|nav"
    r"|aside|figure|span|iframe|font|b|i|em|strong|pre|blockquote|form|center)[\s/>]"
)
_LEADING_COMMENTS = re.compile(r"^\s*(?:<!--.*?-->\s*)+", re.DOTALL)
_XHTML = re.compile(r"^\s*<\?xml[^>]*>.*?(?:<html[\s>]|xmlns=[\"']http://www\.w3\.org/1999/xhtml)")

# C0 controls other than tab, newline, form feed and carriage return.
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}


def sniff_kind(raw: RawDocument) -> str:
    """Return "html" or "text"; raise ``UnsupportedContentError`` for anything else.

    The bytes decide; the Content-Type header only names what the server claimed and lets
    markup further into a declared HTML page count.
    """
    refuse_binary(raw.data, raw.content_type, raw.charset)
    head = _sniff_text(raw.data, raw.charset, HTML_HINT_BYTES if _says_html(raw) else SNIFF_BYTES)
    return "html" if _looks_like_html(head) else "text"


def refuse_binary(data: bytes, content_type: str | None, charset: str | None = None) -> None:
    """Raise ``UnsupportedContentError`` when the start of ``data`` is not text.

    Cheap enough to call on the first chunk of a download, so a PDF is named as a PDF
    rather than reported as too large.
    """
    start = data[:SNIFF_BYTES]
    for signature, what, media in _SIGNATURES:
        if signature.match(start):
            raise UnsupportedContentError(_received(what, media, content_type))
    text = _sniff_text(data, charset, SNIFF_BYTES)
    controls = sum(1 for char in text if ord(char) in _CONTROL_BYTES)
    density = controls / len(text) if text else 0.0
    if (
        "\x00" in text
        or density > CONTROL_DENSITY
        or (density > CONTROL_DENSITY_NOT_UTF8 and not _valid_utf8(start))
    ):
        raise UnsupportedContentError(
            _received("binary data", content_type or "unknown type", content_type)
        )


def _valid_utf8(head: bytes) -> bool:
    """Whether ``head`` is UTF-8, allowing a character cut off at its end."""
    for cut in range(4):
        try:
            head[: len(head) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return True
    return False


def _received(what: str, media: str, content_type: str | None) -> str:
    label = (
        media if not content_type or content_type == media else f"{media}, sent as {content_type}"
    )
    return f"received {what} ({label}), not a web page"


def _says_html(raw: RawDocument) -> bool:
    return bool(raw.content_type) and (
        "html" in raw.content_type or raw.content_type.endswith("+xml")
    )


def _sniff_text(data: bytes, charset: str | None, size: int) -> str:
    """The start of ``data`` as text good enough for looking at markup and controls.

    ASCII-compatible encodings all agree on markup, so latin-1 stands in for them; only
    UTF-16 (by BOM or header) needs its own decoder, or its zero bytes would look binary.
    """
    head = data[:size]
    utf16 = _utf16_of(head, charset)
    if utf16:
        return head.decode(utf16, errors="replace").lstrip("\ufeff").lower()
    return head.decode("latin-1").lower()


def _utf16_of(head: bytes, charset: str | None) -> str | None:
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    name = resolve_label(charset) if charset else None
    return name if name in ("utf-16-le", "utf-16-be") else None


def _looks_like_html(head: str) -> bool:
    head = head.removeprefix("\xef\xbb\xbf")  # a UTF-8 BOM read as latin-1
    if _LEADING_COMMENTS.match(head) and _LEADING_COMMENTS.sub("", head, count=1).startswith("<"):
        return True
    return bool(_XHTML.match(head) or _MARKUP.search(head))


# -- which encoding ----------------------------------------------------------------------

# Labels Python does not know, mapped to the codec browsers use for them.
_EXTRA_LABELS = {
    "windows-874": "cp874",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "x-mac-roman": "mac-roman",
    "iso-8859-8-i": "iso8859-8",
    "csiso88598i": "iso8859-8",
    "logical": "iso8859-8",
    "x-user-defined": "cp1252",
    "x-gbk": "gb18030",
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "x-cp1250": "cp1250",
    "x-cp1251": "cp1251",
    "x-euc-jp": "euc_jp",
    "unicodefffe": "utf-16-be",
    "csunicode": "utf-16-le",
    "ucs-2": "utf-16-le",
    "unicode": "utf-16-le",
}
# Where browsers decode a label with a superset of what it names (WHATWG Encoding).
_BROWSER_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "utf-16": "utf-16-le",
}
# The codecs browsers support; anything else Python knows (utf-7, EBCDIC, base64,
# unicode-escape...) is treated as an unknown label rather than trusted.
_SUPPORTED = frozenset(
    {
        "utf-8",
        "utf-16-le",
        "utf-16-be",
        *(f"cp{n}" for n in range(1250, 1259)),
        "cp874",
        "cp866",
        *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
        "koi8-r",
        "koi8-u",
        "mac-roman",
        "mac-cyrillic",
        "gb18030",
        "big5hkscs",
        "euc_jp",
        "iso2022_jp",
        "cp932",
        "cp949",
    }
)
_DETECTABLE = sorted(_SUPPORTED - {"utf-16-le", "utf-16-be", "iso2022_jp"})
# Latin single-byte encodings that a detector confuses with one another on short texts.
_LATIN_SINGLE_BYTE = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "mac-roman"}
    | {f"iso8859-{n}" for n in (2, 3, 4, 10, 13, 14, 15, 16)}
)


def resolve_label(label: str | None) -> str | None:
    """The Python codec a browser would use for an encoding label, or None if unknown.

    Never raises: bogus labels, labels naming non-text codecs and encodings browsers
    refuse (such as utf-7) all give None.
    """
    if not label:
        return None
    label = label.strip().strip("\"'").strip().lower()
    if not label or len(label) > 40:
        return None
    name = _EXTRA_LABELS.get(label)
    if name is None:
        try:
            name = codecs.lookup(label).name
        except (LookupError, ValueError, TypeError):
            return None
    name = _BROWSER_SUPERSETS.get(name, name)
    return name if name in _SUPPORTED else None


def decode(raw: RawDocument) -> str:
    """Decode the document's bytes to str in browser order; never raises."""
    return raw.data.decode(detect_encoding(raw), errors="replace").removeprefix("\ufeff")


def detect_encoding(raw: RawDocument) -> str:
    """The codec for ``raw``: BOM, HTTP charset, <meta>/XML declaration, then detection."""
    data = raw.data
    bom = _bom_encoding(data)
    if bom:
        return bom
    for found in (resolve_label(raw.charset), _declared_in_document(data)):
        if found:
            return found
    return _detected(data)


def _bom_encoding(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    return None


_COMMENT = re.compile(rb"<!--.*?(?:-->|$)", re.DOTALL)
_META_TAG = re.compile(rb"<meta[\s/]([^>]*)>?", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([^\s/>=]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?([^\s;"'>]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']""")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HEAD_END = re.compile(rb"</head[\s>]|<body[\s>]", re.IGNORECASE)


def _declared_in_document(data: bytes) -> str | None:
    """The encoding a ``<meta>`` or an XML declaration names, if a browser would obey it.

    The WHATWG prescan looks at the first 1024 bytes; browsers also re-parse when a
    ``<meta>`` turns up later in ``<head>``, so the rest of the head is scanned too.
    """
    head_end = _HEAD_END.search(data, 0, HEAD_SCAN_BYTES)
    limit = max(META_SCAN_BYTES, head_end.start() if head_end else 0)
    head = _COMMENT.sub(b"", data[:limit])
    for tag in _META_TAG.finditer(head):
        found = _meta_charset(tag.group(1))
        if found:
            # A <meta> read as ASCII cannot truly be UTF-16 (WHATWG: use UTF-8 instead).
            return "utf-8" if found.startswith("utf-16") else found
    declaration = _XML_DECLARATION.match(data[:200])
    return resolve_label(declaration.group(1).decode("ascii", "replace")) if declaration else None


def _meta_charset(attributes: bytes) -> str | None:
    values = {}
    for name, value in _ATTRIBUTE.findall(attributes):
        values.setdefault(name.lower(), value.strip(b"\"'"))
    if b"charset" in values:
        return resolve_label(values[b"charset"].decode("ascii", "replace"))
    if values.get(b"http-equiv", b"").lower() == b"content-type":
        param = _CHARSET_PARAM.search(values.get(b"content", b""))
        if param:
            return resolve_label(param.group(1).decode("ascii", "replace"))
    return None


def _detected(data: bytes) -> str:
    """Guess an undeclared encoding: UTF-8 if the bytes are valid UTF-8, else ask
    charset_normalizer, with a browser's preference for windows-1252 among Latin
    encodings that a short text cannot tell apart."""
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            return "utf-8"  # only the last character is cut short
    from charset_normalizer import from_bytes

    candidates = []
    # Only decoders a browser has; declarations were already read above, so the
    # detector's own search for them (preemptive_behaviour) would only repeat that.
    matches = from_bytes(data, cp_isolation=_DETECTABLE, preemptive_behaviour=False)
    for match in matches:
        name = resolve_label(match.encoding)
        if name and name not in candidates:
            candidates.append(name)
    if not candidates:
        return "utf-8"
    if candidates[0] not in _LATIN_SINGLE_BYTE:
        return candidates[0]
    latin = ["cp1252", *(c for c in candidates if c in _LATIN_SINGLE_BYTE and c != "cp1252")]
    return min(latin, key=lambda name: _implausibility(data, name))


def _implausibility(data: bytes, encoding: str) -> int:
    """How wrong a single-byte decoding looks: undefined bytes and C1 controls count
    heavily, symbols wedged between letters (``Za¿ó³æ``) count once each."""
    text = data[:DETECT_SAMPLE_BYTES].decode(encoding, errors="replace")
    score = 0
    for found in _NON_ASCII.finditer(text):
        char, index, code = found.group(), found.start(), ord(found.group())
        if char == "\ufffd" or 0x80 <= code <= 0x9F:
            score += 10
        elif (
            not char.isalpha()
            and 0 < index < len(text) - 1
            and text[index - 1].isalpha()
            and text[index + 1].isalpha()
        ):
            score += 1
    return score
