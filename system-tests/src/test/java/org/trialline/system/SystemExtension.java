package org.trialline.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link RunningSystem} once for every test class of the run and stops it when the run ends; a test class
 * gets it as a parameter of its constructor or of a test method.
 */
final class SystemExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SystemExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        system(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return system(context);
    }

    private static RunningSystem system(ExtensionContext context) {
        // the root store outlives every test class and closes what it holds when the run ends
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningSystem.class, type -> new Started(RunningSystem.start()), Started.class)
                .system();
    }

    private record Started(RunningSystem system) implements AutoCloseable {

        @Override
        public void close() {
            system.close();
        }
    }
}
