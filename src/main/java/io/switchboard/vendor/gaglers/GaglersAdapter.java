package io.switchboard.vendor.gaglers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

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
import io.switchboard.vendor.AgentWriter;
import io.switchboard.vendor.VendorErrors;
import io.switchboard.vendor.WidgetSource;
import io.switchboard.vendor.WidgetWriter;

/**
 * Gaglers behind the {@link AgentSource}, {@link WidgetSource}, {@link AgentWriter} and {@link WidgetWriter} ports.
 * Gaglers can neither list nor batch-fetch, so agents ({@code /user/{id}/}) and chat widgets ({@code /topic/{id}/})
 * are fetched one by one, a few at a time. It creates agents ({@code POST /user/}) and chat widgets
 * ({@code POST /topic/}) but answers only their location, so each is fetched from there once created. Gaglers has no
 * call to change an agent.
 */
@ApplicationScoped
public class GaglersAdapter implements AgentSource, WidgetSource, AgentWriter, WidgetWriter {

    /** How many single gets run at once, so that a large batch does not flood Gaglers. */
    static final int CONCURRENCY = 8;

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

    @Override
    public Uni<Agent> createAgent(AgentDraft draft) {
        // The draft is checked inside the Uni, so that a refused field fails it before any call.
        return Uni.createFrom().item(() -> newUser(draft))
                .chain(body -> api.get().createUser(body))
                .map(response -> createdId(response, "agent"))
                .onFailure().transform(failure -> VendorErrors.map(Vendor.GAGLERS, failure))
                .chain(id -> readBack("agent", id,
                        () -> api.get().getUser(id).map(user -> GaglersMapper.toAgent(body(user), id))));
    }

    @Override
    public Uni<ChatWidget> createWidget(String siteUrl, String name, List<String> operatorRemoteIds) {
        return Uni.createFrom().item(() -> new GaglersTopicInput(siteUrl, name, operators(operatorRemoteIds)))
                .chain(body -> api.get().createTopic(body))
                .map(response -> createdId(response, "chat widget"))
                .onFailure().transform(failure -> VendorErrors.map(Vendor.GAGLERS, failure))
                .chain(id -> readBack("chat widget", id,
                        () -> api.get().getTopic(id).map(topic -> GaglersMapper.toWidget(body(topic), id))));
    }

    /**
     * The body of {@code POST /user/} (the GraphQL layer has made sure of username + password or gmailId). Status,
     * active flag and service user id are Blinger's; Gaglers would drop them without a word, so they are refused
     * before any call.
     */
    private static GaglersUserInput newUser(AgentDraft draft) {
        refuse(draft.status(), "status");
        refuse(draft.active(), "active");
        refuse(draft.serviceUserId(), "serviceUserId");
        return new GaglersUserInput(draft.username(), draft.password(), draft.gmailId(), draft.name(),
                draft.avatarUrl(), draft.email());
    }

    private static void refuse(Object value, String field) {
        if (value != null) {
            throw SwitchboardException.badInput(List.of("input", field), "Gaglers agents have no " + field);
        }
    }

    /** Operator ids as Gaglers takes them; an id that is no Gaglers id names no agent there. */
    private static List<String> operators(List<String> remoteIds) {
        if (remoteIds == null || remoteIds.isEmpty()) {
            throw SwitchboardException.badInput(List.of("input", "operatorIds"),
                    "A chat widget needs at least one operator");
        }
        List<String> operators = new ArrayList<>();
        for (int i = 0; i < remoteIds.size(); i++) {
            if (!GaglersMapper.isRemoteId(remoteIds.get(i))) {
                throw SwitchboardException.badInput(List.of("input", "operatorIds", i),
                        "operatorIds must name Gaglers agents");
            }
            operators.add(remoteIds.get(i));
        }
        return operators;
    }

    /** The new object's id from the {@code Location} of Gaglers' 201. */
    private static String createdId(Response response, String what) {
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String id = GaglersMapper.idFromLocation(location);
        if (id == null) {
            // The object may well exist now: unavailable (not rejected) keeps a retry from creating it twice.
            throw SwitchboardException.unavailable(Vendor.GAGLERS,
                    "it accepted the " + what + " but answered no usable location", null);
        }
        Log.debugf("Created Gaglers %s %s", what, id);
        return id;
    }

    /**
     * Fetches an object just created. Should that fail, the object exists all the same: the error names it and is
     * VENDOR_UNAVAILABLE, so that a retry with the same clientMutationId reports it instead of creating another.
     */
    private static <T> Uni<T> readBack(String what, String id, Supplier<Uni<? extends T>> fetch) {
        return Uni.createFrom().deferred(fetch)
                .onFailure().transform(failure -> {
                    SwitchboardException cause = VendorErrors.map(Vendor.GAGLERS, failure);
                    return SwitchboardException.unavailable(Vendor.GAGLERS, "it created " + what + " " + id
                            + " but could not read it back (" + cause.code() + ")", cause);
                });
    }

    /** Bounded parallel single gets; an id Gaglers answers 404 for is absent from the map. */
    private <T> Uni<Map<String, T>> fetchEach(Set<String> remoteIds, Function<String, Uni<T>> fetch) {
        // Mutiny refuses null items, so ids are screened before they enter the stream.
        // Gaglers ids are integers; anything else names no object and is not worth a call.
        List<String> ids = remoteIds.stream().filter(GaglersMapper::isRemoteId).toList();
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
