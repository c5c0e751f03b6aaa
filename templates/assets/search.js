/* Broadsheet search: no server, no dependencies. Reads window.broadsheetSearch (search-index.js, loaded by a
   script tag so it also works from file://) and shows matching articles as you type. Every query word must match
   (accents and case ignored); title matches rank first, then newer articles. */
(function () {
  'use strict';
  var index = window.broadsheetSearch;
  var input = document.getElementById('search-q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!index || !input || !list || !status) {
    return;
  }
  var root = list.getAttribute('data-root') || '';
  var lang = document.documentElement.lang || undefined;
  var MAX_SHOWN = 50;

  /* The same steps as SearchIndexFile.simpleSlug: the index leaves out slugs this gives. */
  function slugOf(title) {
    return title.toLowerCase().replace(/['\u2019]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }

  /* Where an article is: the config's permalink setting, which the index holds when it is not the default. */
  var permalink = index.permalink || ':year/:month/:slug/';
  function pad(n, width) {
    return String(n).padStart(width, '0');
  }
  function pathOf(date, slug) {
    var path = permalink.split(':year').join(pad(date.getUTCFullYear(), 4))
      .split(':month').join(pad(date.getUTCMonth() + 1, 2)).split(':day').join(pad(date.getUTCDate(), 2))
      .split(':slug').join(slug);
    return path.charAt(path.length - 1) === '/' ? path + 'index.html' : path;
  }

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  /* Each row: [days since 1970-01-01, title, publication number or -1, [tag numbers], summary, slug if not slugOf(title)] */
  var docs = index.a.map(function (a) {
    var date = new Date(a[0] * 864e5);
    var pub = a[2] >= 0 ? index.pubs[a[2]] : '';
    var tags = a[3].map(function (t) { return index.tags[t]; });
    return {
      title: a[1], pub: pub, tags: tags, summary: a[4], date: date,
      path: pathOf(date, a[5] || slugOf(a[1])),
      titleKey: fold(a[1]),
      key: fold([a[1], pub, tags.join(' '), a[4]].join(' \u0000 '))
    };
  });

  function search(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      return null;
    }
    var hits = [];
    for (var i = 0; i < docs.length; i++) {
      var d = docs[i];
      var score = 0;
      for (var w = 0; w < words.length; w++) {
        if (d.titleKey.indexOf(words[w]) >= 0) {
          score += 2;
        } else if (d.key.indexOf(words[w]) >= 0) {
          score += 1;
        } else {
          score = -1;
          break;
        }
      }
      if (score > 0) {
        hits.push({ doc: d, score: score, order: i });
      }
    }
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return hits;
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) { e.className = className; }
    if (text) { e.textContent = text; }
    return e;
  }

  function show(query) {
    var hits = search(query);
    list.textContent = '';
    if (hits === null) {
      status.textContent = '';
      return;
    }
    status.textContent = hits.length === 0 ? 'No articles match.'
      : hits.length === 1 ? '1 article matches.'
      : hits.length + ' articles match' + (hits.length > MAX_SHOWN ? '; the first ' + MAX_SHOWN + ' are shown.' : '.');
    hits.slice(0, MAX_SHOWN).forEach(function (hit) {
      var d = hit.doc;
      var li = element('li', 'result');
      var link = element('a', null, d.title);
      link.href = root + d.path;
      li.appendChild(element('h2', 'card-title')).appendChild(link);
      var meta = [d.pub, d.date.toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })]
        .filter(Boolean).join(' · ');
      li.appendChild(element('p', 'meta', meta));
      if (d.summary) { li.appendChild(element('p', 'summary', d.summary)); }
      if (d.tags.length) { li.appendChild(element('p', 'meta', d.tags.join(', '))); }
      list.appendChild(li);
    });
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      show(input.value);
      try {
        history.replaceState(null, '', input.value ? '?q=' + encodeURIComponent(input.value) : location.pathname);
      } catch (e) {
        /* some browsers refuse to change file:// addresses; searching still works */
      }
    }, 80);
  });
  input.form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
  });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    show(initial);
  }
  input.focus();
}());
