"""The argument parser every ``briefing`` command line uses."""

from __future__ import annotations

import argparse

from tui.errors import UsageError


class ArgumentParser(argparse.ArgumentParser):
    """argparse that raises UsageError (exit 2, one line) instead of printing usage and
    exiting with its own code; the message names the subcommand and where help is."""

    def error(self, message: str) -> None:  # type: ignore[override]
        subcommand = self.prog.removeprefix("briefing").strip()
        prefix = f"{subcommand}: " if subcommand else ""
        raise UsageError(f"{prefix}{message} (see {self.prog} --help)")
