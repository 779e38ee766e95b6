"""The cue tables are merged from many branches: a constant defined twice silently shadows the
first (stop 12 lost a question rule that way), so each name is defined once."""

import ast
from collections import Counter
from pathlib import Path

import pytest

RELATIONS = Path(__file__).resolve().parents[2] / "geomap" / "relations"


@pytest.mark.parametrize("module", ["cues.py", "taxonomy.py", "scope.py", "magnitudes.py"])
def test_each_module_level_name_is_defined_once(module):
    tree = ast.parse((RELATIONS / module).read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    )
    assert [name for name, count in names.items() if count > 1] == []
