"""Boilerplate rules and artifact repair for extracted blocks and plain-text lines alike.

The rules are general (wording, shape and position of a block), never keyed on a site.
A block is dropped only when all of it is boilerplate; words inside a kept paragraph are
never changed except by ``repair``, which fixes extraction artifacts where the reading is
unambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.extraction_blocks import TextBlock

# --- artifact repair -------------------------------------------------------------------

# "2, 000" -> "2,000": a 1-3 digit number, then groups of exactly three digits, each after
# a comma and a space. Ambiguous readings are left alone (see ``_join_thousands``).
_BROKEN_THOUSANDS = re.compile(r"(?<![\d.,])\b(\d{1,3})((?: ?, \d{3})+)\b(?![.,]\d)")
_LIST_BEFORE = re.compile(r"\d\s?,\s?$|\d\s(?:and|or|to|&)\s$")
_LIST_AFTER = re.compile(r"^\s?,\s?\d|^\s(?:and|or|to|&)\s\d")
_WORD_BEFORE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s$|"
    r"\b(?:no|nos|number|numbers|page|pages|pp|chapter|chapters|verse|verses|vol|art|"
    r"article|articles|section|sections|room|rooms|route|routes|flight)\.?\s$",
    re.I,
)
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[^\W\d_]|[)\]”\"’'%])[ \t]+(?=[,.](?:\s|$))")
_SR_PREFIX = re.compile(r"^(?:list of \d+ items?+|end of list)(?=\S)\s*", re.I)
_SR_SUFFIX = re.compile(r"(?<=\S)\s*(?:list of \d+ items?|end of list)$", re.I)


def _join_thousands(match: re.Match[str]) -> str:
    """Join the groups unless the numbers could be a list ("1, 2, 300", "10, 200 and 300"),
    a date ("May 5, 100 people") or a reference ("pages 3, 100")."""
    text = match.string
    before, after = text[max(0, match.start() - 24) : match.start()], text[match.end() :]
    groups = match.group(2)
    round_thousands = groups.endswith("000")
    if _WORD_BEFORE.search(before) or (_LIST_BEFORE.search(before) and not round_thousands):
        return match.group(0)
    if _LIST_AFTER.match(after) and not round_thousands:
        return match.group(0)
    return match.group(1) + groups.replace(" ", "")


def repair(text: str) -> str:
    """Fix extraction artifacts only: broken thousands, glued markers, stray spaces."""
    text = " ".join(text.split())
    text = _SR_PREFIX.sub("", text)
    text = _SR_SUFFIX.sub("", text)
    text = _BROKEN_THOUSANDS.sub(_join_thousands, text)
    return _SPACE_BEFORE_PUNCT.sub("", text)


# --- boilerplate -----------------------------------------------------------------------


def _phrases(*items: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(items) + r")$", re.I)


# "Read also" and "related" labels in the languages news sites use most.
_READ_ALSO = (
    r"lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|das könnte sie auch interessieren|"
    r"(?:à |a )?lire aussi|voir aussi|sur le même sujet|lee también|leer más|te puede interesar|"
    r"noticias relacionadas|leia (?:também|mais)|veja (?:também|mais)|saiba mais|leggi anche|"
    r"potrebbe interessarti|читайте также|смотрите также|lees ook|läs (?:även|mer)|"
    r"相关新闻|相关阅读|関連記事"
)
_RELATED_HEADING = (
    r"(?:recommended|related|suggested|popular|trending|featured)(?: for you| reading| now)?|"
    r"(?:recommended|related|suggested|popular|trending|featured|top|latest|more|other|similar)"
    r"(?: \w+)? (?:stories|articles|posts|content|news|reads|links|videos|coverage|topics)"
)

# Whole blocks that are never article text (matched after trimming punctuation).
_BOILERPLATE = _phrases(
    # related stories and navigation
    _RELATED_HEADING,
    r"(?:most|more) (?:read|popular|viewed|shared|watched|commented)(?: \w+)?",
    r"more (?:on|from|about|in) (?:this|the|our)? ?\w+(?: \w+){0,3}",
    r"(?:read|see|watch|listen)(?: \w+)? (?:more|next|also|here)|(?:also|further) read(?:ing)?",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)(?: \w+){0,3}",
    r"(?:don'?t|do not) miss|in (?:other|related) news|what to read next|editors?'? picks?",
    r"back to (?:top|home)|skip to (?:main )?(?:content|navigation)|home|menu|search|close",
    r"(?:read more\s*)+|(?:←|«|‹)\s*(?:previous|next|prev)\b.{0,100}|"
    r"(?:previous|next|prev)(?: post| article| story| page)?(?:\s*[:|]\s*.{0,100}|\s*(?:→|»|›))?",
    r"main articles?: .{1,150}|like this|like|loading(?:\.\.\.|…)?",
    r"list of \d+ items?|end of list|(?:list of \d+ items?)?end of list",
    # media labels and credits
    r"video|videos|gallery|photos?|audio|podcast|watch(?: now| video| live)?|play video|"
    r"image|images|image copyright(?: .{0,60})?|image caption|getty images|reuters|ap|afp",
    r"(?:\d+ )?(?:photos?|images?|videos?)|(?:open|view|expand|enlarge) (?:image|gallery|photo)",
    # a notice ("Copyright 2016 AP", "Copyright: Reuters"), not a heading "Copyright and fair use"
    r"media caption|copyright(?:\s*:\s*| (?:©|\(c\)|\d{4}|by\b|getty|reuters|afp|ap\b)).{0,60}|"
    r"© .{0,80}|all rights reserved\.?.{0,80}|"
    r"this material may not be published,? broadcast,? rewritten,? or redistributed\.?.{0,40}|"
    r"(?:download|get) (?:our|the) (?:free )?app\b.{0,40}",
    _READ_ALSO,
    r"(?:\d+ )?(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|комментарии)",
    r"teilen|partager|compartir|compartilhe|condividi|поделиться|delen|dela",
    r"(?:转播到|分享到|转发到|分享至)\S{0,12}|\S{0,8}(?:推荐|相关阅读|相关新闻|热门文章|延伸阅读)",
    # a reprint notice: "【… 未经授权，不得转载 …】", "版权所有"
    r"[【\[(（]?[^【】]{0,80}(?:(?:未经授权|未经许可)[^【】]{0,20}(?:转载|摘编|复制)|版权所有)"
    r"[^【】]{0,80}[】\])）]?",
    # advertising
    r"anzeige|werbung|publicidad|publicité|pubblicità|publicidade|reklama|реклама|"
    r"advertentie|annons|mainos|广告|広告",
    r"advertisement|advertisment|advert|adverts|ad|ads|sponsored(?: content| links?)?|"
    r"paid (?:content|post|partner)|promoted(?: content)?|partner content",
    r"(?:story|article) continues (?:below|after)(?: (?:this|the))? (?:advertisement|ad)|"
    r"continue reading(?: (?:the|this) (?:main )?(?:story|article))?(?: below)?|"
    r"scroll (?:down )?to continue(?: (?:reading|with content))?|"
    r"advertisement continue reading (?:the|this) (?:main )?(?:story|article)",
    # sharing
    # "Share this story on Facebook", "Share 12", not "Share prices" (a heading)
    r"share(?: this| the| full)?(?: story| article| post| page| link)?(?: \d+)?"
    r"(?:(?: on| via| with| to)(?: \w+){1,2})?|"
    r"sharing is caring|click (?:here )?to share(?: on| via)?(?: \w+){0,3}|tweet|email|print|"
    r"copy(?: the)? link|link copied|save(?: article| for later| story)?|bookmark|"
    r"(?:follow us|find us|like us|join us) on .{0,60}",
    # newsletters, subscriptions, cookies
    r"(?:sign up|subscribe|register)(?: (?:now|today|here|for free))?|"
    r"(?:sign up|subscribe) (?:for|to) (?:our|the)? ?.{0,60}"
    r"(?:newsletter|alerts?|updates|briefing)s?",
    # "Subscribe to The Daily", not a how-to's step "Sign up for a library card"
    r"(?:sign up|subscribe|register) (?:for|to|with) (?!an? )\S+(?: \S+){0,4}|"
    r"(?:\S+ ){0,3}newsletters?",
    r"follow (?:us|\S+(?: \S+){0,3}) on (?:twitter|facebook|instagram|x|social media|linkedin|"
    r"youtube|tiktok|threads|bluesky|google news|whatsapp|telegram)\b.{0,40}",
    r"follow (?:us|(?-i:[A-Z@])\S*(?: \S+){0,3}):",  # "Follow Jane Roe:", not "Follow these steps:"
    r"newsletters?|(?:get|receive) (?:the|our)? ?.{0,60} (?:in|to|delivered to) your inbox",
    r"by signing up,? you agree to (?:our|the) .{0,80}",
    r"(?:accept|reject|manage)(?: all)?(?: cookies| preferences| settings)?|"
    r"cookie (?:settings|preferences|policy)",
    # tags, reading aids, accounts, appeals
    r"(?:tags?|topics?|filed under|categories|category|keywords|themen|mots-clés|etiquetas)"
    r"\s*:.{0,200}",
    r"\d+ (?:of|/) \d+|\d+ min(?:ute)?s? read|reading time:? .{0,20}|"
    r"listen(?: to (?:this|the) (?:article|story))?(?: \d+ min(?:ute)?s?)?|"
    r"view this post on (?:instagram|facebook|tiktok|x|twitter)|a post shared by .{0,80}",
    r"(?:sign|log) ?in(?: to .{0,40})?|already (?:a subscriber|have an account)\??.{0,60}|"
    r"create (?:an|a free) account.{0,40}|"
    r"(?:subscribe|register) (?:now|today)?\s*to (?:continue|read).{0,60}",
    r"(?:support|fund) (?:our|independent|quality) journalism.{0,160}",
    r"our standards: .{0,80}|click here (?:to|for) .{0,80}",
    r"a version of this (?:article|story) (?:appears|appeared) in print .{0,300}",
    r"(?:this (?:article|story|post|piece) (?:was |has been )?)?originally "
    r"(?:published|posted|appeared|ran) "
    r"(?:at|on|in) .{0,200}",
    # comments
    r"(?:leave|post|add|write|submit) a (?:reply|comment|response)|cancel reply|reply|"
    r"post comment|(?:\d+ |no )?comments?|(?:view|show|read|load) (?:all )?(?:\d+ )?comments?|"
    r"join the (?:conversation|discussion|debate)|comment(?:s)? (?:are )?closed",
    r"your email address will not be published\.?(?: required fields are marked \*)?|"
    r"required fields are marked \*|you must be logged in to post a comment|"
    r"save my name,? email,? and website in this browser for the next time i comment",
    r"(?:name|email|e-mail|website|comment) \*",
)
_SHARE_WORDS = frozenset(
    """
    share tweet email e-mail print facebook twitter x whatsapp linkedin pinterest reddit
    telegram messenger flipboard copy link mail sms threads bluesky mastodon
    """.split()  # noqa: SIM905
)
# Share words that are ordinary words too: a block of only these (a link labelled "link")
# is as likely text as a button; "Copy link" itself is one of the phrases above.
_PLAIN_SHARE_WORDS = frozenset({"copy", "link"})
_TEASER_PREFIX = re.compile(
    r"^(?:read|read more|read also|also read|read next|see also|related|more|watch|listen|"
    r"recommended|further reading|must read|don'?t miss|top stories|" + _READ_ALSO + r")"
    r"\s*[:|»›>-]\s*\S",
    re.I,
)
_NEWSLETTER = re.compile(r"\bnewsletters?\b|\binbox\b", re.I)
_NEWSLETTER_ACTION = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe|your inbox|delivered to you|enter your e-?mail)\b", re.I
)
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_ACTION = re.compile(
    r"\b(?:we use|this (?:site|website) uses|uses cookies|accept|consent|"
    r"continuing to (?:browse|use))\b",
    re.I,
)
_CAPTION_PREFIX = re.compile(
    r"^(?:(?:photo|image|picture|photograph|pic|foto|bild|fotó|фото|imagen|illustration|"
    r"graphic|file photo|video)s?"
    r"(?:\s+credit)?\s*(?::|\|)\s*\S|(?:image|media) (?:copyright|caption)\b)",
    re.I,
)
# "图为…" ("the picture shows"), "图片来源：" (picture source): Chinese captions, one line.
_CJK_CAPTION = re.compile(r"^(?:图为|图片(?:来源)?\s*[:：]|图\s*[:：])")
_AGENCY = (
    r"(?:reuters|ap|afp|getty(?: images)?|epa(?:-efe)?|anadolu(?: agency)?|shutterstock|alamy|"
    r"bloomberg|pa(?: media| wire)?|dpa|xinhua|nurphoto|sopa images|pool|ap photo|"
    r"associated press|agence france-presse|file|handout|supplied|courtesy)"
)
_CAPTION_SUFFIX = re.compile(
    r"(?:[\[(](?:file|photo|image|picture|credit)?\s*:?\s*(?:[^\[\]()]{0,60}[\s/,;:-])?"
    + _AGENCY
    + r"\b[^\[\]()]{0,40}[\])]|[\[(]file(?: photo)?[\])]|"
    r"\b(?:photograph|photo|image|picture)(?: by)?\s*:\s*[^.]{2,80}|"
    r"\((?:photo|image|picture) by [^()]{2,80}\))$",
    re.I,
)
# A bare credit line: "Credit: X", "Photo by X on Unsplash", "Jane Roe/AFP via Getty Images".
_CREDIT_LINE = re.compile(
    r"^(?:(?:image |photo |picture )?credits?\s*:\s*\S.*|"
    r"(?:photo|image|picture|illustration|photograph)s? (?:by|courtesy of|via|from) \S.*|"
    # "Jane Roe for Reuters" names a photographer; "a reporter for Reuters" is a sentence
    r"[^.!?]{0,60}(?:/|\bvia |(?-i:\b[A-Z][\w.'’-]*) for )\s*" + _AGENCY + r")$",
    re.I,
)
_CAPITALISED = r"[^\W\d_a-z][\w.'’-]*"
_NAME = (
    _CAPITALISED + r"(?:\s+(?:" + _CAPITALISED + r"|de|van|von|der|da|di|la|le|bin|al-\w+)){0,4}"
)
# Capitalised words that start sentences like "By Tuesday, ..." rather than names.
_NOT_NAMES = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|The|This|That|Then|Now|"
    r"Next|Last|Early|Late|Mid|Noon|Midnight|Contrast|Comparison|Law|Far|Default|Design)\b)"
)
_BYLINE = re.compile(
    r"^(?i:by|written by|words by|(?:medically )?reviewed by|fact[- ]checked by|"
    r"von|par|por|di|door)"
    r"\s+"
    + _NOT_NAMES
    + _NAME
    + r"(?:\s*(?:,|and|&|und|et|y|e)\s*"
    + _NAME
    + r"){0,4}(?:\s*[|·•–-]\s*.{0,40}|,\s*"
    + _NAME
    + r")?$"
)
_BYLINE_TAIL = re.compile(r"^\s*(?:[|,·•–-]\s*[^.!?]{1,40})?$")
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|"
    r"juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)[a-z]*\.?"
)
_WEEKDAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|"
    r"jueves|viernes|sábado|domingo)[a-z]*"
)
_DATE = (
    r"(?:" + _WEEKDAY + r",?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?"
    + _MONTH
    + r",?\s+(?:de\s+)?\d{4}|"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
)
_TIME = (
    r"(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?|\s*uhr)?(?:\s*[a-z]{2,5})?|"
    r"\d{1,2}\s*[ap]\.?m\.?(?:\s*[a-z]{2,5})?)"
)
_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|last updated|posted|first published|modified|last modified|"
    r"created|date)(?:\s+on)?\s*:?\s*)?(?:"
    + _DATE
    + r"(?:\s*(?:,|at|um|à|a las|às|alle|-|–|\|)?\s*"
    + _TIME
    + r")?|"
    + _TIME
    + r"(?:\s*(?:,|on|-|–|\|)?\s*"
    + _DATE
    + r")?)"
    r"(?:\s*(?:\||·|•)\s*(?:updated|published)?\s*:?.{0,40})?$",
    re.I,
)
# A date (and time) before a byline: "Tuesday 15 October 2019 by Jane Roe".
_STAMP_PREFIX = re.compile(
    r"^(?:" + _DATE + r")(?:\s*(?:,|at|-|–|\|)?\s*" + _TIME + r")?\s*[,|·•–-]?\s*", re.I
)
_STAMP_LINE = re.compile(
    r"^(?:published|updated|last updated|posted|first published|last modified|"
    r"aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|atualizado|"
    r"pubblicato|aggiornato|gepubliceerd|bijgewerkt|обновлено|опубликовано)\b.{0,60}\d.{0,40}$",
    re.I,
)
_STAMP_WORD = re.compile(
    r"\b(?:first published|published|updated|last updated|posted|last modified)\b", re.I
)
_FULL_DATE = re.compile(_DATE, re.I)
_RELATIVE_TIME = re.compile(
    r"^(?:updated|published|posted)?\s*:?\s*(?:\d+|an?|one)\s+(?:minute|min|hour|hr|day|week|month)s?"
    r"\s+ago$",
    re.I,
)
_SOURCE = re.compile(r"^sources?\s*:\s*(?P<source>[^.:]{1,60}?)\.?$", re.I)
_ROLE = (
    r"(?:reporting|writing|editing|edited|written|compiled|research|researched|translation|"
    r"translated|graphics|fact-checking|contributing|production|produced)"
)
_CREDIT = re.compile(
    r"^\(?\s*(?:additional |further )?" + _ROLE + r"(?:\s+and\s+" + _ROLE + r")?\s+by\b.*",
    re.I,
)
_CONTRIBUTED = re.compile(
    r"^\(?[^.]{2,120}\bcontributed(?: reporting| research)?"
    r" to this (?:report|article|story)\.?\)?$",
    re.I,
)
# "Jane Roe covers the White House.", "Jane Roe is a reporter for ..." (a trailing bio).
_AUTHOR_BIO = re.compile(
    r"^"
    + _NAME
    + r"\s+(?:covers|writes about|reports on|has (?:covered|written about|reported on)|"
    r"(?:is|was) (?:a|an|the) (?:[\w-]+ ){0,4}"
    r"(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|author|"
    r"critic|photographer|intern|fellow)\b)"
)
_TRAILING_CREDIT = re.compile(
    r"\s*\(\s*(?P<credit>(?:additional )?(?:reporting|writing|editing|compiled)\s+by\b"
    r"[^()]*)\)\s*$",
    re.I,
)
_SECTION_MARKERS = _phrases(
    _RELATED_HEADING,
    r"(?:most|more) (?:read|popular|viewed|shared|watched)(?: \w+)?",
    r"more (?:on|from|about|in) (?:this|the|our)? ?\w+(?: \w+){0,3}",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)(?: \w+){0,3}",
    r"(?:read|see) (?:more|next|also)|further reading|what to read next|in (?:other|related) news",
    _READ_ALSO,
    r"(?:leave|post|add|write) a (?:reply|comment)|(?:\d+ )?comments?|"
    r"join the (?:conversation|discussion)",
)
# Headings of an article's end matter: citations, link lists and notes after the text.
_END_MATTER = _phrases(
    r"references?|notes?|footnotes|citations?|sources|bibliography|further reading|"
    r"external links?|see also|notes and references|references and notes|works cited|"
    r"einzelnachweise|weblinks|literatur|anmerkungen|siehe auch|quellen|"
    r"références|notes et références|liens externes|voir aussi|bibliographie|"
    r"referencias|enlaces externos|véase también|bibliografía|notas|"
    r"referências|ligações externas|ver também|note|voci correlate|collegamenti esterni|"
    r"bibliografia|参考文献|参考资料|外部链接|参见|脚注|注释|関連項目|外部リンク|"
    r"литература|примечания|ссылки|см\. также"
)
_READ_MORE = re.compile(r"^(?:read|continue reading|more)\b", re.I)
_TRUNCATED = re.compile(r"(?:…|\.\.\.)$")
_NON_ALNUM = re.compile(r"[\W_]+")
_TRIM = re.compile(r"^[\s\W_]+|[\s\W_]+$")
_TERMINAL = re.compile(r"[.!?…。！？:;\"”’»)]$")


def _key(text: str) -> str:
    """Lower-case letters and digits only: how two texts are compared for repeats."""
    return _NON_ALNUM.sub("", text.casefold())


def _normal(text: str) -> str:
    core = _TRIM.sub("", text)
    return " ".join(core.split()) if core else text.strip()


def is_boilerplate(text: str) -> bool:
    """True when the whole block is a known non-article phrase (any language-neutral shape)."""
    words = text.split()
    if not words:
        return True
    if len(words) > 60:
        return False  # every rule below is for short blocks
    core = _normal(text)
    if _BOILERPLATE.match(core) or _BOILERPLATE.match(text.strip()):
        return True
    bare = {_TRIM.sub("", w).lower() for w in words}
    if len(words) <= 12 and bare <= _SHARE_WORDS and not bare <= _PLAIN_SHARE_WORDS:
        return True
    if len(words) <= 30 and _NEWSLETTER.search(text) and _NEWSLETTER_ACTION.search(text):
        return True
    if len(words) <= 60 and _COOKIE.search(text) and _COOKIE_ACTION.search(text):
        return True
    return bool(len(words) <= 20 and (_TEASER_PREFIX.match(text) or _TEASER_PREFIX.match(core)))


def is_caption(text: str) -> bool:
    """Image captions and photo credits: "Photo: X", "... [File: Reuters]", "Image copyright"."""
    words = len(text.split())
    if words > 45:
        return False
    if _CAPTION_PREFIX.match(text) and words <= 40:
        return True
    if _CJK_CAPTION.match(text) and len(text) <= 80:
        return True
    if words <= 15 and _CREDIT_LINE.match(text.strip()):
        return True
    return bool(_CAPTION_SUFFIX.search(text.strip()))


_STAMP_FILLER = re.compile(
    r"^(?:on|at|by|in|of|the|and|to|am|pm|ago|last|first|updated|published|posted|modified|"
    r"(?:hour|hr|minute|min|day|week|month|year)s?|um|uhr|aktualisiert|veröffentlicht|mis|"
    r"jour|le|à|publié|el|de|del|las|às|do|da|alle|il|op|om|actualizado|publicado|atualizado|"
    r"pubblicato|aggiornato|gepubliceerd|bijgewerkt|" + _MONTH + "|" + _WEEKDAY + r")$",
    re.I,
)


def _reads_as_a_sentence(text: str) -> bool:
    """Four or more lower-case words that are not the words of a stamp: "Updated figures
    show a 40% rise" is a sentence, "Last updated on Monday 3 March at 10:32" is not."""
    words = [word for word in _TRIM.sub(" ", text).split() if word.isalpha() and word.islower()]
    return sum(1 for word in words if not _STAMP_FILLER.match(word)) >= 4


def is_dateline(text: str) -> bool:
    """A line that is only a date, time or "Published/Updated ..." stamp."""
    stripped = _normal(text)
    if len(stripped.split()) > 16:
        return False
    if _DATE_LINE.match(stripped) or _RELATIVE_TIME.match(stripped):
        return True
    if _STAMP_LINE.match(stripped) and not _reads_as_a_sentence(stripped):
        return True
    # "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET": a stamp after a
    # short label, with a full date and no full stop (a sentence would end with one).
    return bool(
        len(stripped.split()) <= 14
        and not text.rstrip().endswith(".")
        and _STAMP_WORD.search(stripped)
        and _FULL_DATE.search(stripped)
    )


def is_byline(text: str, byline: str | None) -> bool:
    """ "By Jane Doe", "By Jane Doe and John Roe | Reuters", or the page's own byline."""
    stripped = _normal(text)
    if len(stripped.split()) > 14:
        return False
    if byline and _key(stripped) in {_key(byline), _key("by " + byline)}:
        return True
    if byline and _BYLINE_TAIL.match(stripped[len(byline) :]) and stripped.startswith(byline):
        return True  # "Jane Roe | Reuters", "Jane Roe, CNN"
    if _BYLINE.match(stripped):
        return True
    stamp = _STAMP_PREFIX.match(stripped)
    return bool(stamp and stamp.end() and _BYLINE.match(stripped[stamp.end() :]))


def _looks_like_teaser(block: TextBlock) -> bool:
    """A related-story headline: a list item or link, or a short line without an ending."""
    words = len(block.text.split())
    if block.link_density >= 0.5 and words <= 25:
        return True
    if block.kind in {"list_item", "heading"} and words <= 20:
        return True
    return words <= 14 and not _TERMINAL.search(block.text)


@dataclass(slots=True)
class CleanResult:
    """Kept blocks with the index each had before cleaning, and what moved to metadata."""

    blocks: list[tuple[int, TextBlock]]
    source: str | None = None
    credits: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CleanContext:
    """What the cleaner knows about the page: its title, headline and byline."""

    titles: Sequence[str] = ()
    byline: str | None = None
    description: str | None = None
    standfirst: str | None = None  # the page's standfirst: metadata, not body


def _is_section_marker(block: TextBlock) -> bool:
    """A heading (or a few words) that opens a related-stories or comments section."""
    if not _SECTION_MARKERS.match(_normal(block.text)):
        return False
    return block.kind != "paragraph" or len(block.text.split()) <= 5


def _is_page_furniture(block: TextBlock, near_start: bool, context: CleanContext) -> bool:
    """Headline repeated, standfirst, byline or date line: metadata shown in the body."""
    text = block.text
    words = len(text.split())
    if words > 60:
        return False  # furniture is short; long blocks are prose
    key = _key(text)
    if near_start and key in {_key(title) for title in context.titles} - {""}:
        return True
    if near_start and key and key == _key(context.standfirst or ""):
        return True
    if near_start and key and key == _key(context.description or ""):
        return block.kind != "paragraph"  # a lede paragraph may double as the description
    if block.kind == "heading" and not near_start:
        return False  # a heading inside the text opens a section: "By Train", "March 3, 2020"
    if (near_start or words <= 8) and is_byline(text, context.byline):
        return True
    return words <= 16 and is_dateline(text)


def clean_blocks(blocks: Sequence[TextBlock], context: CleanContext | None = None) -> CleanResult:
    """Drop boilerplate blocks, repair artifacts and lift the source line and credits."""
    context = context or CleanContext()
    kept: list[tuple[int, TextBlock]] = []
    skipping_section = False
    end_matter: int | None = None  # the level of the end-matter heading being skipped
    position = 0
    prose_seen = False  # "near the start" lasts until six blocks or the first long paragraph
    for index, raw in enumerate(blocks):
        text = repair(raw.text)
        if not text:
            continue
        block = _replace_text(raw, text)
        near_start = position < 6 or not prose_seen
        position += 1
        if block.in_data_table:
            # A table's cells are text whatever they say ("Comment", "Email", a date).
            kept.append((index, block))
            skipping_section = False
            continue
        if block.kind == "heading" and prose_seen:
            if _END_MATTER.match(_normal(text)):
                end_matter = block.level if end_matter is None else min(end_matter, block.level)
                continue
            if end_matter is not None and block.level <= end_matter:
                end_matter = None  # a section of the text again
        if end_matter is not None:
            continue
        is_read_more = bool(_READ_MORE.match(text)) and is_boilerplate(text)
        if is_read_more and kept and _TRUNCATED.search(kept[-1][1].text):
            kept.pop()  # the teaser excerpt that this "Read more" link belonged to
        if skipping_section and (_looks_like_teaser(block) or is_boilerplate(text)):
            continue
        skipping_section = _is_section_marker(block)
        if skipping_section or is_boilerplate(text) or is_caption(text):
            continue
        if not _is_page_furniture(block, near_start, context):
            kept.append((index, block))
            prose_seen = prose_seen or len(text.split()) > 20
    return _lift_trailing_lines(kept)


def _lift_trailing_lines(kept: list[tuple[int, TextBlock]]) -> CleanResult:
    """Move trailing "Source: X" lines and "Reporting by ...; Editing by ..." or "Sam Lee
    contributed to this report." to metadata; drop trailing tag links and the writer's
    bio ("Jane Roe covers the White House."): like the byline, they are not the story."""
    result = CleanResult(kept)
    end = len(kept)
    while end:
        index, block = kept[end - 1]
        text = block.text
        words = len(text.split())
        if block.in_data_table:
            break
        if block.link_density >= 0.9 and words <= 8 and end == len(kept):
            kept.pop()
            end -= 1
            continue
        if words <= 60 and _AUTHOR_BIO.match(text):
            del kept[end - 1]  # about the writer, not the story (as the byline is)
            end -= 1
            continue
        source = _SOURCE.match(text)
        if source and len(text.split()) <= 10:
            result.source = result.source or source.group("source").strip()
            del kept[end - 1]
            end -= 1
            continue
        if (_CREDIT.match(text) or _CONTRIBUTED.match(text)) and words <= 45:
            result.credits.insert(0, text.strip().strip("()").strip())
            del kept[end - 1]
            end -= 1
            continue
        trailing = _TRAILING_CREDIT.search(text)
        if trailing and trailing.start() > 0:
            result.credits.insert(0, trailing.group("credit").strip())
            kept[end - 1] = (index, _replace_text(block, text[: trailing.start()].rstrip()))
        break
    return result


def _replace_text(block: TextBlock, text: str) -> TextBlock:
    return TextBlock(
        block.kind, text, block.level, block.links, block.link_chars, block.in_data_table
    )


def text_blocks(text: str) -> list[TextBlock]:
    """Plain text to paragraph blocks: one per line, or one per blank-line paragraph when the
    text is hard-wrapped (most paragraphs span several lines and no line is long)."""
    lines = [line.strip() for line in text.splitlines()]
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    multi_line = sum(1 for p in paragraphs if len([ln for ln in p.splitlines() if ln.strip()]) > 1)
    longest = max((len(line) for line in lines), default=0)
    if paragraphs and multi_line > len(paragraphs) / 2 and longest <= 100:
        return [TextBlock("paragraph", " ".join(p.split())) for p in paragraphs]
    return [TextBlock("paragraph", " ".join(line.split())) for line in lines if line]


def split_headline(blocks: Sequence[TextBlock]) -> tuple[str, list[TextBlock]]:
    """Plain text often starts with its headline: a short first line without a full stop,
    followed by prose. Returns (headline or "", the remaining blocks)."""
    if len(blocks) < 2:
        return "", list(blocks)
    first = blocks[0].text
    words = len(first.split())
    rest_words = max((len(block.text.split()) for block in blocks[1:]), default=0)
    if 3 <= words <= 20 and not _TERMINAL.search(first) and rest_words > words:
        return first, list(blocks[1:])
    return "", list(blocks)
