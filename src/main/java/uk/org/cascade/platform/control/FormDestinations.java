package uk.org.cascade.platform.control;

import java.util.Set;

/**
 * Origins outside Cascade that a page's form may lead to: a browser checks the Content-Security-Policy's
 * {@code form-action} on every redirect after a form is sent. Signing out of single sign-on ends at the provider's
 * sign-out page, so the security context, which knows the provider, answers this for the page headers.
 */
public interface FormDestinations {

    /** Origins such as {@code https://login.microsoftonline.com}; empty when forms stay within Cascade. */
    Set<String> origins();
}
