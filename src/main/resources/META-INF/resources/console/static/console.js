// Console glue (no framework): htmx does the requests, Chart.js draws <canvas data-chart='{config JSON}'>.
(function () {
  function drawCharts(root) {
    if (typeof Chart === 'undefined') { return; }
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (canvas.dataset.drawn) { return; }
      canvas.dataset.drawn = 'true';
      new Chart(canvas, JSON.parse(canvas.dataset.chart));
    });
  }
  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  document.addEventListener('htmx:afterSettle', function () { drawCharts(document); });
  // The session ended (Quarkus answers htmx requests with 499 instead of redirecting to Keycloak):
  // reload the page, which goes through the normal sign-in.
  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 499) { window.location.reload(); }
  });
  document.addEventListener('htmx:sendError', function () { window.location.reload(); });
})();
