package com.example.shop.product;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.common.Money;
import com.example.shop.common.NotFoundException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Browsing is public and paged; changing the catalog is for ADMINs only. */
@WebMvcTest(ProductController.class)
@Import(SecurityConfiguration.class)
class ProductControllerTests {

    static final ProductDetails KEYBOARD =
            new ProductDetails(1L, "KB-1", "Keyboard", "Tenkeyless", Money.of("89.90", "EUR"));
    static final String NEW_PRODUCT = """
            {"sku": "LAMP-1", "name": "Lamp", "description": "Warm light", "price": {"amount": "39.00", "currency": "EUR"}}
            """;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProductCatalog catalog;

    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void anyoneCanBrowseAPageOfProducts() throws Exception {
        given(catalog.page(any())).willReturn(new PageImpl<>(List.of(KEYBOARD), PageRequest.of(0, 20), 1));

        mvc.perform(get("/api/products"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].sku").value("KB-1"))
                .andExpect(jsonPath("$.content[0].price.amount").value("89.90"))
                .andExpect(jsonPath("$.page.totalElements").value(1));
    }

    @Test
    void answersNotFoundForAnUnknownProduct() throws Exception {
        given(catalog.get(99L)).willThrow(new NotFoundException("Product", 99L));

        mvc.perform(get("/api/products/99"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/not-found"));
    }

    @ParameterizedTest
    @MethodSource("storeFailures")
    void answers503WhenTheDatabaseCannotBeReachedOrDoesNotAnswerInTime(RuntimeException failure) throws Exception {
        given(catalog.get(7L)).willThrow(failure);

        mvc.perform(get("/api/products/7"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/service-unavailable"));
    }

    static Stream<RuntimeException> storeFailures() {
        return Stream.of(
                new DataAccessResourceFailureException("Connection refused"),
                new QueryTimeoutException("Command timed out after 500 millisecond(s)"),
                new CannotAcquireLockException("Lock wait timeout"));
    }

    @Test
    void forbidsCustomersToCreateProducts() throws Exception {
        mvc.perform(post("/api/products")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_PRODUCT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/forbidden"));
        verifyNoInteractions(catalog);
    }

    @Test
    void letsAdminsCreateProducts() throws Exception {
        given(catalog.create(any(), any(), any(), any()))
                .willReturn(new ProductDetails(13L, "LAMP-1", "Lamp", "Warm light", Money.of("39.00", "EUR")));

        mvc.perform(post("/api/products")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_PRODUCT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(13));
    }

    @Test
    void rejectsANegativePrice() throws Exception {
        mvc.perform(post("/api/products")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_PRODUCT.replace("39.00", "-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("price.amount"));
    }
}
