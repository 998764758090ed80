// %% [markdown]
// # Where do they meet?
//
// Engagements by venue city and by country, with coordinates for mapping, and by host side:
// on US soil, in China, in a third country, or nowhere (calls). Calls and engagements whose
// articles name only a country have no venue.

// %% Parameters tags=["parameters"]
LocalDate from = LocalDate.of(2018, 1, 1);
LocalDate to = LocalDate.of(2023, 12, 31);

// %% Data
Dataset data = Engagements.load();
Dataset inPeriod = data.withEngagements(Filters.between(data.engagements(), from, to));
Table engagements = inPeriod.engagements();

// %% [markdown]
// ## By venue
//
// `latitude` and `longitude` come from the places vocabulary, ready for a map.

// %% Venues
Venues.byVenue(engagements, data.places())

// %% Venue chart
Engagements.save(VenueChart.of(inPeriod), "venues")

// %% [markdown]
// The same venues on a world map: circle area shows how many engagements, colour whose ground.

// %% Venue map
Engagements.save(VenueMap.of(inPeriod), "venue-map")

// %% By country
Venues.byCountry(engagements, data.places())

// %% [markdown]
// ## Whose ground?
//
// All four host sides are always listed, with their share of the engagements, even at zero.

// %% Host side
Venues.byHostSide(engagements)

// %% Host side chart
Engagements.save(HostSideChart.of(inPeriod), "host-side")
