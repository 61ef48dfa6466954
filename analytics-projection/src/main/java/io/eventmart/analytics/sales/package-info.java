/**
 * Sales: orders, their lines, payments and refunds as the {@code order.*} and {@code payment.*}
 * integration events report them; the sales summary, sales over time and best sellers computed from
 * them for any window and currency; and the live summary for subscribers.
 */
package io.eventmart.analytics.sales;
