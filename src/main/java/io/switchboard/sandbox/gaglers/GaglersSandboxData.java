package io.switchboard.sandbox.gaglers;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * The Gaglers sandbox's agents ("users") and chat widgets ("topics"), held in memory and seeded at startup, with
 * which agents are online. Access is synchronised: the sandbox also serves writes.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = { "dev", "test" })
public class GaglersSandboxData {

    static final String BASE_PATH = "/api/v1";

    private final Map<Integer, User> users = new LinkedHashMap<>();
    private final Map<Integer, Topic> topics = new LinkedHashMap<>();
    private final Set<Integer> online = new LinkedHashSet<>();
    private int nextUserId = 215;
    private int nextTopicId = 43;

    public GaglersSandboxData() {
        users.put(211, new User(211, "lena_harborfresh.test", "Lena", null, "lena.moreau@harborfresh.test",
                "https://images.sandbox.test/gaglers/lena.jpg"));
        users.put(212, new User(212, "devon.achterberg@gmail.com", "Devon", "devon.achterberg@gmail.com", null,
                "https://images.sandbox.test/gaglers/devon.jpg"));
        users.put(213, new User(213, "frontdesk_pinewoodclinic.test", "Pinewood Clinic", null, null, null));
        users.put(214, new User(214, "priya.venkataraman@gmail.com", "Priya", "priya.venkataraman@gmail.com",
                "priya.venkataraman@gmail.com", null));
        online.add(212);
        topics.put(41, new Topic(41, "Harbor Fresh Help", "http://www.harborfresh.test", List.of(211, 213)));
        topics.put(42, new Topic(42, "Pinewood Front Desk", "https://pinewoodclinic.test", List.of(212, 214)));
    }

    public synchronized Optional<SandboxGaglersUser> user(int userid) {
        return Optional.ofNullable(users.get(userid)).map(GaglersSandboxData::view);
    }

    public synchronized Optional<SandboxGaglersTopic> topic(int topicid) {
        return Optional.ofNullable(topics.get(topicid)).map(this::view);
    }

    /**
     * Registers an agent.
     *
     * @return the new user's id
     * @throws IllegalArgumentException when the user name is taken
     */
    public synchronized int createUser(String username, String nickname, String gmailId, String email,
            String avatarUrl) {
        if (users.values().stream().anyMatch(user -> user.username().equalsIgnoreCase(username))) {
            throw new IllegalArgumentException("username is already taken");
        }
        int userid = nextUserId++;
        users.put(userid, new User(userid, username, nickname, gmailId, email, avatarUrl));
        return userid;
    }

    /**
     * Creates a chat widget.
     *
     * @return the new topic's id
     * @throws IllegalArgumentException when an operator is no registered user, or the name is taken on the site
     */
    public synchronized int createTopic(String name, String siteUrl, List<Integer> operators) {
        for (Integer operator : operators) {
            if (!users.containsKey(operator)) {
                throw new IllegalArgumentException("operator " + operator + " is not a registered user");
            }
        }
        String site = site(siteUrl);
        if (topics.values().stream().anyMatch(topic -> site(topic.siteUrl()).equals(site) && topic.name().equals(name))) {
            throw new IllegalArgumentException("name must be unique within the website");
        }
        int topicid = nextTopicId++;
        topics.put(topicid, new Topic(topicid, name, siteUrl, operators.stream().distinct().toList()));
        return topicid;
    }

    /** A website as Gaglers knows it: {@code http://Shop.test/} and {@code http://shop.test} are the same site. */
    private static String site(String siteUrl) {
        String site = siteUrl.trim().toLowerCase(Locale.ROOT);
        while (site.endsWith("/")) {
            site = site.substring(0, site.length() - 1);
        }
        return site;
    }

    private static SandboxGaglersUser view(User user) {
        return new SandboxGaglersUser(user.nickname(), BASE_PATH + "/user/" + user.userid() + "/", user.userid(),
                user.username(), user.email(), user.avatarUrl());
    }

    private SandboxGaglersTopic view(Topic topic) {
        List<String> operators = topic.operators().stream().map(String::valueOf).toList();
        List<String> onlineOperators = topic.operators().stream().filter(online::contains).map(String::valueOf)
                .toList();
        return new SandboxGaglersTopic(topic.name(), onlineOperators, operators,
                BASE_PATH + "/topic/" + topic.topicid() + "/", topic.siteUrl(), topic.topicid());
    }

    /**
     * A Gmail agent signs in with Google, so its Gmail id doubles as its unique user name. A password is checked for
     * presence on registration and not kept: nothing in the API reads it back.
     */
    private record User(int userid, String username, String nickname, String gmailId, String email,
            String avatarUrl) {
    }

    private record Topic(int topicid, String name, String siteUrl, List<Integer> operators) {
    }
}
