"""Build the bundled country-outline layer of the web map from a world-atlas TopoJSON file.

world-atlas (npm, ISC) packages Natural Earth's admin-0 countries (public domain) as TopoJSON.
This decodes it to GeoJSON with coordinates rounded to 0.01 degree (about 1 km, plenty for an
overview map) so the web page needs no tile server and no network:

    npm pack world-atlas && tar xzf world-atlas-*.tgz
    python tools/build_countries.py package/countries-50m.json \
        src/newsledger/serve/static/countries.geojson
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

DECIMALS = 2


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Delta-decoded, de-quantised arcs."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append(
                (round(x * scale_x + shift_x, DECIMALS), round(y * scale_y + shift_y, DECIMALS))
            )
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    deduped = [list(p) for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    return deduped


def main(source: Path, target: Path) -> None:
    topology = json.loads(source.read_text())
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            coords: Any = [ring(r, arcs) for r in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coords = [[ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": geometry.get("properties", {}).get("name")},
                "geometry": {"type": kind, "coordinates": coords},
            }
        )
    collection = {
        "type": "FeatureCollection",
        "attribution": "Made with Natural Earth (public domain), via world-atlas",
        "features": features,
    }
    target.write_text(json.dumps(collection, separators=(",", ":")))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
