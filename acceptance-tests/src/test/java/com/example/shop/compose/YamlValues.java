package com.example.shop.compose;

import java.util.List;
import java.util.Map;

/**
 * Typed views of SnakeYAML's untyped values: a missing or differently shaped value reads as empty, so a check reports
 * what is absent instead of failing with a ClassCastException.
 */
final class YamlValues {

    private YamlValues() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> mapping ? (Map<String, Object>) mapping : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> entries ? entries : List.of();
    }
}
