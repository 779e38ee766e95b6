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


def _open_gazetteer(data_dir: Path | None):
    from geomap.gazetteer.store import Gazetteer, GazetteerMissing

    try:
        return Gazetteer.open(data_dir)
    except GazetteerMissing as error:
        raise click.ClickException(str(error)) from error


def _open_geocoder(data_dir: Path | None):
    from geomap.gazetteer.geocoder import GazetteerGeocoder

    return GazetteerGeocoder(_open_gazetteer(data_dir))
