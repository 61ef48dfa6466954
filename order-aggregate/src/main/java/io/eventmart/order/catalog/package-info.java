/**
 * What the order module needs to know about products before it takes them into a cart or an order:
 * whether they exist and are still on sale. The inventory service answers, from its own registry
 * that is current with every product event.
 */
package io.eventmart.order.catalog;
