package io.switchboard.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers requests SmallRye GraphQL would refuse with an error of its own making (no {@code extensions.code}): a
 * body that is not one JSON operation, or a document that is not GraphQL syntax. Those get the contract's shape,
 * {@code BAD_USER_INPUT} with graphql-java's explanation; everything else passes on untouched. Verdicts are cached
 * per distinct document, since clients send the same few documents again and again.
 */
@ApplicationScoped
public class DocumentCheck {

    private static final int CACHED_DOCUMENTS = 2_000;
    private static final int MAX_TOKENS = 15_000;
    /** Longer documents are checked every time rather than kept, so that the cache stays small. */
    private static final int MAX_CACHED_LENGTH = 8_192;

    private final Map<String, String> verdicts = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED_DOCUMENTS;
        }
    });

    void register(@Observes Router router) {
        // before SmallRye's own route; the body read here is the one SmallRye reads afterwards
        router.post("/graphql").order(-10).handler(BodyHandler.create().setBodyLimit(512 * 1024))
                .handler(this::check);
    }

    private void check(RoutingContext context) {
        String problem = problem(context);
        if (problem == null) {
            context.next();
            return;
        }
        JsonObject error = new JsonObject().put("message", problem)
                .put("extensions", new JsonObject().put("code", "BAD_USER_INPUT"));
        context.response().setStatusCode(200).putHeader("Content-Type", "application/graphql-response+json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    private String problem(RoutingContext context) {
        String contentType = context.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            return null; // other content types are SmallRye's business
        }
        Object body;
        try {
            body = context.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            return context.body().buffer() != null && context.body().buffer().toString().trim().startsWith("[")
                    ? "Send one operation per request; batches are not accepted"
                    : "The request body is not a JSON object with a query";
        }
        if (!(body instanceof JsonObject json) || !(json.getValue("query") instanceof String query)) {
            return body == null ? "The request body is empty" : null;
        }
        String verdict = query.length() > MAX_CACHED_LENGTH ? syntaxProblem(query)
                : verdicts.computeIfAbsent(query, DocumentCheck::syntaxProblem);
        return verdict.isEmpty() ? null : verdict;
    }

    private static String syntaxProblem(String query) {
        try {
            ParserOptions options = ParserOptions.getDefaultParserOptions().transform(o -> o.maxTokens(MAX_TOKENS));
            new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(options).build());
            return "";
        } catch (InvalidSyntaxException e) {
            return "The document is not valid GraphQL: " + e.getMessage();
        } catch (RuntimeException e) {
            return "The document could not be read: " + e.getClass().getSimpleName();
        }
    }
}
