/**
 * Suggestions while typing, for any form field marked `data-suggest`: answered questions like
 * the one being typed, fetched from /api/suggest. Progressive enhancement only: without this
 * script the search form still works. Results are inserted with textContent, never innerHTML.
 */
export const suggestJs = `
(function () {
  'use strict';
  var fields = document.querySelectorAll('[data-suggest]');
  Array.prototype.forEach.call(fields, function (field) {
    var box = document.getElementById(field.getAttribute('data-suggest'));
    if (!box) return;
    var timer = null;
    var latest = 0;
    function render(items) {
      box.textContent = '';
      if (!items.length) { box.hidden = true; return; }
      var heading = document.createElement('p');
      heading.className = 'note';
      heading.textContent = 'Answered questions like yours:';
      var list = document.createElement('ul');
      items.forEach(function (item) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.title;
        li.appendChild(a);
        list.appendChild(li);
      });
      box.appendChild(heading);
      box.appendChild(list);
      box.hidden = false;
    }
    field.addEventListener('input', function () {
      clearTimeout(timer);
      // The end is kept: a trailing space tells the server the last word is finished.
      var q = field.value.replace(/^\s+/, '');
      if (q.trim().length < 3) { render([]); return; }
      timer = setTimeout(function () {
        var ticket = ++latest;
        fetch('/api/suggest?q=' + encodeURIComponent(q.slice(0, 2000)), { headers: { accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : { items: [] }; })
          .then(function (body) { if (ticket === latest) render(body.items || []); })
          .catch(function () { if (ticket === latest) render([]); });
      }, 150);
    });
  });
})();
`;
