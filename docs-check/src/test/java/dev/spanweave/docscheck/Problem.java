package dev.spanweave.docscheck;

/** One thing wrong with a page, at a line of it (paths relative to the repository root). */
record Problem(String file, int line, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
