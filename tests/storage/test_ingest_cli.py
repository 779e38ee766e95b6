"""`geomap ingest` as a user runs it: folders, encodings, failures, idempotence."""

from __future__ import annotations

from pathlib import Path

from geomap.storage import Store

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_ingest_folder_encodings_failures_and_rerun(tmp_path: Path, run_cli):
    first, second = (path.read_text(encoding="utf-8") for path in SEEDS[:2])
    corpus = tmp_path / "corpus"
    (corpus / "old" / "deeper").mkdir(parents=True)
    (corpus / "a.txt").write_text(first, encoding="utf-8")
    (corpus / "old" / "deeper" / "a-tis620.txt").write_bytes(first.encode("cp874"))
    (corpus / "old" / "b.html").write_bytes(
        f"<html><head><title>Second seed</title><script>var x = 'ไม่ใช่ข้อความ';</script>"
        f"</head><body><p>{second}</p></body></html>".encode("utf-16")
    )
    (corpus / "old" / "empty.md").write_text("   \n", encoding="utf-8")
    (corpus / "old" / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    (corpus / "old" / "ignored.json").write_text("{}", encoding="utf-8")
    data_dir = tmp_path / "data"

    run = run_cli("ingest", "--data-dir", str(data_dir), str(corpus))
    assert run.returncode == 1, run.stderr
    assert run.stdout.strip() == "2 added, 1 already present, 2 failed"
    assert "empty.md: the document has no text" in run.stderr
    assert "binary.txt: this looks like a binary file" in run.stderr

    store = Store(f"sqlite:///{data_dir / 'geomap.sqlite'}")
    documents = {d.title: d for d in store.list_documents()}
    assert set(documents) == {first.splitlines()[0][:120] + "…", "Second seed"}
    html = store.get_document(documents["Second seed"].id)
    assert "ไม่ใช่ข้อความ" not in html.text and "<" not in html.text
    assert documents["Second seed"].places > 0
    for summary in documents.values():
        text = store.get_document(summary.id).text
        for feature in store.document_features(summary.id):
            for mention in feature["properties"].get("mentions", []):
                assert text[mention["start"] : mention["end"]] == mention["text"]
    store.close()

    again = run_cli("ingest", "--data-dir", str(data_dir), str(corpus))
    assert again.stdout.strip() == "0 added, 3 already present, 2 failed"


def test_ingest_refuses_missing_paths(tmp_path: Path, run_cli):
    run = run_cli("ingest", "--data-dir", str(tmp_path), str(tmp_path / "nothing-here"))
    assert run.returncode == 2
    assert "does not exist" in run.stderr
