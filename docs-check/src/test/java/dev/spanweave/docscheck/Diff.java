package dev.spanweave.docscheck;

import java.util.List;

/** A line diff of two short texts (a longest common subsequence), for failure messages. */
final class Diff {

  private Diff() {}

  /** Lines only in {@code page} start with "- ", lines only in {@code source} with "+ ". */
  static String of(List<String> page, List<String> source) {
    int[][] common = new int[page.size() + 1][source.size() + 1];
    for (int i = page.size() - 1; i >= 0; i--) {
      for (int j = source.size() - 1; j >= 0; j--) {
        common[i][j] = page.get(i).equals(source.get(j)) ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    StringBuilder diff = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < page.size() || j < source.size()) {
      if (i < page.size() && j < source.size() && page.get(i).equals(source.get(j))) {
        diff.append("  ").append(page.get(i++)).append('\n');
        j++;
      } else if (j < source.size() && (i == page.size() || common[i][j + 1] >= common[i + 1][j])) {
        diff.append("+ ").append(source.get(j++)).append('\n');
      } else {
        diff.append("- ").append(page.get(i++)).append('\n');
      }
    }
    return diff.toString();
  }
}
