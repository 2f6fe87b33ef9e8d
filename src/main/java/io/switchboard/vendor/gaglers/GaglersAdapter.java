package io.switchboard.vendor.gaglers;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Agent;
import io.switchboard.domain.ChatWidget;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.AgentSource;
import io.switchboard.vendor.VendorErrors;
import io.switchboard.vendor.WidgetSource;

/**
 * Gaglers behind the {@link AgentSource} and {@link WidgetSource} ports. Gaglers can neither list nor batch-fetch,
 * so agents ({@code /user/{id}/}) and chat widgets ({@code /topic/{id}/}) are fetched one by one, a few at a time.
 */
@ApplicationScoped
public class GaglersAdapter implements AgentSource, WidgetSource {

    /** How many single gets run at once, so that a large batch does not flood Gaglers. */
    static final int CONCURRENCY = 8;

    /** Gaglers ids are integers; anything else names no object and is not worth a call. */
    private static final Pattern REMOTE_ID = Pattern.compile("\\d{1,18}");

    private final Supplier<GaglersApi> api;

    @Inject
    GaglersAdapter(@RestClient Instance<GaglersApi> api) {
        // Looked up on first use: a disabled vendor must not fail startup.
        this(api::get);
    }

    /** For tests that point the adapter at another server, such as the sandbox. */
    GaglersAdapter(Supplier<GaglersApi> api) {
        this.api = api;
    }

    @Override
    public Vendor vendor() {
        return Vendor.GAGLERS;
    }

    @Override
    public boolean canListAgents() {
        return false;
    }

    @Override
    public Uni<Page<Agent>> listAgents(String pageToken) {
        return Uni.createFrom().failure(SwitchboardException.unsupported(Vendor.GAGLERS, "listing agents"));
    }

    @Override
    public Uni<Map<String, Agent>> getAgents(Set<String> remoteIds) {
        return fetchEach(remoteIds,
                id -> api.get().getUser(id).map(user -> GaglersMapper.toAgent(body(user), id)))
                .invoke(agents -> Log.debugf("Fetched %d of %d agents from Gaglers", agents.size(), remoteIds.size()));
    }

    @Override
    public Uni<Map<String, ChatWidget>> getWidgets(Set<String> remoteIds) {
        return fetchEach(remoteIds,
                id -> api.get().getTopic(id).map(topic -> GaglersMapper.toWidget(body(topic), id)))
                .invoke(widgets -> Log.debugf("Fetched %d of %d chat widgets from Gaglers", widgets.size(),
                        remoteIds.size()));
    }

    /** Bounded parallel single gets; an id Gaglers answers 404 for is absent from the map. */
    private <T> Uni<Map<String, T>> fetchEach(Set<String> remoteIds, Function<String, Uni<T>> fetch) {
        // Mutiny refuses null items, so ids are screened before they enter the stream.
        List<String> ids = remoteIds.stream().filter(id -> id != null && REMOTE_ID.matcher(id).matches()).toList();
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUni(id -> one(id, fetch)).merge(CONCURRENCY)
                .select().where(found -> found.value() != null)
                .collect().asMap(Found::id, Found::value);
    }

    private <T> Uni<Found<T>> one(String id, Function<String, Uni<T>> fetch) {
        return Uni.createFrom().deferred(() -> fetch.apply(id))
                .onFailure().transform(failure -> VendorErrors.map(Vendor.GAGLERS, failure))
                .onFailure(GaglersAdapter::notFound).recoverWithNull()
                .map(value -> new Found<>(id, value));
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw SwitchboardException.unavailable(Vendor.GAGLERS, "it answered with a body Switchboard could not read",
                    null);
        }
        return body;
    }

    private static boolean notFound(Throwable failure) {
        return failure instanceof SwitchboardException e && e.code() == ErrorCode.NOT_FOUND;
    }

    private record Found<T>(String id, T value) {
    }
}
