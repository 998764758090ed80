// %% Data
double[] x = IntStream.rangeClosed(1, 30).asDoubleStream().toArray();
double[] y = Arrays.stream(x).map(v -> v * v % 17).toArray();
// %% Chart
var chart = new XYChartBuilder().width(600).height(400).title("Meetings").xAxisTitle("year").build();
chart.addSeries("held", x, y);
display(chart);
