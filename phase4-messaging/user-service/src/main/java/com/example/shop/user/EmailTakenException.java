package com.example.shop.user;

import com.example.shop.common.DomainProblem;
import org.springframework.http.HttpStatus;

class EmailTakenException extends DomainProblem {

    EmailTakenException(String email) {
        super(HttpStatus.CONFLICT, "email-taken", "Email already registered", email + " is already registered");
    }
}
