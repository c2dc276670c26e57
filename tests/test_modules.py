"""Module hygiene: a module-level name bound twice silently replaces the first binding (two different
``_CLAUSE_BREAK`` patterns in one module once disabled a rule without any error)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "pipeline"


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", sorted(ROOT.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path):
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(n for n, k in Counter(names).items() if k > 1 and n != "__all__")
    assert not twice, f"{path}: bound more than once at module level: {twice}"


def test_the_check_sees_a_rebinding():
    assert _top_level_names(ast.parse("A = 1\ndef f(): pass\nA = 2\n")).count("A") == 2
