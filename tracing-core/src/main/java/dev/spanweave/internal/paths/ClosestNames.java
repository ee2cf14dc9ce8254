package dev.spanweave.internal.paths;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The names nearest a misspelt one, by edit distance, for build-time and run-time messages. */
public final class ClosestNames {

  /** How many names a message offers. */
  static final int SHOWN = 3;

  private ClosestNames() {}

  /** Up to three of {@code candidates}, nearest to {@code name} first, as "a, b, c". */
  public static String of(String name, Collection<String> candidates) {
    List<String> closest = candidates.stream()
        .sorted(Comparator.comparingInt((String c) -> distance(name.toLowerCase(),
            c.toLowerCase())).thenComparing(Comparator.naturalOrder()))
        .limit(SHOWN)
        .collect(Collectors.toList());
    return closest.isEmpty() ? "(it has no readable members)" : String.join(", ", closest);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
