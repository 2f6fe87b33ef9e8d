package io.switchboard.service;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Answer;
import io.switchboard.domain.Vendor;
import io.switchboard.service.Pager.Listing;
import io.switchboard.service.Pager.Slice;
import io.switchboard.vendor.AnswerSource.AnswerQuery;

/** Reusable answers: Gladly public answers and GB Talk saved replies. */
@ApplicationScoped
public class AnswerService extends Lookup<Answer> {

    @Inject
    Pager pager;

    @Override
    protected String type() {
        return Answer.TYPE;
    }

    @Override
    protected Class<Answer> modelType() {
        return Answer.class;
    }

    @Override
    protected Uni<Map<String, Answer>> fetch(Vendor vendor, Set<String> remoteIds) {
        return registry.answers(vendor).getAnswers(remoteIds);
    }

    public Slice<Answer> list(Vendor vendor, String search, String language, Integer first, String after,
            Notes notes) {
        AnswerQuery query = new AnswerQuery(Inputs.text("search", search), Inputs.language("language", language));
        List<Vendor> vendors = registry.vendorsFor(vendor, registry.answerSources());
        Listing<Answer> listing = new Listing<>(Answer.TYPE, Answer.class,
                "Answer:" + Inputs.key("q", query.search(), "lng", query.language()), vendors,
                (v, token) -> registry.answers(v).listAnswers(query, token), vendor != null);
        return pager.page(listing, first, after, notes);
    }
}
