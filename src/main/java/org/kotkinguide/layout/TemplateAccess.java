package org.kotkinguide.layout;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * What a template may call on the Java objects it is given: the methods the guide's own classes
 * declare (the model's records, the sidebar's chapter list), and nothing else. A template is
 * author-supplied code that runs on every build, so it must not reach {@code getClass()}, a class
 * loader, a file or a process through some object the data model happens to hold. Maps, lists,
 * strings, numbers and dates are handed to templates as plain values, not as Java objects.
 */
final class TemplateAccess implements MemberAccessPolicy {
    static final TemplateAccess INSTANCE = new TemplateAccess();

    private static final String OURS = "org.kotkinguide.";

    private TemplateAccess() {}

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        boolean ours = contextClass.getName().startsWith(OURS);
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return ours
                        && method.getDeclaringClass().getName().startsWith(OURS)
                        && !Modifier.isStatic(method.getModifiers());
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };
    }

    /** {@code ${x}} of any object still prints it, as text. */
    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }
}
