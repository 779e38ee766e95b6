"""Quality floors on the gold sets; `geomap evaluate` prints the real figures."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS_GOLD = ROOT.parent / "shared" / "eval" / "seeds_gold.jsonl"


def evaluate(run_cli, path: Path) -> dict:
    result = run_cli("evaluate", "--json", str(path))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="shared/ is not beside the checkout")
def test_seed_gold_f1_meets_the_target(run_cli):
    report = evaluate(run_cli, SEEDS_GOLD)
    assert report["overall"]["f1"] >= 0.97
    assert report["overall"]["acc_at_161km"] >= 0.97


@pytest.mark.slow
def test_project_dev_set_does_not_regress(run_cli):
    report = evaluate(run_cli, ROOT / "eval" / "gold" / "dev.jsonl")
    assert report["documents"] >= 30
    assert report["overall"]["f1"] >= 0.83
    assert report["th"]["f1"] >= 0.82 and report["en"]["f1"] >= 0.82


def test_evaluate_rejects_a_broken_gold_file(run_cli, tmp_path):
    broken = tmp_path / "gold.jsonl"
    broken.write_text('{"id": "x", "text": "a"}\nnot json\n', encoding="utf-8")
    result = run_cli("evaluate", str(broken))
    assert result.returncode == 1 and "gold.jsonl:2" in result.stderr
