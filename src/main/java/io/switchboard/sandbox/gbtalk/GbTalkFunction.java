package io.switchboard.sandbox.gbtalk;

import java.util.List;
import java.util.function.Function;

/**
 * One function of the GB Talk API script: its name, the arguments the script insists on before calling it (a missing
 * one is the {@code missing-argument} error), and what it does.
 */
record GbTalkFunction(String name, List<String> requiredArguments, Function<GbTalkArgs, GbTalkReply> handler) {

    GbTalkFunction {
        requiredArguments = List.copyOf(requiredArguments);
    }
}
