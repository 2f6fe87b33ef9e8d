package io.switchboard.vendor;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.ArticleRating;

/** A vendor whose readers can rate articles (GB Talk). */
public interface ArticleRater extends VendorPort {

    /** Adds one helpful or not-helpful vote and answers the article's rating afterwards. */
    Uni<ArticleRating> rateArticle(String articleRemoteId, boolean helpful);
}
