/*
 * The coverage dashboard's map of schools (WEB-INF/coverage/map.xhtml). It fetches the schools of the dashboard's
 * question from the API with the page's own session, draws each as a Leaflet marker coloured and signed by its
 * status (colours and words from the key on the page), clusters them where they crowd, and says the same in words:
 * a summary and a list. Markers are real Leaflet markers, not canvas circles, so the keyboard reaches them.
 */
(function () {
  'use strict';

  var PHRASES = { COVERED: 'covered', AT_RISK: 'at risk', GAP: 'with a gap', NOT_STARTED: 'not started' };
  var ORDER = ['AT_RISK', 'GAP', 'NOT_STARTED', 'COVERED'];
  var ENGLAND = [[50.0, -5.7], [55.8, 1.8]];

  function schools(n) {
    return n + (n === 1 ? ' school' : ' schools');
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  /* "3 covered, 1 at risk and 2 not started", leaving out statuses no school has. */
  function breakdown(counts) {
    var parts = ORDER.filter(function (s) { return counts[s] > 0; })
      .map(function (s) { return counts[s] + ' ' + PHRASES[s]; });
    if (parts.length < 2) {
      return parts.join('');
    }
    return parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1];
  }

  function countsOf(list) {
    var counts = {};
    list.forEach(function (s) { counts[s.status] = (counts[s.status] || 0) + 1; });
    return counts;
  }

  function readKey() {
    var key = {};
    document.querySelectorAll('#map-key [data-status]').forEach(function (li) {
      key[li.getAttribute('data-status')] = {
        label: li.getAttribute('data-label'),
        colour: li.getAttribute('data-colour'),
        sign: li.getAttribute('data-sign')
      };
    });
    return key;
  }

  function drillDown(container, school) {
    var query = new URLSearchParams({
      urn: school.urn,
      programme: container.getAttribute('data-programme'),
      date: container.getAttribute('data-date')
    });
    return container.getAttribute('data-school-page') + '?' + query.toString();
  }

  function description(school, key) {
    return school.name + ', ' + school.localAuthority.name + ': ' + key[school.status].label + ', '
      + school.trainedStaff + ' trained of a target of ' + school.target;
  }

  function marker(container, school, key) {
    var entry = key[school.status];
    var pin = element('span', 'map-pin');
    pin.style.backgroundColor = entry.colour;
    pin.setAttribute('data-urn', school.urn);
    pin.appendChild(element('span', null, entry.sign)).setAttribute('aria-hidden', 'true');
    pin.appendChild(element('span', 'visually-hidden', description(school, key)));
    var m = L.marker([school.lat, school.lon], {
      icon: L.divIcon({ className: 'school-marker', html: pin, iconSize: [26, 26], iconAnchor: [13, 13] }),
      keyboard: true,
      riseOnHover: true
    });
    m.school = school;
    m.bindTooltip(function () { return element('span', null, description(school, key)); },
      { direction: 'top', offset: [0, -12] });
    var go = function () { window.location.href = drillDown(container, school); };
    m.on('click', go);
    m.on('keydown', function (e) {
      var k = e.originalEvent.key;
      if (k === 'Enter' || k === ' ') {
        e.originalEvent.preventDefault();
        go();
      }
    });
    return m;
  }

  /* A cluster: its count in the middle of a ring that shares out its schools' status colours. */
  function clusterIcon(key) {
    return function (cluster) {
      var children = cluster.getAllChildMarkers().map(function (m) { return m.school; });
      var counts = countsOf(children);
      var stops = [];
      var start = 0;
      ORDER.forEach(function (s) {
        if (counts[s]) {
          var end = start + counts[s] / children.length * 100;
          stops.push(key[s].colour + ' ' + start + '% ' + end + '%');
          start = end;
        }
      });
      var ring = element('span', 'map-cluster');
      ring.style.background = 'conic-gradient(' + stops.join(', ') + ')';
      ring.setAttribute('data-count', children.length);
      ring.appendChild(element('span', 'map-cluster-count', String(children.length))).setAttribute('aria-hidden', 'true');
      ring.appendChild(element('span', 'visually-hidden', schools(children.length) + ' here: ' + breakdown(counts)
        + '. Press Enter to zoom in.'));
      return L.divIcon({ className: 'school-cluster', html: ring, iconSize: [44, 44] });
    };
  }

  function listGroup(container, title, list, key) {
    var group = document.createDocumentFragment();
    group.appendChild(element('h3', null, title + ' (' + list.length + ')'));
    var ul = element('ul', 'map-list-schools');
    list.slice().sort(function (a, b) { return a.name.localeCompare(b.name); }).forEach(function (s) {
      var li = element('li');
      var a = element('a', null, s.name);
      a.href = drillDown(container, s);
      li.appendChild(a);
      li.appendChild(document.createTextNode(', ' + s.localAuthority.name + ': ' + s.trainedStaff
        + ' trained of a target of ' + s.target));
      ul.appendChild(li);
    });
    group.appendChild(ul);
    return group;
  }

  /* The list in words, by status, written when first opened: an England-wide list is long. */
  function list(container, data, key) {
    var details = document.getElementById('map-list');
    var body = document.getElementById('map-list-body');
    if (!details || !body) {
      return;
    }
    var written = false;
    details.addEventListener('toggle', function () {
      if (!details.open || written) {
        return;
      }
      written = true;
      ORDER.forEach(function (s) {
        var these = data.schools.filter(function (x) { return x.status === s; });
        if (these.length) {
          body.appendChild(listGroup(container, key[s].label, these, key));
        }
      });
      if (data.notOnMap.length) {
        body.appendChild(listGroup(container, 'Not on the map', data.notOnMap, key));
      }
    });
  }

  function summarise(data) {
    var text = schools(data.schools.length) + ' on the map';
    if (data.schools.length) {
      text += ': ' + breakdown(countsOf(data.schools));
    }
    text += '.';
    if (data.notOnMap.length) {
      text += ' ' + schools(data.notOnMap.length) + (data.notOnMap.length === 1 ? ' has' : ' have')
        + ' no grid reference in the school register, so ' + (data.notOnMap.length === 1 ? 'is' : 'are')
        + ' not on the map.';
    }
    if (data.total) {
      text += ' The list below the map names every school.';
    }
    return text;
  }

  function draw(map, container, data, key) {
    var group = L.markerClusterGroup({
      maxClusterRadius: 40,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      disableClusteringAtZoom: 16,
      chunkedLoading: true,
      iconCreateFunction: clusterIcon(key)
    });
    // The view first: the cluster group works out its clusters for the zoom it is added at.
    map.fitBounds(data.schools.length ? data.schools.map(function (s) { return [s.lat, s.lon]; }) : ENGLAND,
      { padding: [28, 28], maxZoom: 13 });
    // Leaflet 1.9 no longer turns Enter into a click, and markercluster zooms only on clicks: Enter (or Space)
    // on a cluster asks it for the same, which also hands focus back to the map for the markers it opens.
    group.on('clusterkeydown', function (e) {
      var k = e.originalEvent.key;
      if (k === 'Enter' || k === ' ') {
        e.originalEvent.preventDefault();
        group.fire('click', { layer: e.layer, originalEvent: e.originalEvent });
      }
    });
    group.addLayers(data.schools.map(function (s) { return marker(container, s, key); }));
    map.addLayer(group);
    document.getElementById('map-summary').textContent = summarise(data);
    container.setAttribute('data-loaded', data.schools.length);
    list(container, data, key);
  }

  function failed(map, container, why) {
    map.fitBounds(ENGLAND);
    document.getElementById('map-summary').textContent = 'The map could not be loaded: ' + why;
    container.setAttribute('data-loaded', 'failed');
  }

  function start() {
    var container = document.getElementById('coverage-map');
    if (!container || !window.L || !L.markerClusterGroup) {
      return;
    }
    // No view until the schools arrive: tiles for a view about to change would be fetched for nothing.
    // maxZoom on the map itself: the cluster group needs one even when no tile layer brings its own.
    var map = L.map(container, { scrollWheelZoom: false, zoomSnap: 0.5, maxZoom: 18 });
    var tiles = container.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: container.getAttribute('data-attribution') }).addTo(map);
    } else {
      container.classList.add('map-without-tiles');
    }
    var key = readKey();
    fetch(container.getAttribute('data-source'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (answer) {
        return answer.json().then(function (body) {
          if (!answer.ok) {
            throw new Error(body.detail || body.title || ('the server answered ' + answer.status));
          }
          return body;
        });
      })
      .then(function (data) { draw(map, container, data, key); })
      .catch(function (e) { failed(map, container, e && e.message ? e.message : String(e)); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
