"""English words the entity model may tag as part of a person's name that never are one: vehicle
makes and models, and the words of a page's media furniture (a station's brand, a photo credit).

A shooting report names the car a victim sat in or a suspect fled in ("a silver Toyota Camry",
"carjacked a Dodge Avenger"), and the model tags the make and model PERSON; the grammar then types
it a victim ("the Camry was struck") and two reports of different shootings share "a person".
On the gva_dev train fold 5 of 3,641 typed names were cars ("Lincoln Towncar", "Dodge Avenger",
"Chevrolet Tahoe") and 13 were photo credits or a station's brand ("Action News", "Photo: <Name>,
Getty Images"). The lists are classes (the best-selling US makes and models of the last decades,
the nouns of a credit line), not one report's words.
"""

from __future__ import annotations

from newsledger.extract.event_words import words

VEHICLE_MAKES = words(
    "toyota honda nissan chevrolet chevy hyundai kia subaru mazda mitsubishi volkswagen vw "
    "audi bmw lexus acura infiniti cadillac buick pontiac oldsmobile chrysler dodge jeep gmc "
    "volvo saab porsche tesla ford lincoln mercury mercedes saturn"
)
"""Makes. A make first in a run of capitalised words is a car ("Toyota Camry"), except the makes
in NAME_LIKE_MAKES, which are given names and surnames too."""

NAME_LIKE_MAKES = words("ford lincoln mercury mercedes kia dodge")
"""Makes that are also people's given names or surnames ("Mercedes Lopez", "Lincoln Hayes",
"Kia Brown"): a car only when a model follows ("Lincoln Towncar", "Dodge Avenger")."""

VEHICLE_MODELS = words(
    "camry corolla avalon prius rav4 highlander tacoma tundra sienna 4runner accord civic "
    "odyssey pilot altima maxima sentra pathfinder rogue murano impala malibu cruze tahoe "
    "suburban silverado camaro corvette equinox monte carlo cavalier sonata elantra "
    "santa optima sorento soul outback forester legacy jetta passat beetle charger durango "
    "avenger caravan challenger neon magnum cherokee wrangler liberty escalade deville "
    "taurus explorer expedition mustang focus fusion escape crown towncar continental "
    "navigator navigators marquis sebring grand yukon sierra envoy"
)
"""Models, named after a make ("Toyota Camry", "Lincoln Towncar"). Many are given names or
everyday words ("Grand", "Marquis", "Crown"), so a model makes a car only after a make."""

MEDIA_WORDS = words(
    "news newsradio radio tv television channel eyewitness photo photos image images video "
    "videos photographer editor staff"
)
"""Words of a station's brand or a credit line ("Action News", "Eyewitness News", "Photo
Editor", "Image 2 of 4"): no person's given name or surname, though the model tags them PERSON
beside one."""

CREDIT_WORDS = words("photo photos photograph photographer credit credits image video courtesy")
"""Nouns that open a credit line ("Photo: <Name>, Getty Images", "Credit: <Name>"): the name
after them, a colon between, is the photographer's."""
