package no.kompetansemidler.command.access;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

import no.kompetansemidler.access.Actor;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Gives a message handler the actor of the message it handles as a parameter of type {@link Actor}, read from the
 * message's metadata ({@link ActorMetadata}); {@code null} when the message names none (a deadline). So the
 * actor travels with the command, explicitly, instead of being read back from a thread-local unit of work.
 * Registered through {@code META-INF/services}, so Axon's test fixtures resolve it as the application does.
 */
public class ActorParameter implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Actor> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (parameters[index].getType() != Actor.class) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Actor resolveParameterValue(Message<?> message) {
                return ActorMetadata.from(message.getMetaData()).orElse(null);
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
