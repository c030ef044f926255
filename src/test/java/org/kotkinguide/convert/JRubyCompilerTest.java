package org.kotkinguide.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * JRuby compiles a Ruby method only once it has run 1,000 times, not after its default 50: at 50 a
 * build compiled more than it gained back (README, "the launcher"; docs/benchmarks.md).
 */
@Tag("integration")
class JRubyCompilerTest {
    @Test
    void the_process_asciidoctor_compiles_a_ruby_method_after_a_thousand_calls() {
        // the test JVMs are started without -Djruby.jit.threshold, as the launcher starts a build
        assertEquals(null, System.getProperty("jruby.jit.threshold"));
        assertEquals(
                1000,
                JRubyRuntimeContext.get(AsciidoctorRuntime.get())
                        .getInstanceConfig()
                        .getJitThreshold());
    }
}
