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
    // A red flag in what is being typed comes first: before any answered question.
    function warning(urgency) {
      var note = document.createElement('div');
      note.className = 'urgent urgent-' + urgency.level;
      note.setAttribute('role', 'alert');
      var p = document.createElement('p');
      var strong = document.createElement('strong');
      strong.textContent = urgency.level === 'emergency' ? 'Get help now. ' : 'See a doctor today. ';
      p.appendChild(strong);
      p.appendChild(document.createTextNode(urgency.advice));
      note.appendChild(p);
      return note;
    }
    function render(body) {
      var items = body.items || [];
      box.textContent = '';
      if (!items.length && !body.urgency) { box.hidden = true; return; }
      if (body.urgency) box.appendChild(warning(body.urgency));
      if (items.length) {
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
      }
      box.hidden = false;
    }
    field.addEventListener('input', function () {
      clearTimeout(timer);
      // The end is kept: a trailing space tells the server the last word is finished.
      var q = field.value.replace(/^\s+/, '');
      if (q.trim().length < 3) { render({}); return; }
      timer = setTimeout(function () {
        var ticket = ++latest;
        fetch('/api/suggest?q=' + encodeURIComponent(q.slice(0, 2000)), { headers: { accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : {}; })
          .then(function (body) { if (ticket === latest) render(body || {}); })
          .catch(function () { if (ticket === latest) render({}); });
      }, 150);
    });
  });
})();
`;
