// The agent's chat desk: the chats offered to them and the ones they hold, asked for every two seconds; the open
// chat's messages as they come (a long poll after the last one shown). The open chat is remembered in this tab, so
// that a reload opens it again.
(function () {
    var root = document.getElementById('chat-desk');
    if (!root || !window.KantorChat) {
        return;
    }
    var chat = window.KantorChat;
    var base = root.getAttribute('data-base');
    var log = document.getElementById('chat-log');
    var error = document.getElementById('chat-error');
    var section = document.getElementById('chat-open');
    var current = null;
    var last = 0;
    var reading = null;
    var seen = {};
    // a link from the chat's page (?open=12) opens that chat once it is among the agent's
    var asked = Number(new URLSearchParams(window.location.search).get('open'));
    if (asked) {
        window.sessionStorage.setItem('kantor-chat-open', String(asked));
    }

    function text(name, value) {
        return root.getAttribute('data-text-' + name).replace('{0}', value == null ? '' : value);
    }

    function item(c, label, action, id) {
        var li = document.createElement('li');
        li.className = 'list-group-item d-flex justify-content-between align-items-center gap-2';
        var what = document.createElement('span');
        what.textContent = c.customerName + ' · ' + c.topicName + ' · ';
        // every chat on the desk links to its case
        var caseLink = document.createElement('a');
        caseLink.href = root.getAttribute('data-cases') + '/' + c.caseId;
        caseLink.className = 'chat-case-link';
        caseLink.textContent = c.caseReference;
        what.appendChild(caseLink);
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn btn-sm ' + (c.lastSeq > (seen[c.id] || 0) && current !== c.id ? 'btn-warning' : 'btn-outline-primary');
        button.id = id + c.id;
        button.textContent = label;
        button.addEventListener('click', function () {
            action(c.id);
        });
        li.appendChild(what);
        li.appendChild(button);
        return li;
    }

    function list(element, chats, empty, label, action, id) {
        element.replaceChildren();
        if (!chats.length) {
            var li = document.createElement('li');
            li.className = 'list-group-item text-muted';
            li.textContent = empty;
            element.appendChild(li);
        }
        chats.forEach(function (c) {
            element.appendChild(item(c, label, action, id));
        });
    }

    function refresh() {
        chat.read(base + '/desk').then(function (answer) {
            if (!answer.ok) {
                throw answer;
            }
            var desk = answer.body;
            document.getElementById('chat-desk-limit').textContent =
                desk.onQueue ? text('limit', desk.chats.length + ' / ' + desk.limit) : text('not-on-queue');
            list(document.getElementById('chat-offers'), desk.offers, text('none-offered'), text('accept'), accept, 'chat-accept-');
            list(document.getElementById('chat-others'), desk.others, text('none-others'), text('accept'), accept, 'chat-take-');
            list(document.getElementById('chat-held'), desk.chats, text('none-held'), text('open'), open, 'chat-open-');
            var remembered = Number(window.sessionStorage.getItem('kantor-chat-open'));
            if (current === null && remembered && desk.chats.some(function (c) { return c.id === remembered; })) {
                open(remembered);
            }
        }).catch(function () {
            document.getElementById('chat-desk-limit').textContent = text('failed');
        }).finally(function () {
            window.setTimeout(refresh, 2000);
        });
    }

    function accept(id) {
        chat.send('POST', base + '/chats/' + id + '/accept').then(function (answer) {
            if (answer.ok) {
                open(id);
            } else {
                error.textContent = chat.problemText(answer.body, text('failed'));
            }
        });
    }

    function open(id) {
        if (reading) {
            reading.abort();
        }
        current = id;
        last = 0;
        log.replaceChildren();
        error.textContent = '';
        section.hidden = false;
        window.sessionStorage.setItem('kantor-chat-open', String(id));
        poll(id);
    }

    function close(message) {
        if (reading) {
            reading.abort();
        }
        current = null;
        section.hidden = true;
        window.sessionStorage.removeItem('kantor-chat-open');
        error.textContent = message || '';
    }

    function poll(id) {
        reading = new AbortController();
        chat.read(base + '/chats/' + id + '?after=' + last, reading.signal).then(function (answer) {
            if (current !== id) {
                return;
            }
            if (answer.status === 403 || answer.status === 404) {
                close(text('moved'));
                return;
            }
            if (!answer.ok) {
                throw answer;
            }
            var view = answer.body;
            document.getElementById('chat-open-title').textContent = view.chat.customerName + ' · ' + view.chat.topicName;
            var caseLink = document.getElementById('chat-open-case');
            caseLink.textContent = view.chat.caseReference;
            caseLink.href = root.getAttribute('data-cases') + '/' + view.chat.caseId;
            document.getElementById('chat-handoff').href =
                root.getAttribute('data-help') + '?case=' + encodeURIComponent(view.chat.caseReference);
            chat.append(log, view.messages);
            last = Math.max(last, view.lastSeq);
            seen[id] = last;
            poll(id);
        }).catch(function (failure) {
            if (failure && failure.name === 'AbortError') {
                return;
            }
            if (current === id) {
                error.textContent = text('failed');
                window.setTimeout(function () {
                    if (current === id) {
                        poll(id);
                    }
                }, 2000);
            }
        });
    }

    document.getElementById('chat-write').addEventListener('submit', function (event) {
        event.preventDefault();
        var field = document.getElementById('chat-text');
        var note = document.getElementById('chat-note');
        if (current === null || !field.value.trim()) {
            return;
        }
        chat.send('POST', base + '/chats/' + current + '/messages', {text: field.value, note: note.checked}).then(function (answer) {
            if (answer.ok) {
                field.value = '';
                note.checked = false;
                error.textContent = '';
            } else {
                error.textContent = chat.problemText(answer.body, text('failed'));
            }
        });
    });

    document.getElementById('chat-end').addEventListener('click', function () {
        if (current === null) {
            return;
        }
        chat.send('POST', base + '/chats/' + current + '/end').then(function (answer) {
            if (answer.ok) {
                close(text('ended'));
            }
        });
    });

    refresh();
})();
