package dev.spanweave.test.tree;

import java.util.List;

/**
 * One span as a tree line: its head (name, and kind and status when shown), the lines under it
 * (attributes, events) and its children. Expected and actual trees are both turned into nodes,
 * and compared as nodes, so that what passes is exactly what prints the same.
 */
record Node(String head, List<String> details, List<Node> children) {

  Node {
    details = List.copyOf(details);
    children = List.copyOf(children);
  }

  /** The notation of the demo: a root per trace, children under {@code ├─}/{@code └─}. */
  static String write(List<Node> roots) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < roots.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      Node root = roots.get(i);
      out.append(root.head()).append('\n');
      root.writeBelow("", out);
    }
    return out.toString();
  }

  private void writeBelow(String indent, StringBuilder out) {
    for (String detail : details) {
      out.append(indent).append("   ").append(detail).append('\n');
    }
    for (int i = 0; i < children.size(); i++) {
      boolean last = i == children.size() - 1;
      Node child = children.get(i);
      out.append(indent).append(last ? "└─ " : "├─ ").append(child.head()).append('\n');
      child.writeBelow(indent + (last ? "   " : "│  "), out);
    }
  }
}
