package org.kinetix4j.benchmarks.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.kinetix4j.env.LevelSize;

/**
 * The log–log plot of a sweep, drawn with {@code java.awt} into a PNG (headless): physics steps per second
 * against parallel environments, one solid line per level size for our engine and a dashed line of the same
 * colour for the JBox2D baseline, as in the Jax2D documentation's scaling plot.
 */
public final class LogLogPlot {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;
    private static final int LEFT = 90;
    private static final int RIGHT = 200;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;
    private static final Map<LevelSize, Color> COLORS = Map.of(LevelSize.S, new Color(0x1f77b4), LevelSize.M,
            new Color(0xff7f0e), LevelSize.L, new Color(0x2ca02c));

    private LogLogPlot() {
    }

    /**
     * Draws the rows and writes a PNG.
     *
     * @param title the plot title (e.g. the backend, thread count and machine)
     * @throws IOException if the file cannot be written
     */
    public static void write(List<BenchSweep.Row> rows, String title, Path file) throws IOException {
        BufferedImage image = render(rows, title);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    /** Draws the rows into an image. */
    public static BufferedImage render(List<BenchSweep.Row> rows, String title) {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (BenchSweep.Row row : rows) {
            minX = Math.min(minX, row.envs());
            maxX = Math.max(maxX, row.envs());
            for (double y : new double[] {row.physicsStepsPerS(), row.baselinePhysicsStepsPerS()}) {
                if (Double.isFinite(y) && y > 0) {
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (!Double.isFinite(minX)) {
            minX = 1;
            maxX = 10;
        }
        if (!Double.isFinite(minY)) {
            minY = 1;
            maxY = 10;
        }
        // Axes span whole powers of 2 (envs) and 10 (steps/s).
        double x0 = Math.floor(log2(minX));
        double x1 = Math.max(x0 + 1, Math.ceil(log2(maxX)));
        double y0 = Math.floor(Math.log10(minY));
        double y1 = Math.max(y0 + 1, Math.ceil(Math.log10(maxY)));
        Axes axes = new Axes(x0, x1, y0, y1);

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Text text = new Text(g);
            drawGrid(g, text, axes);
            int legendY = TOP + 10;
            Map<LevelSize, List<BenchSweep.Row>> bySize = new TreeMap<>();
            for (BenchSweep.Row row : rows) {
                bySize.computeIfAbsent(row.size(), k -> new ArrayList<>()).add(row);
            }
            Stroke solid = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            Stroke dashed = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {9f, 6f}, 0f);
            for (Map.Entry<LevelSize, List<BenchSweep.Row>> entry : bySize.entrySet()) {
                List<BenchSweep.Row> series = new ArrayList<>(entry.getValue());
                series.sort((a, b) -> Integer.compare(a.envs(), b.envs()));
                Color color = COLORS.getOrDefault(entry.getKey(), Color.DARK_GRAY);
                String size = entry.getKey().name();
                g.setColor(color);
                if (drawSeries(g, axes, series, BenchSweep.Row::physicsStepsPerS, solid)) {
                    BenchSweep.Row first = series.get(0);
                    String build = "cpu".equals(first.build()) ? "" : " " + first.build();
                    legendY = legend(g, text, legendY, color, solid, size + " Kinetix4j (" + first.backend() + build
                            + ")");
                }
                g.setColor(color);
                if (drawSeries(g, axes, series, BenchSweep.Row::baselinePhysicsStepsPerS, dashed)) {
                    legendY = legend(g, text, legendY, color, dashed, size + " JBox2D");
                }
            }
            g.setColor(Color.BLACK);
            text.draw(title, LEFT, TOP - 20, 15, true);
            text.draw("parallel environments", LEFT + (WIDTH - LEFT - RIGHT) / 2 - 70, HEIGHT - 20, 13, false);
            text.drawVertical("physics steps / second", 22, TOP + (HEIGHT - TOP - BOTTOM) / 2 + 70, 13);
        } finally {
            g.dispose();
        }
        return image;
    }

    private record Axes(double x0, double x1, double y0, double y1) {
        double px(double envs) {
            return LEFT + (log2(envs) - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT);
        }

        double py(double stepsPerS) {
            return HEIGHT - BOTTOM - (Math.log10(stepsPerS) - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static void drawGrid(Graphics2D g, Text text, Axes axes) {
        g.setStroke(new BasicStroke(1f));
        int plotRight = WIDTH - RIGHT;
        int plotBottom = HEIGHT - BOTTOM;
        int step = (int) Math.max(1, Math.ceil((axes.x1() - axes.x0()) / 10));
        for (int e = (int) axes.x0(); e <= axes.x1(); e++) {
            double x = axes.px(Math.pow(2, e));
            g.setColor(new Color(0xe6e6e6));
            g.draw(new Line2D.Double(x, TOP, x, plotBottom));
            if ((e - (int) axes.x0()) % step == 0) {
                g.setColor(Color.BLACK);
                String label = String.format(Locale.ROOT, "%,d", (long) Math.pow(2, e));
                text.draw(label, (int) x - 4 * label.length(), plotBottom + 18, 12, false);
            }
        }
        for (int d = (int) axes.y0(); d <= axes.y1(); d++) {
            g.setColor(new Color(0xe6e6e6));
            for (int k = 2; k <= 9 && d < axes.y1(); k++) {
                double y = axes.py(k * Math.pow(10, d));
                g.draw(new Line2D.Double(LEFT, y, plotRight, y));
            }
            double y = axes.py(Math.pow(10, d));
            g.setColor(new Color(0xbdbdbd));
            g.draw(new Line2D.Double(LEFT, y, plotRight, y));
            g.setColor(Color.BLACK);
            text.draw("1e" + d, LEFT - 40, (int) y + 5, 12, false);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotRight - LEFT, plotBottom - TOP);
    }

    private static boolean drawSeries(Graphics2D g, Axes axes, List<BenchSweep.Row> series,
            ToDoubleFunction<BenchSweep.Row> value, Stroke stroke) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        boolean any = false;
        for (BenchSweep.Row row : series) {
            double v = value.applyAsDouble(row);
            if (!(Double.isFinite(v) && v > 0)) {
                lastX = Double.NaN;
                continue;
            }
            double x = axes.px(row.envs());
            double y = axes.py(v);
            g.setStroke(stroke);
            if (!Double.isNaN(lastX)) {
                g.draw(new Line2D.Double(lastX, lastY, x, y));
            }
            g.fillOval((int) Math.round(x) - 4, (int) Math.round(y) - 4, 8, 8);
            lastX = x;
            lastY = y;
            any = true;
        }
        return any;
    }

    private static int legend(Graphics2D g, Text text, int y, Color color, Stroke stroke, String label) {
        int x = WIDTH - RIGHT + 15;
        g.setColor(color);
        g.setStroke(stroke);
        g.draw(new Line2D.Double(x, y, x + 40, y));
        g.setColor(Color.BLACK);
        text.draw(label, x + 48, y + 5, 12, false);
        return y + 22;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    /** Text drawing that degrades to no labels where the JDK has no usable fonts (a bare headless image). */
    private static final class Text {
        private final Graphics2D g;
        private boolean broken;

        Text(Graphics2D g) {
            this.g = g;
        }

        void draw(String text, int x, int y, int size, boolean bold) {
            if (broken) {
                return;
            }
            try {
                g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
                g.drawString(text, x, y);
            } catch (RuntimeException | InternalError e) {
                broken = true;
            }
        }

        void drawVertical(String text, int x, int y, int size) {
            if (broken) {
                return;
            }
            var saved = g.getTransform();
            try {
                g.rotate(-Math.PI / 2, x, y);
                draw(text, x, y, size, false);
            } finally {
                g.setTransform(saved);
            }
        }
    }
}
