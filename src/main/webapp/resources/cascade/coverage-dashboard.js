/*
 * The coverage dashboard's charts: a click on a bar's segment opens the school list narrowed to that bar's row
 * (local authority, IMD decile, urban/rural class or phase) and that segment's status. Each chart's configuration
 * says which address parameter its rows set (options.plugins.cascade: param and keys); the same links are in the
 * table beside each chart, for keyboards and screen readers.
 */
function cascadeStatusChart() {
  'use strict';
  var config = this.cfg.config;
  var own = config.options && config.options.plugins && config.options.plugins.cascade;
  if (!own) {
    return;
  }
  function target(elements) {
    if (!elements.length) {
      return null;
    }
    var key = own.keys[elements[0].index];
    return key === undefined || key === null || key === 'Not recorded' || key === '00' ? null : key;
  }
  config.options.onHover = function (event, elements) {
    event.native.target.style.cursor = target(elements) === null ? 'default' : 'pointer';
  };
  config.options.onClick = function (event, elements, chart) {
    var key = target(elements);
    if (key === null) {
      return;
    }
    var params = new URLSearchParams(window.location.search);
    params.set(own.param, own.param === 'imd' ? String(parseInt(key, 10)) : key);
    params.set('status', chart.data.datasets[elements[0].datasetIndex].status);
    window.location.assign(window.location.pathname + '?' + params.toString() + '#schools');
  };
}
