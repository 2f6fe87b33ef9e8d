package io.switchboard.graphql;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.switchboard.domain.Vendor;
import io.switchboard.graphql.types.Answer;
import io.switchboard.graphql.types.AnswerConnection;
import io.switchboard.graphql.types.Article;
import io.switchboard.graphql.types.ArticleCategory;
import io.switchboard.graphql.types.ArticleConnection;
import io.switchboard.security.Roles;
import io.switchboard.service.AnswerService;
import io.switchboard.service.ArticleService;

/** Answers (Gladly public answers, GB Talk saved replies) and help-center articles (GB Talk). */
@GraphQLApi
public class KnowledgeGraphQLApi {

    @Inject
    AnswerService answers;

    @Inject
    ArticleService articles;

    @Inject
    Fields fields;

    @Query("answers")
    @RolesAllowed(Roles.VIEWER)
    @NonNull
    @Description("Reusable answers, merged in vendor order: Gladly public answers, then GB Talk saved replies.")
    public AnswerConnection answers(@Description("Only this vendor's answers.") Vendor vendor,
            @Description("Free text.") String search,
            @Description("Language code, e.g. en-us (Gladly).") String language,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Continue after this cursor.") String after) {
        return AnswerConnection.of(answers.list(vendor, search, language, first, after, fields.notes()));
    }

    @Query("answer")
    @RolesAllowed(Roles.VIEWER)
    @Description("One answer by global id; null with NOT_FOUND when the vendor does not know it.")
    public Answer answer(@NonNull @Id @Name("id") String id) {
        return Answer.of(answers.get(answers.parseId(id), fields.notes()));
    }

    @Query("articles")
    @RolesAllowed(Roles.VIEWER)
    @NonNull
    @Description("Help-center articles (GB Talk).")
    public ArticleConnection articles(@Description("Free text.") String search,
            @Id @Description("Only articles in this category.") String categoryId,
            @Description("Language code.") String language,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Continue after this cursor.") String after) {
        return ArticleConnection.of(articles.list(search, categoryId, language, first, after, fields.notes()));
    }

    @Query("article")
    @RolesAllowed(Roles.VIEWER)
    @Description("One article by global id; null with NOT_FOUND when the vendor does not know it.")
    public Article article(@NonNull @Id @Name("id") String id) {
        return Article.of(articles.get(articles.parseId(id), fields.notes()));
    }

    @Query("articleCategories")
    @RolesAllowed(Roles.VIEWER)
    @NonNull
    @Description("Every help-center category.")
    public List<@NonNull ArticleCategory> articleCategories() {
        return articles.categories(fields.notes()).stream().map(ArticleCategory::of).toList();
    }
}
