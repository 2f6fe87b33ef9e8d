package io.switchboard.vendor.resilience;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientResponseContext;

import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientResponseFilter;

import io.switchboard.domain.Vendor;
import io.vertx.core.Vertx;

/**
 * Holds each request to a vendor until its rate limiter has a slot, without blocking a thread (the request is
 * suspended and resumed by a timer), and listens to the vendor's own rate-limit headers. Registered per REST client
 * in application.properties ({@code quarkus.rest-client.<vendor>.providers}).
 */
public abstract class ThrottleFilter implements ResteasyReactiveClientRequestFilter, ResteasyReactiveClientResponseFilter {

    @Inject
    Throttles throttles;

    @Inject
    Vertx vertx;

    protected abstract Vendor vendor();

    @Override
    public void filter(ResteasyReactiveClientRequestContext request) {
        long wait = throttles.reserve(vendor(), request.getMethod());
        if (wait > 0) {
            request.suspend();
            vertx.setTimer(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)), timer -> request.resume());
        }
    }

    @Override
    public void filter(ResteasyReactiveClientRequestContext request, ClientResponseContext response) {
        // Gladly: Ratelimit-Remaining-Second tells how many calls are left in the current second
        if ("0".equals(response.getHeaderString("Ratelimit-Remaining-Second"))) {
            long restOfSecond = 1000 - System.currentTimeMillis() % 1000;
            throttles.pause(vendor(), request.getMethod(), TimeUnit.MILLISECONDS.toNanos(restOfSecond));
        }
    }

    @jakarta.inject.Singleton
    @io.quarkus.arc.Unremovable
    public static class Gladly extends ThrottleFilter {
        @Override
        protected Vendor vendor() {
            return Vendor.GLADLY;
        }
    }

    @jakarta.inject.Singleton
    @io.quarkus.arc.Unremovable
    public static class GbTalk extends ThrottleFilter {
        @Override
        protected Vendor vendor() {
            return Vendor.GBTALK;
        }
    }

    @jakarta.inject.Singleton
    @io.quarkus.arc.Unremovable
    public static class Blinger extends ThrottleFilter {
        @Override
        protected Vendor vendor() {
            return Vendor.BLINGER;
        }
    }

    @jakarta.inject.Singleton
    @io.quarkus.arc.Unremovable
    public static class Gaglers extends ThrottleFilter {
        @Override
        protected Vendor vendor() {
            return Vendor.GAGLERS;
        }
    }
}
