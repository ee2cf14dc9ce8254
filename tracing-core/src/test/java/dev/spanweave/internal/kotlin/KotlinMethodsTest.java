package dev.spanweave.internal.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KotlinMethodsTest {

  @Test
  void valueClassManglingIsRemovedFromNames() {
    assertThat(KotlinMethods.sourceName("find-4ZD5Yi0")).isEqualTo("find");
    assertThat(KotlinMethods.sourceName("find")).isEqualTo("find");
  }

  @Test
  void javaMethodsAreNeitherSuspendFunctionsNorPropertyAccessors() throws Exception {
    assertThat(KotlinMethods.isSuspend(Object.class.getMethod("toString"))).isFalse();
    assertThat(KotlinMethods.isPropertyAccessor(Thread.class.getMethod("getName"))).isFalse();
  }
}
