package jdk.internal.oa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of this tree as a patch to the JDK's class of the same name:
 * its methods replace the JDK's. A class of this tree without it that the JDK
 * also has only declares, for javac, what a patch uses (a nested class, say)
 * and is not applied.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Patch {}
