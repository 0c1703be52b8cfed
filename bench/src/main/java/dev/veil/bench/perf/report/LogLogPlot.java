package dev.veil.bench.perf.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A small log-log line chart drawn with Java 2D (headless), so the report needs nothing but the JDK.
 * Each series is a list of (x, y) points with positive values.
 */
final class LogLogPlot {
  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
    new Color(0xff7f0e), new Color(0x8c564b), new Color(0x17becf), new Color(0xe377c2),
    new Color(0x7f7f7f), new Color(0xbcbd22)
  };
  private static final int W = 900;
  private static final int H = 560;
  private static final int LEFT = 90;
  private static final int RIGHT = 200;
  private static final int TOP = 50;
  private static final int BOTTOM = 70;

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final Map<String, List<double[]>> series = new LinkedHashMap<>();

  LogLogPlot(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  LogLogPlot series(String name, List<double[]> points) {
    List<double[]> positive = points.stream().filter(p -> p[0] > 0 && p[1] > 0).toList();
    if (!positive.isEmpty()) {
      series.put(name, positive);
    }
    return this;
  }

  boolean isEmpty() {
    return series.isEmpty();
  }

  /** Renders to a PNG file. */
  void write(Path file, List<Double> xTicks, java.util.function.DoubleFunction<String> xTick,
      java.util.function.DoubleFunction<String> yTick) throws IOException {
    double xMin = Double.MAX_VALUE;
    double xMax = 0;
    double yMin = Double.MAX_VALUE;
    double yMax = 0;
    for (List<double[]> pts : series.values()) {
      for (double[] p : pts) {
        xMin = Math.min(xMin, p[0]);
        xMax = Math.max(xMax, p[0]);
        yMin = Math.min(yMin, p[1]);
        yMax = Math.max(yMax, p[1]);
      }
    }
    // x: half a decade of margin around the data, ticks at the given sizes; y: whole decades.
    double lx0 = Math.log10(xMin) - 0.3;
    double lx1 = Math.log10(xMax) + 0.3;
    double ly0 = Math.floor(Math.log10(yMin));
    double ly1 = Math.ceil(Math.log10(yMax));
    if (lx1 == lx0) {
      lx1++;
    }
    if (ly1 == ly0) {
      ly1++;
    }

    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    int pw = W - LEFT - RIGHT;
    int ph = H - TOP - BOTTOM;

    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    FontMetrics fm = g.getFontMetrics();
    // Grid and ticks at every decade.
    for (double tick : xTicks) {
      double d = Math.log10(tick);
      int x = LEFT + (int) Math.round((d - lx0) / (lx1 - lx0) * pw);
      g.setColor(new Color(0xE5E5E5));
      g.drawLine(x, TOP, x, TOP + ph);
      g.setColor(Color.DARK_GRAY);
      String label = xTick.apply(tick);
      g.drawString(label, x - fm.stringWidth(label) / 2, TOP + ph + 18);
    }
    for (double d = ly0; d <= ly1; d++) {
      int y = TOP + ph - (int) Math.round((d - ly0) / (ly1 - ly0) * ph);
      g.setColor(new Color(0xE5E5E5));
      g.drawLine(LEFT, y, LEFT + pw, y);
      g.setColor(Color.DARK_GRAY);
      String label = yTick.apply(Math.pow(10, d));
      g.drawString(label, LEFT - 8 - fm.stringWidth(label), y + 4);
    }
    g.setColor(Color.BLACK);
    g.drawRect(LEFT, TOP, pw, ph);

    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString(title, LEFT, TOP - 18);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    fm = g.getFontMetrics();
    g.drawString(xLabel, LEFT + pw / 2 - fm.stringWidth(xLabel) / 2, H - 25);
    Graphics2D gy = (Graphics2D) g.create();
    gy.rotate(-Math.PI / 2);
    gy.drawString(yLabel, -(TOP + ph / 2 + fm.stringWidth(yLabel) / 2), 25);
    gy.dispose();

    int i = 0;
    int legendY = TOP + 10;
    for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
      Color c = PALETTE[i++ % PALETTE.length];
      g.setColor(c);
      // Series whose name has a space (e.g. "rules-only NO_PII") are drawn dashed.
      g.setStroke(e.getKey().contains(" ")
          ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f)
          : new BasicStroke(2f));
      int px = -1;
      int py = -1;
      for (double[] p : e.getValue()) {
        int x = LEFT + (int) Math.round((Math.log10(p[0]) - lx0) / (lx1 - lx0) * pw);
        int y = TOP + ph - (int) Math.round((Math.log10(p[1]) - ly0) / (ly1 - ly0) * ph);
        if (px >= 0) {
          g.drawLine(px, py, x, y);
        }
        g.fillOval(x - 4, y - 4, 8, 8);
        px = x;
        py = y;
      }
      g.fillRect(LEFT + pw + 15, legendY - 8, 14, 10);
      g.setColor(Color.BLACK);
      g.drawString(e.getKey(), LEFT + pw + 35, legendY + 2);
      legendY += 20;
    }
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
  }
}
