package dev.spanweave.spring.app;

public record Owner(int id, String name) {}
