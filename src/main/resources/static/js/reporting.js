// The dashboards: one bar chart per table, from the JSON the page carries beside it, and the print button.
document.addEventListener('DOMContentLoaded', function () {
    var colours = ['#0d6efd', '#dc3545', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#6c757d'];
    var print = document.getElementById('print-report');
    if (print) {
        print.addEventListener('click', function () {
            window.print();
        });
    }
    document.querySelectorAll('canvas.report-chart').forEach(function (canvas) {
        var source = document.getElementById(canvas.getAttribute('data-source'));
        if (!source || !window.Chart) {
            return;
        }
        var d = JSON.parse(source.textContent);
        new window.Chart(canvas, {
            type: 'bar',
            data: {
                labels: d.labels,
                datasets: d.series.map(function (s, i) {
                    return {label: s.name, data: s.values, backgroundColor: colours[i % colours.length]};
                })
            },
            options: {animation: false, maintainAspectRatio: false, scales: {y: {beginAtZero: true}}}
        });
    });
});
