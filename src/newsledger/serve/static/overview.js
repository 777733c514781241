// The home page overview: a timeline of every incident the filters match (counts per day, week
// or month from /api/incidents/timeline, axis labelled with months and years) and a map of
// them aggregated into grid cells (/api/incidents/map) that split when the user clicks a cell
// to zoom into it. No library, no tile server; all text goes in through textContent.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var FILTERS = ["since", "until", "place", "bbox", "type", "min_sources", "q", "has_conflict"];
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var TL_W = 600, TL_H = 130, TL_BASE = 100, LABEL_GAP = 34, CHAR_W = 5.5, LABEL_PAD = 6;
  var MAP_W = 800, MAP_H = 450, START_ZOOM = 2, ZOOM_STEP = 2, MAX_ZOOM = 14;
  // ACLED geo_precision 3 is a county, a region, a country or a sea area: its point is only
  // the area's centre, so the server marks the cell `area` (serve/wording.is_area, the one
  // test) and it is drawn as a dashed ring, never as a town's dot. The ledger keeps no extent
  // for an area, only its centre, so the ring cannot be drawn to the area's size; AREA_RING_R
  // (14 px, over three times a lone incident's smallest dot of 4 px) only makes it read as
  // "somewhere around here" rather than as a point, at every zoom alike.
  var AREA_RING_R = 14;
  // A ring's count stands this far outside the ring (px): off its dashed stroke.
  var BADGE_GAP = 3;
  var PRECISION_WORDS = {1: "the town itself", 2: "near a town, or part of one",
                         3: "only its county, region, country or sea area (drawn at its centre)"};

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function plural(count, noun) {
    return count + " " + noun + (count === 1 ? "" : "s");
  }

  function query(extra) {
    var page = new URLSearchParams(window.location.search);
    var out = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var value = page.get(name);
      if (value) { out.set(name, value); }
    });
    Object.keys(extra || {}).forEach(function (k) { out.set(k, extra[k]); });
    return out.toString();
  }

  function getJSON(path, extra) {
    return fetch(path + "?" + query(extra)).then(function (r) {
      if (!r.ok) { throw new Error(path + ": HTTP " + r.status); }
      return r.json();
    });
  }

  // --- timeline ---------------------------------------------------------------------------
  function drawTimeline(data) {
    var svg = document.getElementById("timeline");
    var range = document.getElementById("timeline-range");
    if (!svg) { return; }
    var buckets = data.buckets || [];
    svg.setAttribute("data-bucket", data.bucket);
    svg.setAttribute("data-first", data.first || "");
    svg.setAttribute("data-last", data.last || "");
    if (range) {
      range.textContent = buckets.length
        ? data.first + " … " + data.last + " · " + plural(data.dated, "dated incident") +
          ", counted per " + data.bucket + (data.undated ? " · " + data.undated + " undated" : "")
        : "no dated incidents";
    }
    if (!buckets.length) { return; }
    var peak = Math.max.apply(null, buckets.map(function (b) { return b.count; })) || 1;
    var step = TL_W / buckets.length;
    // Over many years of months there is no room for month names: label the years only.
    var yearsOnly = data.bucket === "month" && 12 * step < 4 * LABEL_GAP;
    var lastLabelEnd = -Infinity, lastYear = null;
    buckets.forEach(function (b, i) {
      var x = i * step;
      var h = Math.round(TL_BASE * b.count / peak);
      var g = el("g", {"class": "bucket", "data-start": b.start, "data-count": b.count}, svg);
      var title = el("title", {}, g);
      title.textContent = b.start + ": " + b.count;
      el("rect", {x: x + step * 0.1, y: TL_BASE - h, width: Math.max(step * 0.8, 0.5), height: h}, g);
      var year = b.start.slice(0, 4), month = Number(b.start.slice(5, 7)) - 1;
      var monthStarts = i === 0 || b.start.slice(0, 7) !== buckets[i - 1].start.slice(0, 7);
      if (!monthStarts) { return; }
      el("line", {"class": "tick", x1: x, x2: x, y1: TL_BASE, y2: TL_BASE + 4}, svg);
      if (yearsOnly && i > 0 && month !== 0) { return; }
      // The year is written on January and on the first label; other labels name the month.
      var words = yearsOnly ? year : year !== lastYear || month === 0
        ? (data.bucket === "month" && month === 0 ? year : MONTHS[month] + " " + year)
        : MONTHS[month];
      // A label starts only where the previous one (about CHAR_W a character) has ended.
      if (x < lastLabelEnd + LABEL_PAD || x + words.length * CHAR_W > TL_W) { return; }
      var text = el("text", {"class": "axis-label", x: x, y: TL_BASE + 16}, svg);
      text.textContent = words;
      lastLabelEnd = x + Math.max(words.length * CHAR_W, LABEL_GAP - LABEL_PAD);
      lastYear = year;
    });
    el("line", {"class": "axis", x1: 0, x2: TL_W, y1: TL_BASE, y2: TL_BASE}, svg);
  }

  // --- map --------------------------------------------------------------------------------
  var mapSvg = document.getElementById("map");
  var countries = null;
  var history = [];

  function projection(box) {
    var b = box.slice();
    var midLat = (b[1] + b[3]) / 2, kx = Math.cos(midLat * Math.PI / 180);
    var spanX = (b[2] - b[0]) * kx, spanY = b[3] - b[1];
    if (spanX / spanY < MAP_W / MAP_H) {
      var extra = (spanY * MAP_W / MAP_H - spanX) / kx / 2; b[0] -= extra; b[2] += extra;
    } else {
      var extraY = (spanX * MAP_H / MAP_W - spanY) / 2; b[1] -= extraY; b[3] += extraY;
    }
    return {
      x: function (lon) { return (lon - b[0]) / (b[2] - b[0]) * MAP_W; },
      y: function (lat) { return (b[3] - lat) / (b[3] - b[1]) * MAP_H; }
    };
  }

  function drawCountries(p) {
    if (!countries) { return; }
    countries.features.forEach(function (f) {
      var g = f.geometry, polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      var d = polys.map(function (poly) {
        return poly.map(function (ring) {
          var s = "";
          for (var i = 0; i < ring.length; i++) {
            s += (i ? "L" : "M") + p.x(ring[i][0]).toFixed(1) + "," + p.y(ring[i][1]).toFixed(1);
          }
          return s + "Z";
        }).join("");
      }).join("");
      el("path", {"class": "country", d: d}, mapSvg);
    });
  }

  function cellsBox(cells, pad) {
    if (!cells.length) { return [-180, -60, 180, 85]; }
    var box = [180, 90, -180, -90];
    cells.forEach(function (c) {
      box[0] = Math.min(box[0], c.lon); box[1] = Math.min(box[1], c.lat);
      box[2] = Math.max(box[2], c.lon); box[3] = Math.max(box[3], c.lat);
    });
    return [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
  }

  function drawMap(view, data) {
    while (mapSvg.firstChild) { mapSvg.removeChild(mapSvg.firstChild); }
    var cells = data.cells || [];
    var box = view.bbox || cellsBox(cells, data.cell_degrees);
    var p = projection(box);
    drawCountries(p);
    var peak = Math.max.apply(null, cells.map(function (c) { return c.count; }).concat([1]));
    // Counts go in one group moved above every mark at the end: a later cell's circle must not
    // cover an earlier cell's count.
    var counts = el("g", {"class": "counts"}, mapSvg);
    mapSvg.setAttribute("data-zoom", data.zoom);
    mapSvg.setAttribute("data-located", data.located);
    cells.forEach(function (c) {
      var deepest = data.zoom >= MAX_ZOOM;
      var areas = c.areas || 0;
      if (c.id) {
        // One incident: a ring when its place is an area (`area`, from its summary), else a dot.
        var one = el("a", {href: "/incidents/" + encodeURIComponent(c.id)}, mapSvg);
        drawMark(c, one, {count: 1, lon: c.lon, lat: c.lat, area: c.area === true,
                          precision: c.geo_precision, place: c.place, deepest: deepest});
        return;
      }
      // Several: the incidents placed at a town and those placed only at an area are drawn
      // apart (a cluster and a ring, each with its count), so forty reports saying only
      // "in Syria" never look like forty reports from the one town at its centre. The ring
      // goes first, so the cluster lies on top of it and keeps its own tooltip and click, and
      // the ring's count sits outside the ring on the side away from the cluster: at a
      // worldwide zoom the two centres can be a few pixels apart ("3" and "12" read "312").
      var placed = c.count - areas;
      var cluster = {count: placed, lon: areas ? c.placed_lon : c.lon,
                     lat: areas ? c.placed_lat : c.lat, area: false, precision: null,
                     place: null, deepest: deepest};
      if (areas > 0) {
        drawMark(c, clusterParent(c, deepest), {
          count: areas, lon: c.area_lon, lat: c.area_lat, area: true,
          precision: c.area_precision, place: null, deepest: deepest,
          awayFrom: placed > 0 ? cluster : null});
      }
      if (placed > 0) { drawMark(c, clusterParent(c, deepest), cluster); }
    });
    mapSvg.appendChild(counts);
    function clusterParent(c, deepest) {
      // No finer grid: the cluster lists its incidents (the index filtered by the cell).
      return deepest ? el("a", {href: "/?" + query({bbox: c.bbox.join(",")}) + "#incidents"}, mapSvg)
                     : mapSvg;
    }
    function drawMark(c, parent, mark) {
      var r = 4 + 18 * Math.sqrt(mark.count / peak);
      if (mark.area) { r = Math.max(r, AREA_RING_R); }
      var circle = el("circle", {"class": "incident cluster" + (mark.area ? " area" : ""),
                                 cx: p.x(mark.lon), cy: p.y(mark.lat), r: r,
                                 "data-count": mark.count}, parent);
      if (mark.precision) { circle.setAttribute("data-precision", mark.precision); }
      var title = el("title", {}, circle);
      // textContent: a place name comes from an article and is never parsed as markup
      var placedAt = PRECISION_WORDS[mark.precision];
      title.textContent = plural(mark.count, "incident") + (mark.place ? " · " + mark.place : "") +
        (placedAt ? (mark.count === 1 ? " · placed: " : " · each placed: ") + placedAt : "") +
        (c.id ? "" : mark.deepest ? " · click to list them" : " · click to zoom in");
      if (mark.count > 1) {
        var at = mark.area ? ringBadge(mark, r) : {x: p.x(mark.lon), y: p.y(mark.lat) + 4};
        var label = el("text", {"class": "cluster-count" + (mark.area ? " area" + at.side : ""),
                                x: at.x, y: at.y}, counts);
        label.textContent = String(mark.count);
      }
      if (!c.id && !mark.deepest) {
        circle.addEventListener("click", function () {  // the count label lets clicks through (CSS)
          showMap({bbox: c.bbox, zoom: Math.min(MAX_ZOOM, data.zoom + ZOOM_STEP)}, true);
        });
      }
    }
    function ringBadge(mark, r) {
      // Where a ring's count goes: just outside the ring, on the side away from the cluster
      // its cell also draws (up and to the right when there is none or both share a centre),
      // anchored at its near end, so it never lies on the cluster's count, which is centred.
      var x = p.x(mark.lon), y = p.y(mark.lat), dx = 1, dy = -1;
      if (mark.awayFrom) {
        dx = x - p.x(mark.awayFrom.lon); dy = y - p.y(mark.awayFrom.lat);
        if (Math.abs(dx) + Math.abs(dy) < 0.5) { dx = 1; dy = -1; }
      }
      var norm = Math.sqrt(dx * dx + dy * dy), ux = dx / norm, uy = dy / norm;
      var reach = r + BADGE_GAP;
      return {x: x + ux * reach, y: y + uy * reach + 4 + uy * 4,
              side: ux >= 0 ? " start" : " end"};
    }
    var back = document.getElementById("map-back");
    if (back) { back.hidden = history.length === 0; }
    var note = document.getElementById("map-note");
    if (note) {
      var inAreas = cells.reduce(function (sum, c) { return sum + (c.areas || 0); }, 0);
      note.textContent = plural(data.located, "incident") + " with a place" +
        (inAreas ? " (" + inAreas + " placed only at a county, region, country or sea area: dashed rings)" : "") +
        ", in " + plural(cells.length, "cell") + " of " + (+data.cell_degrees.toFixed(3)) + "°" + (data.truncated ? " (largest cells only)" : "");
    }
  }

  var current = null;
  function showMap(view, remember) {
    if (!mapSvg) { return; }
    if (remember && current) { history.push(current); }
    current = view;
    var extra = {zoom: view.zoom};
    if (view.bbox) { extra.bbox = view.bbox.join(","); }
    getJSON("/api/incidents/map", extra).then(function (data) { drawMap(view, data); })
      .catch(function (err) { mapSvg.setAttribute("data-error", String(err)); });
  }

  var back = document.getElementById("map-back");
  if (back) {
    back.addEventListener("click", function () {
      if (history.length) { showMap(history.pop(), false); }
    });
  }

  getJSON("/api/incidents/timeline").then(drawTimeline).catch(function (err) {
    var range = document.getElementById("timeline-range");
    if (range) { range.textContent = "timeline unavailable: " + err; }
  });
  if (mapSvg) {
    fetch("/static/countries.geojson").then(function (r) { return r.json(); })
      .then(function (geo) { countries = geo; })
      .catch(function () { countries = null; })
      .then(function () { showMap({bbox: null, zoom: START_ZOOM}, false); });
  }
})();
