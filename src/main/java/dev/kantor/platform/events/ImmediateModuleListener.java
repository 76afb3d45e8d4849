package dev.kantor.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A listener to another module's event, as Spring Modulith's {@code @ApplicationModuleListener}
 * is (after the publisher's commit, in a transaction of its own, recorded in the event
 * publication registry so that a crash loses nothing and the event is delivered again), except
 * that it runs in the publishing thread rather than asynchronously: for effects the person who
 * caused the event sees in the answer to their request, such as a case that is theirs the moment
 * they accept it. Such a listener must be quick and idempotent.
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
public @interface ImmediateModuleListener {

    /** The listener's id in the registry; the method's name by default. */
    @AliasFor(annotation = TransactionalEventListener.class, attribute = "id")
    String id() default "";
}
