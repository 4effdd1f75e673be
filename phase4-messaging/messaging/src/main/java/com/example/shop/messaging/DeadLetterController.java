package com.example.shop.messaging;

import com.example.shop.common.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ADMIN endpoints of this service's dead letters ({@code /api/admin/**} is ADMIN-only in every service). The
 * gateway lists every service's dead letters in one answer and sends an id to whichever service holds it.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetter> list() {
        return deadLetters.list();
    }

    @GetMapping("/{id}")
    DeadLetter get(@PathVariable UUID id) {
        return deadLetters.find(id).orElseThrow(() -> new NotFoundException("Dead letter", id));
    }

    @PostMapping("/{id}/redrive")
    ResponseEntity<Void> redrive(@PathVariable UUID id) {
        if (!deadLetters.redrive(id)) {
            throw new NotFoundException("Dead letter", id);
        }
        return ResponseEntity.noContent().build();
    }

    /** Every dead letter of one queue, once the cause is fixed. */
    @PostMapping("/redrive")
    Map<String, Object> redriveQueue(@RequestParam String queue) {
        return Map.of("queue", queue, "redriven", deadLetters.redriveQueue(queue));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> discard(@PathVariable UUID id) {
        if (!deadLetters.discard(id)) {
            throw new NotFoundException("Dead letter", id);
        }
        return ResponseEntity.noContent().build();
    }
}
