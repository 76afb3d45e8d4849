// The customer's chat on the portal: shows where the chat stands (waiting and their place in the queue, with whom,
// ended) and every message as it comes, asking for what comes after the last one shown; a reload starts from the
// beginning and shows the same chat, found by its cookie.
(function () {
    var root = document.getElementById('chat-customer');
    if (!root || !window.KantorChat) {
        return;
    }
    var chat = window.KantorChat;
    var api = root.getAttribute('data-api');
    var log = document.getElementById('chat-log');
    var status = document.getElementById('chat-status');
    var error = document.getElementById('chat-error');
    var last = 0;
    var ended = false;

    function text(name, value) {
        return root.getAttribute('data-text-' + name).replace('{0}', value == null ? '' : value);
    }

    // while nobody can come, the customer may leave the question as a message instead of waiting
    function unattended(view) {
        var section = document.getElementById('chat-unattended');
        var why = view.state === 'WAITING' ? view.unattended : null;
        section.hidden = !why;
        if (why) {
            document.getElementById('chat-unattended-why').textContent = text('unattended-' + why.toLowerCase());
        }
    }

    function show(view) {
        chat.append(log, view.messages);
        last = Math.max(last, view.lastSeq);
        unattended(view);
        if (view.state === 'CLOSED' && view.leftAsMessage) {
            status.textContent = text('left', view.caseReference);
            status.className = 'alert alert-success';
            ended = true;
            document.getElementById('chat-write').hidden = true;
            document.getElementById('chat-end').hidden = true;
        } else if (view.state === 'WAITING') {
            status.textContent = text('waiting', view.position);
            status.className = 'alert alert-info';
        } else if (view.state === 'ACTIVE') {
            status.textContent = text('active', view.agentName);
            status.className = 'alert alert-success';
        } else {
            status.textContent = text('closed');
            status.className = 'alert alert-secondary';
            ended = true;
            document.getElementById('chat-write').hidden = true;
            document.getElementById('chat-end').hidden = true;
        }
    }

    function poll() {
        chat.read(api + '?after=' + last).then(function (answer) {
            if (!answer.ok) {
                throw answer;
            }
            show(answer.body);
            if (!ended) {
                poll();
            }
        }).catch(function () {
            status.textContent = text('failed');
            window.setTimeout(poll, 2000);
        });
    }

    document.getElementById('chat-write').addEventListener('submit', function (event) {
        event.preventDefault();
        var field = document.getElementById('chat-text');
        if (!field.value.trim()) {
            return;
        }
        chat.send('POST', api + '/messages', {text: field.value}).then(function (answer) {
            if (answer.ok) {
                field.value = '';
                error.textContent = '';
            } else {
                error.textContent = chat.problemText(answer.body, text('failed'));
            }
        });
    });

    document.getElementById('chat-email').addEventListener('submit', function (event) {
        event.preventDefault();
        var field = document.getElementById('chat-email-address');
        chat.send('PUT', api + '/email', {email: field.value}).then(function (answer) {
            error.textContent = answer.ok ? text('mailed') : chat.problemText(answer.body, text('failed'));
        });
    });

    document.getElementById('chat-leave').addEventListener('submit', function (event) {
        event.preventDefault();
        var field = document.getElementById('chat-leave-email');
        var problem = document.getElementById('chat-leave-error');
        chat.send('POST', api + '/message-instead', {email: field.value}).then(function (answer) {
            if (answer.ok) {
                problem.textContent = '';
                field.classList.remove('is-invalid');
            } else {
                problem.textContent = chat.problemText(answer.body, text('failed'));
                field.classList.add('is-invalid');
            }
        });
    });

    document.getElementById('chat-end').addEventListener('click', function () {
        chat.send('POST', api + '/end');
    });

    poll();
})();
