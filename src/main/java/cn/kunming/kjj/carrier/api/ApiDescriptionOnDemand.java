package cn.kunming.kjj.carrier.api;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.type.MethodMetadata;

/**
 * springdoc builds the OpenAPI description's machinery (swagger's models, a Jackson 2 mapper: about 470 classes) when
 * the portal starts, for a description that a few API clients read now and then. Its beans are made lazy, so the first
 * request for {@code /v3/api-docs} builds them instead (decision 0045). Post-processors are created at start whatever
 * their flag says, so marking every springdoc bean is safe.
 */
final class ApiDescriptionOnDemand implements BeanFactoryPostProcessor {

    static final String SPRINGDOC = "org.springdoc.";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (declaredBy(definition).startsWith(SPRINGDOC)) {
                definition.setLazyInit(true);
            }
        }
    }

    /** The class that declares the bean: its own class, or the configuration class of its factory method. */
    static String declaredBy(BeanDefinition definition) {
        if (definition instanceof AnnotatedBeanDefinition annotated) {
            @Nullable MethodMetadata factoryMethod = annotated.getFactoryMethodMetadata();
            if (factoryMethod != null) {
                return factoryMethod.getDeclaringClassName();
            }
        }
        String className = definition.getBeanClassName();
        return className == null ? "" : className;
    }
}
