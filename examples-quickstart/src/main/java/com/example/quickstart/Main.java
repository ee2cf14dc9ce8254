package com.example.quickstart;

/** Greets once: with the settings of docs/getting-started-maven.md, the span is printed. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.out.println(new Greeter().greet(args.length > 0 ? args[0] : "ada"));
  }
}
