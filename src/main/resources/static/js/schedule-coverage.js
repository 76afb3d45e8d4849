// A schedule's coverage for one day: agents required as steps, on duty and on a break as stacked bars,
// every interval left short drawn in red.
document.addEventListener('DOMContentLoaded', function () {
    var source = document.getElementById('coverage-data');
    var canvas = document.getElementById('coverage-chart');
    if (!source || !canvas || !window.Chart) {
        return;
    }
    var d = JSON.parse(source.textContent);
    var duty = d.short.map(function (isShort) {
        return isShort ? 'rgba(220, 53, 69, 0.75)' : 'rgba(25, 135, 84, 0.55)';
    });
    new window.Chart(canvas, {
        data: {
            labels: d.labels,
            datasets: [
                {type: 'line', label: d.names.required, data: d.required, borderColor: '#0d6efd',
                    backgroundColor: '#0d6efd', stepped: 'middle', pointRadius: 0, borderWidth: 2, order: 0},
                {type: 'bar', label: d.names.onDuty, data: d.onDuty, backgroundColor: duty, stack: 'staff',
                    barPercentage: 1.0, categoryPercentage: 1.0, order: 1},
                {type: 'bar', label: d.names.onBreak, data: d.onBreak, backgroundColor: 'rgba(255, 193, 7, 0.6)',
                    stack: 'staff', barPercentage: 1.0, categoryPercentage: 1.0, order: 1}
            ]
        },
        options: {
            animation: false,
            maintainAspectRatio: false,
            interaction: {mode: 'index', intersect: false},
            scales: {
                x: {stacked: true, ticks: {maxRotation: 0, autoSkip: true, maxTicksLimit: 14}},
                y: {stacked: true, beginAtZero: true, title: {display: true, text: d.names.agents}}
            }
        }
    });
});
