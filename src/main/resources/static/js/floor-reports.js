// The floor's reports: one bar chart per report, from the JSON the page carries beside each table.
document.addEventListener('DOMContentLoaded', function () {
    var colours = ['#0d6efd', '#dc3545', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#6c757d'];
    [['fill-ins-data', 'fill-ins-chart'], ['adherence-data', 'adherence-chart'], ['short-data', 'short-chart']]
        .forEach(function (pair) {
            var source = document.getElementById(pair[0]);
            var canvas = document.getElementById(pair[1]);
            if (!source || !canvas || !window.Chart) {
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
                options: {
                    animation: false,
                    maintainAspectRatio: false,
                    scales: {y: {beginAtZero: true, title: {display: true, text: d.axis}}}
                }
            });
        });
});
