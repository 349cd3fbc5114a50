/*
 * Draws Apache ECharts options computed on the server into an element and reports a click on a data item by the
 * item's "drill" property: the portal address the figure stands for. A dashboard is fetched from its element's
 * address (data-src) as markup with a place for each chart and the charts' options, so that none of it travels in
 * the UI's state or stays in the server's session (decision 0033).
 */
window.portalCharts = window.portalCharts || {
    render(element, option, onDrill) {
        let chart = echarts.getInstanceByDom(element);
        if (!chart) {
            chart = echarts.init(element, null, {renderer: 'svg', locale: 'ZH'});
            chart.on('click', params => {
                const drill = params.data && params.data.drill;
                if (drill) {
                    onDrill(drill);
                }
            });
            new ResizeObserver(() => chart.resize()).observe(element);
        }
        chart.setOption(option, true);
    },

    async load(element) {
        try {
            const response = await fetch(element.getAttribute('data-src'), {credentials: 'same-origin', cache: 'no-store'});
            if (!response.ok) {
                throw new Error('dashboard answered ' + response.status);
            }
            const content = await response.json();
            element.innerHTML = content.html;
            element.querySelectorAll('.portal-chart[data-chart]').forEach(box => {
                const chart = content.charts[Number(box.dataset.chart)];
                box.style.height = chart.height;
                this.render(box, chart.option, drill => element.$server.drill(drill));
            });
        } catch (e) {
            element.textContent = element.getAttribute('data-failed');
        }
    }
};
