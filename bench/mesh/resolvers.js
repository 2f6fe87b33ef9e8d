// The assignee of a GB Talk conversation row: the last agent get-agents-in-conversation lists for it (the same
// rule Switchboard follows). Its answer is a map by conversation id, which a declarative resolver cannot index.
module.exports = {
  resolvers: {
    GbTalkConversationRow: {
      assignee: {
        selectionSet: '{ conversation_id }',
        async resolve(root, _args, context, info) {
          const byConversation = await context.GbTalk.Query.getAgentsInConversation({
            root,
            args: { input: { conversation_id: root.conversation_id } },
            context,
            info,
          });
          const agents = byConversation && byConversation[root.conversation_id];
          return Array.isArray(agents) && agents.length ? agents[agents.length - 1] : null;
        },
      },
    },
  },
};
