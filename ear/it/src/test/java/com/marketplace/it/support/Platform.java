package com.marketplace.it.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, and HTTP access to the server it runs on. */
public final class Platform {

  /** domain1's HTTP listener. */
  public static final String BASE_URL = "http://localhost:8080";

  private Platform() {}

  /** The real EAR, exactly as {@code ear/app} packaged it. */
  public static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("it.ear")));
  }

  /** A request to one module's API, e.g. {@code module("enrollment").get("/health")}. */
  public static RequestSpecification module(String contextRoot) {
    return RestAssured.given().baseUri(BASE_URL).basePath("/" + contextRoot);
  }

  /** A JSON request to one module's API with {@code user}'s token. */
  public static RequestSpecification as(Tokens.User user, String contextRoot) {
    return module(contextRoot).auth().oauth2(user.token()).contentType(ContentType.JSON);
  }

  /** A request to the server root, where MicroProfile Health answers. */
  public static RequestSpecification server() {
    return RestAssured.given().baseUri(BASE_URL);
  }
}
