// A canned reply picked on a case's page goes into the reply box where the cursor is, ready to be
// edited; nothing is sent. The picker (cases/canned-replies.html) carries each reply's text, already
// in the customer's language with its placeholders filled in, in data-text.
document.addEventListener('click', function (event) {
    var picked = event.target.closest && event.target.closest('.canned-insert');
    if (!picked) {
        return;
    }
    var box = document.getElementById('reply-text');
    if (!box) {
        return;
    }
    var text = picked.getAttribute('data-text') || '';
    var start = box.selectionStart == null ? box.value.length : box.selectionStart;
    var end = box.selectionEnd == null ? box.value.length : box.selectionEnd;
    box.value = box.value.slice(0, start) + text + box.value.slice(end);
    box.focus();
    box.setSelectionRange(start + text.length, start + text.length);
    // the draft keeper listens for typing: an inserted reply is kept like typed text
    box.dispatchEvent(new Event('input', {bubbles: true}));
    var list = document.getElementById('canned-picked');
    if (list) {
        list.innerHTML = '';
    }
    var search = document.getElementById('canned-q');
    if (search) {
        search.value = '';
    }
});
