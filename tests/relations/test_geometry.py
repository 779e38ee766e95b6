import itertools

from geomap.relations import great_circle

VLADIVOSTOK = (131.8869, 43.1155)
ANCHORAGE = (-149.9003, 61.2181)


def test_a_line_across_the_antimeridian_is_split_there():
    geometry = great_circle(*VLADIVOSTOK, *ANCHORAGE)
    assert geometry["type"] == "MultiLineString"
    west_part, east_part = geometry["coordinates"]
    assert west_part[0] == [131.8869, 43.1155] and west_part[-1][0] == 180.0
    assert east_part[0][0] == -180.0 and east_part[-1] == [-149.9003, 61.2181]
    assert west_part[-1][1] == east_part[0][1]  # the two parts meet
    for part in (west_part, east_part):
        for (lon_a, _), (lon_b, _) in itertools.pairwise(part):
            assert abs(lon_b - lon_a) < 20  # no segment runs the long way round the map
    # the great circle goes north of both cities, through the Bering Sea
    assert max(lat for part in geometry["coordinates"] for _, lat in part) > 61.2


def test_a_line_that_stays_on_one_side_is_one_linestring():
    geometry = great_circle(37.6173, 55.7558, -82.3666, 23.1136, points=16)
    assert geometry["type"] == "LineString"
    assert len(geometry["coordinates"]) == 16
    assert geometry["coordinates"][0] == [37.6173, 55.7558]
    assert geometry["coordinates"][-1] == [-82.3666, 23.1136]
