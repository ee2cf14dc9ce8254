package dev.spanweave.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/** The application of the @SpringBootTest: a web app with a transactional, async service. */
@SpringBootApplication
@EnableAsync
@EnableTransactionManagement
public class TestApplication {

  @Bean
  OwnerService ownerService() {
    return new OwnerService();
  }

  @Bean
  RecordingTransactionManager transactionManager() {
    return new RecordingTransactionManager();
  }
}
