package com.example.shop.order.catalog;

import com.example.shop.common.InvalidRequestException;
import com.example.shop.product.api.ProductChanged;
import com.example.shop.product.api.ProductDelisted;
import com.example.shop.product.api.ProductListed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClientException;

/**
 * order-service's copy of the catalog, kept current by product-service's events: orders are priced from it, so placing
 * an order for known products asks product-service nothing and works while it is down. The price is the one the copy
 * holds when the order is placed; a change published a moment earlier may not have arrived yet (eventual consistency).
 * A product the copy does not know yet (listed a moment ago) is asked of product-service once and copied: the one
 * synchronous question left, and only on a miss.
 */
@Component
public class Catalog {

    private static final Logger log = LoggerFactory.getLogger(Catalog.class);

    private final CatalogProductRepository products;
    private final ProductService productService;

    Catalog(CatalogProductRepository products, ProductService productService) {
        this.products = products;
        this.productService = productService;
    }

    /** Each requested line priced; an unknown or delisted product fails the whole order (422). */
    @Transactional
    public List<PricedLine> price(List<? extends Requested> items) {
        List<Long> ids = items.stream().map(Requested::productId).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw new InvalidRequestException("items", "each product may appear only once; use its quantity");
        }
        Map<Long, CatalogProduct> copied =
                products.findAllById(ids).stream().collect(Collectors.toMap(CatalogProduct::id, Function.identity()));
        List<Long> missed = ids.stream().filter(id -> !copied.containsKey(id)).toList();
        if (!missed.isEmpty()) {
            readThrough(missed).forEach(product -> copied.put(product.id(), product));
        }
        Map<Long, CatalogProduct> known = copied.values().stream()
                .filter(CatalogProduct::listed)
                .collect(Collectors.toMap(CatalogProduct::id, Function.identity()));
        List<Long> unknown = ids.stream().filter(id -> !known.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownProductException(unknown);
        }
        if (known.values().stream().map(p -> p.price().currency()).distinct().count() > 1) {
            throw new InvalidRequestException("items", "all products of one order must be priced in one currency");
        }
        return items.stream()
                .map(item -> {
                    CatalogProduct product = known.get(item.productId());
                    return new PricedLine(product.id(), product.name(), item.quantity(), product.price());
                })
                .toList();
    }

    /** A product can be ordered, at this price; applied in the transaction of the consumer that received it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(ProductListed listed) {
        copyOf(listed.productId()).update(listed.name(), listed.price(), true, listed.occurredAt());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(ProductChanged changed) {
        copyOf(changed.productId()).update(changed.name(), changed.price(), true, changed.occurredAt());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(ProductDelisted delisted) {
        copyOf(delisted.productId()).update(null, null, false, delisted.occurredAt());
    }

    /**
     * Copies what product-service knows of products the copy missed. The copies are dated the epoch, so that any event
     * about them, even one older than this answer, still applies.
     */
    private List<CatalogProduct> readThrough(List<Long> missed) {
        List<ProductService.Product> found;
        try {
            found = productService.find(missed);
        } catch (RestClientException | IllegalStateException unreachable) { // the latter: no instance known
            log.warn(
                    "Products {} are not in the copy and product-service cannot be asked: {}",
                    missed,
                    unreachable.getMessage());
            throw new CatalogUnavailableException(missed);
        }
        return found.stream()
                .map(product -> {
                    CatalogProduct copy = copyOf(product.id());
                    copy.update(product.name(), product.price(), true, Instant.EPOCH.plusMillis(1));
                    return copy;
                })
                .toList();
    }

    /** The product's copy, created if missing, locked until the transaction ends: its writers take turns. */
    private CatalogProduct copyOf(long productId) {
        products.createIfAbsent(productId);
        return products.lock(productId);
    }

    /** What pricing needs of a requested line. */
    public interface Requested {
        Long productId();

        Integer quantity();
    }
}
