// The case queue: "check all on this page" and the count of checked cases. Listens on the document,
// so that it keeps working after htmx swaps in new results.
(function () {
    function checks() {
        return Array.prototype.slice.call(document.querySelectorAll('#case-table .case-check'));
    }

    function showCount() {
        var count = document.getElementById('checked-count');
        var all = document.getElementById('select-all');
        var boxes = checks();
        var checked = boxes.filter(function (box) { return box.checked; }).length;
        if (count && count.dataset.template) {
            count.textContent = count.dataset.template.replace('{n}', checked);
        }
        if (all) {
            all.checked = boxes.length > 0 && checked === boxes.length;
            all.indeterminate = checked > 0 && checked < boxes.length;
        }
    }

    document.addEventListener('change', function (event) {
        if (event.target.id === 'select-all') {
            checks().forEach(function (box) { box.checked = event.target.checked; });
            showCount();
        } else if (event.target.classList && event.target.classList.contains('case-check')) {
            showCount();
        }
    });
    document.addEventListener('htmx:afterSwap', showCount);
    document.addEventListener('DOMContentLoaded', showCount);
})();
