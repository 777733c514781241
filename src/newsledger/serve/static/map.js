// Draws the bundled Natural Earth outlines and the incidents (circles sized by sources) in an
// SVG, with no tile server and no library. Data comes from a JSON script tag (inert text).
(function () {
  "use strict";
  var svg = document.getElementById("map");
  var dataTag = document.getElementById("map-data");
  if (!svg || !dataTag) { return; }
  var points = JSON.parse(dataTag.textContent || "[]");
  var NS = "http://www.w3.org/2000/svg";
  var W = 800, H = 450, PAD_DEG = 4;

  var lons = points.map(function (p) { return p.lon; });
  var lats = points.map(function (p) { return p.lat; });
  var box = points.length
    ? [Math.min.apply(null, lons) - PAD_DEG, Math.min.apply(null, lats) - PAD_DEG,
       Math.max.apply(null, lons) + PAD_DEG, Math.max.apply(null, lats) + PAD_DEG]
    : [-180, -60, 180, 85];
  // Keep the aspect ratio of the viewBox (equirectangular, longitudes scaled by latitude).
  var midLat = (box[1] + box[3]) / 2;
  var kx = Math.cos(midLat * Math.PI / 180);
  var spanX = (box[2] - box[0]) * kx, spanY = box[3] - box[1];
  if (spanX / spanY < W / H) {
    var extra = (spanY * W / H - spanX) / kx / 2; box[0] -= extra; box[2] += extra;
  } else {
    var extraY = (spanX * H / W - spanY) / 2; box[1] -= extraY; box[3] += extraY;
  }
  function x(lon) { return (lon - box[0]) / (box[2] - box[0]) * W; }
  function y(lat) { return (box[3] - lat) / (box[3] - box[1]) * H; }

  function ringPath(ring) {
    var d = "";
    for (var i = 0; i < ring.length; i++) {
      d += (i ? "L" : "M") + x(ring[i][0]).toFixed(1) + "," + y(ring[i][1]).toFixed(1);
    }
    return d + "Z";
  }

  function drawPoints() {
    points.forEach(function (p) {
      var link = document.createElementNS(NS, "a");
      link.setAttribute("href", "/incidents/" + encodeURIComponent(p.id));
      var c = document.createElementNS(NS, "circle");
      c.setAttribute("class", p.area ? "incident area" : "incident");  // a region: a ring
      c.setAttribute("cx", x(p.lon));
      c.setAttribute("cy", y(p.lat));
      c.setAttribute("r", 4 + 3 * Math.sqrt(p.sources || 1));
      var title = document.createElementNS(NS, "title");
      title.textContent = p.label + " (" + p.sources + " sources)";  // textContent: never parsed as HTML
      c.appendChild(title);
      link.appendChild(c);
      svg.appendChild(link);
    });
  }

  fetch("/static/countries.geojson").then(function (r) { return r.json(); }).then(function (geo) {
    geo.features.forEach(function (f) {
      var g = f.geometry, polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      var d = polys.map(function (poly) { return poly.map(ringPath).join(""); }).join("");
      var path = document.createElementNS(NS, "path");
      path.setAttribute("class", "country");
      path.setAttribute("d", d);
      svg.appendChild(path);
    });
    drawPoints();
  }).catch(drawPoints);
})();
