package com.resourcemarket.core.persistence;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method again when its transaction lost a row lock (deadlock, lock-wait timeout), a bounded number of
 * times ({@link LockRetryConfig}); then answers 503 problem+json with Retry-After. Only where the method starts the
 * transaction itself: called inside someone else's transaction it runs once, and that caller's retry applies.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryOnLockConflict {
}
