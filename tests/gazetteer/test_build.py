"""Building the store: staleness check and all-or-nothing replacement."""

import shutil

import pytest

from geomap.gazetteer.build import build, fingerprint, stored_fingerprint


def test_built_store_records_the_fingerprint_of_its_inputs(gazetteer_path):
    from geomap import config

    assert stored_fingerprint(gazetteer_path) == fingerprint(config.world_atlas_path())


def test_failed_build_leaves_the_previous_store_untouched(gazetteer_path, tmp_path):
    store = tmp_path / "gazetteer.sqlite"
    shutil.copy(gazetteer_path, store)
    before = store.read_bytes()[:4096]
    with pytest.raises(FileNotFoundError, match="world-atlas"):
        build(store, tmp_path / "missing-world-atlas.json")
    assert store.read_bytes()[:4096] == before
    assert not list(tmp_path.glob("*.building-*"))


def test_build_if_stale_does_nothing_when_up_to_date(run_cli, gazetteer_path, tmp_path):
    store = tmp_path / "gazetteer.sqlite"
    shutil.copy(gazetteer_path, store)
    result = run_cli("gazetteer", "build", "--if-stale", env={"GEOMAP_GAZETTEER": str(store)})
    assert result.returncode == 0 and "up to date" in result.stderr
