/*
 * Renders Apache ECharts options computed on the server into an element, and reports a click on a data item back
 * to the server by the item's "drill" property: the portal address the figure stands for.
 */
window.portalCharts = window.portalCharts || {
    render(element, optionJson) {
        const option = JSON.parse(optionJson);
        let chart = echarts.getInstanceByDom(element);
        if (!chart) {
            chart = echarts.init(element, null, {renderer: 'svg', locale: 'ZH'});
            chart.on('click', params => {
                const drill = params.data && params.data.drill;
                if (drill !== undefined && drill !== null && element.$server) {
                    element.$server.drill(drill);
                }
            });
            new ResizeObserver(() => chart.resize()).observe(element);
        }
        chart.setOption(option, true);
    }
};
