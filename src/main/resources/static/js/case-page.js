// The case page never loses what an agent types. Every text area with data-draft="<key>" keeps its
// text in this browser under that key (the key names the user and the case) as it is typed: a
// reload, a crash or a page change brings it back. The page that follows a successful send carries
// data-draft-sent="<key>", and that draft is forgotten.
//
// That page may be left (or reloaded) before this script ran on it, and its sign is shown once only.
// So a form being sent also marks its draft as sent ("<key>.sent", the text sent): a later page
// without the sign forgets the draft when its timeline shows that text (it went out), and brings it
// back when it does not (the send never arrived). Typing again makes it a draft like any other.
(function () {
    function storage() {
        try {
            return window.localStorage;
        } catch (e) {
            return null; // storage turned off: the page still works, without drafts
        }
    }

    function hint(field) {
        var next = field.nextElementSibling;
        return next && next.classList.contains('draft-restored') ? next : null;
    }

    function plain(text) {
        return (text || '').replace(/\s+/g, ' ').trim();
    }

    /** Whether the case's timeline shows this text: what was sent is on it once it went out. */
    function onTimeline(text) {
        var wanted = plain(text);
        if (!wanted) {
            return false;
        }
        var entries = document.querySelectorAll('#timeline [data-entry]');
        for (var i = 0; i < entries.length; i++) {
            if (plain(entries[i].textContent).indexOf(wanted) >= 0) {
                return true;
            }
        }
        return false;
    }

    function forget(store, key) {
        store.removeItem(key);
        store.removeItem(key + '.sent');
    }

    function keep(field) {
        var store = storage();
        var key = field.getAttribute('data-draft');
        if (!store || !key) {
            return;
        }
        document.querySelectorAll('[data-draft-sent]').forEach(function (sent) {
            if (sent.getAttribute('data-draft-sent') === key) {
                forget(store, key);
            }
        });
        var kept = store.getItem(key);
        var sent = store.getItem(key + '.sent');
        if (kept && sent === kept && !field.value && onTimeline(sent)) {
            // sent, and the page after the send was left before it could say so
            forget(store, key);
            kept = null;
        }
        // what the server shows again (a refused change) comes first; a draft fills an empty field only
        if (kept && !field.value) {
            field.value = kept;
            var shown = hint(field);
            if (shown) {
                shown.hidden = false;
            }
        }
        if (field.value) {
            // a draft again, whether brought back or shown again by the server: the next reload keeps it
            store.setItem(key, field.value);
            store.removeItem(key + '.sent');
        }
        field.addEventListener('input', function () {
            store.removeItem(key + '.sent');
            if (field.value) {
                store.setItem(key, field.value);
            } else {
                store.removeItem(key);
            }
        });
        if (field.form) {
            field.form.addEventListener('submit', function () {
                if (field.value) {
                    store.setItem(key, field.value);
                    store.setItem(key + '.sent', field.value);
                }
            });
        }
    }

    function start() {
        document.querySelectorAll('textarea[data-draft]').forEach(keep);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
