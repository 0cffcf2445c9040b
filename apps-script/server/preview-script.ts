// The preview page's own script, as text for a <script> element: a person typing into a cell (sent to the runtime's
// userEdit, so validation and onEdit run as in Sheets), and the add-on's frames asking to close or resize.
export const PREVIEW_SCRIPT = `(function () {
  var SCROLL = 'malkoll.scroll';
  var NOTICE = 'malkoll.notice';
  var scrolled = sessionStorage.getItem(SCROLL);
  if (scrolled !== null) {
    sessionStorage.removeItem(SCROLL);
    window.scrollTo(0, Number(scrolled));
  }
  var notice = sessionStorage.getItem(NOTICE);
  if (notice) {
    sessionStorage.removeItem(NOTICE);
    tell(notice, 'toast');
  }

  function reload() {
    sessionStorage.setItem(SCROLL, String(window.scrollY));
    window.location.assign('/');
  }

  function tell(text, kind) {
    var box = document.createElement('div');
    box.className = kind;
    box.setAttribute('role', kind === 'toast' ? 'status' : 'alert');
    box.textContent = text;
    if (kind !== 'toast') {
      var ok = document.createElement('button');
      ok.textContent = 'OK';
      ok.onclick = function () { box.remove(); };
      box.appendChild(ok);
    }
    document.body.appendChild(box);
    if (kind === 'toast') setTimeout(function () { box.remove(); }, 8000);
  }

  function send(cell, text) {
    return fetch('/cell', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cell: cell, text: text }),
    })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (answer.status === 'rejected') {
          tell(answer.message, 'edit-rejected');
          return false;
        }
        if (answer.message) sessionStorage.setItem(NOTICE, answer.message);
        reload();
        return true;
      });
  }

  document.addEventListener('change', function (event) {
    var select = event.target.closest && event.target.closest('td.editable select');
    if (!select) return;
    var cell = select.closest('td');
    send(cell.dataset.cell, select.value).then(function (stored) {
      if (!stored) select.value = cell.dataset.value || '';
    });
  });

  document.addEventListener('click', function (event) {
    var cell = event.target.closest && event.target.closest('td.editable');
    if (!cell || cell.querySelector('select, input')) return;
    var before = cell.innerHTML;
    var input = document.createElement('input');
    input.value = cell.dataset.value || '';
    input.setAttribute('aria-label', cell.dataset.cell);
    cell.textContent = '';
    cell.appendChild(input);
    input.focus();
    var done = false;
    function restore() {
      if (done) return;
      done = true;
      cell.innerHTML = before;
    }
    function commit() {
      if (done) return;
      if (input.value === (cell.dataset.value || '')) return restore();
      done = true;
      send(cell.dataset.cell, input.value).then(function (stored) {
        if (!stored) cell.innerHTML = before;
      });
    }
    input.addEventListener('keydown', function (key) {
      if (key.key === 'Enter') {
        key.preventDefault();
        commit();
      } else if (key.key === 'Escape') {
        restore();
      }
    });
    input.addEventListener('blur', commit);
  });

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== window.location.origin || !data || data.googleScriptHost !== true) return;
    if (data.action === 'close' && data.frame === 'sidebar') {
      fetch('/sidofalt/stang', { method: 'POST' }).then(reload);
    } else if (data.action === 'close') {
      reload();
    } else if (data.action === 'setHeight' || data.action === 'setWidth') {
      var frame = document.querySelector(data.frame === 'sidebar' ? '.sidebar iframe' : 'iframe.addon-dialog');
      if (frame) frame.style[data.action === 'setHeight' ? 'height' : 'width'] = Number(data.value) + 'px';
    }
  });
})();`;
