// The forecast chart: contacts per open 15-minute interval as bars, agents needed as steps.
document.addEventListener('DOMContentLoaded', function () {
    var source = document.getElementById('forecast-data');
    var canvas = document.getElementById('forecast-chart');
    if (!source || !canvas || !window.Chart) {
        return;
    }
    var d = JSON.parse(source.textContent);
    new window.Chart(canvas, {
        data: {
            labels: d.labels,
            datasets: [
                {type: 'bar', label: d.names.contacts, data: d.contacts, yAxisID: 'contacts',
                    backgroundColor: 'rgba(13, 110, 253, 0.35)', barPercentage: 1.0, categoryPercentage: 1.0},
                {type: 'line', label: d.names.agents, data: d.agents, yAxisID: 'staff', borderColor: '#198754',
                    backgroundColor: '#198754', stepped: true, pointRadius: 0, borderWidth: 2},
                {type: 'line', label: d.names.scheduled, data: d.scheduled, yAxisID: 'staff', borderColor: '#dc3545',
                    backgroundColor: '#dc3545', stepped: true, pointRadius: 0, borderWidth: 2}
            ]
        },
        options: {
            animation: false,
            maintainAspectRatio: false,
            interaction: {mode: 'index', intersect: false},
            scales: {
                x: {ticks: {maxRotation: 0, autoSkip: true, maxTicksLimit: 14}},
                contacts: {position: 'left', beginAtZero: true, title: {display: true, text: d.names.contacts}},
                staff: {position: 'right', beginAtZero: true, grid: {drawOnChartArea: false},
                    title: {display: true, text: d.names.staff}}
            }
        }
    });
});
