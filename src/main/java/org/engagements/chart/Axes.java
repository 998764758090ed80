package org.engagements.chart;

import org.knowm.xchart.style.AxesChartStyler;

/** Count axes: start at zero, end at a round number, ticks on whole numbers only. */
final class Axes {
    private Axes() {
    }

    /** A count axis on y from 0 to a round maximum at least {@code max}, with whole-number ticks. */
    static void integerYAxis(AxesChartStyler s, int max) {
        int top = niceMax(max);
        s.setYAxisMin(0.0);
        s.setYAxisMax((double) top);
        s.setYAxisDecimalPattern("#,##0");
    }

    /** The maximum itself up to 10, else the smallest round number (12, 6, 8, 10, 12, 15, 20, 25, 30, 40, ... × 10^k) at least {@code max}. */
    static int niceMax(int max) {
        if (max <= 10) {
            return Math.max(max, 1);
        }
        for (long base = 1; ; base *= 10) {
            for (int m : new int[] {10, 12, 15, 20, 25, 30, 40, 50, 60, 80}) {
                if (m * base >= max) {
                    return (int) (m * base);
                }
            }
        }
    }
}
