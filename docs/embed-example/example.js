// The example help-centre page's own script: logs the embeds' events and loads embed.js from the app.
/* global document, location, URL, URLSearchParams */

// Your analytics hook: the events bubble from each embed's element to the document.
['navigate', 'outcome'].forEach(function (type) {
  document.addEventListener('mail-troubleshooter:' + type, function (event) {
    var item = document.createElement('li');
    item.textContent =
      (event.target.id || event.target.tagName) + ' ' + type + ' ' + JSON.stringify(event.detail);
    document.getElementById('log').appendChild(item);
  });
});

// The app this page embeds: `npm start` serves it on http://localhost:4173/. For another local copy,
// ?app=<app URL> picks it, but only when this page and that URL are both on this machine: a query
// parameter must never choose which script a page on the web runs.
(function () {
  var loopback = /^(localhost|127\.0\.0\.1|\[::1\])$/;
  var app = new URL('http://localhost:4173/');
  var asked = new URLSearchParams(location.search).get('app');
  if (asked && loopback.test(location.hostname)) {
    try {
      var url = new URL(asked);
      if (/^https?:$/.test(url.protocol) && loopback.test(url.hostname)) app = url;
    } catch (_e) {
      // Not a URL: keep the default.
    }
  }
  // The links shown until embed.js replaces them point at the same app.
  document.querySelectorAll('a.app-link').forEach(function (link) {
    link.href = new URL(link.getAttribute('href').replace(/^https?:\/\/[^/]+\//, ''), app).href;
  });
  // embed.js finds the app from its own URL: nothing else on this page names it.
  var script = document.createElement('script');
  script.src = new URL('embed.js', app).href;
  script.async = true;
  document.body.appendChild(script);
})();
