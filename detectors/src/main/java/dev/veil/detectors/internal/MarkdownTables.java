package dev.veil.detectors.internal;

/**
 * Finds the column header of a value inside a Markdown table, so that "| SSN |" in the header row
 * counts as context for the cells below it. Looks back at most {@link #MAX_LINES} lines and
 * {@link #MAX_CHARS} characters, so the cost per match is bounded.
 */
final class MarkdownTables {
  static final int MAX_LINES = 100;
  static final int MAX_CHARS = 16 * 1024;

  private MarkdownTables() {}

  static boolean headerHas(String text, int pos, String... words) {
    if (Scan.of(text).lastPipe() < pos) {
      return false; // no cell can be open at pos: no table (and no scan of the text per call)
    }
    int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    int column = pipesBetween(text, lineStart, pos);
    if (column == 0 || text.indexOf('|', pos) < 0) {
      return false;
    }
    int limit = Math.max(0, pos - MAX_CHARS);
    int end = lineStart - 1; // the '\n' ending the previous line
    for (int k = 0; k < MAX_LINES && end > limit; k++) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      if (!hasPipe(text, start, end)) {
        return false;
      }
      if (isSeparator(text, start, end) && start > 0) {
        int headerEnd = start - 1;
        int headerStart = text.lastIndexOf('\n', headerEnd - 1) + 1;
        int[] cell = cell(text, headerStart, headerEnd, column);
        return cell != null && Context.within(text, cell[0], cell[1], words);
      }
      end = start - 1;
    }
    return false;
  }

  private static int pipesBetween(String text, int from, int to) {
    int c = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '|') {
        c++;
      }
    }
    return c;
  }

  private static boolean hasPipe(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '|') {
        return true;
      }
    }
    return false;
  }

  private static boolean isSeparator(String text, int from, int to) {
    int dashes = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        dashes++;
      } else if (c != '|' && c != ':' && c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return dashes >= 3;
  }

  /** The {@code column}-th cell (after that many pipes) of the line {@code [from, to)}. */
  private static int[] cell(String text, int from, int to, int column) {
    int seen = 0;
    int cellStart = from;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '|') {
        seen++;
        if (seen == column) {
          cellStart = i + 1;
        } else if (seen == column + 1) {
          return new int[] {cellStart, i};
        }
      }
    }
    return seen == column ? new int[] {cellStart, to} : null;
  }
}
