package io.eventmart.edge.payment;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Payments: reading them, and refunds. */
@Configuration(proxyBeanMethods = false)
@Import(PaymentController.class)
public class PaymentConfiguration {}
