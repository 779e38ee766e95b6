"""The `geomap` command line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from geomap import config

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

data_dir_option = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="GEOMAP_DATA_DIR",
    help="Where the gazetteer and database live [env GEOMAP_DATA_DIR; "
    "default ~/.local/share/geomap].",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="geomap")
def main() -> None:
    """geomap: find the places, links and deployments in Thai and English news text.

    Start with `geomap gazetteer build`, then `geomap parse FILE` or `geomap geocode NAME`.
    """


@main.group()
def gazetteer() -> None:
    """Build and inspect the embedded gazetteer (no network needed)."""


@gazetteer.command("build")
@data_dir_option
@click.option("--if-stale", is_flag=True, help="Do nothing when the store is up to date.")
def gazetteer_build(data_dir: Path | None, if_stale: bool) -> None:
    """Build the gazetteer store from installed packages and the project's tables."""
    from geomap.gazetteer.build import build, fingerprint, stored_fingerprint

    store = config.gazetteer_path(config.data_dir(data_dir))
    atlas = config.world_atlas_path()
    if if_stale and stored_fingerprint(store) == fingerprint(atlas):
        click.echo(f"gazetteer up to date: {store}", err=True)
        return
    click.echo(f"building gazetteer at {store}", err=True)
    try:
        figures = build(store, atlas, progress=lambda msg: click.echo(f"  {msg}", err=True))
    except FileNotFoundError as error:
        raise click.ClickException(str(error)) from error
    places = ", ".join(f"{n} {kind}" for kind, n in sorted(figures["places"].items()))
    click.echo(
        f"built in {figures['seconds']} s, {figures['bytes'] / 1e6:.1f} MB: {places}; "
        f"{figures['names']} names, {figures['phonetic_keys']} phonetic keys",
        err=True,
    )


@gazetteer.command("info")
@data_dir_option
def gazetteer_info(data_dir: Path | None) -> None:
    """Print what the store holds and when it was built."""
    meta = _open_gazetteer(data_dir).meta()
    meta["figures"] = json.loads(meta.get("figures", "{}"))
    click.echo(json.dumps(meta, indent=2, ensure_ascii=False))


@gazetteer.command("exonyms")
@data_dir_option
@click.option("--sample", default=600, show_default=True, help="How many Thai names to try.")
@click.option("--seed", default=1, show_default=True)
def gazetteer_exonyms(data_dir: Path | None, sample: int, seed: int) -> None:
    """Measure the transliteration matcher on Thai names the gazetteer already knows.

    Each Thai name is looked up by sound alone (the matcher never sees Thai names), and
    the answer is right when it is the place that carries that Thai name.
    """
    from geomap.gazetteer.exonyms import evaluate

    report = evaluate(_open_geocoder(data_dir), sample=sample, seed=seed)
    click.echo(json.dumps(report, indent=2, ensure_ascii=False))


@main.command()
@data_dir_option
@click.option("--country", "country", metavar="CC", help="Only places in this ISO country.")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option(
    "--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True
)
@click.argument("query", nargs=-1, required=True)
def geocode(data_dir: Path | None, country: str | None, limit: int, fmt: str, query) -> None:
    """Resolve a place name (Thai or English) to candidates, best first."""
    text = " ".join(query).strip()
    if not text:
        raise click.UsageError("QUERY is empty")
    if len(text) > 500:
        raise click.UsageError("QUERY is longer than 500 characters")
    if country and (len(country) != 2 or not country.isalpha()):
        raise click.BadParameter(
            "use an ISO 3166-1 alpha-2 code such as CU", param_hint="--country"
        )
    geocoder = _open_geocoder(data_dir)
    found = geocoder.candidates(
        text, country_codes=[country.upper()] if country else None, limit=limit
    )
    rows = [candidate.as_dict() for candidate in found]
    if not rows:
        rows = _ask_online(data_dir, text)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(f"no place found for {text!r}", err=True)
        sys.exit(1)
    for rank, row in enumerate(rows, 1):
        where = f", {row['country_code']}" if row["country_code"] else ""
        click.echo(
            f"{rank}. {row['name']}{where} [{row['feature_type']}] "
            f"{row['lat']:.4f}, {row['lon']:.4f}  score {row['score']:.3f} ({row['match']})"
        )


@main.command()
@data_dir_option
@click.option("--lang", type=click.Choice(["auto", "th", "en"]), default="auto", show_default=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["geojson", "jsonl", "summary"]),
    default="geojson",
    show_default=True,
    help="geojson: one FeatureCollection for all inputs; jsonl: one per input file, one per "
    "line; summary: a readable list.",
)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
def parse(data_dir: Path | None, lang: str, fmt: str, paths: tuple[Path, ...]) -> None:
    """Find and resolve the places in UTF-8 text files (or stdin for - or no PATH).

    A folder stands for the .txt and .md files in it, in name order.
    """
    from geomap.pipeline import Pipeline

    inputs = _expand_inputs(paths)
    pipeline = Pipeline(_open_gazetteer(data_dir))
    collections = []
    with _progress(len(inputs), "parsing") as bar:
        for name, text in _read_inputs(inputs):
            try:
                analysis = pipeline.analyse(text, lang)
            except ValueError as error:
                raise click.ClickException(f"{name}: {error}") from error
            collections.append((name, analysis.result, analysis.collection))
            bar.update(1)
    if fmt == "jsonl":
        for _, _, collection in collections:
            click.echo(json.dumps(collection, ensure_ascii=False))
    elif fmt == "geojson":
        merged = {"type": "FeatureCollection", "features": [], "unresolved": []}
        for name, _, collection in collections:
            for feature in collection["features"]:
                feature["properties"]["document"] = name
            for item in collection["unresolved"]:
                item["document"] = name
            merged["features"].extend(collection["features"])
            merged["unresolved"].extend(collection["unresolved"])
        click.echo(json.dumps(merged, ensure_ascii=False))
    else:
        for name, result, collection in collections:
            click.echo(f"{name} [{result.lang}]")
            for feature in collection["features"]:
                props = feature["properties"]
                if props["kind"] in ("link", "deployment"):
                    click.echo(f"  {_relation_line(props)}")
                    continue
                click.echo(
                    f"  {props['name']} ({props['feature_type']}, {props['country_code'] or '-'})"
                    f" x{len(props['mentions'])}  confidence {props['confidence']:.2f}"
                )
            for item in collection["unresolved"]:
                click.echo(f"  ? {item['text']} ({item['reason']})")


@main.command()
@data_dir_option
@click.option("--lang", type=click.Choice(["auto", "th", "en"]), default="auto", show_default=True)
@click.option("-v", "--verbose", is_flag=True, help="Say on stderr as each document is stored.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def ingest(data_dir: Path | None, lang: str, verbose: bool, paths: tuple[Path, ...]) -> None:
    """Store text, Markdown and HTML files (folders: recursively) with their places.

    Encodings are detected (UTF-8, UTF-16, TIS-620/cp874). Each document is stored whole or
    not at all; a document already stored is not stored again.
    """
    from geomap.pipeline import Pipeline
    from geomap.storage import open_store
    from geomap.storage.ingest import collect_files, ingest_paths

    try:
        files, _ = collect_files(paths)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    store = open_store(data_dir)
    pipeline = Pipeline(_open_gazetteer(data_dir))
    with _progress(len(files), "ingesting") as bar:
        report = ingest_paths(
            store,
            pipeline,
            paths,
            lang=lang,
            progress=lambda _: bar.update(1),
            stored=_say_stored if verbose else None,
        )
    for name, reason in report.failed:
        click.echo(f"failed: {name}: {reason}", err=True)
    click.echo(report.summary())
    if report.failed:
        sys.exit(1)


def _say_stored(name: str, added) -> None:
    state = "stored" if added.created else "already stored"
    click.echo(f"{state}: {name} as document {added.id}", err=True)


@main.command()
@data_dir_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535))
def serve(data_dir: Path | None, host: str, port: int) -> None:
    """Run the web app with a production server (waitress).

    Beyond 127.0.0.1 it needs GEOMAP_API_TOKEN and GEOMAP_SECRET_KEY; on loopback a token
    is made at first start and printed.
    """
    from geomap.gazetteer import GazetteerMissing
    from geomap.web import InsecureConfiguration
    from geomap.web import serve as run_server

    try:
        run_server(data_dir, host, port, announce=lambda line: click.echo(line, err=True))
    except (InsecureConfiguration, GazetteerMissing) as error:
        raise click.ClickException(str(error)) from error


@main.command()
@data_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--errors/--no-errors", default=False, help="List every miss and false place.")
@click.option(
    "--error-kinds", is_flag=True,
    help="Count the relation errors by kind (no text shown: safe on held-out sets).",
)  # fmt: skip
@click.option(
    "--rules-only", is_flag=True,
    help="Score the relation rules without the learned model's second opinion.",
)  # fmt: skip
@click.option(
    "--overlay", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
    help="JSONL of relation annotations (id, links, allowed_links, deployments) laid over the "
    "gold documents of the same id; only those documents are scored.",
)  # fmt: skip
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def evaluate(
    data_dir: Path | None,
    as_json: bool,
    errors: bool,
    error_kinds: bool,
    rules_only: bool,
    overlay: Path | None,
    gold: tuple[Path, ...],
) -> None:
    """Score the parser on gold JSONL files (the format of shared/eval/seeds_gold.jsonl).

    Prints mention precision, recall and F1, resolution accuracy within 161 km and
    end-to-end F1, per language and overall.
    """
    from geomap.geoparse.evaluate import evaluate as run_evaluation

    documents = _gold_documents(gold)
    if overlay is not None:
        documents = _overlaid(documents, overlay)
    parser = _open_parser(data_dir)
    with _progress(len(documents), "evaluating") as bar:
        report = run_evaluation(parser, documents, progress=lambda *_: bar.update(1))
    report["relations"] = _relation_scores(parser, documents, second_opinion=not rules_only)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    click.echo(f"{report['documents']} documents")
    header = f"{'':8} {'mentions':>8} {'P':>6} {'R':>6} {'F1':>6} {'Acc@161':>8} {'E2E F1':>7}"
    click.echo(header)
    for lang, row in report.items():
        if not isinstance(row, dict) or lang == "relations":
            continue
        click.echo(
            f"{lang:8} {row['documents_gold_mentions']:>8} {row['precision']:>6.3f}"
            f" {row['recall']:>6.3f} {row['f1']:>6.3f} {row['acc_at_161km']:>8.3f}"
            f" {row['end_to_end_f1']:>7.3f}"
        )
    relations = report["relations"]
    click.echo(
        f"\n{'':8} {'links':>6} {'P':>6} {'R':>6} {'F1':>6}   {'deploy':>6} {'P':>6} {'R':>6}"
        f" {'F1':>6} {'troops':>7} {'@161km':>7}"
    )
    for lang, row in relations.items():
        if lang == "errors":
            continue
        links, deployments = row["links"], row["deployments"]
        click.echo(
            f"{lang:8} {links['gold']:>6} {links['precision']:>6.3f} {links['recall']:>6.3f}"
            f" {links['f1']:>6.3f}   {deployments['gold']:>6} {deployments['precision']:>6.3f}"
            f" {deployments['recall']:>6.3f} {deployments['f1']:>6.3f}"
            f" {deployments['troops_accuracy']:>7.3f} {deployments['location_acc_at_161km']:>7.3f}"
        )
    if error_kinds:
        for lang, row in relations.items():
            if lang != "errors" and row["error_kinds"]:
                click.echo(f"\nrelation errors by kind, {lang}:")
                for kind, count in row["error_kinds"].items():
                    click.echo(f"{count:>6}  {kind}")
    if errors:
        for line in report["errors"] + relations["errors"]:
            click.echo(f"  {line}")


def _gold_documents(paths: tuple[Path, ...]) -> list[dict]:
    """Every document of the gold JSONL files, or a clear error naming the bad line."""
    from geomap.geoparse.evaluate import load_gold

    documents = []
    for path in paths:
        try:
            documents.extend(load_gold(path))
        except (ValueError, KeyError) as error:
            raise click.ClickException(str(error)) from error
    return documents


RELATION_LAYER = ("links", "allowed_links", "deployments")


def _overlaid(documents: list[dict], path: Path) -> list[dict]:
    """The documents `path` annotates, with its relation layer in place of their own: our
    annotations of a corpus we may read but not copy (shared/eval/peer) live apart from it."""
    by_id = {doc.get("id"): doc for doc in documents}
    overlaid = []
    for number, entry in enumerate(_gold_documents((path,)), 1):
        doc = by_id.get(entry.get("id"))
        if doc is None:
            raise click.ClickException(
                f"{path}: entry {number} names document {entry.get('id')!r}, "
                "which no gold file holds"
            )
        overlaid.append({**doc, **{key: entry.get(key, []) for key in RELATION_LAYER}})
    return overlaid


def _relation_scores(parser, documents: list[dict], second_opinion: bool) -> dict:
    """Link and deployment scores (geomap.relations.evaluate) of the same documents."""
    from geomap.relations import extract_relations, relation_report

    scored = []
    for doc in documents:
        result = parser.parse(doc["text"], doc.get("lang", "auto"))
        features = extract_relations(result, parser.gazetteer, second_opinion)
        scored.append((doc, features, doc.get("lang", result.lang)))
    return relation_report(scored)


def _relation_line(props: dict) -> str:
    """One readable line for a link or deployment in `--format summary`."""
    date = f" {props['date']}" if props.get("date") else ""
    if props["kind"] == "link":
        amount = (
            f" {props['amount']:,} {props['currency']}" if props.get("amount") is not None else ""
        )
        return (
            f"link {props['source_country']}-{props['target_country']} {props['relation']}"
            f" [{props['status']}]{date}{amount}  confidence {props['confidence']:.2f}"
        )
    troops = f" {props['troops']:,} troops" if props.get("troops") else ""
    return (
        f"deployment {props['actor_country']} in {props['host_country']} at {props['place']}"
        f" {props['relation']} [{props['status']}]{date}{troops}"
        f"  confidence {props['confidence']:.2f}"
    )


@main.command("export")
@data_dir_option
@click.option(
    "--document",
    "document_id",
    type=click.IntRange(min=1),
    metavar="ID",
    help="One document (default: the whole corpus, filtered).",
)
@click.option("--country", metavar="CC", help="Features of this ISO alpha-2 country.")
@click.option("--type", "relation_type", metavar="TYPE", help="Relations of this type.")
@click.option("--status", metavar="STATUS", help="Relations with this status.")
@click.option("--from", "date_from", metavar="DATE", help="From this date (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", metavar="DATE", help="Up to this date (YYYY[-MM[-DD]]).")
@click.option("--kind", help="place, border, link or deployment.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["geojson", "links.csv", "deployments.csv"]),
    default="geojson",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here (replaced only once the export is complete); default stdout.",
)
def export_command(
    data_dir: Path | None,
    document_id: int | None,
    fmt: str,
    output: Path | None,
    **filters: str | None,
) -> None:
    """Stored features as RFC 7946 GeoJSON, or links/deployments as CSV (what the web app's
    /api/geojson, /api/documents/ID.geojson and /api/links.csv serve)."""
    from geomap.export import ExportError, export_corpus, export_document
    from geomap.storage import open_store

    names = {"relation_type": "type", "date_from": "from", "date_to": "to"}
    chosen = {names.get(k, k): v for k, v in filters.items() if v}
    store = open_store(data_dir)
    try:
        if document_id is not None:
            if chosen:
                raise ExportError("filters apply to the corpus, not to one --document")
            made = export_document(store, document_id, fmt)
        else:
            made = export_corpus(store, chosen, fmt)
    except ExportError as error:
        raise click.ClickException(str(error)) from error
    if output is None:
        click.echo(made.text, nl=fmt == "geojson")
        return
    partial = output.with_name(f".{output.name}.partial")
    partial.write_text(made.text, encoding="utf-8", newline="")
    partial.replace(output)
    click.echo(f"{made.count} {'features' if fmt == 'geojson' else 'rows'} -> {output}", err=True)


@main.group()
def relations() -> None:
    """Users' own tables of links and deployments."""


@relations.command("import")
@data_dir_option
@click.option("--dry-run", is_flag=True, help="Validate and show what would be imported.")
@click.option(
    "--format", "fmt", type=click.Choice(["summary", "geojson"]), default="summary",
    show_default=True, help="summary: counts and one line per relation; geojson: the joined "
    "features (with --dry-run).",
)  # fmt: skip
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def relations_import(data_dir: Path | None, dry_run: bool, fmt: str, file: Path) -> None:
    """Read a CSV, JSON or GeoJSON file of relations (source, target, type, date, troops,
    amount, note, url...) and store it; a file with any bad row is rejected whole.

    All rows are stored in one transaction; importing the same file again changes nothing.
    On the maps they join the relations found in documents (same pair, type and date).
    See examples/relations.csv.
    """
    from geomap.relations import RelationFileError, merge_relations, read_relations_file
    from geomap.relations.importer import MAX_BYTES

    if file.stat().st_size > MAX_BYTES:
        raise click.ClickException(f"{file}: larger than {MAX_BYTES} bytes")
    data = file.read_bytes()
    gazetteer = _open_gazetteer(data_dir)
    if not dry_run:
        from geomap.storage import StoreError, import_relations, open_store

        try:
            report = import_relations(
                open_store(data_dir),
                gazetteer,
                data,
                file.name,
                "cli",
                validated=lambda rows: click.echo(f"{file}: {rows} rows valid; storing", err=True),
            )
        except (RelationFileError, StoreError) as error:
            raise click.ClickException(f"{file}: {error}") from error
        click.echo(f"{file}: {report.summary()}")
        return
    try:
        features = read_relations_file(data, file.name, gazetteer)
    except RelationFileError as error:
        raise click.ClickException(f"{file}: {error}") from error
    joined = merge_relations(features)
    if fmt == "geojson":
        collection = {"type": "FeatureCollection", "features": joined}
        click.echo(json.dumps(collection, ensure_ascii=False))
        return
    links = sum(1 for f in joined if f["properties"]["kind"] == "link")
    click.echo(
        f"{file}: {len(features)} rows valid -> {links} links, {len(joined) - links} deployments"
        " (dry run: nothing stored)"
    )
    for feature in joined:
        click.echo(f"  {_relation_line(feature['properties'])}")


@relations.command("train")
@data_dir_option
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Where to write the model [default: the one geomap ships and uses].",
)  # fmt: skip
@click.option(
    "--l2", type=click.FloatRange(min=0.0), default=None,
    help="Regularisation strength (higher: fewer, smaller word weights).",
)  # fmt: skip
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def relations_train(data_dir: Path | None, out: Path | None, l2: float | None, gold) -> None:
    """Train the learned second opinion on the rules' links from gold JSONL files.

    Every pair of countries named together in a sentence with a cooperation cue is one
    example, labelled by the gold. Rebuild the shipped model after changing the rules or the
    dev gold:

        geomap relations train eval/gold/dev*.jsonl
    """
    from geomap.relations import DEFAULT_MODEL_PATH, train_link_model, training_examples
    from geomap.relations.learned import DEFAULT_L2

    documents = _gold_documents(gold)
    parser = _open_parser(data_dir)
    examples = []
    with _progress(len(documents), "reading gold") as bar:
        for doc in documents:
            result = parser.parse(doc["text"], doc.get("lang", "auto"))
            examples.extend(training_examples(result, parser.gazetteer, doc))
            bar.update(1)
    model = train_link_model(examples, DEFAULT_L2 if l2 is None else l2)
    target = out or DEFAULT_MODEL_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(model.to_json() + "\n", encoding="utf-8")
    gold_pairs = sum(gold for _, gold in examples)
    click.echo(
        f"{len(documents)} documents, {len(examples)} pairs ({gold_pairs} gold)"
        f" -> {len(model.weights)} weights in {target}"
    )


def _expand_inputs(paths: tuple[Path, ...]) -> list[Path]:
    if not paths:
        return [Path("-")]
    expanded: list[Path] = []
    for path in paths:
        if str(path) != "-" and path.is_dir():
            expanded.extend(sorted(p for p in path.iterdir() if p.suffix in (".txt", ".md")))
        elif str(path) != "-" and not path.exists():
            raise click.BadParameter(f"{path} does not exist", param_hint="PATH")
        else:
            expanded.append(path)
    return expanded


MAX_INPUT_BYTES = 4_000_000


def _read_inputs(paths: list[Path]):
    for path in paths:
        if str(path) == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
            name = "<stdin>"
        else:
            if path.stat().st_size > MAX_INPUT_BYTES:
                raise click.ClickException(f"{path}: larger than {MAX_INPUT_BYTES} bytes")
            data = path.read_bytes()
            name = str(path)
        if len(data) > MAX_INPUT_BYTES:
            raise click.ClickException(f"{name}: larger than {MAX_INPUT_BYTES} bytes")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise click.ClickException(
                f"{name}: not UTF-8 (byte {error.start}); convert it, e.g. iconv -f TIS-620"
            ) from error
        if "\x00" in text:
            raise click.ClickException(f"{name}: looks binary (it contains NUL characters)")
        yield name, text


def _progress(total: int, label: str):
    """A progress bar on stderr for long runs on a terminal; silent otherwise."""
    return click.progressbar(
        length=total, label=label, file=sys.stderr if total > 5 and sys.stderr.isatty() else _Null()
    )


class _Null:
    def write(self, _text: str) -> None:
        pass

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _open_parser(data_dir: Path | None):
    from geomap.geoparse import Geoparser

    return Geoparser(_open_gazetteer(data_dir))


def _ask_online(data_dir: Path | None, text: str) -> list[dict]:
    """The opt-in online backend (GEOMAP_ONLINE_GEOCODER=nominatim), for names we lack."""
    from geomap.gazetteer.online import online_geocoder

    try:
        backend = online_geocoder(config.data_dir(data_dir))
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    location = backend.geocode(text) if backend else None
    if location is None:
        return []
    return [
        {
            "name": location.address.split(",")[0],
            "name_th": None,
            "country_code": (location.raw.get("address", {}).get("country_code") or "").upper()
            or None,
            "feature_type": "city",
            "lat": location.latitude,
            "lon": location.longitude,
            "geonameid": None,
            "score": 0.5,
            "match": "online",
            "address": location.address,
        }
    ]


def _open_gazetteer(data_dir: Path | None):
    from geomap.gazetteer.store import Gazetteer, GazetteerMissing

    try:
        return Gazetteer.open(data_dir)
    except GazetteerMissing as error:
        raise click.ClickException(str(error)) from error


def _open_geocoder(data_dir: Path | None):
    from geomap.gazetteer.geocoder import GazetteerGeocoder

    return GazetteerGeocoder(_open_gazetteer(data_dir))
