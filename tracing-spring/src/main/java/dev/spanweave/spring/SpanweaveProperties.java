package dev.spanweave.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * spanweave's Spring Boot settings, under {@code spanweave.*} in {@code application.properties} or
 * {@code application.yaml}.
 *
 * <p>Each setting is a block of its own: field, getter, setter, javadoc (the javadoc becomes the
 * IDE's description of the property). Settings of further features are added the same way.
 */
@ConfigurationProperties("spanweave")
public class SpanweaveProperties {

  /**
   * Whether spanweave traces. false: no bean is proxied for tracing, and methods woven at build
   * time run untraced while this application context is open.
   */
  private boolean enabled = true;

  /**
   * Whether spans carry code.function.name (the fully qualified method name). Not set: the JVM-wide
   * default (-Dspanweave.code-attributes, SPANWEAVE_CODE_ATTRIBUTES), off unless configured.
   */
  private Boolean codeAttributes;

  /**
   * Order of spanweave's advisor among the application's other advisors: lower runs first, outside
   * the others. The default, 0, puts the span around @Transactional's transaction (whose advisor
   * runs last by default), Spring Security's method checks and caching.
   */
  private int order = 0;

  // ---- settings of later features go below, one block each ---------------------------------

  /** @return whether spanweave traces ({@code spanweave.enabled}) */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled whether spanweave traces ({@code spanweave.enabled}) */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return whether spans carry code.function.name; null for the JVM-wide default */
  public Boolean getCodeAttributes() {
    return codeAttributes;
  }

  /** @param codeAttributes whether spans carry code.function.name; null for the JVM-wide default */
  public void setCodeAttributes(Boolean codeAttributes) {
    this.codeAttributes = codeAttributes;
  }

  /** @return the order of spanweave's advisor ({@code spanweave.order}) */
  public int getOrder() {
    return order;
  }

  /** @param order the order of spanweave's advisor ({@code spanweave.order}) */
  public void setOrder(int order) {
    this.order = order;
  }
}
