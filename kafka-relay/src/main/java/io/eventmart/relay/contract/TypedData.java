package io.eventmart.relay.contract;

import java.util.Map;

/**
 * What one domain event says in the integration contract: its dotted type and its data.
 *
 * @param type the dotted type, one of {@link
 *     io.eventmart.contracts.integration.IntegrationEventTypes}
 * @param data the documented fields of that type
 */
record TypedData(String type, Map<String, Object> data) {}
