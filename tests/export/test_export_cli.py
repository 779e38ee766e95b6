"""`geomap export` from the command line: the same files as the library, clear errors, and
an output file replaced only by a complete export."""

from __future__ import annotations

import json

from geomap.export import export_corpus


def test_export_writes_filtered_geojson(run_cli, export_data_dir, store, tmp_path, rfc7946):
    target = tmp_path / "links.geojson"
    done = run_cli(
        "export",
        "--data-dir",
        str(export_data_dir),
        "--kind",
        "link",
        "--from",
        "2015",
        "-o",
        str(target),
    )
    assert done.returncode == 0, done.stderr
    assert (
        target.read_text(encoding="utf-8")
        == export_corpus(store, {"kind": "link", "from": "2015"}).text
    )
    collection = json.loads(target.read_text(encoding="utf-8"))
    assert not list(rfc7946.iter_errors(collection))
    assert f"{len(collection['features'])} features -> {target}" in done.stderr


def test_export_to_stdout_and_csv(run_cli, export_data_dir, store):
    document = store.list_documents()[0]
    shown = run_cli("export", "--data-dir", str(export_data_dir), "--document", str(document.id))
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["document"]["id"] == document.id
    table = run_cli("export", "--data-dir", str(export_data_dir), "--format", "links.csv")
    assert table.returncode == 0, table.stderr
    assert table.stdout.lstrip("\ufeff").startswith("id,document_id,")


def test_export_errors_are_clear_and_leave_files_alone(run_cli, export_data_dir, tmp_path):
    target = tmp_path / "kept.geojson"
    target.write_text("earlier export", encoding="utf-8")
    for arguments, message in [
        (["--from", "2015-02-30"], "from: 2015-02-30 is not a date on the calendar"),
        (["--kind", "airport"], "kind: one of place, border, link, deployment"),
        (["--document", "99999"], "no document with id 99999"),
        (["--document", "1", "--country", "TH"], "filters apply to the corpus"),
    ]:
        done = run_cli("export", "--data-dir", str(export_data_dir), *arguments, "-o", str(target))
        assert done.returncode == 1 and message in done.stderr, (arguments, done.stderr)
        assert target.read_text(encoding="utf-8") == "earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.geojson"]
