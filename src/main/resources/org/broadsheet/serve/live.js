// Broadsheet serve: reloads the page when a rebuild changed it, and shows the problems of a failed build.
// Injected by `broadsheet serve` only; never part of a built site.
(function () {
  'use strict';
  var script = document.currentScript;
  var version = script ? script.getAttribute('data-version') : null;
  var OVERLAY = 'broadsheet-problems';

  function pagePath() {
    var p = decodeURIComponent(location.pathname).replace(/^\/+/, '');
    return p === '' || /\/$/.test(p) ? p + 'index.html' : p;
  }

  function showProblems(problems) {
    var box = document.getElementById(OVERLAY);
    if (!problems || problems.length === 0) {
      if (box) { box.parentNode.removeChild(box); }
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.id = OVERLAY;
      box.setAttribute('role', 'alert');
      document.body.appendChild(box);
    }
    var head = document.createElement('p');
    var strong = document.createElement('strong');
    strong.textContent = 'Build failed.';
    head.appendChild(strong);
    head.appendChild(document.createTextNode(' This is the last good version; fix the file and save, and the page reloads by itself.'));
    var list = document.createElement('pre');
    list.textContent = problems.join('\n');
    box.innerHTML = '';
    box.appendChild(head);
    box.appendChild(list);
  }

  var events = new EventSource('/__broadsheet/events');
  events.addEventListener('hello', function (e) {
    var state = JSON.parse(e.data);
    if (version !== null && state.version !== version) {
      location.reload(); // the site changed while this page was loading, or the server restarted
      return;
    }
    showProblems(state.problems);
  });
  events.addEventListener('reload', function (e) {
    var change = JSON.parse(e.data);
    var here = pagePath();
    var affected = change.all || change.changed.some(function (p) { return p === here || !/\.html$/.test(p); });
    if (affected) {
      location.reload();
    } else {
      version = change.version;
      showProblems([]);
    }
  });
  events.addEventListener('problems', function (e) {
    showProblems(JSON.parse(e.data).problems);
  });
})();
