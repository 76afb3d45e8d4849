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
