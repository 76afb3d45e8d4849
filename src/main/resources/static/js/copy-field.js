// "Copy" beside a read-only field puts the field's text on the clipboard:
// <button data-copy="field-id" data-copied="Copied">Copy</button>
document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy]');
    if (!button) {
        return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) {
        return;
    }
    var copied = function () {
        if (button.getAttribute('data-copied')) {
            button.textContent = button.getAttribute('data-copied');
        }
    };
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(copied, function () {
            if (document.execCommand('copy')) {
                copied();
            }
        });
    } else if (document.execCommand('copy')) {
        copied();
    }
});
