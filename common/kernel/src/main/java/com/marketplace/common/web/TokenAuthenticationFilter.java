package com.marketplace.common.web;

import com.marketplace.common.security.TokenAuthenticationMechanism;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * In front of JAX-RS in every module ({@code web.xml}, after the request-line filter): the caller's
 * token, read and verified by the web module's {@link TokenAuthenticationMechanism} bean, which it
 * looks up once. It never refuses a request; the access policy does, route by route.
 */
public class TokenAuthenticationFilter extends HttpFilter {

  private transient TokenAuthenticationMechanism mechanism;

  @Override
  public void init() throws ServletException {
    mechanism = CDI.current().select(TokenAuthenticationMechanism.class).get();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    mechanism.authenticate(request);
    chain.doFilter(request, response);
  }
}
