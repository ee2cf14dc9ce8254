package dev.spanweave.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put by spanweave's AspectJ aspect ({@code declare @method}) on every method it weaves, at compile
 * time or load time; never written by hand. A proxy-based adapter (the Spring interceptor) reads it
 * once per method and leaves such a method to the woven code, so that a woven class that is also a
 * proxied bean gets one span per call, not two.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Woven {}
