// Runs before first paint (a same-origin file, so the CSP allows it): marks <html> for embed mode, the
// theme and the text size, so neither the site chrome nor the wrong colours flash inside a frame; starts
// the app once the page has loaded and painted, and says so on the page if it could not start.
(function () {
  var root = document.documentElement;
  // The build moves the app's entry script here (data-entry), with the chunks the page needs next
  // (data-preload): none is fetched before the prerendered page has loaded and painted, so on a slow phone
  // the first paint waits for HTML and CSS only. Without the attributes (vite dev) index.html loads the
  // entry as usual.
  var me = document.currentScript;
  var entry = me && me.getAttribute('data-entry');
  var preload = (me && me.getAttribute('data-preload')) || '';
  // If the app cannot start (its entry or a chunk the first page needs did not load), the page stays as
  // served, links working, and says so once with a reload link. Here, not in the app: the notice must
  // not need the code that failed. A sandboxed frame (opaque origin) is left alone: there the app's
  // scripts are refused every time (see docs/deploy.md) and a reload would not help.
  var failed = function () {
    if (window.origin === 'null' || document.getElementById('start-failed')) return;
    var en = root.lang === 'en';
    var notice = document.createElement('p');
    var reload = document.createElement('a');
    notice.id = 'start-failed';
    notice.className = 'notice';
    notice.setAttribute('role', 'alert');
    notice.style.margin = '0';
    notice.textContent = en
      ? 'Part of this page did not load, so some buttons may not work. '
      : 'ページの一部を読み込めなかったため、動かないボタンがあるかもしれません。';
    reload.href = window.location.href;
    reload.textContent = en ? 'Reload the page' : 'ページを再読み込み';
    reload.addEventListener('click', function (event) {
      event.preventDefault();
      window.location.reload();
    });
    notice.appendChild(reload);
    document.body.insertBefore(notice, document.body.firstChild);
  };
  // src/main.tsx fires this when its start-up fails.
  document.addEventListener('mail-troubleshooter:start-failed', failed);
  if (entry) {
    var started = false;
    var startApp = function () {
      if (started) return;
      started = true;
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.onerror = failed;
      script.src = entry;
      document.head.appendChild(script);
      // The chunks the page needs next, a few per task: each link starts a fetch, and together in one
      // task they kept the main thread for long enough to delay a tap on a slow phone.
      var hrefs = preload.split(' ').filter(Boolean);
      var next = function () {
        hrefs.splice(0, 4).forEach(function (href) {
          var link = document.createElement('link');
          link.rel = 'modulepreload';
          link.crossOrigin = '';
          link.href = href;
          document.head.appendChild(link);
        });
        if (hrefs.length > 0) setTimeout(next, 0);
      };
      next();
    };
    // After load, wait for the first contentful paint too (it can come well after load on a slow phone):
    // the app's download and start-up then never hold it back. A page that does not paint (a background
    // tab) or a browser without paint timing starts at once, any other after 3 s at most. A frame starts at
    // once: the browser may not paint it until it is scrolled into view, and the host needs its height now.
    var afterPaint = function () {
      var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
      var framed = window.parent !== window;
      if (framed || document.visibilityState !== 'visible' || !types || types.indexOf('paint') < 0) {
        startApp();
        return;
      }
      try {
        var observer = new PerformanceObserver(function (list) {
          if (list.getEntriesByName('first-contentful-paint').length === 0) return;
          observer.disconnect();
          startApp();
        });
        observer.observe({ type: 'paint', buffered: true });
      } catch (_e) {
        startApp();
        return;
      }
      setTimeout(startApp, 3000);
    };
    if (document.readyState === 'complete') afterPaint();
    else window.addEventListener('load', afterPaint);
  }
  var params;
  try {
    params = new URLSearchParams(window.location.search);
  } catch (_e) {
    return;
  }
  // embed.js names its iframes, and the name survives full page loads inside the frame (a link followed
  // before hydration drops ?embed=1), so either marks embed mode.
  if (params.get('embed') === '1' || window.name === 'mail-troubleshooter')
    root.setAttribute('data-embed', '1');
  var prefs = null;
  try {
    var raw = window.localStorage.getItem('mail-troubleshooter:preferences');
    if (raw) prefs = JSON.parse(raw).state;
  } catch (_e) {
    // Storage blocked (third-party frame, private mode): fall back to the system theme.
  }
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') {
    root.setAttribute('data-theme', theme);
    root.setAttribute('data-theme-locked', '1');
  } else {
    var pref = prefs && prefs.theme;
    var dark =
      pref === 'dark' ||
      (pref !== 'light' && window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
    root.setAttribute('data-theme', dark ? 'dark' : 'light');
  }
  var size = prefs && prefs.textSize;
  if (size === 'large' || size === 'larger') root.setAttribute('data-text', size);
  // Only a plain 3- or 6-digit hex colour is accepted; anything else is ignored, never injected.
  var accent = params.get('accent');
  if (accent && /^#?[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/.test(accent)) {
    root.style.setProperty('--accent', accent.charAt(0) === '#' ? accent : '#' + accent);
  }
})();
