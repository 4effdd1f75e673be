package com.example.shop.product;

import com.example.shop.common.Money;
import com.example.shop.common.NotFoundException;
import com.example.shop.fault.Capability;
import com.example.shop.fault.FaultSwitches;
import com.example.shop.messaging.Outbox;
import com.example.shop.product.api.ProductChanged;
import com.example.shop.product.api.ProductDelisted;
import com.example.shop.product.api.ProductListed;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog: anyone looks products up, ADMINs maintain them. Every change is announced (ProductListed, ProductChanged,
 * ProductDelisted) through the outbox, in the transaction that makes it: order-service prices orders from its copy.
 */
@Service
public class ProductCatalog {

    private final ProductRepository products;
    private final FaultSwitches faults;
    private final Outbox outbox;
    private final Clock clock;

    ProductCatalog(ProductRepository products, FaultSwitches faults, Outbox outbox, Clock clock) {
        this.products = products;
        this.faults = faults;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ProductDetails> page(Pageable pageable) {
        faults.apply(Capability.PRODUCT);
        return products.findAll(pageable).map(Product::toDetails);
    }

    @Transactional(readOnly = true)
    public ProductDetails get(Long id) {
        faults.apply(Capability.PRODUCT);
        return products.findById(id).map(Product::toDetails).orElseThrow(() -> new NotFoundException("Product", id));
    }

    /** The products that exist among {@code ids}, by id; unknown ids are simply absent. */
    @Transactional(readOnly = true)
    public Map<Long, ProductDetails> findAll(Collection<Long> ids) {
        faults.apply(Capability.PRODUCT);
        return products.findAllById(ids).stream()
                .map(Product::toDetails)
                .collect(Collectors.toMap(ProductDetails::id, Function.identity()));
    }

    @Transactional
    ProductDetails create(String sku, String name, String description, Money price) {
        if (products.existsBySku(sku)) {
            throw new SkuTakenException(sku);
        }
        ProductDetails created = products.saveAndFlush(new Product(sku, name, description, price))
                .toDetails();
        outbox.publish(new ProductListed(
                UUID.randomUUID(), clock.instant(), created.id(), created.sku(), created.name(), created.price()));
        return created;
    }

    @Transactional
    ProductDetails update(Long id, String sku, String name, String description, Money price) {
        Product product = products.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
        if (!product.sku().equals(sku) && products.existsBySku(sku)) {
            throw new SkuTakenException(sku);
        }
        product.update(sku, name, description, price);
        ProductDetails updated = products.saveAndFlush(product).toDetails();
        outbox.publish(new ProductChanged(
                UUID.randomUUID(), clock.instant(), updated.id(), updated.sku(), updated.name(), updated.price()));
        return updated;
    }

    /** Past orders keep their own copy of name and price, so deleting a product never rewrites history. */
    @Transactional
    void delete(Long id) {
        Product product = products.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
        products.delete(product);
        outbox.publish(new ProductDelisted(UUID.randomUUID(), clock.instant(), id));
    }
}
