"""The reader's config file: key remapping and the starting theme.

The file is TOML at ``<platformdirs user config dir>/briefing/config.toml`` (for
example ``~/.config/briefing/config.toml`` on Linux); ``BRIEFING_CONFIG`` names another
file. Example::

    theme = "textual-light"      # any Textual theme name

    [keys]                       # binding id = comma-separated keys
    next_figure = "ctrl+n,]"
    quit = "q,ctrl+q"

A broken file never stops the reader: problems are collected and shown as a warning.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CONFIG_ENV = "BRIEFING_CONFIG"


def config_path() -> Path:
    """Where the config file is read from (it need not exist)."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_config_path("briefing") / "config.toml"


@dataclass(slots=True)
class Config:
    """What the config file asked for, and anything wrong with it."""

    keymap: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    problems: list[str] = field(default_factory=list)


def load_config(path: Path | None = None, known_ids: frozenset[str] = frozenset()) -> Config:
    """Read the config file; a missing file is an empty config."""
    path = path or config_path()
    config = Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return config
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        config.problems.append(f"{path}: {error}")
        return config
    theme = data.get("theme")
    if isinstance(theme, str):
        config.theme = theme
    elif theme is not None:
        config.problems.append(f"{path}: theme must be a string")
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        config.problems.append(f"{path}: [keys] must be a table")
        keys = {}
    for binding_id, value in keys.items():
        if known_ids and binding_id not in known_ids:
            config.problems.append(f"{path}: unknown command id {binding_id!r}")
        elif not isinstance(value, str) or not value.strip():
            config.problems.append(f"{path}: keys for {binding_id!r} must be a non-empty string")
        else:
            config.keymap[binding_id] = value
    return config
