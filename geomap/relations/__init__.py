"""Stage 4 of the pipeline: cooperation links and troop deployments between countries.

Public surface: `extract_relations` (links and deployments of a parsed text, as GeoJSON
Features), `read_relations_file`/`RelationFileError` (users' own relation tables),
`merge_relations` (one relation per pair, type and date, with all its evidence),
`train_link_model`/`training_examples` (the learned second opinion on the rules' links),
`great_circle` (link geometry), `relation_report` (scores against gold files), and the
date and magnitude readers the extractor uses.
"""

from geomap.relations.dates import DateMention, document_date, find_dates
from geomap.relations.evaluate import relation_report, score_relations
from geomap.relations.extract import extract_relations, training_examples
from geomap.relations.geometry import great_circle
from geomap.relations.importer import RelationFileError, read_relations_file
from geomap.relations.join import merge_relations
from geomap.relations.learned import DEFAULT_MODEL_PATH, LinkModel, train_link_model
from geomap.relations.magnitudes import Money, TroopCount, find_money, find_troops
from geomap.relations.taxonomy import RELATION_TYPES, TYPES_BY_NAME, RelationType

__all__ = [
    "DEFAULT_MODEL_PATH",
    "RELATION_TYPES",
    "TYPES_BY_NAME",
    "DateMention",
    "LinkModel",
    "Money",
    "RelationFileError",
    "RelationType",
    "TroopCount",
    "document_date",
    "extract_relations",
    "find_dates",
    "find_money",
    "find_troops",
    "great_circle",
    "merge_relations",
    "read_relations_file",
    "relation_report",
    "score_relations",
    "train_link_model",
    "training_examples",
]
