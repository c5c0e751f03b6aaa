package org.broadsheet.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Freemarker's default object wrapper, except that it calls the views' accessors through {@link Method}s made
 * accessible once. An ordinary reflective call on Java 17 walks the stack to find its caller for an access check,
 * and templates make one such call for every {@code ${article.title}}: a percent of a build.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    /** Each method Freemarker calls, as a copy without access checks (or itself when it cannot be made one). */
    private final Map<Method, Method> unchecked = new ConcurrentHashMap<>();

    ViewWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
            throws InvocationTargetException, IllegalAccessException, TemplateModelException {
        return super.invokeMethod(object, unchecked.computeIfAbsent(method, ViewWrapper::uncheckedCopy), args);
    }

    private static Method uncheckedCopy(Method method) {
        try {
            Method copy = method.getDeclaringClass().getMethod(method.getName(), method.getParameterTypes());
            return copy.trySetAccessible() ? copy : method;
        } catch (NoSuchMethodException | SecurityException e) {
            return method; // not public after all: Freemarker's own call reports what is wrong
        }
    }
}
