/* geomap's map page.
 *
 * geomap/render.py inlines this file and hands the page its data as JSON in a script
 * element of type application/json, id geomap-data (the format is in geomap/mapdata.py).
 * Everything that comes from an article is put into the page as text (textContent, text
 * nodes), never as HTML.
 *
 * window.geomap, for tests, notebooks and the PNG export:
 *   map, markers (place id -> marker), areas (place id -> layer), fit(), openPlace(id),
 *   showMention(id), setFilter({from, to, query, articles, minConfidence}) (any subset of
 *   keys; {} clears it), filter() (the current one), visible() (ids of the places shown).
 */
(function () {
  "use strict";

  var root = document.documentElement;
  // #geomap-print[-WxH] in the address: the map alone, at W x H pixels (the PNG export).
  var print = /^#geomap-print(?:-(\d+)x(\d+))?$/.exec(location.hash);
  if (print) {
    root.classList.add("geomap-print");
    if (print[1]) {
      root.style.width = print[1] + "px";
      root.style.height = print[2] + "px";
      var page = document.createElement("style");  // the PDF's one page is the picture's size
      page.textContent = "@page { size: " + print[1] + "px " + print[2] + "px; margin: 0 }";
      document.head.appendChild(page);
    }
  }

  var PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
                 "#8c564b", "#7f3c8d", "#3b7d23", "#b8860b"];
  var SHARED = "#333333", NEUTRAL = "#1f5f8b", AREA = "#6a4c93";
  var UNSURE = 0.5;  // below this confidence a place is drawn hollow and dashed
  var NARROW = 760;  // narrower than this (px), the panel becomes an overlay behind a button
  var PAGE = 100;    // articles listed at a time
  var MAX_ZOOM = {city: 9, airport: 10, custom: 10, geocoded: 10, nearby: 9, admin2: 8, admin1: 6, country: 4,
                  region: 4, island: 7, lake: 7, river: 6, mountain: 9, continent: 3};
  var SPECIFIC = {city: true, admin2: true, airport: true, custom: true, geocoded: true, nearby: true,
                  lake: true, river: true, mountain: true};
  var KIND = {city: "city or town", admin2: "county", admin1: "region", country: "country", region: "region",
              island: "island", lake: "lake", river: "river", mountain: "mountain", airport: "airport",
              continent: "continent", custom: "your place", geocoded: "geocoded place",
              nearby: "not in the gazetteer: shown at a town its article names"};
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function plural(n, word) { return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s"); }

  function radius(count) { return Math.round(2 * Math.min(24, 6 + 4 * Math.log2(Math.max(count, 1)))); }

  function dayNumber(day) { return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 864e5; }

  function dayString(n) { return new Date(n * 864e5).toISOString().slice(0, 10); }

  function showDay(day) { return +day.slice(8, 10) + " " + MONTHS[+day.slice(5, 7) - 1] + " " + day.slice(0, 4); }

  function host(url) { try { return new URL(url).host; } catch (e) { return url; } }

  window.geomapApp = function (map, options) {
    options = options || {};
    var data = JSON.parse(document.getElementById("geomap-data").textContent);
    var g = window.geomap = {map: map, markers: {}, areas: {}, data: data};

    // ---- the model ----
    var places = data.places.map(function (r, i) {
      return {i: i, id: "p" + i, name: r[0], lat: r[1], lon: r[2], feature: r[3], country: r[4], where: r[5],
              conf: r[6], count: r[7], area: r[8], excerpts: r[9], why: r[10], more: r[11], named: [],
              shown: 0};
    });
    var articles = data.articles.map(function (r, i) {
      return {i: i, id: r[0], title: r[1], date: r[2], day: r[3], url: r[4], source: r[5], text: r[6],
              marks: r[7], pairs: r[8], truncated: r[9],
              // a list of articles reads best by their headlines (one article keeps its name)
              label: r[1] || (data.articles.length > 1 && r[10]) || r[0] || r[5] || ("Article " + (i + 1))};
    });
    var renumber = data.renumber;  // articles name places by the order they were met in
    articles.forEach(function (a) {
      for (var k = 0; k < a.pairs.length; k += 2) {
        a.pairs[k] = renumber[a.pairs[k]];
        places[a.pairs[k]].named.push(a.i);
      }
      for (k = 2; k < a.marks.length; k += 3) { if (a.marks[k] >= 0) { a.marks[k] = renumber[a.marks[k]]; } }
    });
    var coloured = articles.length > 1 && articles.length <= PALETTE.length;
    function colourOf(p) {
      if (!coloured) { return NEUTRAL; }
      return p.named.length === 1 ? PALETTE[p.named[0]] : SHARED;
    }
    function articleColour(a) { return coloured ? PALETTE[a.i] : NEUTRAL; }

    // ---- layout: title, panel, narrow screens ----
    if (data.title) {
      root.classList.add("geomap-has-title");
      var h1 = el("h1", "geomap-title", data.title);
      document.body.insertBefore(h1, document.body.firstChild);
    }
    var hasPanel = options.panel !== false && articles.length > 0 && !print;
    if (print) {  // a picture is drawn once, as it stands: no fading tiles, no zoom animation
      map._fadeAnimated = false;
      map._zoomAnimated = false;
    }
    if (!hasPanel) { root.classList.add("geomap-nopanel"); }
    function narrow() { return window.innerWidth < NARROW; }
    root.classList.toggle("geomap-narrow", narrow());

    // ---- panes: country outlines under the tiles, shaded areas above them ----
    map.createPane("geomap-basemap").style.zIndex = 150;
    map.createPane("geomap-areas").style.zIndex = 350;
    // outlines are drawn on canvases: thousands of vertices draw far faster than as SVG
    var basemap = document.getElementById("geomap-basemap");
    if (basemap) {
      L.geoJSON(JSON.parse(basemap.textContent), {pane: "geomap-basemap", interactive: false,
        renderer: L.canvas({pane: "geomap-basemap"}),
        style: {color: "#8c8c8c", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1}}).addTo(map);
    }
    var areaCanvas = L.canvas({pane: "geomap-areas", tolerance: 2});

    // ---- popups and tooltips, built as DOM from text ----
    function markText(before, name, after) {
      var q = el("q");
      q.appendChild(document.createTextNode(before));
      q.appendChild(el("mark", null, name));
      q.appendChild(document.createTextNode(after));
      return q;
    }

    function popupFor(p) {
      var box = el("div", "geomap-popup");
      box.setAttribute("data-geomap-popup", p.id);
      box.appendChild(el("h3", null, p.name));
      var meta = [p.where, KIND[p.feature] || p.feature, p.lat.toFixed(4) + ", " + p.lon.toFixed(4)];
      box.appendChild(el("div", "geomap-meta", meta.filter(Boolean).join(" · ")));
      var n = p.named.length;
      box.appendChild(el("div", null, "Mentioned " + plural(p.count, "time") + (n > 1 ? " in " + plural(n, "article") : "")));
      p.why.forEach(function (line) { box.appendChild(el("div", "geomap-why", line)); });
      var list = el("ol");
      p.excerpts.forEach(function (x) {
        var a = articles[x[3]], li = el("li");
        li.appendChild(markText(x[0], x[1], x[2]));
        if (articles.length > 1) {  // a map of one article needs no source under each excerpt
          li.appendChild(el("span", "geomap-from", " — " + a.label + (a.date ? ", " + a.date : "")));
        }
        if (hasPanel && x[4] < a.text.length) {
          var link = el("a", null, "in the text");
          link.href = "#";
          link.setAttribute("data-geomap-mention", "geomap-m" + a.i + "-" + x[4]);
          li.appendChild(document.createTextNode(" "));
          li.appendChild(link);
        }
        list.appendChild(li);
      });
      box.appendChild(list);
      if (p.more > 0 && p.excerpts.length) { box.appendChild(el("div", null, "… and " + plural(p.more, "more mention"))); }
      return box;
    }

    // Popups open above every panel: their pane lies outside the map's own panes (whose
    // stacking context sits under the controls), above the controls, moved with the map.
    var popupPane = map.createPane("geomap-popups", map.getContainer());
    popupPane.style.zIndex = 1001;
    function followMap() { L.DomUtil.setPosition(popupPane, map.containerPointToLayerPoint([0, 0]).multiplyBy(-1)); }
    map.on("move zoom viewreset resize", followMap);
    followMap();

    function bind(layer, p) {
      layer.bindPopup(function () {
        // as wide as the map leaves room for, beside its margins (a phone is 360-400 px wide)
        var size = map.getSize();
        layer.getPopup().options.maxWidth = Math.max(160, Math.min(380, size.x - 90));
        layer.getPopup().options.maxHeight = Math.max(160, size.y - 120);
        return popupFor(p);
      }, {maxWidth: 380, autoPanPadding: [20, 20], pane: "geomap-popups"});
      layer.bindTooltip(el("span", null, p.name), {direction: "top", sticky: true});
      layer.on("popupopen", function () { highlight(p.id, true); });
      layer.on("popupclose", function () { highlight(p.id, false); });
    }

    // ---- markers (points) and areas (outlines) ----
    var points = [], areas = [];
    var maxArea = places.reduce(function (m, p) { return p.area ? Math.max(m, p.count) : m; }, 1);
    var stacked = {};  // how many points are drawn at a spot already
    places.forEach(function (p) {
      if (p.area && !data.areas[p.area]) { p.area = null; }  // no outline: a point
      if (p.area) {
        var layer = L.geoJSON({type: "Feature", geometry: data.areas[p.area], properties: {}},
                              {pane: "geomap-areas", renderer: areaCanvas, style: areaStyle(p, p.count)});
        bind(layer, p);
        p.layer = layer;
        g.areas[p.id] = layer;
        areas.push(p);
      } else {
        var size = radius(p.count), unsure = p.conf < UNSURE, colour = colourOf(p);
        // a point where another is drawn already (a name placed at its article's town) goes
        // on a ring around it, so that each can be seen and clicked
        var spot = p.lat.toFixed(4) + "," + p.lon.toFixed(4), k = stacked[spot] || 0;
        stacked[spot] = k + 1;
        var ring = Math.max(14, size);
        p.shift = k ? [Math.round(ring * Math.cos(k * 2.4)), Math.round(ring * Math.sin(k * 2.4))] : [0, 0];
        var marker = L.marker([p.lat, p.lon], {riseOnHover: true, keyboard: true, title: "", icon: L.divIcon({
          className: "geomap-marker geomap-" + p.id + (unsure ? " geomap-unsure" : ""),
          iconSize: [size, size], iconAnchor: [size / 2 - p.shift[0], size / 2 - p.shift[1]],
          popupAnchor: [p.shift[0], p.shift[1] - size / 2],
          html: unsure ? '<span style="border-color:' + colour + '"></span>'
                       : '<span style="background:' + colour + '"></span>'})});
        bind(marker, p);
        p.layer = marker;
        g.markers[p.id] = marker;
        points.push(p);
      }
    });
    function areaStyle(p, count) {
      // shaded by how often the area is named: a light wash for once, a deep tint for the most;
      // a continent is a faint wash without its countries' borders
      var t = Math.min(1, Math.log(1 + count) / Math.log(1 + maxArea));
      if (p.feature === "continent") {
        return {stroke: false, fillColor: AREA, fillOpacity: 0.04 + 0.08 * t};
      }
      return {color: AREA, weight: 1, opacity: 0.7, dashArray: p.conf < UNSURE ? "5 4" : null,
              fillColor: AREA, fillOpacity: 0.06 + 0.34 * t};
    }

    var clustered = options.cluster && points.length > (options.clusterThreshold || 50);
    var group = clustered
      ? L.markerClusterGroup({maxClusterRadius: 50, showCoverageOnHover: false,
          iconCreateFunction: function (cluster) {
            var n = cluster.getChildCount(), size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 46;
            return L.divIcon({html: "<span>" + n + "</span>", className: "geomap-cluster", iconSize: [size, size]});
          }})
      : L.featureGroup();
    var areaGroup = L.featureGroup();
    areaGroup.addTo(map);
    group.addTo(map);

    function highlight(id, on) {
      document.querySelectorAll('[data-geomap-place="' + id + '"]').forEach(function (node) {
        node.classList.toggle("geomap-active", on);
      });
    }

    // ---- the filter ----
    var state = {from: null, to: null, query: "", articles: null, minConfidence: 0};
    var shownArticles = [];
    var haystacks = null;

    function haystack(a) {
      if (!haystacks) { haystacks = []; }
      if (haystacks[a.i] === undefined) {
        var names = [];
        for (var k = 0; k < a.pairs.length; k += 2) { names.push(places[a.pairs[k]].name); }
        haystacks[a.i] = [a.label, a.id, a.source, a.date, a.url, a.text, names.join(" ")].join("\n").toLowerCase();
      }
      return haystacks[a.i];
    }

    function inTime(a) {
      if (!a.day) { return true; }  // undated articles stay visible
      return (!state.from || a.day >= state.from) && (!state.to || a.day <= state.to);
    }

    function matches(a) {
      if (!inTime(a)) { return false; }
      if (state.query && haystack(a).indexOf(state.query.toLowerCase()) < 0) { return false; }
      return true;
    }

    // recount() works out what the filter shows; draw() puts it on the map. They are apart so
    // that the first view is fitted before anything is drawn (drawing twice is the slow part).
    function recount() {
      var selected = state.articles ? new Set(state.articles) : null;
      var counts = new Array(places.length).fill(0);
      shownArticles = [];
      articles.forEach(function (a) {
        if (!matches(a)) { return; }
        shownArticles.push(a);
        if (selected && !selected.has(a.id)) { return; }
        for (var k = 0; k < a.pairs.length; k += 2) { counts[a.pairs[k]] += a.pairs[k + 1]; }
      });
      places.forEach(function (p) {
        p.shown = counts[p.i] > 0 && p.conf >= state.minConfidence ? counts[p.i] : 0;
      });
    }

    function draw() {
      var add = [], remove = [];
      places.forEach(function (p) {
        var on = p.shown > 0;
        if (p.area) {
          if (on && !p.drawn) { areaGroup.addLayer(p.layer); }
          if (!on && p.drawn) { areaGroup.removeLayer(p.layer); }
          if (on) { p.layer.setStyle(areaStyle(p, p.shown)); }
        } else if (on !== !!p.drawn) {
          (on ? add : remove).push(p.layer);
        }
        p.drawn = on;
      });
      if (clustered) {
        if (remove.length) { group.removeLayers(remove); }
        if (add.length) { group.addLayers(add); }
      } else {
        remove.forEach(function (m) { group.removeLayer(m); });
        add.forEach(function (m) { group.addLayer(m); });
      }
      if (panel) { panel.update(); }
      placeLabels();
    }

    function apply() {
      recount();
      draw();
    }

    g.visible = function () {
      return places.filter(function (p) { return p.shown > 0; }).map(function (p) { return p.id; });
    };
    g.filter = function () { return JSON.parse(JSON.stringify(state)); };
    function asDay(value) {  // "2024-03-01", a longer ISO 8601 string or a Date
      if (!value) { return null; }
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
    }
    g.setFilter = function (f) {
      f = f || {};
      state = {from: asDay(f.from), to: asDay(f.to), query: f.query || "",
               articles: f.articles && f.articles.length ? f.articles.map(String) : null,
               minConfidence: +f.minConfidence || 0};
      apply();
      return g.visible();
    };
    function patch(change) {
      var f = g.filter();
      Object.keys(change).forEach(function (k) { f[k] = change[k]; });
      g.setFilter(f);
    }

    // ---- the first view: the specific places, with areas as context ----
    function trimmed(values, weights, share) {
      // the range holding all but `share` of the weight at each end
      var order = values.map(function (v, i) { return i; }).sort(function (a, b) { return values[a] - values[b]; });
      var total = weights.reduce(function (s, w) { return s + w; }, 0), cut = total * share;
      var lo = 0, hi = order.length - 1, acc = 0;
      while (lo < hi && acc + weights[order[lo]] <= cut) { acc += weights[order[lo]]; lo++; }
      acc = 0;
      while (hi > lo && acc + weights[order[hi]] <= cut) { acc += weights[order[hi]]; hi--; }
      return [values[order[lo]], values[order[hi]]];
    }

    // An outline across the 180th meridian (Russia, the United States with the Aleutians) has
    // bounds around the world: the 40° by 20° about its own point stand for it instead.
    function acrossTheMeridian(b) { return b.getEast() - b.getWest() > 180; }
    function areaBounds(p) {
      var b = p.layer.getBounds();
      return acrossTheMeridian(b) ? L.latLngBounds([p.lat - 10, p.lon - 20], [p.lat + 10, p.lon + 20]) : b;
    }

    g.bounds = function () {
      var shown = points.filter(function (p) { return p.shown > 0; });
      var specific = shown.filter(function (p) { return SPECIFIC[p.feature]; });
      var use = specific.length ? specific : shown;
      if (use.length) {
        var weights = use.map(function (p) { return p.shown; });
        var share = use.length >= 8 ? 0.05 : 0;
        var lat = trimmed(use.map(function (p) { return p.lat; }), weights, share);
        var lon = trimmed(use.map(function (p) { return p.lon; }), weights, share);
        var zoom = use.reduce(function (z, p) { return Math.max(z, MAX_ZOOM[p.feature] || 9); }, 3);
        return {bounds: L.latLngBounds([lat[0], lon[0]], [lat[1], lon[1]]), maxZoom: zoom};
      }
      var shownAreas = areas.filter(function (p) { return p.shown > 0; });
      if (shownAreas.length) {
        var b = L.latLngBounds([]);
        shownAreas.forEach(function (p) { b.extend(areaBounds(p)); });
        return {bounds: b, maxZoom: 6};
      }
      return null;
    };

    g.fit = function () {
      map.invalidateSize({animate: false});
      var size = map.getSize(), view = g.bounds();
      if (!view) { map.setView([20, 0], size.x < 500 ? 1 : 2, {animate: false}); return; }
      var bottom = 20, leg = legend && legend.node;
      if (leg && leg.offsetHeight && leg.offsetHeight < size.y / 4) { bottom = leg.offsetHeight + 16; }
      var side = Math.min(40, size.x / 10);
      map.fitBounds(view.bounds, {paddingTopLeft: [side + 10, Math.min(30, size.y / 10)],
                                  paddingBottomRight: [side, Math.min(bottom, size.y / 4)],
                                  maxZoom: view.maxZoom, animate: false});
    };

    // ---- opening places and mentions ----
    g.openPlace = function (id) {
      var p = places[+String(id).replace(/^p/, "")];
      if (!p || !p.layer) { return false; }
      if (narrow()) { root.classList.remove("geomap-panel-open"); }
      if (!p.shown) {  // filtered out: show it again with the whole filter cleared
        g.setFilter({});
      }
      if (p.area) {
        map.fitBounds(areaBounds(p), {maxZoom: MAX_ZOOM[p.feature] || 6, animate: false});
        // at the place's own point, which lies inside it (the middle of its bounds may lie
        // at sea or abroad)
        p.layer.openPopup([p.lat, p.lon]);
      } else if (clustered) {
        group.zoomToShowLayer(p.layer, function () { p.layer.openPopup(); });
      } else {
        if (!map.getBounds().contains(p.layer.getLatLng())) { map.panTo(p.layer.getLatLng(), {animate: false}); }
        p.layer.openPopup();
      }
      return true;
    };

    g.showMention = function (id) {
      var m = /^geomap-m(\d+)-(\d+)$/.exec(id || "");
      if (!m || !panel) { return false; }
      var a = articles[+m[1]];
      if (!a) { return false; }
      if (narrow()) { root.classList.add("geomap-panel-open"); }
      panel.reveal(a);
      var node = document.getElementById(id);
      if (!node) { return false; }
      node.scrollIntoView({block: "center"});
      node.classList.add("geomap-flash");
      setTimeout(function () { node.classList.remove("geomap-flash"); }, 1600);
      return true;
    };

    // ---- the legend (bottom left) ----
    var legend = null;
    var Legend = L.Control.extend({
      options: {position: "bottomleft"},
      onAdd: function () {
        var node = el("div", "geomap-legend");
        L.DomEvent.disableClickPropagation(node);
        L.DomEvent.disableScrollPropagation(node);
        var head = el("button", "geomap-legend-head", "Legend");
        head.type = "button";
        head.addEventListener("click", function () { node.classList.toggle("geomap-collapsed"); });
        var body = el("div", "geomap-legend-body");
        function row(key, text, style) {
          var line = el("div");
          var k = el("span", "geomap-key " + (key || ""));
          if (style) { k.style.background = style; }
          line.appendChild(k);
          line.appendChild(el("span", null, text));
          body.appendChild(line);
        }
        if (coloured && !hasPanel) {  // with a panel, each article's colour is beside its title there
          articles.forEach(function (a) { row("", a.label, articleColour(a)); });
        }
        if (coloured && places.some(function (p) { return p.named.length > 1; })) {
          row("", "Named in several articles", SHARED);
        }
        if (points.length) { row("", coloured ? "Size: number of mentions" : "A place; size: number of mentions", coloured ? "#999" : NEUTRAL); }
        if (points.some(function (p) { return p.conf < UNSURE; })) { row("geomap-key-unsure", "Dashed: uncertain place (below " + UNSURE * 100 + "% sure)"); }
        if (areas.length) { row("geomap-key-area", "Country or region: darker is named more"); }
        if (clustered) { row("geomap-key-cluster", "Several places: zoom in"); }
        if (!places.length) { row("", articles.length ? "No places found" : "No articles", "#ccc"); }
        node.appendChild(head);
        node.appendChild(body);
        this.node = node;
        return node;
      }
    });
    legend = new Legend();
    legend.addTo(map);

    // ---- the articles panel ----
    var panel = hasPanel ? buildPanel() : null;

    function buildPanel() {
      var aside = el("aside", "geomap-reader");
      aside.setAttribute("aria-label", "Articles");
      var controls = el("div", "geomap-controls");
      var summary = el("div", "geomap-summary");
      var counts = el("span");
      var close = el("button", "geomap-close", "×");
      close.type = "button";
      close.title = "Close";
      close.addEventListener("click", function () { root.classList.remove("geomap-panel-open"); });
      summary.appendChild(counts);
      summary.appendChild(close);
      controls.appendChild(summary);

      var search = null;
      if (articles.length > 1) {
        search = el("input", "geomap-search");
        search.type = "search";
        search.placeholder = "Search articles and places";
        search.setAttribute("aria-label", "Search articles and places");
        var timer = null;
        search.title = "Type to show only the articles and places that match; Enter zooms the map to them";
        search.addEventListener("input", function () {
          clearTimeout(timer);
          timer = setTimeout(function () { patch({query: search.value.trim()}); }, 150);
        });
        search.addEventListener("keydown", function (e) {
          if (e.key !== "Enter") { return; }
          clearTimeout(timer);
          patch({query: search.value.trim()});
          g.fit();
        });
        controls.appendChild(search);
      }
      var time = buildTime(controls);

      var confRow = el("div", "geomap-row");
      var confLabel = el("label");
      var confText = el("span", null, "Hide places below 0% sure");
      var conf = el("input");
      conf.type = "range"; conf.min = 0; conf.max = 100; conf.step = 5; conf.value = 0;
      conf.className = "geomap-confidence";
      conf.setAttribute("aria-label", "Hide places below this confidence");
      conf.addEventListener("input", function () { patch({minConfidence: conf.value / 100}); });
      confLabel.appendChild(confText);
      confLabel.appendChild(conf);
      confRow.appendChild(confLabel);
      controls.appendChild(confRow);

      var clear = el("button", "geomap-button geomap-show-all", "Show all articles");
      clear.type = "button";
      clear.hidden = true;
      clear.addEventListener("click", function () { patch({articles: null}); });
      var clearRow = el("div", "geomap-row");
      clearRow.appendChild(clear);
      controls.appendChild(clearRow);

      aside.appendChild(controls);
      var list = el("ol", "geomap-list");
      aside.appendChild(list);
      document.body.appendChild(aside);

      var limit = PAGE, open = articles.length === 1 ? articles[0].id : null;

      // The article's line breaks are paragraphs: a gap between them, as a reader expects (a
      // text file's paragraphs are often one line break apart, a headline's too).
      function addText(box, s) {
        s.split(/\n+/).forEach(function (part, k) {
          if (k > 0 && box.childNodes.length) { box.appendChild(el("span", "geomap-para")); }
          if (part) { box.appendChild(document.createTextNode(part)); }
        });
      }

      function text(a) {
        var box = el("div", "geomap-text"), pos = 0, t = a.text;
        for (var k = 0; k < a.marks.length; k += 3) {
          var s = a.marks[k], e = a.marks[k + 1], pi = a.marks[k + 2];
          if (s < pos || e > t.length) { continue; }
          addText(box, t.slice(pos, s));
          var mark = el("mark", pi >= 0 ? "geomap-mention" : "geomap-unplaced", t.slice(s, e));
          if (pi >= 0) {
            mark.id = "geomap-m" + a.i + "-" + s;
            mark.tabIndex = 0;
            mark.setAttribute("data-geomap-place", "p" + pi);
            mark.style.setProperty("--c", articleColour(a));
            mark.title = places[pi].name + ": show on the map";
          } else {
            mark.title = "not placed";
          }
          box.appendChild(mark);
          pos = e;
        }
        addText(box, t.slice(pos));
        if (a.truncated) {
          var where = a.url ? " The whole article is at its source." : "";
          if (t) { box.appendChild(document.createTextNode(" …")); }
          box.appendChild(el("div", "geomap-note", (t ? "The text is shortened here." : "A map of this many articles "
                                                    + "keeps no text of them.") + where));
        }
        return box;
      }

      function item(a, selected) {
        var li = el("li", "geomap-article" + (selected ? " geomap-selected" : ""));
        li.setAttribute("data-geomap-article", String(a.i));
        var title = el("button", "geomap-article-title");
        title.type = "button";
        if (coloured) {
          var sw = el("span", "geomap-swatch");
          sw.style.background = articleColour(a);
          title.appendChild(sw);
        }
        title.appendChild(document.createTextNode(a.label));
        title.title = articles.length > 1 ? "Show only this article's places" : "";
        title.addEventListener("click", function () {
          if (articles.length === 1) { return; }
          var only = state.articles && state.articles.length === 1 && state.articles[0] === a.id;
          open = only ? null : a.id;
          patch({articles: only ? null : [a.id]});
          if (!only) { g.fit(); }
        });
        li.appendChild(title);
        var meta = el("div", "geomap-article-meta");
        var bits = [];
        if (a.date) { bits.push(document.createTextNode(a.day ? showDay(a.day) : a.date)); }
        if (a.url) {
          var link = el("a", null, host(a.url));
          link.href = a.url;
          link.target = "_blank";
          link.rel = "noopener noreferrer";
          bits.push(link);
        } else if (a.source && a.source !== a.label) {
          bits.push(document.createTextNode(a.source));
        }
        bits.push(document.createTextNode(plural(a.pairs.length / 2, "place")));
        bits.forEach(function (b, k) {
          if (k) { meta.appendChild(document.createTextNode(" · ")); }
          meta.appendChild(b);
        });
        li.appendChild(meta);
        if (open === a.id) { li.appendChild(text(a)); }
        return li;
      }

      function render() {
        list.textContent = "";
        var selected = state.articles ? new Set(state.articles) : null;
        var rows = shownArticles.slice(0, limit);
        rows.forEach(function (a) { list.appendChild(item(a, selected && selected.has(a.id))); });
        if (!shownArticles.length) { list.appendChild(el("li", "geomap-empty", "No article matches.")); }
        if (shownArticles.length > limit) {
          var more = el("button", "geomap-button geomap-more", "Show " + Math.min(PAGE, shownArticles.length - limit) + " more");
          more.type = "button";
          more.addEventListener("click", function () { limit += PAGE; render(); });
          var li = el("li");
          li.appendChild(more);
          list.appendChild(li);
        }
      }

      return {
        node: aside,
        update: function () {
          var n = g.visible().length;
          counts.textContent = (shownArticles.length === articles.length ? plural(articles.length, "article")
                                : shownArticles.length.toLocaleString("en") + " of " + plural(articles.length, "article"))
                               + " · " + plural(n, "place");
          if (search && search.value.trim() !== state.query) { search.value = state.query; }
          conf.value = Math.round(state.minConfidence * 100);
          confText.textContent = "Hide places below " + conf.value + "% sure";
          clear.hidden = !state.articles;
          if (state.articles && state.articles.indexOf(open) < 0) { open = state.articles[0]; }
          if (!state.articles && articles.length > 1) { open = null; }
          if (time) { time.update(); }
          limit = Math.max(PAGE, limit);
          render();
        },
        reveal: function (a) {
          open = a.id;
          var at = shownArticles.indexOf(a);
          if (at < 0) { g.setFilter({}); at = shownArticles.indexOf(a); }
          if (at >= limit) { limit = at + 1; }
          render();
        }
      };
    }

    // ---- time: a histogram brush over the articles' dates, with play ----
    function buildTime(controls) {
      var dated = articles.filter(function (a) { return a.day; });
      if (!dated.length) { return null; }
      var first = Infinity, last = -Infinity;
      dated.forEach(function (a) {
        var d = dayNumber(a.day);
        if (d < first) { first = d; }
        if (d > last) { last = d; }
      });
      var span = last - first + 1;
      var unit = span <= 62 ? 1 : span <= 730 ? 7 : 30.44;
      var bins = [];
      if (unit === 30.44) {  // calendar months
        var y = +dayString(first).slice(0, 4), m = +dayString(first).slice(5, 7) - 1;
        while (Date.UTC(y, m, 1) / 864e5 <= last) {
          bins.push({from: Date.UTC(y, m, 1) / 864e5, to: Date.UTC(y, m + 1, 1) / 864e5 - 1, n: 0});
          m += 1;
          if (m === 12) { m = 0; y += 1; }
        }
      } else {
        for (var d = first; d <= last; d += unit) { bins.push({from: d, to: Math.min(last, d + unit - 1), n: 0}); }
      }
      function binOf(day) {
        var n = dayNumber(day);
        for (var k = 0; k < bins.length; k++) { if (n <= bins[k].to) { return k; } }
        return bins.length - 1;
      }
      dated.forEach(function (a) { bins[binOf(a.day)].n += 1; });
      var peak = bins.reduce(function (m, b) { return Math.max(m, b.n); }, 1);

      var box = el("div", "geomap-time");
      var hist = el("div", "geomap-histogram");
      hist.setAttribute("aria-hidden", "true");
      bins.forEach(function (b) {
        var bar = el("div");
        bar.style.height = Math.max(2, Math.round(100 * b.n / peak)) + "%";
        bar.title = showDay(dayString(b.from)) + (b.to > b.from ? " – " + showDay(dayString(b.to)) : "") + ": " + plural(b.n, "article");
        hist.appendChild(bar);
      });
      var range = el("div", "geomap-range");
      var lo = el("input"), hi = el("input");
      [lo, hi].forEach(function (input, k) {
        input.type = "range"; input.min = 0; input.max = bins.length - 1; input.step = 1;
        input.value = k ? bins.length - 1 : 0;
        input.className = k ? "geomap-to" : "geomap-from";
        input.setAttribute("aria-label", k ? "Last day shown" : "First day shown");
        range.appendChild(input);
      });
      var row = el("div", "geomap-row");
      var play = el("button", "geomap-button geomap-play", "▶ Play");
      play.type = "button";
      var label = el("span", "geomap-time-label");
      row.appendChild(play);
      row.appendChild(label);
      box.appendChild(hist);
      box.appendChild(range);
      box.appendChild(row);
      var undated = articles.length - dated.length;
      if (undated) { box.appendChild(el("div", "geomap-note", plural(undated, "undated article") + " always shown")); }
      controls.appendChild(box);

      function choose() {
        var a = Math.min(+lo.value, +hi.value), b = Math.max(+lo.value, +hi.value);
        patch({from: a === 0 ? null : dayString(bins[a].from), to: b === bins.length - 1 ? null : dayString(bins[b].to)});
      }
      lo.addEventListener("input", choose);
      hi.addEventListener("input", choose);
      var playing = null;
      function stop() { clearInterval(playing); playing = null; play.textContent = "▶ Play"; }
      play.addEventListener("click", function () {
        if (playing) { stop(); return; }
        var a = Math.min(+lo.value, +hi.value), b = Math.max(+lo.value, +hi.value), width = b - a;
        if (width === bins.length - 1) { width = 0; }
        if (b >= bins.length - 1 || width === 0 && a !== 0) { a = 0; }
        b = a + width;
        lo.value = a; hi.value = b; choose();
        play.textContent = "❚❚ Pause";
        playing = setInterval(function () {
          var x = Math.min(+lo.value, +hi.value) + 1, y = Math.max(+lo.value, +hi.value) + 1;
          if (y > bins.length - 1) { stop(); return; }
          lo.value = x; hi.value = y; choose();
        }, 900);
      });
      return {
        update: function () {
          var a = state.from ? binOf(state.from) : 0, b = state.to ? binOf(state.to) : bins.length - 1;
          if (state.from && dayNumber(state.from) > bins[a].from) { a = Math.min(a + (dayNumber(state.from) > bins[a].to ? 1 : 0), b); }
          lo.value = a; hi.value = b;
          Array.prototype.forEach.call(hist.children, function (bar, k) { bar.classList.toggle("geomap-in", k >= a && k <= b); });
          label.textContent = state.from || state.to
            ? showDay(state.from || dayString(bins[0].from)) + " – " + showDay(state.to || dayString(bins[bins.length - 1].to))
            : showDay(dayString(first)) + " – " + showDay(dayString(last));
        }
      };
    }

    // ---- narrow screens: the panel behind a button on the map ----
    if (panel) {
      var Toggle = L.Control.extend({
        options: {position: "topright"},
        onAdd: function () {
          var button = el("button", "geomap-button geomap-panel-toggle", plural(articles.length, "article"));
          button.type = "button";
          L.DomEvent.disableClickPropagation(button);
          button.addEventListener("click", function () { root.classList.toggle("geomap-panel-open"); });
          return button;
        }
      });
      new Toggle().addTo(map);
    }

    // ---- clicks: marks in the text open places; "in the text" links open mentions ----
    document.addEventListener("click", function (ev) {
      var target = ev.target.closest ? ev.target : ev.target.parentElement;
      var place = target && target.closest("[data-geomap-place]");
      var mention = target && target.closest("[data-geomap-mention]");
      if (place) { ev.preventDefault(); g.openPlace(place.getAttribute("data-geomap-place")); }
      else if (mention) { ev.preventDefault(); g.showMention(mention.getAttribute("data-geomap-mention")); }
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && ev.target.matches && ev.target.matches("[data-geomap-place]")) {
        ev.preventDefault();
        g.openPlace(ev.target.getAttribute("data-geomap-place"));
      }
    });
    var wasNarrow = narrow();
    window.addEventListener("resize", function () {
      var now = narrow();
      root.classList.toggle("geomap-narrow", now);
      if (now !== wasNarrow) { wasNarrow = now; map.invalidateSize({animate: false}); }
    });

    // ---- points drawn apart where they would hide one another at this zoom ----
    // Most mentioned first, each point keeps its place unless a point drawn before covers it
    // (its centre within that disc or near its edge); then it goes to the nearest free spot
    // around its place, away from what covers it, with a line back to its place. Zoomed in,
    // points part on the map itself and go back to their places. (A clustered map parts them
    // by its clusters instead.)
    var spreadLayer = L.layerGroup().addTo(map);
    function spread() {
      spreadLayer.clearLayers();
      if (clustered) { return; }
      var drawn = [];
      points.forEach(function (p) {
        var node = p.drawn && p.layer.getElement();
        if (!node) { return; }
        var size = radius(p.count), r = size / 2;
        var at = map.latLngToContainerPoint([p.lat, p.lon]);
        var x = at.x + p.shift[0], y = at.y + p.shift[1], d = [0, 0];
        function cover(dx, dy) {  // the first drawn point that covers this one moved by dx, dy
          for (var k = 0; k < drawn.length; k++) {
            var o = drawn[k], ex = x + dx - o.x, ey = y + dy - o.y;
            if (ex * ex + ey * ey < (o.r + 0.6 * r) * (o.r + 0.6 * r)) { return o; }
          }
          return null;
        }
        var over = cover(0, 0);
        if (over) {
          var a0 = Math.atan2(y - over.y, x - over.x) || 0, step = Math.max(4, r * 0.6);
          search: for (var ring = 1; ring <= 12; ring++) {
            var n = 6 * ring;
            for (var k = 0; k < n; k++) {
              var a = a0 + (k % 2 ? -1 : 1) * Math.ceil(k / 2) * 2 * Math.PI / n;
              var dx = Math.round(ring * step * Math.cos(a)), dy = Math.round(ring * step * Math.sin(a));
              if (!cover(dx, dy)) { d = [dx, dy]; break search; }
            }
          }
        }
        p.spread = d;
        drawn.push({x: x + d[0], y: y + d[1], r: r});
        node.firstChild.style.transform = d[0] || d[1] ? "translate(" + d[0] + "px," + d[1] + "px)" : "";
        p.layer.options.icon.options.popupAnchor = [p.shift[0] + d[0], p.shift[1] + d[1] - r];
        if (p.layer.isPopupOpen()) { p.layer.getPopup().update(); }  // its tip on the disc as drawn now
        if (d[0] || d[1]) {
          spreadLayer.addLayer(L.polyline([map.containerPointToLatLng(at), map.containerPointToLatLng([x + d[0], y + d[1]])],
            {color: "#1d2a36", weight: 1, opacity: 0.6, interactive: false}));
          spreadLayer.addLayer(L.circleMarker(map.containerPointToLatLng(at),
            {radius: 1.5, stroke: false, fillColor: "#1d2a36", fillOpacity: 0.8, interactive: false}));
        }
      });
    }
    g.spread = function () {  // the points drawn away from their places: {id: [dx, dy]}
      var out = {};
      points.forEach(function (p) { if (p.drawn && p.spread && (p.spread[0] || p.spread[1])) { out[p.id] = p.spread; } });
      return out;
    };

    // ---- labels: the names of the places that matter most, where they do not overlap ----
    var LABELS = 12;
    var labelsOn = options.labels === true || (options.labels !== false && (print || places.length <= LABELS));
    map.createPane("geomap-labels").style.zIndex = 640;
    var labelLayer = L.layerGroup().addTo(map);
    var measure = document.createElement("canvas").getContext("2d");
    var LABEL_FONT = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

    function overlaps(a, list) {
      return list.some(function (b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; });
    }

    function placeLabels() {
      spread();
      labelLayer.clearLayers();
      if (!labelsOn) { return; }
      var size = map.getSize(), box = map.getContainer().getBoundingClientRect();
      var taken = [];
      // the controls on the map are no place for a label
      map.getContainer().querySelectorAll(".leaflet-control").forEach(function (c) {
        var r = c.getBoundingClientRect();
        if (r.width) { taken.push({x0: r.left - box.left, y0: r.top - box.top, x1: r.right - box.left, y1: r.bottom - box.top}); }
      });
      var candidates = places.filter(function (p) {
        if (!p.shown) { return false; }
        if (!p.area && clustered && group.getVisibleParent(p.layer) !== p.layer) { return false; }
        var c = map.latLngToContainerPoint([p.lat, p.lon]);
        if (p.shift) { c = L.point(c.x + p.shift[0], c.y + p.shift[1]); }
        if (p.spread) { c = L.point(c.x + p.spread[0], c.y + p.spread[1]); }
        p.at = c;
        return c.x >= 0 && c.y >= 0 && c.x <= size.x && c.y <= size.y;
      });
      var marks = candidates.filter(function (p) { return !p.area; }).map(function (p) {
        var r = radius(p.count) / 2 + 1;
        return {p: p, x0: p.at.x - r, y0: p.at.y - r, x1: p.at.x + r, y1: p.at.y + r};
      });
      candidates.sort(function (a, b) { return b.shown - a.shown || a.i - b.i; });
      measure.font = LABEL_FONT;
      var placed = 0;
      var DIRECTIONS = [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [1, 1], [-1, -1], [-1, 1]];
      candidates.forEach(function (p) {
        if (placed >= LABELS) { return; }
        var w = Math.ceil(measure.measureText(p.name).width) + 8, h = 17;
        var r = p.area ? 0 : radius(p.count) / 2 + 2;
        // next to the point first, then a little and a good way off, with a line to it
        var spots = p.area ? [[0, 0, 0], [0, -1, h], [0, 1, h]] : [];
        [0, 16, 36].forEach(function (gap) {
          if (!p.area) { DIRECTIONS.forEach(function (v) { spots.push([v[0], v[1], gap]); }); }
        });
        for (var k = 0; k < spots.length; k++) {
          var dx = spots[k][0], dy = spots[k][1], gap = spots[k][2];
          var unit = Math.sqrt(dx * dx + dy * dy) || 1;
          var ax = p.at.x + (r + gap) * dx / unit, ay = p.at.y + (r + gap) * dy / unit;
          var x0 = dx > 0 ? ax : dx < 0 ? ax - w : ax - w / 2;
          var y0 = dy > 0 ? ay : dy < 0 ? ay - h : ay - h / 2;
          var rect = {x0: x0, y0: y0, x1: x0 + w, y1: y0 + h};
          if (rect.x0 < 2 || rect.y0 < 2 || rect.x1 > size.x - 2 || rect.y1 > size.y - 2) { continue; }
          if (overlaps(rect, taken) || overlaps(rect, marks.filter(function (m) { return m.p !== p; }))) { continue; }
          taken.push(rect);
          var text = el("span", null, p.name);
          labelLayer.addLayer(L.marker(map.containerPointToLatLng([x0, y0]), {pane: "geomap-labels",
            interactive: false, keyboard: false,
            icon: L.divIcon({className: "geomap-label" + (p.area ? " geomap-label-area" : ""), html: text,
                             iconSize: [w, h], iconAnchor: [0, 0]})}));
          if (gap && !p.area) {
            var from = [p.at.x + r * dx / unit, p.at.y + r * dy / unit];
            labelLayer.addLayer(L.polyline([map.containerPointToLatLng(from), map.containerPointToLatLng([ax, ay])],
              {color: "#1d2a36", weight: 1, opacity: 0.7, interactive: false}));
          }
          placed += 1;
          break;
        }
      });
    }
    g.labels = function () {
      return Array.prototype.map.call(document.querySelectorAll(".geomap-label"), function (n) { return n.textContent; });
    };
    map.on("zoomend moveend", placeLabels);

    map.attributionControl.addAttribution(data.attribution);
    // (a line at least half of 140 px wide holds its figure: "1000 km" needs about 66 px)
    L.control.scale({position: "bottomright", maxWidth: 140}).addTo(map);
    // A legend taller than a quarter of the map starts folded (never in a picture).
    if (!print && legend.node.offsetHeight > map.getSize().y / 4) { legend.node.classList.add("geomap-collapsed"); }
    recount();
    g.fit();
    draw();
    g.ready = true;
  };
})();
