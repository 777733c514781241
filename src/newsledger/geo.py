"""Geodesic distance: the one great-circle helper every module uses.

Gazetteer scoring, incident merging and the place scorers all compare coordinates; one function
with one Earth radius keeps their kilometre thresholds comparable.
"""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088
"""The IUGG mean Earth radius: the sphere that best fits the ellipsoid, so great-circle distances
stay within about 0.5% of the geodesic anywhere, far inside every tolerance the project uses."""


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres between two points in decimal degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
