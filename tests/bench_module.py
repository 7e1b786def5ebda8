"""Load a benchmark script from tests/benchmarks/ as a module, for tests of its parts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent / "benchmarks"


def load_benchmark(name: str) -> ModuleType:
    """The script ``name`` (without .py); registered first, since dataclasses look their
    module up while being built."""
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
