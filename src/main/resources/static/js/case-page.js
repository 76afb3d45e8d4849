// The case page never loses what an agent types. Every text area with data-draft="<key>" keeps its
// text in this browser under that key (the key names the user and the case) as it is typed: a
// reload, a crash or a page change brings it back. The page that follows a successful send carries
// data-draft-sent="<key>", and that draft is forgotten.
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

    function keep(field) {
        var store = storage();
        var key = field.getAttribute('data-draft');
        if (!store || !key) {
            return;
        }
        document.querySelectorAll('[data-draft-sent]').forEach(function (sent) {
            if (sent.getAttribute('data-draft-sent') === key) {
                store.removeItem(key);
            }
        });
        var kept = store.getItem(key);
        // what the server shows again (a refused change) comes first; a draft fills an empty field only
        if (kept && !field.value) {
            field.value = kept;
            var shown = hint(field);
            if (shown) {
                shown.hidden = false;
            }
        }
        field.addEventListener('input', function () {
            if (field.value) {
                store.setItem(key, field.value);
            } else {
                store.removeItem(key);
            }
        });
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
