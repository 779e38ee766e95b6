"""English local news: counties, towns named with their state, lists of towns."""


def test_counties_named_in_a_list_before_counties(places_of):
    found = places_of(
        "HAZARD, Ky. (AP) — The worst damage was in Perry, Knott and Breathitt counties. "
        "Crews also worked in Letcher County."
    )
    for surface, name in (
        ("Perry", "Perry County"),
        ("Knott", "Knott County"),
        ("Breathitt", "Breathitt County"),
        ("Letcher County", "Letcher County"),
    ):
        assert found[surface][:3] == (name, "region", "US"), surface


def test_a_county_is_the_one_in_the_state_the_story_names(parser):
    result = parser.parse("Floods hit Kentucky. In Perry County, roads were closed.")
    county = next(h.place for h in result.places if h.place.name == "Perry County")
    assert county.admin1 == "US-KY"


def test_a_town_followed_by_its_state_is_the_one_in_that_state(parser):
    result = parser.parse(
        "The company, based in Arlington, Virginia, has a plant in Wichita, Kansas."
    )
    states = {h.place.name: h.place.admin1 for h in result.places}
    assert states["Arlington"] == "VA" and states["Wichita"] == "KS"


def test_small_towns_beside_their_state_and_in_a_list_are_places(places_of):
    found = places_of(
        "SAN MARCOS, Texas (AP) — Supporters say the region has no choice. New Braunfels and "
        "San Marcos rank among the fastest-growing cities, the board in Austin said."
    )
    assert found["SAN MARCOS"][2] == "US"
    assert found["New Braunfels"][:3] == ("New Braunfels", "city", "US")
