package org.redress.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.io.File;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A cross-check against a program of the machine (poppler's {@code pdftotext}, {@code pdfsig}):
 * runs where the program is on the PATH, and where it is not the test is reported skipped, by
 * name and with the package to install, on the console as well as in the report — never passed
 * silently. Each such test has a Java-side twin that always runs.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ExternalTool.Condition.class)
public @interface ExternalTool {

    /** The program's name, looked up on the PATH. */
    String value();

    /** The package that provides it, named in the skip message. */
    String installedBy();

    final class Condition implements ExecutionCondition {

        /** Whether {@code program} is an executable file in a folder of the PATH. */
            public static boolean onPath(String program) {
                String path = System.getenv("PATH");
                if (path == null) {
                    return false;
                }
                return Arrays.stream(path.split(File.pathSeparator)).filter(s -> !s.isBlank())
                        .map(folder -> Path.of(folder, program)).anyMatch(Files::isExecutable);
            }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<ExternalTool> tool = context.getElement()
                    .flatMap(e -> AnnotationSupport.findAnnotation(e, ExternalTool.class));
            if (tool.isEmpty() || Condition.onPath(tool.get().value())) {
                return ConditionEvaluationResult.enabled("no external program needed, or it is installed");
            }
            String reason = tool.get().value() + " is not installed (package " + tool.get().installedBy()
                    + "): this cross-check is skipped; its Java-side twin ran";
            // Printed as well as reported: Surefire's console summary counts skips without naming them.
            System.out.println("SKIPPED " + context.getDisplayName() + " in "
                    + context.getRequiredTestClass().getSimpleName() + ": " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
