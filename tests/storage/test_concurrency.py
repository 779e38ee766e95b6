"""SQLite under writers and readers at once (two engines, as two processes would have):
no "database is locked", every write lands."""

from __future__ import annotations

import threading

from geomap.storage import Store, clean_text

WRITERS, DOCUMENTS_EACH, READS_EACH = 4, 6, 25


def test_concurrent_writers_and_readers(tmp_path, pipeline):
    url = f"sqlite:///{tmp_path / 'geomap.sqlite'}"
    stores = [Store(url), Store(url)]
    texts = [
        clean_text(f"Report {w}-{n}: troops arrived in Havana, Cuba, from Moscow on day {n}.")
        for w in range(WRITERS)
        for n in range(DOCUMENTS_EACH)
    ]
    collections = {text: pipeline.analyse(text, "en").collection for text in texts}
    errors: list[BaseException] = []

    def guarded(work) -> None:
        try:
            work()
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    def write(worker: int) -> None:
        store = stores[worker % 2]
        for text in texts[worker * DOCUMENTS_EACH : (worker + 1) * DOCUMENTS_EACH]:
            doc = store.add_document(text, collections[text]).id
            mention = store.document_features(doc)[0]["properties"]["mentions"][0]
            store.correct_mention(doc, mention["start"], mention["end"])
            store.add_document(text, collections[text])  # the duplicate is refused quietly

    def read(worker: int) -> None:
        store = stores[worker % 2]
        for _ in range(READS_EACH):
            store.list_documents()
            store.corpus_features({"country": "CU"})

    threads = [
        threading.Thread(target=guarded, args=(lambda w=w: write(w),)) for w in range(WRITERS)
    ]
    threads += [threading.Thread(target=guarded, args=(lambda w=w: read(w),)) for w in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    documents = stores[0].list_documents()
    assert len(documents) == len(texts)
    assert sum(len(stores[1].corrections(d.id)) for d in documents) == len(texts)
    for store in stores:
        store.close()
