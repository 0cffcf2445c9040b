// The client half of google.script that Google adds to every HtmlService page it shows in a dialog or sidebar, for a host
// that shows those pages in a browser (the preview): google.script.run calls the script's server functions by POSTing
// to the host, google.script.host.close() asks the page around the frame to close it. Google's contract:
// developers.google.com/apps-script/guides/html/reference/run and …/reference/host.

export interface ClientOptions {
  /** Where google.script.run POSTs `{ name, args }`; the answer is `{ ok: true, value }` or `{ ok: false, error }`. */
  runUrl: string;
  /** Names the frame in the messages its host functions post to the page around it. */
  frame: string;
}

/** The browser script, as text (it runs in the page, not here). */
function clientScript({ runUrl, frame }: ClientOptions): string {
  return `(function () {
  var runUrl = ${JSON.stringify(runUrl)};
  var frame = ${JSON.stringify(frame)};
  function tell(message) {
    message.googleScriptHost = true;
    message.frame = frame;
    window.parent.postMessage(message, window.location.origin);
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (handler) { return runner(handler, failure, userObject); };
        if (name === 'withFailureHandler') return function (handler) { return runner(success, handler, userObject); };
        if (name === 'withUserObject') return function (object) { return runner(success, failure, object); };
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var failed = function (error) {
            if (failure) failure(error, userObject);
            else console.error(error);
          };
          fetch(runUrl, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ name: name, args: args }),
          })
            .then(function (response) { return response.json(); })
            .then(function (answer) {
              if (answer.ok) {
                if (success) success(answer.value, userObject);
                return;
              }
              var error = new Error(answer.error.message);
              error.name = answer.error.name;
              failed(error);
            }, failed);
        };
      },
    });
  }
  window.google = {
    script: {
      run: runner(),
      host: {
        origin: window.location.origin,
        close: function () { tell({ action: 'close' }); },
        setHeight: function (height) { tell({ action: 'setHeight', value: height }); },
        setWidth: function (width) { tell({ action: 'setWidth', value: width }); },
        editor: { focus: function () { tell({ action: 'focus' }); } },
      },
    },
  };
})();`;
}

/** The page with the client script first in its head, so the page's own scripts find google.script. */
export function withGoogleScriptClient(html: string, options: ClientOptions): string {
  const script = `<script>${clientScript(options)}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}${script}${html.slice(head.index + head[0].length)}`;
  return `${script}${html}`;
}
