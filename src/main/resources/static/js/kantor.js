// htmx requests carry the CSRF token that Spring Security expects on every change.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Forms that undo someone's work ask first: <form data-confirm="Sure?">
document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});

// Choosing a returning customer on "Log a contact" fills in what Kantor knows about them.
document.addEventListener('click', function (event) {
    var match = event.target.closest && event.target.closest('.customer-match');
    if (!match) {
        return;
    }
    ['name', 'email', 'phone', 'language'].forEach(function (field) {
        var input = document.getElementById(field === 'name' ? 'customerName' : field);
        if (input && match.dataset[field]) {
            input.value = match.dataset[field];
        }
    });
});

// "Back" links that return to the page before: <a href="#" data-history-back>. A javascript: link
// would be inline script, which the Content-Security-Policy refuses.
document.addEventListener('click', function (event) {
    var back = event.target.closest && event.target.closest('[data-history-back]');
    if (back) {
        event.preventDefault();
        window.history.back();
    }
});

// A long text field counts its characters as they are typed: <div data-counter-for="message"
// data-counter-text="{0} of {1} characters" data-max="4000">, put there by the field fragment.
(function () {
    function show(counter) {
        var field = document.getElementById(counter.getAttribute('data-counter-for'));
        if (!field) {
            return;
        }
        var lang = document.documentElement.lang || undefined;
        var used = Number(field.value.length).toLocaleString(lang);
        var max = Number(counter.getAttribute('data-max')).toLocaleString(lang);
        counter.textContent = counter.getAttribute('data-counter-text').replace('{0}', used).replace('{1}', max);
        counter.classList.toggle('text-danger', field.value.length >= Number(counter.getAttribute('data-max')));
    }
    document.addEventListener('input', function (event) {
        var id = event.target && event.target.id;
        if (id) {
            document.querySelectorAll('[data-counter-for="' + id + '"]').forEach(show);
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-counter-for]').forEach(show);
    });
})();
