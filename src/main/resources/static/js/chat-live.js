// What the customer's chat page and the agents' chat desk share: showing a chat's messages, asking for what comes
// after the last one shown (a long poll any node answers), and sending JSON with the page's CSRF token if it has one.
window.KantorChat = (function () {
    function csrfHeaders() {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        var headers = {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json'};
        if (token && header) {
            headers[header.getAttribute('content')] = token.getAttribute('content');
        }
        return headers;
    }

    // the refusal's own words: the first field problem, else its detail
    function problemText(body, fallback) {
        if (body && body.errors && body.errors.length && body.errors[0].message) {
            return body.errors[0].message;
        }
        return (body && body.detail) || fallback;
    }

    function send(method, url, body) {
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: csrfHeaders(),
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            if (response.status === 204) {
                return {ok: response.ok, status: response.status, body: null};
            }
            return response.json().catch(function () {
                return null;
            }).then(function (json) {
                return {ok: response.ok, status: response.status, body: json};
            });
        });
    }

    function read(url, signal) {
        return fetch(url, {
            credentials: 'same-origin',
            headers: {'Accept': 'application/json, application/problem+json'},
            signal: signal
        }).then(function (response) {
            return response.json().catch(function () {
                return null;
            }).then(function (json) {
                return {ok: response.ok, status: response.status, body: json};
            });
        });
    }

    // one message as a list item: who and when on a small line, the text as text (never as HTML)
    function line(m) {
        var li = document.createElement('li');
        li.className = 'chat-line chat-' + m.author.toLowerCase() + ' mb-2';
        li.setAttribute('data-seq', m.seq);
        var meta = document.createElement('div');
        meta.className = 'small text-muted';
        meta.textContent = m.time + (m.name ? ' · ' + m.name : '');
        var text = document.createElement('div');
        text.className = 'chat-text';
        text.textContent = m.text;
        li.appendChild(meta);
        li.appendChild(text);
        return li;
    }

    function append(log, messages) {
        messages.forEach(function (m) {
            if (!log.querySelector('[data-seq="' + m.seq + '"]')) {
                log.appendChild(line(m));
            }
        });
        log.scrollTop = log.scrollHeight;
    }

    return {send: send, read: read, append: append, problemText: problemText};
})();
