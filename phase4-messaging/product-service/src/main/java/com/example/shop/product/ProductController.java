package com.example.shop.product;

import com.example.shop.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Browsing is public; changing the catalog is for ADMINs (see the security configuration). */
@RestController
@RequestMapping("/api/products")
class ProductController {

    private final ProductCatalog catalog;

    ProductController(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    PagedModel<ProductDetails> page(
            @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.ASC) Pageable pageable) {
        return new PagedModel<>(catalog.page(pageable));
    }

    @GetMapping("/{id}")
    ProductDetails get(@PathVariable Long id) {
        return catalog.get(id);
    }

    @PostMapping
    ResponseEntity<ProductDetails> create(@Valid @RequestBody ProductRequest request) {
        ProductDetails created = catalog.create(request.sku(), request.name(), request.description(), request.price());
        return ResponseEntity.created(URI.create("/api/products/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    ProductDetails update(@PathVariable Long id, @Valid @RequestBody ProductRequest request) {
        return catalog.update(id, request.sku(), request.name(), request.description(), request.price());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        catalog.delete(id);
    }

    record ProductRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and dashes only")
            String sku,

            @NotBlank @Size(max = 200) String name,
            @NotNull @Size(max = 2000) String description,
            @NotNull @Valid Money price) {}
}
