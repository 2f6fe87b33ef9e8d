package io.switchboard.sandbox.gladly;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.switchboard.sandbox.gladly.GladlySandboxRateLimiter.Permit;

/**
 * Applies {@link GladlySandboxRateLimiter} to every sandbox request and reports the budget the way Gladly does, in
 * {@code Ratelimit-Limit-Second} and {@code Ratelimit-Remaining-Second}. Over the limit the answer is 429; Gladly
 * documents neither a body nor {@code Retry-After} for it, so the sandbox sends its usual errors body and no
 * {@code Retry-After}. It runs after authentication: a request without valid credentials names no organization
 * whose budget it could use.
 */
@Provider
@GladlyRateLimited
@Priority(Priorities.AUTHENTICATION + 100)
@IfBuildProfile(anyOf = { "dev", "test" })
public class GladlySandboxRateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String LIMIT_HEADER = "Ratelimit-Limit-Second";
    public static final String REMAINING_HEADER = "Ratelimit-Remaining-Second";

    private static final String PERMIT = GladlySandboxRateLimitFilter.class.getName() + ".permit";

    private final GladlySandboxRateLimiter limiter;

    public GladlySandboxRateLimitFilter(GladlySandboxRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Permit permit = limiter.acquire(request.getMethod());
        request.setProperty(PERMIT, permit);
        if (!permit.allowed()) {
            Log.debugf("Gladly sandbox rate limit reached for %s (%d per second)", request.getMethod(),
                    permit.limit());
            request.abortWith(Response.fromResponse(GladlyErrors.of(Response.Status.TOO_MANY_REQUESTS, null,
                    "too_many_requests", "rate limit of " + permit.limit() + " requests per second exceeded"))
                    .header(LIMIT_HEADER, permit.limit())
                    .header(REMAINING_HEADER, permit.remaining())
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PERMIT) instanceof Permit permit) {
            response.getHeaders().putSingle(LIMIT_HEADER, permit.limit());
            response.getHeaders().putSingle(REMAINING_HEADER, permit.remaining());
        }
    }
}
