package org.impasseadvisor.api.catalog;

import java.util.List;

/** Every strategy of the catalog, in declared order. */
public record StrategyListView(CatalogRef catalog, List<StrategyView> strategies) {
}
