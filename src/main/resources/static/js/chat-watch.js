// One chat followed from its case, read only: while it runs, what comes after the last line shown is asked for
// (a long poll any node answers) and appended; once it ends, the page says so and stops asking.
(function () {
    var root = document.getElementById('chat-watch');
    if (!root || !window.KantorChat || root.getAttribute('data-live') !== 'true') {
        return;
    }
    var chat = window.KantorChat;
    var log = document.getElementById('chat-log');
    var status = document.getElementById('chat-watch-status');
    var last = Number(root.getAttribute('data-last')) || 0;

    function poll() {
        chat.read(root.getAttribute('data-watch') + '?after=' + last).then(function (answer) {
            if (!answer.ok) {
                throw answer;
            }
            var view = answer.body;
            chat.append(log, view.messages);
            last = Math.max(last, view.lastSeq);
            if (view.chat.state === 'CLOSED') {
                status.textContent = root.getAttribute('data-text-over');
                status.className = 'alert alert-secondary';
                return;
            }
            poll();
        }).catch(function () {
            status.textContent = root.getAttribute('data-text-failed');
            window.setTimeout(poll, 2000);
        });
    }

    poll();
})();
