package io.switchboard.vendor;

import java.util.Map;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Answer;
import io.switchboard.domain.Page;

/** A vendor with reusable answers (Gladly public answers, GB Talk saved replies). */
public interface AnswerSource extends VendorPort {

    Uni<Page<Answer>> listAnswers(AnswerQuery query, String pageToken);

    /** The answers with these remote ids; unknown ids are absent from the map. */
    Uni<Map<String, Answer>> getAnswers(Set<String> remoteIds);

    /**
     * @param search free text, or null
     * @param language a language code such as {@code en-us}, or null for the vendor's default
     */
    record AnswerQuery(String search, String language) {
    }
}
