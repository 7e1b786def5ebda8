"""Every command of the reader, declared once.

Each command is a small class: its name gives the title ("NextFigure" -> "Next figure")
and the binding id ("next_figure"), its docstring is the help text, ``key`` the default
keys. From these one declaration the app builds its bindings, the command palette
entries and the help screen, so the three never disagree (the davep/hike pattern).
Binding ids are what users remap in the config file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import ClassVar

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content


class Command:
    """Base class. Subclass docstrings are user-facing help text."""

    key: ClassVar[str]
    group: ClassVar[str] = "Reading"
    footer: ClassVar[str | None] = None  # short label when shown in the footer
    priority: ClassVar[bool] = False
    base_action: ClassVar[str | None] = None  # several commands, one action
    argument: ClassVar[str | None] = None  # what they pass to it, e.g. a highlight kind

    @classmethod
    def id(cls) -> str:
        return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()

    @classmethod
    def title(cls) -> str:
        return cls.id().replace("_", " ").capitalize()

    @classmethod
    def help(cls) -> str:
        return " ".join((cls.__doc__ or "").split())

    @classmethod
    def action_name(cls) -> str:
        return cls.base_action or cls.id()

    @classmethod
    def action(cls) -> str:
        """The action string: ``next_figure``, or ``toggle_kind('figure')``."""
        if cls.argument is None:
            return cls.action_name()
        return f"{cls.action_name()}({cls.argument!r})"

    @classmethod
    def binding(cls) -> Binding:
        return Binding(
            cls.key,
            cls.action(),
            cls.footer or cls.title(),
            show=cls.footer is not None,
            id=cls.id(),
            tooltip=cls.help(),
            priority=cls.priority,
        )


# -- moving -------------------------------------------------------------------------


class ScrollDown(Command):
    """Scroll the article down one line (in the facts panel: next row)."""

    key = "j,down"


class ScrollUp(Command):
    """Scroll the article up one line (in the facts panel: previous row)."""

    key = "k,up"


class PageDown(Command):
    """Scroll the article down one screen."""

    key = "space,pagedown"


class PageUp(Command):
    """Scroll the article up one screen."""

    key = "b,pageup"


class GoTop(Command):
    """Go to the start of the article."""

    key = "g,home"


class GoBottom(Command):
    """Go to the end of the article."""

    key = "G,end"


class NextPane(Command):
    """Move between the article, the figures table and the entity list."""

    key = "tab"


# -- finding ------------------------------------------------------------------------


class Search(Command):
    """Search the article text (case-insensitive); n and N walk the hits."""

    key = "slash"
    group = "Finding"
    footer = "Search"


class NextMatch(Command):
    """Next search hit, or next mention of the selected entity."""

    key = "n"
    group = "Finding"


class PreviousMatch(Command):
    """Previous search hit, or previous mention of the selected entity."""

    key = "N"
    group = "Finding"


class NextFigure(Command):
    """Jump to the next figure in the text."""

    key = "right_square_bracket"
    group = "Finding"


class PreviousFigure(Command):
    """Jump to the previous figure in the text."""

    key = "left_square_bracket"
    group = "Finding"


class NextEntity(Command):
    """Jump to the next named entity in the text."""

    key = "right_curly_bracket"
    group = "Finding"


class PreviousEntity(Command):
    """Jump to the previous named entity in the text."""

    key = "left_curly_bracket"
    group = "Finding"


class ClearMarks(Command):
    """Clear the search hits and the selected entity."""

    key = "escape"
    group = "Finding"


# -- facts and highlighting ---------------------------------------------------------


class ToggleFacts(Command):
    """Show or hide the facts panel (figures and entities)."""

    key = "f"
    group = "Facts"
    footer = "Facts"


class _ToggleKind(Command):
    """Show or hide one kind of highlighting (a base, not a command itself)."""

    group = "Facts"
    base_action = "toggle_kind"


class ToggleFigures(_ToggleKind):
    """Show or hide the highlighting of figures."""

    key = "1"
    argument = "figure"


class TogglePeople(_ToggleKind):
    """Show or hide the highlighting of people."""

    key = "2"
    argument = "person"


class ToggleOrganizations(_ToggleKind):
    """Show or hide the highlighting of organisations."""

    key = "3"
    argument = "organization"


class TogglePlaces(_ToggleKind):
    """Show or hide the highlighting of places."""

    key = "4"
    argument = "place"


class ToggleGroups(_ToggleKind):
    """Show or hide the highlighting of groups (nationalities, parties, religions)."""

    key = "5"
    argument = "group"


class ToggleOther(_ToggleKind):
    """Show or hide the highlighting of other named things (events, laws, works)."""

    key = "6"
    argument = "other"


# -- the article --------------------------------------------------------------------


class ShowLinks(Command):
    """List the article's links; a number key opens one in the browser."""

    key = "u"
    group = "Article"
    footer = "Links"


class OpenInBrowser(Command):
    """Open the article itself in the web browser."""

    key = "o"
    group = "Article"


class CopyParagraph(Command):
    """Copy the marked paragraph to the clipboard."""

    key = "y"
    group = "Article"


# -- notes --------------------------------------------------------------------------


class Highlight(Command):
    """Highlight the mouse selection, or the sentence at the cursor; again removes it."""

    key = "h"
    group = "Notes"


class HighlightParagraph(Command):
    """Highlight the whole marked paragraph; again removes it."""

    key = "H"
    group = "Notes"


class Comment(Command):
    """Write a comment on the highlight at the cursor."""

    key = "a"
    group = "Notes"


class SaveNote(Command):
    """Save (or update) the Markdown note for this article with your highlights."""

    key = "s"
    group = "Notes"
    footer = "Save"


# -- the app ------------------------------------------------------------------------


class ToggleTheme(Command):
    """Switch between the light and the dark theme."""

    key = "t"
    group = "App"


class Help(Command):
    """Show every key and what it does."""

    key = "question_mark"
    group = "App"
    footer = "Help"


class Quit(Command):
    """Quit briefing."""

    key = "q"
    group = "App"
    footer = "Quit"


def _leaves(base: type[Command]) -> Iterator[type[Command]]:
    """Command classes in declaration order; names starting with _ are shared bases."""
    for sub in base.__subclasses__():
        if sub.__name__.startswith("_"):
            yield from _leaves(sub)
        else:
            yield sub


COMMANDS: tuple[type[Command], ...] = tuple(_leaves(Command))
GROUPS = ("Reading", "Finding", "Facts", "Article", "Notes", "App")
COMMAND_IDS = frozenset(command.id() for command in COMMANDS)
COMMAND_ACTIONS = frozenset(command.action_name() for command in COMMANDS)


def bindings() -> list[Binding]:
    """The app's bindings, one per command."""
    return [command.binding() for command in COMMANDS]


def by_group() -> Iterator[tuple[str, list[type[Command]]]]:
    for group in GROUPS:
        yield group, [command for command in COMMANDS if command.group == group]


class BriefingCommands(Provider):
    """Command palette entries: every reader command, with its current keys."""

    def _entries(self):
        app = self.app
        for command in COMMANDS:
            keys = app.keys_for(command)  # type: ignore[attr-defined]
            # Content, not str: the palette reads str help as markup, and keys like "["
            # would break it.
            help_text = Content(f"{command.help()}  ·  {keys}" if keys else command.help())
            yield command, help_text, partial(app.run_action, command.action())

    async def discover(self) -> Hits:
        for command, help_text, callback in self._entries():
            yield DiscoveryHit(Content(command.title()), callback, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command, help_text, callback in self._entries():
            score = matcher.match(command.title())
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.title()),
                    callback,
                    help=help_text,  # type: ignore[arg-type]
                )
