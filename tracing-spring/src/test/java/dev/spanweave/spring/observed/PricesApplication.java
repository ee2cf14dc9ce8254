package dev.spanweave.spring.observed;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring MVC: a traced controller and service, and the service's call through a RestClient. */
@SpringBootApplication
public class PricesApplication {}
